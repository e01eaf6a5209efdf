// A reader's own cut of a chart over time (issue 43, first step): the range
// an address asks for (from=, to=) cuts the drawing, the table and the CSV,
// the chart's notes say which range is shown, a link or citation keeps it,
// and a range that cannot be used is named in the notice while the chart is
// still drawn. On the frozen fixture, so no test pins the live data.
import { readFileSync } from 'node:fs';
import { test, expect, FROZEN } from './fixtures.js';

const chart = 'figure[data-chart="deliveries"]';

async function download(page, card, kind) {
  const [file] = await Promise.all([page.waitForEvent('download'), card.locator(`[data-export="${kind}"]`).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('by=month&from=2025-01&to=2025-12 draws, tabulates and exports the twelve months of 2025 and says so', async ({ page, problems }) => {
  await page.goto(`./?${FROZEN}&by=month&from=2025-01&to=2025-12`);
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  const card = page.locator(chart);
  await expect(card.locator('.chart-notes li').first()).toHaveText('Shown: Jan 2025 to Dec 2025, as this address asks.');

  const file = await download(page, card, 'csv');
  expect(file.name, 'the file names its range').toBe('xiaomi-deliveries-by-month-2025-01-to-2025-12.csv');
  const csv = file.text.trim().split('\r\n');
  const period = csv[0].split(',').indexOf('period');
  const periods = csv.slice(1).map((row) => row.split(',')[period]);
  expect(periods.every((p) => /^2025-(0[1-9]|1[0-2])$/.test(p)), periods.join(' ')).toBe(true);
  // Every month of 2025 the fixture has a figure for, and no other.
  const fixture = JSON.parse(readFileSync('tests/fixtures/dataset.json', 'utf8'));
  const months = fixture.series.filter((s) => ['xiaomi-deliveries-month', 'xiaomi-cpca-month'].includes(s.id))
    .flatMap((s) => s.values.map((v) => v.period)).filter((p) => /^2025-\d\d$/.test(p));
  expect([...new Set(periods)].sort()).toEqual([...new Set(months)].sort());
  expect(csv.length - 1, 'a row per drawn point').toBe(await card.locator('svg [data-point]').count());

  await card.locator('details.table-view > summary').click();
  const rows = card.locator('table tbody tr');
  await expect(rows, 'a table row per CSV row').toHaveCount(csv.length - 1);
  await expect(rows.first()).toContainText('2025');
  await expect(card.locator('table')).not.toContainText('2024');

  // The chart's citation keeps the cut, so its address opens the same chart.
  await card.locator('details.cite > summary').click();
  await expect(card.locator('.cite-text')).toContainText('from=2025-01&to=2025-12');
  void problems;
});

test('a running total cut to a range starts at the total it had then', async ({ page, problems }) => {
  await page.goto(`./?${FROZEN}`);
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  const card = page.locator('figure[data-chart="cumulative"]');
  const rowsOf = async () => {
    await card.locator('details.table-view > summary').click();
    // The table is written when it is first opened.
    await expect(card.locator('table tbody tr').first()).toBeVisible();
    return card.locator('table tbody tr').allInnerTexts();
  };
  const whole = await rowsOf();
  await page.goto(`./?${FROZEN}&from=2025-01`);
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  const cut = await rowsOf();
  expect(cut.length).toBeGreaterThan(0);
  expect(cut.length).toBeLessThan(whole.length);
  // Each row of the cut is the same row of the whole chart: the totals still count from the first delivery.
  for (const row of cut) expect(whole).toContain(row);
  void problems;
});

test('a reversed or malformed range is named in the notice, and the chart is drawn whole', async ({ page, problems }) => {
  for (const [query, named] of [['from=2026&to=2025', ['from=2026', 'to=2025']], ['from=2025-13', ['from=2025-13']]]) {
    await page.goto(`./embed-deliveries-en.html?${FROZEN}&${query}`);
    await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
    for (const words of named) await expect(page.locator('.notice')).toContainText(words);
    await expect(page.locator(`${chart} svg.chart-svg`)).toBeVisible();
    await expect(page.locator(`${chart} .chart-notes`)).not.toContainText('Shown:');
  }
  void problems;
});

// A highlight by address: the named quarter or carmaker is drawn with an
// outline as well as the accent (not by colour alone), and the takeaway names it.
const OUTLINE = 'polyline[stroke="#1F2328"][stroke-width="2"]';
for (const [chart, query, named] of [['deliveries', 'highlight=2025-Q3', /Highlighted: Q3 2025: [\d,]+\+?\.$/], ['competitors', 'highlight=byd', /Highlighted: BYD \(/]]) {
  test(`${query} on ${chart} outlines what it names and the takeaway names it`, async ({ page, problems }) => {
    const figure = page.locator(`figure[data-chart="${chart}"]`);
    await page.goto(`./?${FROZEN}&theme=light`);
    await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
    const before = await figure.locator(`svg.chart-svg ${OUTLINE}`).count();
    await page.goto(`./?${FROZEN}&theme=light&${query}`);
    await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
    await expect(figure.locator('.takeaway')).toHaveText(named);
    expect(await figure.locator(`svg.chart-svg ${OUTLINE}`).count()).toBeGreaterThan(before);
    // Copy link and the embed code keep it.
    await figure.locator('details.cite > summary').click();
    await expect(figure.locator('.cite-text')).toContainText(query);
    void problems;
  });
}
