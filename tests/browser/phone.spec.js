// The phone reader: every chart reads on a phone before and without script
// (its smallest text at least 11 CSS px from 320 to 430 px wide, and at a
// desktop width too), and nothing the app adds later leaves a blank band in a
// card meanwhile. Measured on the live pages; only invariants, no figures.
import { test, expect, artifacts, CHARTS, LANGS, PAGES } from './fixtures.js';

const SMALLEST_TEXT = 11;
const WIDEST_BLANK_BAND = 40;

/**
 * For each chart card on the page: the smallest text of its chart drawing as
 * shown (font size times the drawing's scale), and the tallest band across the
 * card with no text, control or drawing in it.
 */
const measureCards = (page) => page.evaluate(() => {
  const visible = (element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  // The vertical spans of what a reader sees in `root`: text lines, controls, drawings.
  const spans = (root, into = []) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (!node.textContent.trim() || node.parentElement.closest('.sr-only')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.height > 0) into.push([rect.top, rect.bottom]);
      } else if (node.nodeType === Node.ELEMENT_NODE && visible(node)) {
        if (node.matches('svg, button, img, textarea, summary')) {
          const rect = node.getBoundingClientRect();
          if (rect.height > 0 && rect.width > 0) into.push([rect.top, rect.bottom]);
        } else spans(node, into);
      }
    }
    return into;
  };
  // A card as the reader sees it on screen: the dashboard lays out an
  // off-screen card only near the screen (style/main.css), at a guessed
  // height until then.
  return [...document.querySelectorAll('figure.chart-card')].map((card) => {
    card.style.contentVisibility = 'visible';
    const measured = measureCard(card);
    card.style.contentVisibility = '';
    return measured;
  });

  function measureCard(card) {
    const style = getComputedStyle(card);
    const box = card.getBoundingClientRect();
    let reached = box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    const end = box.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
    let band = 0;
    for (const [top, bottom] of spans(card).sort((a, b) => a[0] - b[0])) {
      band = Math.max(band, top - reached);
      reached = Math.max(reached, bottom);
    }
    band = Math.max(band, end - reached);
    let smallest = Infinity;
    let drawings = 0;
    for (const svg of card.querySelectorAll('svg.chart-svg')) {
      if (!visible(svg)) continue;
      drawings += 1;
      const shown = svg.getBoundingClientRect();
      const { width, height } = svg.viewBox.baseVal;
      const scale = Math.min(shown.width / width, shown.height / height);
      for (const text of svg.querySelectorAll('text')) {
        if (text.textContent.trim()) smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
      }
    }
    return { chart: card.dataset.chart, smallest: Math.round(smallest * 100) / 100, band: Math.round(band), drawings };
  }
});

function expectLegible(cards, where, bands = true) {
  expect(cards.length, `${where}: chart cards`).toBeGreaterThan(0);
  for (const card of cards) {
    expect(card.drawings, `${where} ${card.chart}: drawings shown`).toBe(1);
    expect(card.smallest, `${where} ${card.chart}: smallest chart text (px)`).toBeGreaterThanOrEqual(SMALLEST_TEXT);
    if (bands) expect(card.band, `${where} ${card.chart}: tallest blank band (px)`).toBeLessThanOrEqual(WIDEST_BLANK_BAND);
  }
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [320, 360, 412, 430, 1280]) {
    test(`at ${width} px every page's chart text is at least ${SMALLEST_TEXT} px and no card has a blank band`, async ({ page, problems }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const file of PAGES) {
        await page.goto(`./${file}`);
        expectLegible(await measureCards(page), `${file} at ${width} px`);
      }
      await page.goto('./embed-regions-en.html');
      await page.screenshot({ path: `${artifacts}/phone-noscript-regions-${width}.png`, fullPage: true });
    });
  }
});

for (const width of [360, 412]) {
  test(`at ${width} px the app draws the same legible charts, with no blank band`, async ({ page, problems }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const file of ['index.html', 'zh-CN.html', 'embed-regions-en.html', 'embed-competitors-zh-CN.html']) {
      await page.goto(`./${file}`);
      expectLegible(await measureCards(page), `${file} at ${width} px, app running`);
    }
  });
}

