// Every drawing carries its points' tooltips (src/charts/render/tooltip.rs),
// shown by CSS alone: a tap answers from the first paint, with script off, in
// a sandboxed embed that forbids scripts and in a static SVG file. Once the
// app runs, it adds keys and announcements to the same tooltips, never a
// second tooltip of its own.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, CHARTS, LANGS, BUILD, artifacts, openChart, FROZEN } from './fixtures.js';

/** The points to tap on a chart of `count` points: first, middle, last. */
const sample = (count) => [...new Set([0, Math.floor(count / 2), count - 1])];

/** Each chart's table on a dashboard, as rows of { period, value, qualifier, sources }, in point order. */
async function tablesOf(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('figure[data-chart]')].map((figure) => [
    figure.dataset.chart,
    [...figure.querySelectorAll('.table-view tbody tr')].map((row) => {
      const cells = row.children;
      return {
        period: cells[0].textContent.trim(),
        value: cells[2].firstChild.textContent.trim(),
        qualifier: cells[3].firstChild.textContent.trim(),
        sources: [...cells[5].querySelectorAll('a')].map((a) => a.textContent.trim()),
      };
    }),
  ])));
}

/** The tooltip shown in `svg`, as its text and its box on screen; fails unless exactly one shows. */
async function shownTip(svg, where) {
  const shown = svg.locator('.pt-tip:visible');
  await expect(shown, `${where}: one tooltip shows`).toHaveCount(1);
  return shown.evaluate((tip) => {
    const box = tip.getBoundingClientRect();
    const svgBox = tip.ownerSVGElement.getBoundingClientRect();
    const scale = svgBox.width / tip.ownerSVGElement.width.baseVal.value;
    const sizes = [...tip.querySelectorAll('text')].map((t) => parseFloat(t.getAttribute('font-size')) * scale);
    return {
      text: [...tip.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      left: box.left, right: box.right, smallest: Math.min(...sizes),
      windowWidth: document.documentElement.clientWidth,
    };
  });
}

/** Checks a shown tooltip against its point's row of the chart's table. */
function expectRow(tip, row, where) {
  expect(tip.text, `${where}: period`).toContain(row.period);
  expect(tip.text, `${where}: value`).toContain(row.value);
  expect(tip.text, `${where}: qualifier`).toContain(row.qualifier);
  for (const source of row.sources) expect(tip.text, `${where}: source`).toContain(source.slice(0, 8));
  expect(tip.left, `${where}: inside the window`).toBeGreaterThanOrEqual(0);
  expect(tip.right, `${where}: inside the window`).toBeLessThanOrEqual(tip.windowWidth);
}

test.describe('with script off, on a 360 px phone', () => {
  test.use({ javaScriptEnabled: false, hasTouch: true, viewport: { width: 360, height: 740 } });

  for (const lang of LANGS) {
    const dashboard = BUILD.languages.find((l) => l.code === lang).dashboard;
    test(`${lang}: a tap on points of every chart, on the dashboard and every embed, shows the point's value and sources`, async ({ page, problems }) => {
      test.setTimeout(240_000);
      await page.goto(`./${dashboard}`);
      const tables = await tablesOf(page);
      let checked = 0;
      for (const file of [dashboard, ...CHARTS.map((id) => `embed-${id}-${lang}.html`)]) {
        if (file !== dashboard) await page.goto(`./${file}`);
        for (const id of CHARTS) {
          const figure = page.locator(`figure[data-chart="${id}"]`);
          if (await figure.count() === 0) continue;
          const svg = figure.locator('svg[data-drawing="phone"]');
          const points = svg.locator('.pt');
          const count = await points.count();
          expect(count, `${file} ${id}: one point per table row`).toBe(tables[id].length);
          for (const index of sample(count)) {
            const where = `${file} ${id} point ${index}`;
            // A tap elsewhere first: the last tooltip may cover this point.
            await figure.locator('.takeaway').tap();
            await expect(svg.locator('.pt-tip:visible'), `${where}: none before the tap`).toHaveCount(0);
            await svg.locator(`.pt[data-point="${index}"]`).tap();
            expectRow(await shownTip(svg, where), tables[id][index], where);
            checked += 1;
          }
        }
        if (file === `embed-deliveries-${lang}.html`) await page.screenshot({ path: `${artifacts}/tooltip-script-off-${lang}-360.png` });
      }
      expect(checked).toBeGreaterThanOrEqual(2 * CHARTS.length * 2);
    });
  }

  // Phones from 320 to 430 px wide show the phone drawing at its own size or larger.
  for (const width of [320, 430]) {
    test(`at ${width} px tooltip type reads at 11 CSS px or more`, async ({ page, problems }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const id of CHARTS) {
        await page.goto(`./embed-${id}-en.html`);
        const svg = page.locator('svg[data-drawing="phone"]');
        const last = (await svg.locator('.pt').count()) - 1;
        await svg.locator(`.pt[data-point="${last}"]`).tap();
        const tip = await shownTip(svg, `${id} at ${width} px`);
        expect(tip.smallest, `${id} at ${width} px`).toBeGreaterThanOrEqual(11);
      }
    });
  }

  test('before the app runs, no point is a tab stop: the table is the way in', async ({ page, problems }) => {
    await page.goto('./embed-deliveries-en.html');
    const tabbable = await page.locator('svg .pt, svg .pt *').evaluateAll((nodes) => nodes.filter((n) => n.tabIndex >= 0).length);
    expect(tabbable).toBe(0);
    expect(await page.locator('svg .pt').count()).toBeGreaterThan(0);
  });
});

