// Kept versions of the data (`?v=<as_of>`, issue 28): a view opened on an
// older version shows that version's figures and date, says that newer data
// exists and links to it; citations and embeds can name the version. Two
// fixture versions stand in for the published ones: the frozen fixture
// (older) is served as a kept version, the moved-on fixture (newer) as the
// latest built-in dataset, so no test pins the live data.
import { readFileSync } from 'node:fs';
import { test, expect, FROZEN } from './fixtures.js';

const OLDER_FILE = 'tests/fixtures/dataset.json';
const LATEST_FILE = 'tests/fixtures/dataset-2027.json';
const OLDER = JSON.parse(readFileSync(OLDER_FILE, 'utf8')).as_of;
const LATEST = JSON.parse(readFileSync(LATEST_FILE, 'utf8')).as_of;

/** The date as the English pages write it: 1 Feb 2026. */
const written = (iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${months[month - 1]} ${year}`;
};

// The worker would answer from its cache, past the routes below.
test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
  const json = (path) => (route) => route.fulfill({ path, contentType: 'application/json' });
  await page.route('**/data/dataset.json', json(LATEST_FILE));
  await page.route(`**/data/versions/${OLDER}.json`, json(OLDER_FILE));
});

test('?v= of the older version shows its figures and date on the dashboard, with a link to the latest', async ({ page, problems }) => {
  await page.goto(`./?v=${OLDER}`);
  const banner = page.locator('.custom-banner.custom-loaded');
  await expect(banner).toContainText(
    `These are the figures as of ${written(OLDER)}, a kept version. Newer data exists, as of ${written(LATEST)}.`,
  );
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', OLDER);
  // The full list of what changed in every version since, in the page's language.
  await expect(banner.getByRole('link', { name: 'What changed' })).toHaveAttribute('href', 'changes-en.html');
  await page.locator('figure[data-chart="deliveries"] details.table-view > summary').click();
  const table = page.locator('figure[data-chart="deliveries"] table');
  const olderLastQuarter = JSON.parse(readFileSync(OLDER_FILE, 'utf8'))
    .series.find((s) => s.id === 'xiaomi-deliveries-quarter').values.at(-1).value;
  await expect(table).toContainText(olderLastQuarter.toLocaleString('en-US'));
  // The data package describes the latest data only, so it is not offered here.
  await expect(page.locator('.download-all')).toHaveCount(0);
  // Citations name the version: their addresses open these figures later.
  expect(await page.locator('figure[data-chart="deliveries"] .cite-text').textContent()).toContain(`?v=${OLDER}`);
  expect(await page.locator('footer .cite-text').textContent()).toContain(`index.html?v=${OLDER}`);

  await banner.getByRole('link', { name: 'Show the latest data' }).click();
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', LATEST);
  expect(new URL(page.url()).searchParams.has('v')).toBe(false);
  await expect(page.locator('.custom-banner')).toHaveCount(0);
  expect(await page.locator('footer .cite-text').textContent()).toContain(`index.html?v=${LATEST}`);
  void problems;
});

test('?v= on an embed draws the older version exactly as that data draws it, and links on to the dashboard at that version', async ({ page, problems }) => {
  const chart = 'figure[data-chart="deliveries"]';
  await page.goto(`./embed-deliveries-en.html?${FROZEN}`);
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  const drawnFromTheOlderData = await page.locator(`${chart} svg.chart-svg`).innerHTML();

  await page.goto(`./embed-deliveries-en.html?v=${OLDER}`);
  await expect(page.locator('.custom-banner.custom-loaded')).toContainText(`Newer data exists, as of ${written(LATEST)}`);
  await expect(page.locator(`${chart} svg.chart-svg`)).toBeVisible();
  expect(await page.locator(`${chart} svg.chart-svg`).innerHTML()).toBe(drawnFromTheOlderData);
  await expect(page.locator(`${chart} .source-line`)).toContainText(written(OLDER));
  await expect(page.locator(`${chart} .back-link`)).toHaveAttribute('href', new RegExp(`[?&]v=${OLDER}$`));
  void problems;
});

test('?v= on the slides shows the older version and its date', async ({ page, problems }) => {
  await page.goto(`./?view=present&v=${OLDER}`);
  await expect(page.locator('.custom-banner.custom-loaded')).toContainText(written(OLDER));
  await expect(page.locator('.slide-title .slide-source')).toContainText(written(OLDER));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.slide.current .slide-source')).toContainText(written(OLDER));
  void problems;
});

test('the embed panel follows updates by default and can pin the embed to the version shown', async ({ page, problems }) => {
  const card = page.locator('figure[data-chart="deliveries"]');
  const code = card.locator('.embed-code textarea').first();
  await page.goto('./');
  await card.getByRole('button', { name: 'Embed' }).click();
  const pin = card.getByRole('checkbox', { name: /Pin the embed to this version/ });
  await expect(pin).not.toBeChecked();
  expect(await code.inputValue()).not.toContain('v=');
  await pin.check();
  expect(await code.inputValue()).toContain(`embed-deliveries-en.html?v=${LATEST}`);

  // On a kept version, the embed is pinned to it unless the reader unticks it.
  await page.goto(`./?v=${OLDER}`);
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  await card.getByRole('button', { name: 'Embed' }).click();
  await expect(pin).toBeChecked();
  expect(await code.inputValue()).toContain(`embed-deliveries-en.html?v=${OLDER}`);
  await pin.uncheck();
  expect(await code.inputValue()).not.toContain('v=');
  void problems;
});

test('a version that is not kept is named, and the latest data stays on screen', async ({ page }) => {
  await page.goto('./?v=2020-01-01');
  const banner = page.locator('.custom-banner.custom-failed');
  await expect(banner).toContainText('This version of the data could not be loaded; the latest data is shown.');
  await expect(banner).toContainText('404');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', LATEST);
  await expect(banner.getByRole('link', { name: 'Show the latest data' })).toBeVisible();

  // Not a date at all: ignored, with the usual notice.
  await page.goto('./?v=latest');
  await expect(page.locator('.notice')).toContainText('v=latest');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', LATEST);
});

test('the kept-version banner speaks the page language', async ({ page, problems }) => {
  await page.goto(`./zh-CN.html?lang=zh-CN&v=${OLDER}`);
  const [year, month, day] = OLDER.split('-').map(Number);
  await expect(page.locator('.custom-banner.custom-loaded')).toContainText(`以下是截至${year}年${month}月${day}日的存档数据`);
  await expect(page.locator('.custom-banner').getByRole('link', { name: '显示最新数据' })).toBeVisible();
  await expect(page.locator('.custom-banner').getByRole('link', { name: '数据变化' })).toHaveAttribute('href', 'changes-zh-CN.html');
  void problems;
});

// What changed since the pinned version, chart by chart: the deliveries
// chart has more figures in the newer fixture; time to scale has the same.
const SINCE = [
  ['en', '', /^Since this version: \d+ figures? added/, "This chart's figures have not changed since this version."],
  ['zh-CN', 'zh-CN.html', /^自此版本以来：新增\d+个数据/, '自此版本以来，本图数据未变。'],
];
for (const [lang, file, changed, unchanged] of SINCE) {
  test(`?v= names what changed in each chart since that version, and says so where nothing did (${lang})`, async ({ page, problems }) => {
    await page.goto(`./${file}?v=${OLDER}`);
    await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
    await expect(page.locator('figure[data-chart="deliveries"] .version-changes')).toHaveText(changed);
    await expect(page.locator('figure[data-chart="time-to-scale"] .version-changes')).toHaveText(unchanged);
    await page.goto(`./embed-deliveries-${lang}.html?v=${OLDER}`);
    await expect(page.locator('figure[data-chart="deliveries"] .version-changes')).toHaveText(changed);
    // The latest data has nothing to compare with.
    await page.goto(`./${file}`);
    await expect(page.locator('.version-changes')).toHaveCount(0);
    void problems;
  });
}