// At 360 px the plot gets the room: the drawing below its legend (the axes
// and what they frame, `data-plot-top` in the SVG) is at least 45% of each
// embed's height, before the app runs and after.
const SMALLEST_PLOT_SHARE = 0.45;
const plotShare = (page) => page.evaluate(() => {
  const embed = document.querySelector('main.embed').getBoundingClientRect().height;
  const svg = [...document.querySelectorAll('.chart-frame svg.chart-svg')].find((s) => s.checkVisibility());
  const plot = svg.getBoundingClientRect().height * (1 - Number(svg.dataset.plotTop) / svg.viewBox.baseVal.height);
  return { plot: Math.round(plot), embed: Math.round(embed), share: plot / embed };
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test(`at 360 px each embed's plot is at least ${SMALLEST_PLOT_SHARE * 100}% of its height`, async ({ page, problems }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      for (const file of PAGES.filter((name) => name.startsWith('embed-'))) {
        await page.goto(`./${file}`);
        if (javaScriptEnabled) await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0);
        const measured = await plotShare(page);
        expect(measured.share, `${file}: ${JSON.stringify(measured)}`).toBeGreaterThanOrEqual(SMALLEST_PLOT_SHARE);
      }
    });
  });
}

// A long source line folds on a phone to its first source, how many more
// and the date, one tap from the full list; wider it shows in full.
test('a long source line is folded on a phone and open on a desktop', async ({ page, problems }) => {
  const longLine = async () => {
    const folds = page.locator('.source-line details.sources-fold');
    expect(await folds.count(), 'long source lines on the dashboard').toBeGreaterThan(0);
    return folds.first();
  };
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./index.html');
  let fold = await longLine();
  await expect(fold.locator('summary')).toBeVisible();
  await expect(fold.locator('summary')).toContainText(/Source: .+ and \d+ more\. Data as of /);
  await expect(fold.locator('p a').first()).toBeHidden();
  await fold.locator('summary').click();
  await expect(fold.locator('p a').first()).toBeVisible();
  expect(await fold.locator('p a').count()).toBeGreaterThan(2);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./index.html');
  fold = await longLine();
  await expect(fold.locator('summary')).toBeHidden();
  await expect(fold.locator('p')).toContainText(/^Source: .+; .+; .+\. Data as of /);
  for (const link of await fold.locator('p a').all()) await expect(link).toBeVisible();
});

// A tap on any point opens its tooltip inside its drawing and the window,
// whole: moved away from an edge rather than squeezed against it, below its
// point where there is no room above.
for (const width of [320, 412]) {
  test(`at ${width} px every point's tooltip, of every chart, opens inside the drawing`, async ({ page, problems }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 700 });
    let checked = 0;
    for (const id of CHARTS) {
      await page.goto(`./embed-${id}-en.html`);
      const svg = page.locator('.chart-frame svg');
      const count = await svg.locator('[data-point]').count();
      expect(count, `${id}: points`).toBeGreaterThan(0);
      for (let i = 0; i < count; i += 1) {
        // A point drawn where an earlier one is leaves the tap to that one (charts/render/timeline.rs).
        const point = svg.locator(`[data-point="${i}"]`);
        if (await point.locator('rect').first().evaluate((area) => area.width.baseVal.value === 0)) continue;
        // Escape first: the last tap pinned its tooltip.
        await page.keyboard.press('Escape');
        await point.click();
        const tip = svg.locator('.pt-tip:visible');
        await expect(tip, `${id} point ${i}: tooltip`).toHaveCount(1);
        const box = await tip.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          const drawing = element.ownerSVGElement.getBoundingClientRect();
          return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: rect.width,
            drawingTop: drawing.top, drawingBottom: drawing.bottom, windowWidth: document.documentElement.clientWidth };
        });
        const where = `${id} point ${i} at ${width} px: ${JSON.stringify(box)}`;
        expect(box.left, where).toBeGreaterThanOrEqual(0);
        expect(box.right, where).toBeLessThanOrEqual(box.windowWidth);
        expect(box.top, where).toBeGreaterThanOrEqual(box.drawingTop - 0.5);
        expect(box.bottom, where).toBeLessThanOrEqual(box.drawingBottom + 0.5);
        // Not squeezed against an edge (it was 66 px wide there).
        expect(box.width, where).toBeGreaterThanOrEqual(100);
        checked += 1;
      }
      await page.keyboard.press('Escape');
    }
    expect(checked).toBeGreaterThan(CHARTS.length);
  });
}

// The app's code is fetched as the page loads (index.html preloads it at low
// priority) and only once: the request the app makes reuses the preload.
for (const file of ['index.html', 'embed-deliveries-en.html']) {
  test(`${file}: the app's wasm is fetched once, while the page loads`, async ({ page, problems }) => {
    const wasm = [];
    page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(request.url()); });
    await page.goto(`./${file}`);
    expect(wasm).toHaveLength(1);
    const [started, loaded] = await page.evaluate(() => [
      performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm')).startTime,
      performance.getEntriesByType('navigation')[0].loadEventStart,
    ]);
    expect(started).toBeLessThan(loaded);
  });
}
