// The app taking over a prerendered page: nothing the reader sees moves, what
// they have already done with the page (scroll, open tables, focus) is kept,
// and a URL that asks for another state than the page's renders that state
// without a console error or warning.
import { test, expect, appReady, FROZEN, CHARTS } from './fixtures.js';

const WASM = '**/xiaomi-ev-dashboard_bg.wasm';

/**
 * Opens `url` with the wasm held back, so the test can look at and act on the
 * prerendered page; returns the function that lets the wasm through.
 * (`page.mainFrame().goto`: the fixture's `page.goto` waits for the app.)
 */
async function openHeld(page, url) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(WASM, async (route) => { await held; await route.continue(); });
  await page.mainFrame().goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-prerendered', '');
  return async () => {
    release();
    await appReady(page);
    // Every chart drawn by the app for its frame (the phone drawing in a
    // phone's frame, src/charts/fit.rs; else at the frame's width), then a frame painted.
    await page.waitForFunction(() => {
      const drawingWidth = (frame) => (frame <= 440 ? 304 : frame);
      const svgs = [...document.querySelectorAll('.chart-svg-holder svg')];
      return svgs.length > 0 && svgs.every((svg) => Number(svg.getAttribute('width')) === drawingWidth(Math.max(240, svg.parentElement.clientWidth)));
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  };
}

/** Where each part of the page is, in document coordinates. */
const layout = (page) => page.evaluate(() => {
  const parts = document.querySelectorAll('.site-header, figure[data-chart], .chart-frame, .source-line, main > section, footer');
  return [...parts].map((element) => {
    const rect = element.getBoundingClientRect();
    const name = element.closest('figure')?.dataset.chart ?? element.id ?? '';
    return { part: `${element.tagName.toLowerCase()}.${element.className} ${name}`, top: Math.round(rect.top + scrollY), height: Math.round(rect.height) };
  });
});

for (const [width, height] of [[390, 844], [1280, 900]]) {
  for (const file of ['index.html', 'zh-CN.html', 'embed-target-en.html']) {
    test(`${file} at ${width} px: the app takes over without moving anything, and no layout shift is recorded`, async ({ page, problems }) => {
      await page.setViewportSize({ width, height });
      await page.addInitScript(() => {
        window.__layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const takeOver = await openHeld(page, `./${file}`);
      const before = await layout(page);
      expect(before.length).toBeGreaterThan(2);
      await takeOver();
      const after = await layout(page);
      // Rounded to whole pixels: the prerendered charts' CSS height and the app's drawing differ by under one.
      for (const [i, part] of before.entries()) {
        expect(Math.abs(after[i].top - part.top), `${part.part}: top`).toBeLessThanOrEqual(1);
        expect(Math.abs(after[i].height - part.height), `${part.part}: height`).toBeLessThanOrEqual(1);
      }
      expect(after.map((p) => p.part)).toEqual(before.map((p) => p.part));
      expect(await page.evaluate(() => window.__layoutShift)).toBe(0);
    });
  }
}

test('a reader who scrolled, opened a table and focused it before the app ran keeps all three', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const takeOver = await openHeld(page, './index.html');
  const summary = page.locator('figure[data-chart="regions"] details.table-view > summary');
  await summary.click();
  await expect(page.locator('figure[data-chart="regions"] details.table-view')).toHaveJSProperty('open', true);
  await expect(summary).toBeFocused();
  await page.evaluate(() => window.scrollBy(0, 150));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(300);

  await takeOver();
  await expect(page.locator('figure[data-chart="regions"] details.table-view')).toHaveJSProperty('open', true);
  await expect(page.locator('details.table-view[open]')).toHaveCount(1);
  await expect(summary).toBeFocused();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThanOrEqual(1);
});

test('a reader who has not scrolled is taken to the chart a link names, its top at the top of the window', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./index.html?chart=competitors');
  const card = page.locator('figure[data-chart="competitors"]');
  await expect(card).toBeInViewport();
  // Its scroll margin (1rem) above it, and it stays there as the cards above it (laid out only near
  // the screen, style/main.css) are taken over.
  await expect.poll(() => card.evaluate((e) => Math.round(e.getBoundingClientRect().top))).toBe(16);
});

test('the app takes the dashboard over a part per task, so no task builds the whole page', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Each MutationObserver callback runs at the end of the task that made its
  // changes: the callbacks that saw a part of <main> replaced count the tasks.
  await page.addInitScript(() => {
    window.__tasksReplacingParts = 0;
    new MutationObserver((records) => {
      if (records.some((r) => r.target.id === 'main' && r.addedNodes.length > 0 && r.removedNodes.length > 0)) window.__tasksReplacingParts += 1;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./index.html');
  const parts = await page.locator('main > *').count();
  expect(parts).toBeGreaterThanOrEqual(9);
  expect(await page.evaluate(() => window.__tasksReplacingParts)).toBe(parts);
});

// The prerendered page is the default state in its language; each of these asks for another.
const otherStates = [
  ['index.html', 'index.html?by=month&theme=dark', async (page) => {
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('figure[data-chart="deliveries"]').getByRole('button', { name: 'Month', exact: true })).toHaveAttribute('aria-pressed', 'true');
  }],
  ['the English dashboard in Chinese', 'index.html?lang=zh-CN', async (page) => {
    await expect(page.locator('h1')).toHaveText('小米汽车数据看板');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  }],
  ['the Chinese dashboard in English', 'zh-CN.html?lang=en', async (page) => {
    await expect(page.locator('h1')).toHaveText('Xiaomi EV dashboard');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }],
  ['custom data', `index.html?${FROZEN}`, async (page) => {
    await expect(page.locator('.custom-banner')).toBeVisible();
  }],
  ['an embed with a toggle and a theme', 'embed-deliveries-en.html?by=month&theme=dark', async (page) => {
    await expect(page.locator('figure[data-chart]')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Month', exact: true })).toHaveAttribute('aria-pressed', 'true');
  }],
  ['the old embed address', 'index.html?view=embed&chart=regions', async (page) => {
    await expect(page.locator('figure[data-chart]')).toHaveCount(1);
    await expect(page.locator('figure[data-chart="regions"]')).toBeVisible();
  }],
  ['the slides', 'index.html?view=present', async (page) => {
    await expect(page.locator('.slide.current')).toBeVisible();
  }],
  ['the default page itself', 'index.html', async (page) => {
    await expect(page.locator('figure[data-chart]')).toHaveCount(CHARTS.length);
  }],
];

for (const [name, url, check] of otherStates) {
  test(`${name}: the app renders the state the URL asks for, with no console error or warning`, async ({ page, problems }) => {
    const messages = [];
    page.on('console', (msg) => { if (['error', 'warning'].includes(msg.type())) messages.push(`${msg.type()}: ${msg.text()}`); });
    await page.goto(`./${url}`);
    await check(page);
    expect(messages).toEqual([]);
  });
}

// On a phone the prerendered page already holds the drawing the app would
// make (src/charts/fit.rs): the app keeps each such drawing, the same element,
// instead of drawing the same SVG again. A state the page was not rendered in
// (another toggle) is drawn by the app.
test.describe('one page, three loads', () => {
  // No service worker: once the app has mounted it registers one, which
  // then answers the page's later requests itself, past the route that holds
  // the wasm back (Playwright's routes do not see them).
  test.use({ serviceWorkers: 'block' });

test('at 412 px the app keeps the prerendered phone drawings instead of drawing them again', async ({ page, problems }) => {
  await page.setViewportSize({ width: 412, height: 915 });
  for (const [file, kept] of [['index.html', CHARTS.length], ['embed-regions-zh-CN.html', 1], ['embed-deliveries-en.html?by=month', 0]]) {
    const takeOver = await openHeld(page, `./${file}`);
    await page.evaluate(() => {
      for (const svg of document.querySelectorAll('svg[data-drawing="phone"]')) svg.dataset.prerenderedNode = 'yes';
    });
    await takeOver();
    const after = await page.evaluate(() => [...document.querySelectorAll('.chart-svg-holder svg')].map((svg) => ({
      node: svg.dataset.prerenderedNode === 'yes',
      drawn: performance.getEntriesByName(`render:${svg.dataset.chartSvg}`).length,
    })));
    expect(after.filter((svg) => svg.node).length, `${file}: drawings kept`).toBe(kept);
    for (const svg of after) expect(svg.drawn, `${file}: a kept drawing is not drawn again`).toBe(svg.node ? 0 : 1);
    await page.unrouteAll();
  }
});

// The card's title and takeaway (the page's largest text) are the same in
// the app as on the prerendered page: at any width the app keeps those
// elements, so they are painted once, with the page; in another language
// it writes its own, and as an embed on the dashboard's page (its title is
// the page's h1). A toggle that changes them has the app write them.
test('the app keeps the prerendered titles and takeaways until a toggle changes them', async ({ page, problems }) => {
  for (const [width, file, kept] of [[412, 'index.html', true], [1440, 'index.html?lang=zh-CN', false], [412, 'index.html?view=embed&chart=deliveries', false], [1440, 'embed-regions-zh-CN.html', true], [1440, 'zh-CN.html', true]]) {
    await page.setViewportSize({ width, height: 915 });
    const takeOver = await openHeld(page, `./${file}`);
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('.chart-header > *')) element.dataset.prerenderedNode = 'yes';
    });
    await takeOver();
    const headers = await page.evaluate(() => [...document.querySelectorAll('.chart-header')].map((header) => ({
      kept: [...header.children].map((e) => e.dataset.prerenderedNode === 'yes'),
      labelled: header.closest('figure').getAttribute('aria-labelledby') === header.firstElementChild.id,
    })));
    expect(headers.length, file).toBeGreaterThan(0);
    for (const header of headers) {
      expect(header.kept, `${width} px ${file}: title and takeaway kept`).toEqual([kept, kept]);
      expect(header.labelled, `${file}: the card is named by its title`).toBe(true);
    }
    await page.unrouteAll();
  }
  const finance = page.locator('figure[data-chart="financials"]');
  const before = await finance.locator('.takeaway').textContent();
  await finance.getByRole('button', { name: '盈亏' }).click();
  await expect(finance.locator('.takeaway')).not.toHaveText(before);
  await expect(finance.locator('.takeaway')).not.toHaveAttribute('data-prerendered-node');
  await expect(finance).toHaveAttribute('aria-labelledby', 'chart-financials-heading');
  await expect(finance.locator('#chart-financials-heading')).toHaveCount(1);
});
});

// A prerendered part that no part of the app replaces (never expected: both
// renders come from the same components) is said on the console and removed,
// never left behind stale.
test('a prerendered part with no twin in the app is reported and removed', async ({ page, problems }) => {
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  const takeOver = await openHeld(page, './index.html');
  await page.evaluate(() => {
    const stale = document.createElement('section');
    stale.className = 'stale-part';
    stale.textContent = 'A part the app does not render';
    document.querySelector('main').append(stale);
  });
  await takeOver();
  await expect(page.locator('.stale-part')).toHaveCount(0);
  expect(warnings.filter((w) => w.includes('section.stale-part'))).toHaveLength(1);
  await expect(page.locator('figure[data-chart]')).toHaveCount(CHARTS.length);
});
