// Every chart of the dashboard, its tooltips, keyboard access and table view.
import { test, expect, openChart, artifacts, FROZEN, wholePageScreenshot, CHARTS, LANGS } from './fixtures.js';
import { readFileSync } from 'node:fs';


test('every chart id renders an accessible SVG with title, takeaway and sources', async ({ page, problems }) => {
  await openChart(page, `?${FROZEN}`);
  for (const id of CHARTS) {
    const card = page.locator(`figure[data-chart="${id}"]`);
    const svg = card.locator('svg.chart-svg');
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
  await card.locator('[data-point="5"]').hover();
  const tip = card.locator('.pt-tip:visible');
  await expect(tip).toHaveCount(1);
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
  const tip = card.locator('.pt-tip:visible');
  await card.locator('.chart-frame').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tip).toContainText('27,307');
  await page.keyboard.press('ArrowRight');
  await expect(tip).toContainText('39,790');
  await expect(tip).toHaveCount(1);
  await expect(card.locator('[aria-live="polite"]')).toContainText('Q3 2024');
  await page.keyboard.press('End');
  await expect(tip).toContainText('144,033+');
  await expect(tip).toContainText('at least');
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
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

/** The last day an English table's period stands for: "13 Nov 2024", "Apr 2024", "Q2 2024", "2024". */
function lastDay(period) {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const end = (year, month) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  let m;
  if ((m = period.match(/^(\d{1,2}) (\w{3}) (\d{4})$/))) return `${m[3]}-${String(months.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  if ((m = period.match(/^(\w{3}) (\d{4})$/))) return end(Number(m[2]), months.indexOf(m[1]) + 1);
  if ((m = period.match(/^Q(\d) (\d{4})$/))) return end(Number(m[2]), Number(m[1]) * 3);
  if ((m = period.match(/^(\d{4})$/))) return `${m[1]}-12-31`;
  throw new Error(`unreadable period ${period}`);
}

// Issue 29: the cumulative line is one running total in date order that
// never falls and reaches every milestone it passes, read from the chart's
// own table, on the fixture and (as an invariant) on the built-in data.
for (const [name, query, file] of [['the fixture', `?${FROZEN}`, 'tests/fixtures/dataset.json'], ['the built-in data', '', 'data/dataset.json']]) {
  test(`the cumulative line never falls and meets its milestones, on ${name}`, async ({ page, problems }) => {
    await openChart(page, query);
    const card = page.locator('figure[data-chart="cumulative"]');
    await card.locator('details.table-view > summary').click();
    const rows = card.locator('tbody tr');
    await expect(rows.first()).toBeAttached();
    const line = [];
    for (const row of await rows.all()) {
      const series = (await row.locator('td').first().textContent()).trim();
      if (!series.startsWith('Cumulative deliveries')) continue;
      const period = (await row.locator('th').textContent()).trim();
      const value = Number((await row.locator('td.num').textContent()).match(/[\d,]+/)[0].replaceAll(',', ''));
      line.push({ period, day: lastDay(period), value });
    }
    expect(line.length).toBeGreaterThan(3);
    for (let i = 1; i < line.length; i++) {
      expect(line[i].day >= line[i - 1].day, `${line[i].period} listed after ${line[i - 1].period}`).toBe(true);
      expect(line[i].value, `from ${line[i - 1].period} to ${line[i].period}`).toBeGreaterThanOrEqual(line[i - 1].value);
    }
    const horizon = line[line.length - 1].day;
    const dataset = JSON.parse(readFileSync(file, 'utf8'));
    const milestones = dataset.milestones.filter((m) => m.entity === 'xiaomi' && m.cumulative && m.date <= horizon);
    expect(milestones.length).toBeGreaterThan(0);
    for (const milestone of milestones) {
      const reached = Math.max(...line.filter((p) => p.day <= lastDayOfIso(milestone.date)).map((p) => p.value));
      expect(reached, `the line by ${milestone.id}`).toBeGreaterThanOrEqual(milestone.cumulative);
    }
  });
}

/** "2025-07" ends on 31 Jul; "2025-11-20" is its own day. */
function lastDayOfIso(date) {
  const [year, month, day] = date.split('-').map(Number);
  return day ? date : new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
