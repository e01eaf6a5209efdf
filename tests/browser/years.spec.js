// A new year is a data edit: with the fixture moved on to February 2027
// (2026 complete, a 2027 target; invented figures), every view tracks 2027
// and shows 2026 as a finished year. And every address the tracker has had
// still opens it.
import { test, expect, openChart, MOVED_ON } from './fixtures.js';

/** What names a year as the one being tracked, in the product's own words. */
const TRACKING = (year) => new RegExp(`${year} target of|Tracking the ${year} target|${year} so far|${year} targets|${year} forecast:|EV sales by region: ${year}`);

test('a dataset moved on to 2027 tracks 2027 everywhere and shows 2026 as a finished year', async ({ page, problems }) => {
  await openChart(page, `?${MOVED_ON}`, 'target');
  await expect(page.locator('.tagline')).toContainText('its 2027 target of 700,000 cars');
  await expect(page.locator('.key-numbers dt')).toContainText(['2026 deliveries', '2027 target']);
  await expect(page.locator('figure[data-chart="target"] h2')).toHaveText('Tracking the 2027 target month by month');
  await expect(page.locator('figure[data-chart="regions"] h2')).toHaveText('EV sales by region: 2027 forecast');

  // The carmakers: each full year the data has, then the tracked year so far and its targets.
  const competitors = page.locator('figure[data-chart="competitors"]');
  const years = competitors.locator('.controls button');
  await expect(years).toHaveText(['2023', '2024', '2025', '2026', '2027 so far', '2027 targets']);
  await expect(years.filter({ hasText: /^2026$/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(competitors.locator('h2')).toContainText('2026');
  await years.filter({ hasText: '2027 so far' }).click();
  await expect(competitors.locator('h2')).toContainText('2027');
  await expect(page).toHaveURL(/year=2027-so-far/);

  // Deliveries by year: 2026 delivered, as a bar of its own, and the 2027 target.
  const deliveries = page.locator('figure[data-chart="deliveries"]');
  await deliveries.getByRole('button', { name: 'Year', exact: true }).click();
  await expect(deliveries.locator('h2')).toContainText('the 2027 target');
  await deliveries.locator('details.table-view > summary').click();
  await expect(deliveries.locator('tbody tr', { hasText: /^2026/ })).toContainText('actual');
  await expect(deliveries.locator('tbody tr', { hasText: /^2027/ })).toContainText('target');

  // No sentence the product writes names 2026 as the year being tracked
  // (the sources' own titles may: "2025 deliveries and 2026 target").
  const written = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true);
    for (const data of copy.querySelectorAll('#sources, .source-line, cite, table')) data.remove();
    return copy.innerText;
  });
  expect(written).toMatch(TRACKING(2027));
  expect(written).not.toMatch(TRACKING(2026));
});

test('the slides of a dataset moved on to 2027 open on its 2027 target', async ({ page, problems }) => {
  await page.goto(`./?view=present&${MOVED_ON}`);
  const title = page.locator('.slide-title');
  await expect(title.locator('.tagline')).toContainText('2027 target');
  await expect(title.locator('.key-numbers dt')).toContainText(['2026 deliveries', '2027 target']);
});

test('every address the tracker has had opens it', async ({ page, request, problems }) => {
  await openChart(page, '?chart=target-2026', 'target');
  await expect(page.locator('figure[data-chart="target"]')).toHaveClass(/focused/);

  for (const url of ['./?view=embed&chart=target-2026', './embed-target-2026-en.html', './embed-target-2026-zh-CN.html']) {
    await page.goto(url);
    await expect(page.locator('figure[data-chart]'), url).toHaveCount(1);
    await expect(page.locator('figure[data-chart="target"] svg.chart-svg'), url).toBeVisible();
  }
  // (The page kept at the old address names the new one as canonical: published.spec.js.)

  // Embed code pasted before keeps its static image; shared posts keep their preview.
  for (const file of ['static/target-2026.svg', 'static/target-2026-dark.svg', 'static/preview-target-2026-en.png']) {
    expect((await request.get(`./${file}`)).status(), file).toBe(200);
  }
});
