// The build as published at a known address (SITE_URL, `make site-build`):
// what search engines read. Every page names its absolute canonical address
// and the same page in every language; the sitemap lists each page once;
// robots.txt names the sitemap; a page kept at a chart's former address
// sends search engines to the current one.
import { test, expect, BUILD, CHARTS, PAGES, SITE, siteAddress } from './fixtures.js';

test.use({ baseURL: SITE, javaScriptEnabled: false });

const languageOf = (file) => BUILD.languages.find((lang) => file === lang.dashboard || file.endsWith(`-${lang.code}.html`));
/** The same page in another language: the dashboard's, or the chart's embed. */
const inLanguage = (file, lang) =>
  BUILD.languages.some((l) => l.dashboard === file) ? lang.dashboard : file.replace(/-[^-]+(-[A-Z]+)?\.html$/, `-${lang.code}.html`);

test('every page names its absolute canonical address and itself in every language', async ({ page }) => {
  for (const file of PAGES) {
    await page.goto(`./${file}`);
    await expect(page.locator('link[rel="canonical"]'), file).toHaveAttribute('href', siteAddress(file));
    await expect(page.locator('meta[property="og:url"]'), file).toHaveAttribute('content', siteAddress(file));
    for (const lang of BUILD.languages) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang.code}"]`), `${file} ${lang.code}`)
        .toHaveAttribute('href', siteAddress(inLanguage(file, lang)));
    }
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]'), file)
      .toHaveAttribute('href', siteAddress(inLanguage(file, BUILD.languages[0])));
    expect(languageOf(file), file).toBeTruthy();
  }
});

test('the sitemap lists each page once at its absolute address, with its languages, and robots.txt names it', async ({ request }) => {
  const robots = await request.get('./robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain(`Sitemap: ${SITE}sitemap.xml`);
  const response = await request.get('./sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locations.sort()).toEqual(PAGES.map(siteAddress).sort());
  for (const lang of BUILD.languages) {
    expect(xml.split(`hreflang="${lang.code}"`).length - 1, lang.code).toBe(PAGES.length);
  }
  // Every address it lists opens.
  for (const location of locations) expect((await request.get(location)).status(), location).toBe(200);
});

test('a page kept at a former address names the current page as canonical', async ({ page }) => {
  const moved = BUILD.charts.filter((chart) => chart.former_ids.length > 0);
  expect(moved.length).toBeGreaterThan(0);
  for (const chart of moved) {
    for (const former of chart.former_ids) {
      for (const lang of BUILD.languages) {
        await page.goto(`./embed-${former}-${lang.code}.html`);
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}embed-${chart.id}-${lang.code}.html`);
      }
    }
  }
  expect(CHARTS.length).toBeGreaterThan(0);
});
