// Every chart of the dashboard, its tooltips, keyboard access and table view.
import { test, expect, openChart, artifacts, FROZEN, wholePageScreenshot, CHARTS, LANGS } from './fixtures.js';


test('every chart id renders an accessible SVG with title, takeaway and sources', async ({ page, problems }) => {
  await openChart(page, `?${FROZEN}`);
  for (const id of CHARTS) {
    const card = page.locator(`figure[data-chart="${id}"]`);
    const svg = card.locator('svg[role="img"]');
    await expect(svg, id).toBeVisible();
    const title = await card.locator('h2').textContent();
    await expect(svg.locator('title')).toHaveText(title);
    const takeaway = await card.locator('.takeaway').textContent();
    expect(takeaway.length, `${id} takeaway`).toBeGreaterThan(20);
    await expect(svg.locator('desc')).toHaveText(takeaway);
    await expect(card.locator('.source-line')).toContainText('Data as of 1 Feb 2026');
    expect(await card.locator('.source-line a').count(), `${id} source links`).toBeGreaterThan(0);
    expect(await svg.locator('[data-point]').count(), `${id} points`).toBeGreaterThan(0);
  }
  await expect(page.locator('[data-chart="claims"]')).toBeVisible();
});

test('hovering a bar shows its value, qualifier, period and source', async ({ page, problems }) => {
  await openChart(page, `?${FROZEN}`);
  const card = page.locator('figure[data-chart="deliveries"]');
  // Point 5 is Q3 2025 in the quarterly view.
  await card.locator('[data-point="5"]').hover({ force: true });
  const tip = card.locator('.tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Q3 2025');
  await expect(tip).toContainText('108,796');
  await expect(tip).toContainText('exact');
  await expect(tip).toContainText('Source:');
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
});

test('arrow keys move between points and announce them', async ({ page, problems }) => {
  await openChart(page, `?${FROZEN}`);
  const card = page.locator('figure[data-chart="deliveries"]');
  await card.locator('.chart-frame').focus();
  await page.keyboard.press('ArrowRight');
  await expect(card.locator('.tooltip')).toContainText('27,307');
  await page.keyboard.press('ArrowRight');
  await expect(card.locator('.tooltip')).toContainText('39,790');
  await expect(card.locator('[aria-live="polite"]')).toContainText('Q3 2024');
  await page.keyboard.press('End');
  await expect(card.locator('.tooltip')).toContainText('144,033+');
  await expect(card.locator('.tooltip')).toContainText('at least');
  await page.keyboard.press('Escape');
  await expect(card.locator('.tooltip')).toHaveCount(0);
});

test('each table view lists exactly the points drawn', async ({ page, problems }) => {
  await openChart(page);
  for (const id of CHARTS) {
    const card = page.locator(`figure[data-chart="${id}"]`);
    await card.locator('details.table-view > summary').click();
    const drawn = await card.locator('svg [data-point]').count();
    await expect(card.locator('tbody tr'), id).toHaveCount(drawn);
  }
});

test('toggles redraw their chart and are kept in the URL', async ({ page, problems }) => {
  await openChart(page, `?${FROZEN}`);
  const regions = page.locator('figure[data-chart="regions"]');
  await expect(regions.locator('.takeaway')).toContainText('fall 26.7% in United States');
  await regions.getByRole('button', { name: 'Sales' }).click();
  await expect(regions.locator('svg title')).toHaveText('EV sales by region: 2026 forecast');
  expect(page.url()).toContain('regions=volume');
  const finance = page.locator('figure[data-chart="financials"]');
  await finance.getByRole('button', { name: 'Profit or loss' }).click();
  await expect(finance.locator('.takeaway')).toContainText('first profit');
  await page.reload();
  await expect(page.locator('figure[data-chart="regions"] button[aria-pressed="true"]')).toHaveText('Sales');
  await expect(page.locator('figure[data-chart="financials"] button[aria-pressed="true"]')).toHaveText('Profit or loss');
});

test('the claims panel gives the computed verdicts', async ({ page, problems }) => {
  await openChart(page);
  const claims = page.locator('[data-chart="claims"]');
  await expect(claims.locator('[data-claim="us-minus-29"] .verdict')).toHaveText('Rounding');
  await expect(claims.locator('[data-claim="rivian-cumulative"] .verdict')).toHaveText('Does not hold');
  await expect(claims.locator('[data-claim="target-growth-34"] .verdict')).toHaveText('Holds');
  await expect(claims.locator('[data-claim="us-minus-29"]')).toContainText('-26.7%');
});

test('?chart= scrolls to and highlights that chart', async ({ page, problems }) => {
  await openChart(page, '?chart=competitors', 'competitors');
  const card = page.locator('figure[data-chart="competitors"]');
  await expect(card).toHaveClass(/focused/);
  await expect(card).toBeInViewport();
});

test('the theme switch is remembered', async ({ page, problems }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openChart(page);
  await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('figure[data-chart="deliveries"] svg rect').first()).toHaveAttribute('fill', '#0F1419');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const [name, width, height] of [['phone', 375, 812], ['desktop', 1440, 900]]) {
  for (const theme of ['light', 'dark']) {
    test(`whole page at ${name} width in ${theme}: no overflow, screenshot`, async ({ page, problems }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme });
      await openChart(page);
      for (const id of CHARTS) await expect(page.locator(`figure[data-chart="${id}"] svg`)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await wholePageScreenshot(page, `${artifacts}/page-${name}-${theme}.png`);
    });
  }
}
