// "Download all data": the footer and the sources list offer the data
// package the build publishes (a zip of CSV files and datapackage.json),
// served from the page's own origin; a reader's custom data is not in it, so
// the link goes while custom data is shown. `make data-package-test`
// validates the package itself with the Frictionless reference validator.
import { test, expect, FROZEN } from './fixtures.js';

test('the footer and the sources list link to the data package, which downloads as a zip', async ({ page, problems }) => {
  await page.goto('./');
  const links = page.locator('.download-all a');
  await expect(links).toHaveCount(2);
  await expect(page.locator('.site-footer .download-all a')).toHaveText('Download all data');
  await expect(page.locator('#sources .download-all a')).toHaveAttribute('href', 'data/xiaomi-ev-data.zip');
  const download = page.waitForEvent('download');
  await page.locator('.site-footer .download-all a').click();
  expect((await download).suggestedFilename()).toBe('xiaomi-ev-data.zip');
  const response = await page.request.get('data/xiaomi-ev-data.zip');
  expect(response.headers()['content-type']).toBe('application/zip');
  const zip = await response.body();
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  expect(zip.includes('xiaomi-ev-data/datapackage.json')).toBe(true);
  const descriptor = await (await page.request.get('data/xiaomi-ev-data/datapackage.json')).json();
  expect(descriptor.profile).toBe('tabular-data-package');
});

test('the Chinese page offers the same package in Chinese', async ({ page, problems }) => {
  await page.goto('./zh-CN.html');
  await expect(page.locator('.site-footer .download-all a')).toHaveText('下载全部数据');
});

test('with custom data shown, the built-in data package is not offered', async ({ page, problems }) => {
  await page.goto(`./?${FROZEN}`);
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  await expect(page.locator('.download-all')).toHaveCount(0);
});