// axe reads the page through script: the app's drawing has the same points and tooltips.
for (const theme of ['light', 'dark']) {
  test(`axe finds nothing on an embed at 360 px with a tooltip shown, ${theme}`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('./embed-deliveries-en.html');
    await page.locator('.chart-frame svg .pt[data-point="1"]').click();
    await expect(page.locator('.chart-frame svg .pt-tip:visible')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).include('.chart-frame').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('in a sandboxed cross-origin embed that forbids scripts, a click shows a point\'s tooltip', async ({ page, baseURL, problems }) => {
  // No allow-scripts and no allow-same-origin: an opaque origin, and no script at all.
  await page.setContent(`<iframe sandbox="" src="${baseURL}embed-deliveries-en.html" style="width:360px;height:700px;border:0"></iframe>`);
  const frame = page.frameLocator('iframe');
  const svg = frame.locator('svg[data-drawing="phone"]');
  await expect(svg).toBeVisible();
  await expect(svg.locator('.pt-tip:visible')).toHaveCount(0);
  await svg.locator('.pt[data-point="2"]').click();
  const tip = await shownTip(svg, 'sandboxed');
  expect(tip.text).toMatch(/\d/);
  expect(tip.text).toContain('Source');
  // What the host asked for: the page's scripts are refused, and say so.
  problems.console = problems.console.filter((m) => !/Blocked script execution .* 'allow-scripts' permission is not set/.test(m));
});

test('a static SVG file opened on its own shows a tooltip on hover', async ({ page, problems }) => {
  // An SVG document has no icon link, so the browser asks for /favicon.ico
  // (which Playwright does not report as a response); nothing else may be missing.
  const missing = [];
  page.on('response', (r) => { if (r.status() === 404) missing.push(new URL(r.url()).pathname); });
  for (const file of ['static/deliveries.svg', 'static/deliveries-dark.svg']) {
    await page.goto(`./${file}`);
    const svg = page.locator('svg');
    await expect(svg.locator('.pt-tip:visible'), file).toHaveCount(0);
    await svg.locator('.pt[data-point="1"]').hover();
    const tip = await shownTip(svg, file);
    expect(tip.text, file).toContain('Source');
    await page.mouse.move(1, 1);
    await expect(svg.locator('.pt-tip:visible'), `${file}: gone with the pointer`).toHaveCount(0);
  }
  expect(missing.filter((path) => path !== '/favicon.ico')).toEqual([]);
  problems.console = problems.console.filter((m) => !/status of 404/.test(m));
});

test('once the app runs, each point has one tooltip, the drawing\'s, and hovering shows it alone', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await expect(page.locator('.tooltip')).toHaveCount(0);
  for (const id of CHARTS) {
    const frame = page.locator(`figure[data-chart="${id}"] .chart-frame`);
    await frame.scrollIntoViewIfNeeded();
    const svg = frame.locator('svg');
    await expect(svg, `${id}: one drawing once the app runs`).toHaveCount(1);
    const points = await svg.locator('.pt').count();
    await expect(svg.locator('.pt-tip'), id).toHaveCount(points);
    await svg.locator('.pt[data-point="0"]').hover();
    await shownTip(svg, id);
  }
});

/**
 * Pins point `index` of the deliveries chart, then follows the first source
 * link of its tooltip (to a page the test serves: nothing leaves the machine)
 * and returns the address the new tab opened and the address the chart's
 * table gives that source.
 */
async function followPinnedSource(page, index, press) {
  const origin = new URL(page.url()).origin;
  await page.context().route((url) => url.origin !== origin, (route) => route.fulfill({ contentType: 'text/html', body: '<title>A source</title>' }));
  const card = page.locator('figure[data-chart="deliveries"]');
  // The app builds the table's rows when the reader opens it.
  await card.locator('.table-view summary').click();
  await press(card.locator(`.pt[data-point="${index}"] > rect`));
  const tip = card.locator('.pt-tip:visible');
  await expect(tip, 'the pressed point\'s tooltip is pinned').toHaveCount(1);
  const link = tip.locator('a').first();
  const href = await link.getAttribute('href');
  const row = card.locator('.table-view tbody tr').nth(index);
  const tableHrefs = await row.locator(':scope > *').nth(5).locator('a').evaluateAll((links) => links.map((a) => a.href));
  const [popup] = await Promise.all([page.waitForEvent('popup'), press(link)]);
  await popup.waitForLoadState();
  return { opened: popup.url(), href, tableHrefs };
}

test.describe('once the app runs, on a 412 px phone', () => {
  test.use({ hasTouch: true, viewport: { width: 412, height: 860 } });

  test('a tapped point\'s tooltip stays, and a tap on a source in it opens that source', async ({ page, problems }) => {
    await openChart(page, `?${FROZEN}`);
    const { opened, href, tableHrefs } = await followPinnedSource(page, 5, (target) => target.tap());
    expect(tableHrefs, 'the table names the same source').toContain(href);
    expect(opened).toBe(href);
  });
});

test('a clicked point\'s tooltip stays while the pointer crosses other points to a source link, which opens', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openChart(page, `?${FROZEN}`);
  const card = page.locator('figure[data-chart="deliveries"]');
  const tip = card.locator('.pt-tip:visible');
  await card.locator('.pt[data-point="5"] > rect').click();
  await expect(tip).toContainText('Q3 2025');
  // Across the neighbours' tap areas and back: the pinned tooltip stays, alone.
  const neighbour = await card.locator('.pt[data-point="3"] > rect').boundingBox();
  await page.mouse.move(neighbour.x + neighbour.width / 2, neighbour.y + neighbour.height / 2, { steps: 8 });
  await expect(tip).toHaveCount(1);
  await expect(tip).toContainText('Q3 2025');
  const { opened, href, tableHrefs } = await followPinnedSource(page, 5, async (target) => {
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
    await page.mouse.down();
    await page.mouse.up();
  });
  expect(tableHrefs).toContain(href);
  expect(opened).toBe(href);
  await card.locator('h2').click();
  await expect(tip, 'a click off every point unpins it').toHaveCount(0);
});
