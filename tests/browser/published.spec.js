// The build as published at a known address (SITE_URL, `make site-build`):
// what search engines and publishing tools read. Every page names its
// absolute canonical address and the same page in every language; the
// sitemap lists each page once; robots.txt names the sitemap; a page kept at
// a chart's former address sends search engines to the current one; each
// chart's page links its oEmbed document, whose embed code works on another
// site.
import { writeFileSync } from 'node:fs';
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

/** Every chart's page in every language, with its chart and language. */
const CHART_PAGES = CHARTS.flatMap((id) => BUILD.languages.map((lang) => [id, lang.code, `embed-${id}-${lang.code}.html`]));

test('every chart page links an oEmbed document that follows the specification', async ({ page, request }) => {
  for (const [id, , file] of CHART_PAGES) {
    await page.goto(`./${file}`);
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(link, file).toHaveCount(1);
    const href = await link.getAttribute('href');
    expect(href.startsWith(SITE), `${file}: an absolute address`).toBe(true);
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toContain('application/json');
    const oembed = await response.json();
    // oembed.com 2.3.4: version and type; for "rich", html, width and height in pixels.
    expect(oembed.version).toBe('1.0');
    expect(oembed.type).toBe('rich');
    expect(Number.isInteger(oembed.width) && oembed.width > 0).toBe(true);
    expect(Number.isInteger(oembed.height) && oembed.height > 0).toBe(true);
    expect(oembed.html).toContain(`src="${SITE}embed-${id}-`);
    expect(oembed.title).toBe(await page.locator(`figure[data-chart="${id}"] h1, figure[data-chart="${id}"] h2`).first().textContent());
    // Thumbnail: all three fields or none, and the image is there.
    expect([oembed.thumbnail_url, oembed.thumbnail_width, oembed.thumbnail_height].every(Boolean)).toBe(true);
    expect((await request.get(oembed.thumbnail_url)).status(), oembed.thumbnail_url).toBe(200);
  }
  // A dashboard shows every chart: it has no single oEmbed.
  await page.goto('./');
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(0);
});

test.describe('with JavaScript on', () => {
  test.use({ javaScriptEnabled: true });

  test('the oEmbed code, pasted into an article on another site, shows the chart and sizes itself', async ({ page, request }) => {
    const [id, , file] = CHART_PAGES[0];
    const pageHtml = await (await request.get(`./${file}`)).text();
    const href = pageHtml.match(/type="application\/json\+oembed" href="([^"]+)"/)[1];
    const oembed = await (await request.get(href)).json();
    // An article on another origin (the default build's server), as a CMS
    // would publish it. (A page Playwright fulfils itself counts as public, and
    // Chromium then blocks its frames from loopback addresses.)
    writeFileSync('tests/browser/data/oembed-article.html',
      `<!doctype html><html><head><title>Article</title></head><body><h1>An article</h1>${oembed.html}</body></html>`);
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto('http://127.0.0.1:8090/__fixtures__/oembed-article.html');
    expect(new URL(page.url()).origin).not.toBe(new URL(SITE).origin);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator(`figure[data-chart="${id}"] svg.chart-svg`).first()).toBeVisible();
    // embed.js, loaded from the dashboard's site, sets the iframe to the chart's height.
    await expect.poll(() => page.locator('iframe').getAttribute('height')).not.toBe(String(oembed.height));
    expect(errors).toEqual([]);
  });
});
