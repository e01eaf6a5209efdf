// The 2026 views: the target tracker, the data's age on the reader's clock,
// carmakers in 2026, and each figure's link to where it was published. All on
// the frozen fixture (as of 1 Feb 2026, last month January 2026).
import { test, expect, openChart, FROZEN } from './fixtures.js';

test('the tracker sets each reported month against the pace and names the months with no figure', async ({ page, problems }) => {
  await openChart(page, `?${FROZEN}`, 'target');
  const card = page.locator('figure[data-chart="target"]');
  await expect(card.locator('h2')).toHaveText('Tracking the 2026 target month by month');
  const notes = card.locator('.chart-notes');
  await expect(notes).toContainText('No monthly figure published after Jan 2026');
  await expect(notes).toContainText("Feb '26 – Dec '26: from Feb 2026");
  // Twelve months, last year's average and the year to date: 14 columns, and
  // the straight line drawn over the year to date.
  await expect(card.locator('svg [data-point]')).toHaveCount(15);
  await card.locator('details.table-view > summary').click();
  const table = card.locator('table');
  await expect(table.locator('tbody tr')).toHaveCount(15);
  await expect(table.locator('tbody tr', { hasText: 'Needed a month from here' })).toHaveCount(11);
  await expect(table.locator('tbody tr', { hasText: '39,000' }).first()).toContainText('at least');
});

test('the header says how old the data is on the reader\'s clock, and which projections have passed', async ({ page, problems }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T12:00:00'));
  await openChart(page, `?${FROZEN}`);
  await expect(page.locator('.site-header .as-of')).toHaveText('Data as of 1 Feb 2026, 9 months ago');
  const passed = page.locator('.site-header .projection-passed');
  await expect(passed).toContainText('Oct 2026 at the pace the target needs');
  await expect(passed).toContainText('fall in months that have already passed');

  await page.clock.setFixedTime(new Date('2026-02-10T12:00:00'));
  await openChart(page, `?${FROZEN}&lang=zh-CN`);
  await expect(page.locator('.site-header .as-of')).toHaveText('数据截至2026年2月1日，9天前');
  await expect(page.locator('.site-header .projection-passed')).toHaveCount(0);
});

test('the carmaker chart compares 2026 so far over the same months, and the 2026 targets', async ({ page, problems }) => {
  await openChart(page, `?${FROZEN}`, 'competitors');
  const card = page.locator('figure[data-chart="competitors"]');
  await card.getByRole('button', { name: '2026 so far' }).click();
  await expect(card.locator('h2')).toHaveText('Deliveries by carmaker, 2026 so far');
  await expect(card.locator('.takeaway')).toContainText('1st of the 2 makers with figures for the same months');
  // The choice is kept in the URL, so a shared link opens on it.
  await expect(page).toHaveURL(/[?&]year=2026-so-far/);
  await page.reload();
  await expect(card.locator('button[aria-pressed="true"]')).toHaveText('2026 so far');
  await card.getByRole('button', { name: '2026 targets' }).click();
  await expect(card.locator('button[aria-pressed="true"]')).toHaveText('2026 targets');
  await card.locator('details.table-view > summary').click();
  await expect(card.locator('table tbody tr')).toHaveCount(2);
  await expect(card.locator('table caption')).toHaveText('Delivery targets for 2026');
  for (const row of await card.locator('table tbody tr').all()) await expect(row).toContainText('target');
});

test('a pinned tooltip names the sources, and the source line and the sources list link to each, opened apart', async ({ page, problems }) => {
  await openChart(page, `?${FROZEN}`);
  const card = page.locator('figure[data-chart="deliveries"]');
  await card.locator('details.table-view > summary').click();
  // A tap or click pins the tooltip: it stays when the pointer leaves.
  await card.locator('[data-point="5"]').click();
  await page.mouse.move(0, 0);
  const tip = card.locator('.pt-tip:visible');
  await expect(tip).toHaveCount(1);
  const named = await card.locator('tbody tr').nth(5).locator('td').last().locator('a').allTextContents();
  for (const name of named) await expect(tip).toContainText(name.slice(0, 8));
  const links = [card.locator('.source-line a'), page.locator('#sources a[href^="http"]')];
  for (const group of links) {
    expect(await group.count()).toBeGreaterThan(0);
    for (const link of await group.all()) {
      const href = await link.getAttribute('href');
      if (!/^https?:/.test(href)) {
        expect(href).toMatch(/#source-/);
        continue;
      }
      await expect(link).toHaveAttribute('target', '_blank');
      const rel = (await link.getAttribute('rel')).split(/\s+/);
      expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  }
  await card.locator('.chart-frame').focus();
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
});
