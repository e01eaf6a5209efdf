import { test, expect, openChart, artifacts, FROZEN, wholePageScreenshot } from './fixtures.js';

test('the dashboard draws the deliveries chart with title, axis labels and sources', async ({ page, problems }) => {
  const svg = await openChart(page, `?${FROZEN}`);
  const card = page.locator('figure[data-chart="deliveries"]');
  await expect(card.locator('h2')).toHaveText('Xiaomi EV deliveries by quarter');
  await expect(svg.locator('title')).toHaveText('Xiaomi EV deliveries by quarter');
  await expect(svg.locator('desc')).toContainText('27,307');
  const labels = await svg.locator('text').allTextContents();
  const trimmed = labels.map((t) => t.trim());
  expect(trimmed).toContain('Vehicles delivered');
  expect(trimmed).toContain('Quarter');
  expect(trimmed).toContain('108,796');
  await expect(card.locator('.source-line')).toContainText('Source:');
  await expect(card.locator('.source-line')).toContainText('Data as of 1 Feb 2026');
  await expect(card.locator('.source-line a').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('header .as-of')).toContainText('1 Feb 2026');
  await expect(page.locator('.key-number').first()).toContainText('410,000+');
  expect(problems.console).toEqual([]);
});

test('the by-year toggle redraws with the 550,000 target as a target', async ({ page, problems }) => {
  const svg = await openChart(page, `?${FROZEN}`);
  await page.getByRole('button', { name: 'Year' }).click();
  await expect(page.getByRole('button', { name: 'Year' })).toHaveAttribute('aria-pressed', 'true');
  await expect(svg.locator('title')).toHaveText(/by year, and the 2026 target/);
  const labels = (await svg.locator('text').allTextContents()).map((t) => t.trim());
  expect(labels).toContain('550,000');
  expect(labels).toContain('410,000+');
  expect(labels).toContain('Xiaomi delivery target as first announced');
});

test('the table view lists exactly the drawn points', async ({ page, problems }) => {
  await openChart(page, `?${FROZEN}`);
  const card = page.locator('figure[data-chart="deliveries"]');
  await card.locator('details.table-view > summary').click();
  const rows = card.locator('tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(0)).toContainText('Q2 2024');
  await expect(rows.nth(0)).toContainText('27,307');
  await expect(rows.nth(6)).toContainText('144,033+');
});

test('URL parameters: by, lang and unknown values', async ({ page, problems }) => {
  const svg = await openChart(page, '?by=month&lang=zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(svg.locator('title')).toHaveText('小米汽车月度交付量');
  await openChart(page, '?chart=nope&theme=pink&view=whatever');
  await expect(page.locator('.notice')).toContainText('chart=nope');
  await expect(page.locator('.notice')).toContainText('theme=pink');
});

for (const [name, width, height] of [['phone', 375, 812], ['desktop', 1440, 900]]) {
  for (const theme of ['light', 'dark']) {
    test(`screenshot ${name} ${theme}, no horizontal overflow`, async ({ page, problems }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme });
      await openChart(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(theme === 'dark' ? 'rgb(15, 20, 25)' : 'rgb(255, 255, 255)');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await wholePageScreenshot(page, `${artifacts}/dashboard-${name}-${theme}.png`);
    });
  }
}

test('?theme=dark overrides a light system preference', async ({ page, problems }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const svg = await openChart(page, '?theme=dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 20, 25)');
  await expect(svg.locator('rect').first()).toHaveAttribute('fill', '#0F1419');
});

test('with the system theme, the charts follow the system switching to dark and back while open', async ({ page, problems }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const svg = await openChart(page);
  await expect(svg.locator('rect').first()).toHaveAttribute('fill', '#FFFFFF');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('figure[data-chart="deliveries"] svg.chart-svg rect').first()).toHaveAttribute('fill', '#0F1419');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 25)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('figure[data-chart="deliveries"] svg.chart-svg rect').first()).toHaveAttribute('fill', '#FFFFFF');
});

test('a chosen theme stays when the system switches', async ({ page, problems }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openChart(page, '?theme=light');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('figure[data-chart="deliveries"] svg.chart-svg rect').first()).toHaveAttribute('fill', '#FFFFFF');
});

test('the static fallback SVG is built next to the app', async ({ request }) => {
  const response = await request.get('./static/deliveries.svg');
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toContain('<title id="chart-deliveries-title">');
  expect(body).toContain('Source:');
});
