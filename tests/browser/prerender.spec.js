// Every page reads before and without any script: the dashboards and every
// chart's embed are prerendered at build time from the same components, and
// the app takes the page over when it runs. Checks invariants of the live
// data only (present, titled, sourced), never its figures.
import { test, expect, artifacts, wholePageScreenshot, BUILD, CHARTS } from './fixtures.js';

const DASHBOARDS = BUILD.languages.map((l) => [l.dashboard, l.code, l.product_name, l.source_label.trim()]);

async function expectReadableChart(card, source) {
  // The drawing that fits the frame shows (the page holds a phone and a wide one: src/charts/fit.rs).
  await expect(card.locator('svg.chart-svg').filter({ visible: true })).toHaveCount(1);
  await expect(card.locator('h1, h2').first()).not.toBeEmpty();
  await expect(card.locator('.takeaway')).not.toBeEmpty();
  await expect(card.locator('.source-line')).toContainText(source);
  expect(await card.locator('.source-line a').count()).toBeGreaterThan(0);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const [file, lang, heading, source] of DASHBOARDS) {
    test(`${file}: every chart and the claims panel, with titles, takeaways, notes, tables and source lines`, async ({ page, problems }) => {
      await page.goto(`./${file}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(heading);
      await expect(page).toHaveTitle(heading);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      // Built without SITE_URL, the page names no address search engines would
      // reject as relative (published.spec.js has them absolute); the build's own directives are gone.
      await expect(page.locator('link[rel="canonical"], link[hreflang], meta[property="og:url"]')).toHaveCount(0);
      await expect(page.locator('link[rel="rust"], [data-trunk]')).toHaveCount(0);
      for (const id of CHARTS) {
        const card = page.locator(`figure[data-chart="${id}"]`);
        await expectReadableChart(card, source);
        expect(await card.locator('table tbody tr').count(), `${id} table`).toBeGreaterThan(0);
      }
      // Notes explain qualifiers, derivations and conflicts; most charts have some.
      expect(await page.locator('.chart-notes li').count()).toBeGreaterThan(CHARTS.length);
      await expect(page.locator('[data-chart="claims"]')).toBeVisible();
      // Every chart and the data can be cited without script (copying needs it).
      await expect(page.locator('[data-part="cite"]')).toHaveCount(CHARTS.length + 1);
      await expect(page.locator('#sources li').first()).toBeVisible();
      // What needs the app shows in its place, disabled, and the language switch links pages.
      for (const part of ['.share-tools', 'figure .controls']) {
        await expect(page.locator(part).first()).toBeVisible();
        expect(await page.locator(`${part} button:not([disabled])`).count(), `${part}: enabled buttons`).toBe(0);
      }
      for (const other of BUILD.languages.filter((l) => l.code !== lang)) {
        await expect(page.locator(`.language-switch a[hreflang="${other.code}"]`)).toHaveAttribute('href', other.dashboard);
      }
    });
  }

  test('on a dark system, the prerendered charts are dark like the page around them', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const file of ['index.html', 'embed-regions-zh-CN.html']) {
      await page.goto(file);
      const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(pageBackground).toBe('rgb(15, 20, 25)');
      for (const svg of await page.locator('figure[data-chart] svg.chart-svg').filter({ visible: true }).all()) {
        // The chart's own background, and no element left in the light palette's white or black text.
        const colours = await svg.evaluate((root) => [...root.querySelectorAll('*')].flatMap((e) => [getComputedStyle(e).fill, getComputedStyle(e).stroke]));
        expect(await svg.locator('rect').first().evaluate((e) => getComputedStyle(e).fill)).toBe(pageBackground);
        expect(colours.filter((c) => c === 'rgb(255, 255, 255)' || c === 'rgb(31, 35, 40)')).toEqual([]);
      }
    }
    await page.goto('index.html');
    await wholePageScreenshot(page, `${artifacts}/prerendered-dark-390.png`);
    await context.close();
  });

  for (const [, lang, , source] of DASHBOARDS) {
    test(`every chart's ${lang} embed page holds that chart alone, with its source line`, async ({ page, problems }) => {
      for (const id of CHARTS) {
        await page.goto(`./embed-${id}-${lang}.html`);
        await expect(page.locator('figure[data-chart]')).toHaveCount(1);
        await expectReadableChart(page.locator(`figure[data-chart="${id}"]`), source);
        await expect(page).toHaveTitle(/ · /);
      }
    });
  }
});

test('the app takes over a prerendered page without duplicating it, in the page\'s language', async ({ page, problems }) => {
  await page.goto('./zh-CN.html');
  await expect(page.locator('figure[data-chart="deliveries"] svg.chart-svg')).toBeVisible();
  // Interactive: the toggles work, so the app is running.
  await page.locator('figure[data-chart="deliveries"]').getByRole('button', { name: '年度', exact: true }).click();
  await expect(page).toHaveURL(/by=year/);
  await expect(page.locator('figure[data-chart="deliveries"]')).toHaveCount(1);
  await expect(page.locator('.site-header')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('小米汽车数据看板');
  await expect(page.locator('html')).not.toHaveAttribute('data-prerendered', /.*/);
  await expect(page.locator('.share-tools').first()).toBeVisible();
  // A query in the address bar wins over the page's own.
  await page.goto('./zh-CN.html?lang=en');
  await expect(page.locator('h1')).toHaveText('Xiaomi EV dashboard');
  await page.goto('./embed-regions-en.html');
  await expect(page.locator('figure[data-chart]')).toHaveCount(1);
  await expect(page.locator('figure[data-chart="regions"] svg.chart-svg')).toBeVisible();
});
