// Accessibility: axe-core on the dashboard, an embed and a slide, in both
// themes and both languages; a keyboard-only walkthrough; 200% zoom.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openChart, artifacts, FROZEN, wholePageScreenshot, CHARTS, LANGS } from './fixtures.js';

const pages = [
  ['dashboard', './', 'deliveries'],
  ['embed', './?view=embed&chart=regions', 'regions'],
  ['slide', './?view=present&slide=2', 'deliveries'],
];

for (const [name, url, chart] of pages) {
  for (const theme of ['light', 'dark']) {
    for (const lang of LANGS) {
      test(`axe: ${name}, ${theme}, ${lang}: no violations`, async ({ page, problems }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
        await expect(page.locator(`[data-chart="${chart}"] svg.chart-svg`).first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // Open the table views so their markup is checked too.
        for (const summary of await page.locator('details.table-view summary').all()) await summary.click();
        // The app builds a table's rows when it is first opened.
        for (const table of await page.locator('details.table-view[open] tbody').all()) await expect(table.locator('tr').first()).toBeAttached();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }
  }
}

test('keyboard only: skip link, controls in order, chart points, visible focus', async ({ page, problems }) => {
  await openChart(page);
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  // Tab forward to the first toggle of the deliveries chart.
  const monthButton = page.locator('figure[data-chart="deliveries"]').getByRole('button', { name: 'Month' });
  for (let i = 0; i < 10 && !(await monthButton.evaluate((e) => e === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(monthButton).toBeFocused();
  const outline = await monthButton.evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(monthButton).toHaveAttribute('aria-pressed', 'true');
  // On to the chart itself, then arrow keys through its points.
  const frame = page.locator('figure[data-chart="deliveries"] .chart-frame');
  for (let i = 0; i < 5 && !(await frame.evaluate((e) => e === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(frame).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('figure[data-chart="deliveries"] [aria-live="polite"]')).toContainText('Apr 2024');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('figure[data-chart="deliveries"] [aria-live="polite"]')).toContainText('May 2024: 8,646');
});

test('200% zoom (a 640 px wide window): no horizontal scrolling, charts still drawn', async ({ page, problems }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await page.evaluate(() => {});
  await openChart(page, '?lang=zh-CN');
  await page.setViewportSize({ width: 640, height: 900 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${artifacts}/zh-640.png`, fullPage: false });
});

test('Chinese page: every chart title and takeaway in Chinese, numbers in 万', async ({ page, problems }) => {
  await openChart(page, `?lang=zh-CN&${FROZEN}`);
  for (const card of await page.locator('figure[data-chart]').all()) {
    expect(await card.locator('h2').textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await card.locator('.takeaway').textContent()).toMatch(/[\u4e00-\u9fff]/);
  }
  await expect(page.locator('.key-numbers')).toContainText('55万');
  await expect(page.locator('.as-of')).toContainText('2026年2月1日');
  await wholePageScreenshot(page, `${artifacts}/page-zh-desktop.png`);
});

test('each chart is a figure named by its title, not by its source line', async ({ page, problems }) => {
  for (const url of ['./', './embed-regions-zh-CN.html']) {
    await page.goto(url);
    const figures = page.locator('figure[data-chart]');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      const title = (await figure.locator('h1, h2').first().textContent()).trim();
      await expect(page.getByRole('figure', { name: title, exact: true }), url).toHaveCount(1);
    }
  }
});
