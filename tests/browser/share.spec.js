// Share, embed, export and present.
import { test, expect, openChart, artifacts, CHARTS, PAGES } from './fixtures.js';
import { readFileSync } from 'node:fs';


test('an embed shows only its chart, with source line and link back; theme respected', async ({ page, problems }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openChart(page, '?view=embed&chart=regions&theme=dark', 'regions');
  await expect(page.locator('figure[data-chart]')).toHaveCount(1);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.share-tools')).toHaveCount(0);
  await expect(page.locator('.source-line')).toContainText('Rho Motion');
  await expect(page.locator('.back-link')).toHaveAttribute('href', /chart=regions/);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 25)');
  await page.setViewportSize({ width: 280, height: 600 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${artifacts}/embed-regions-280-dark.png`, fullPage: true });
});

test('the host script resizes the iframe to the height the embed posts', async ({ page, baseURL, problems }) => {
  await page.setContent(`<!doctype html><html><body style="margin:0">
    <p>Article text</p>
    <iframe id="chart" src="${baseURL}?view=embed&chart=deliveries" title="Deliveries" width="100%" height="150" style="border:0;width:600px"></iframe>
    <iframe id="other" src="about:blank" height="100"></iframe>
    <script src="${baseURL}assets/embed.js"></script>
  </body></html>`);
  const frame = page.locator('#chart');
  await expect.poll(async () => Number(await frame.getAttribute('height')), { timeout: 15000 }).toBeGreaterThan(400);
  const posted = Number(await frame.getAttribute('height'));
  const content = await page.frameLocator('#chart').locator('.embed').evaluate((e) => e.getBoundingClientRect().height);
  expect(Math.abs(posted - Math.ceil(content))).toBeLessThanOrEqual(2);
  await expect(page.locator('#other')).toHaveAttribute('height', '100');
});

test('the embed panel gives iframe code with the static image fallback', async ({ page, problems }) => {
  await openChart(page);
  const card = page.locator('figure[data-chart="deliveries"]');
  await card.getByRole('button', { name: 'Embed' }).click();
  const code = await card.locator('.embed-code textarea').first().inputValue();
  // The chart's prerendered embed page: readable before its script runs.
  expect(code).toContain('<iframe src="http://127.0.0.1:8090/embed-deliveries-en.html"');
  expect(code).toContain('static/deliveries.svg');
  expect(code).toContain('assets/embed.js');
});

test('copy link gives the chart\'s share page, with its toggle', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChart(page);
  const card = page.locator('figure[data-chart="deliveries"]');
  await card.getByRole('button', { name: 'Month' }).click();
  await card.getByRole('button', { name: 'Copy link' }).click();
  await expect(card.locator('.share-status')).toHaveText('Link copied.');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/\/embed-deliveries-en\.html\?by=month$/);
  await page.goto(url);
  await expect(page.locator('figure[data-chart="deliveries"] svg title')).toHaveText('Xiaomi EV deliveries by month');
  // The page a chat app previews: its head names the chart and its image.
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /static\/preview-deliveries-en\.png$/);
  await expect(page.locator('.back-link')).toHaveAttribute('href', /chart=deliveries/);
});

test('each chart and the data offer a citation, as a sentence and as BibTeX, that follows the chart\'s toggle', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChart(page);
  const card = page.locator('figure[data-chart="deliveries"]');
  const title = await card.locator('svg title').first().textContent();
  const cite = card.locator('[data-part="cite"]');
  await cite.locator('summary').click();
  await cite.getByRole('button', { name: 'Copy citation' }).click();
  await expect(card.locator('.share-status')).toHaveText('Citation copied.');
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain).toContain('Xiaomi EV dashboard (');
  expect(plain).toContain(`\u201c${title}\u201d`);
  // The address names the version cited, so it opens the same figures later.
  const [, version] = plain.match(/Data as of \d{1,2} [A-Z][a-z]{2} \d{4}\. http:\/\/127\.0\.0\.1:8090\/embed-deliveries-en\.html\?v=(\d{4}-\d{2}-\d{2})$/);
  // BibTeX beside it, selected whole by one click, and copied by its own button.
  const bibtex = await cite.locator('.cite-bibtex').textContent();
  expect(bibtex).toMatch(new RegExp(`^@misc\\{xiaomi-ev-deliveries-${version},\n  author = \\{\\{Xiaomi EV dashboard\\}\\},`));
  expect(bibtex).toContain(`url = {http://127.0.0.1:8090/embed-deliveries-en.html?v=${version}}`);
  expect(await cite.locator('.cite-bibtex').evaluate((e) => getComputedStyle(e).userSelect)).toBe('all');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await cite.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
  // The citation names the view the reader chose.
  await card.getByRole('button', { name: 'Month' }).click();
  await expect(cite.locator('.cite-text')).toContainText(`embed-deliveries-en.html?by=month&v=${version}`);
  await expect(cite.locator('.cite-text')).toContainText('Xiaomi EV deliveries by month');
  // The data as a whole, from the footer.
  const footer = page.locator('.site-footer [data-part="cite"]');
  await footer.locator('summary').click();
  await expect(footer.locator('.cite-text')).toContainText('Data as of');
  await expect(footer.locator('.cite-bibtex')).toContainText('@misc{xiaomi-ev-data-');
});

test('the citation is in the page\'s language', async ({ page, problems }) => {
  await openChart(page, '?lang=zh-CN');
  const cite = page.locator('figure[data-chart="deliveries"] [data-part="cite"]');
  await expect(cite.locator('summary')).toHaveText('引用');
  await cite.locator('summary').click();
  await expect(cite.locator('.cite-text')).toContainText('数据截至');
  await expect(cite.locator('.cite-text')).toContainText('embed-deliveries-zh-CN.html');
  await expect(cite.getByRole('button', { name: '复制引用' })).toBeVisible();
});

test('every share page\'s preview tags name a 1200 x 630 PNG of its chart', async ({ page, problems }) => {
  for (const file of PAGES) {
    await page.goto(`./${file}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(image);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBeTruthy();
    const response = await page.request.get(image);
    expect(response.headers()['content-type'], image).toBe('image/png');
    const png = await response.body();
    // The IHDR chunk: width and height, big-endian, after the 8-byte signature and the chunk's length and type.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
});

async function download(page, card, kind) {
  const [file] = await Promise.all([page.waitForEvent('download'), card.locator(`[data-export="${kind}"]`).click()]);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

test('SVG, PNG and CSV downloads hold the chart, its source and exactly its data', async ({ page, problems }) => {
  await openChart(page);
  const card = page.locator('figure[data-chart="deliveries"]');
  const svg = await download(page, card, 'svg');
  expect(svg.name).toBe('xiaomi-deliveries-by-quarter.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()).join(' ');
    return { error: error && error.textContent, title: doc.querySelector('title')?.textContent, texts,
      width: doc.documentElement.getAttribute('width'), height: doc.documentElement.getAttribute('height') };
  }, svg.body.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.title).toBe('Xiaomi EV deliveries by quarter');
  expect(parsed.texts).toContain('Xiaomi EV deliveries by quarter');
  expect(parsed.texts).toContain('Source:');

  const png = await download(page, card, 'png');
  expect(png.name).toBe('xiaomi-deliveries-by-quarter.png');
  expect(png.body.subarray(1, 4).toString()).toBe('PNG');
  expect(png.body.readUInt32BE(16)).toBe(2 * Number(parsed.width));
  expect(png.body.readUInt32BE(20)).toBe(2 * Number(parsed.height));

  const csv = await download(page, card, 'csv');
  expect(csv.name).toBe('xiaomi-deliveries-by-quarter.csv');
  const rows = csv.body.toString('utf8').trim().split('\r\n');
  expect(rows[0]).toBe('chart,series,period,value,unit,qualifier,kind,status,measure,derivation,note,conflicting_values,sources,source_ids,source_urls');
  expect(rows.length - 1).toBe(await card.locator('svg [data-point]').count());
  expect(rows.some((r) => r.includes(',2025-Q3,108796,vehicles,exact,actual,'))).toBe(true);
});

// What export.js reports is a code, worded by the catalogue of the page's language.
const EXPORT_FAILURES = [
  ['en', '', 'Copy image', 'That did not work: this browser does not allow copying images.', 'That did not work: the browser could not draw the chart as an image.'],
  ['zh-CN', '?lang=zh-CN', '复制图片', '操作未成功：此浏览器不允许复制图片。', '操作未成功：浏览器无法将图表绘制为图片。'],
];
for (const [lang, query, copyImage, noImageClipboard, notDrawn] of EXPORT_FAILURES) {
  test(`a failed export says what went wrong in the page's language (${lang})`, async ({ page, problems }) => {
    await page.addInitScript(() => {
      delete window.ClipboardItem;
      // An image the browser cannot decode: the PNG export cannot draw the chart.
      const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
      Object.defineProperty(HTMLImageElement.prototype, 'src', {
        ...src,
        set(value) { src.set.call(this, value.startsWith('blob:') ? 'data:image/svg+xml,not-an-image' : value); },
      });
    });
    await openChart(page, query);
    const card = page.locator('figure[data-chart="deliveries"]');
    const status = card.locator('.share-status');
    await card.getByRole('button', { name: copyImage, exact: true }).click();
    await expect(status).toHaveText(noImageClipboard);
    await card.locator('[data-export="png"]').click();
    await expect(status).toHaveText(notDrawn);
  });
}

test('presentation: keys move through every slide and back, the URL follows, reload restores', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?view=present');
  const current = page.locator('.slide.current');
  await expect(current.locator('h1')).toHaveText('Xiaomi EV dashboard');
  await expect(page.locator('.slide-counter')).toHaveText('1 of 9');
  for (const [i, id] of CHARTS.entries()) {
    await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    await expect(current).toHaveAttribute('data-chart', id);
    await expect(current.locator('svg.chart-svg')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`slide=${i + 2}`));
  }
  await page.keyboard.press('Space');
  await expect(page.locator('.slide-counter')).toHaveText('9 of 9');
  await page.reload();
  await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', 'financials');
  await page.keyboard.press('PageUp');
  await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', 'time-to-scale');
  await page.keyboard.press('Home');
  await expect(page.locator('.slide-counter')).toHaveText('1 of 9');
  await page.keyboard.press('End');
  await expect(page.locator('.slide-counter')).toHaveText('9 of 9');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/chart=financials/);
  await expect(page.locator('figure[data-chart="financials"]')).toHaveClass(/focused/);
});

for (const [width, height] of [[1280, 720], [1920, 1080], [3840, 2160]]) {
  test(`slides fit ${width}x${height} with large type`, async ({ page, problems }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?view=present&slide=3');
    const slide = page.locator('.slide.current');
    await expect(slide.locator('svg.chart-svg')).toBeVisible();
    const box = await slide.boundingBox();
    expect(box.width).toBeLessThanOrEqual(width + 1);
    expect(box.height).toBeLessThanOrEqual(height + 1);
    expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.02);
    const title = await slide.locator('h1').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(title).toBeGreaterThanOrEqual(height / 24);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${artifacts}/slide-3-${width}x${height}.png` });
  });
}

test('printing the presentation gives one slide per page', async ({ page, problems }) => {
  await page.goto('./?view=present');
  await expect(page.locator('.slide.current')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ width: '297mm', height: '167mm', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(9);
});
