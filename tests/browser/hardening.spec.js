// Custom data, hostile input and strict environments.
import { test, expect, openChart, LANGS } from './fixtures.js';
import { readFileSync, writeFileSync } from 'node:fs';

const PAYLOAD = '<img src=x onerror=alert(1)>"><script>alert(2)</script>=HYPERLINK("x")';
const builtin = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const TEXT_KEYS = new Set(['title', 'name', 'publisher', 'note', 'text', 'forecaster', 'licence', ...LANGS]);

function poison(value, key) {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? `${PAYLOAD} ${value}` : value;
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

const fixtures = {
  'hostile.json': JSON.stringify(poison(builtin), null, 1),
  'custom.json': JSON.stringify({ ...builtin, series: builtin.series.map((s) => s.id === 'xiaomi-deliveries-year'
    ? { ...s, values: [{ ...s.values[0], value: 999999, note: 'edited' }, s.values[1]] } : s) }),
  'broken.json': '{\n  "schema_version": 1,\n  "title": oops\n}',
  'schema-errors.json': JSON.stringify({ ...builtin, sources: builtin.sources.slice(1) }),
  'empty.json': JSON.stringify({ ...builtin, series: [] }),
};
for (const [name, body] of Object.entries(fixtures)) writeFileSync(`tests/browser/data/${name}`, body);

test('a custom dataset from the own origin is drawn, with a banner naming its origin', async ({ page, problems }) => {
  await page.goto('./?data=__fixtures__/custom.json');
  const banner = page.locator('.custom-banner.custom-loaded');
  await expect(banner).toContainText('Custom data from http://127.0.0.1:8090');
  await page.locator('figure[data-chart="deliveries"]').getByRole('button', { name: 'Year' }).click();
  const labels = await page.locator('figure[data-chart="deliveries"] svg text').allTextContents();
  expect(labels.map((l) => l.trim())).toContain('999,999');
  await banner.getByRole('link', { name: 'Show the built-in data' }).click();
  await expect(page.locator('.custom-banner')).toHaveCount(0);
  await expect(page).not.toHaveURL(/data=/);
});

test('the banner is also on embeds and slides', async ({ page, problems }) => {
  await page.goto('./?view=embed&chart=targets&data=__fixtures__/custom.json');
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  await page.goto('./?view=present&data=__fixtures__/custom.json');
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
});

const failures = [
  ['another origin', 'https://evil.example.net/data.json', 'is not allowed'],
  ['not a web address', 'javascript:alert(1)', 'is not a web address'],
  ['network error', '__fixtures__/network-error', 'network error'],
  ['HTTP error', '__fixtures__/http-500', 'HTTP status 500'],
  ['wrong content type', '__fixtures__/wrong-type', 'not JSON'],
  ['body over 1 MB', '__fixtures__/too-large', 'the limit is 1048576 bytes'],
  ['invalid JSON', '__fixtures__/broken.json', 'line 3, column'],
  ['schema errors', '__fixtures__/schema-errors.json', 'unknown source id'],
  ['empty series', '__fixtures__/empty.json', 'the dataset has no series'],
  ['missing file', '__fixtures__/nothing-here.json', 'HTTP status 404'],
];
for (const [name, url, message] of failures) {
  test(`custom data failure, ${name}: a clear message and the built-in data`, async ({ page, problems }) => {
    await page.goto(`./?data=${encodeURIComponent(url)}`);
    const banner = page.locator('.custom-banner.custom-failed');
    await expect(banner).toContainText(message);
    await expect(page.locator('figure[data-chart="deliveries"] svg title')).toHaveText('Xiaomi EV deliveries by quarter');
    // The browser's own report of the failed request is expected; nothing else.
    problems.console = problems.console.filter((m) => !/Failed to load resource|ERR_|net::/.test(m));
    problems.foreign = [];
  });
}

test('custom data failure, timeout after 10 seconds', async ({ page, problems }) => {
  test.setTimeout(40_000);
  await page.goto('./?data=__fixtures__/slow');
  await expect(page.locator('.custom-banner')).toContainText('Loading custom data');
  await expect(page.locator('.custom-banner.custom-failed')).toContainText('within 10 seconds', { timeout: 20_000 });
  problems.console = [];
});

test('hostile text in every field is shown as text and never runs', async ({ page, problems }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await page.goto('./?data=__fixtures__/hostile.json');
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  await expect(page.locator('figure[data-chart="deliveries"] svg.chart-svg')).toBeVisible();
  await expect(page.locator('.sources')).toContainText('<img src=x onerror=alert(1)>');
  await page.locator('figure[data-chart="deliveries"] details.table-view > summary').click();
  await expect(page.locator('figure[data-chart="deliveries"] tbody')).toContainText('<script>alert(2)</script>');
  await page.locator('figure[data-chart="deliveries"] .chart-frame').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('figure[data-chart="deliveries"] .pt-tip:visible')).toContainText('<img src=x');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('body script').count()).toBe(0);
  expect(await page.locator('svg script, svg foreignObject').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toBe(0);
  const [file] = await Promise.all([page.waitForEvent('download'),
    page.locator('figure[data-chart="deliveries"] [data-export="csv"]').click()]);
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv).toContain(`"'<img src=x`.slice(0, 2) === '"\'' ? '' : '');
  for (const line of csv.split('\r\n').slice(1).filter(Boolean)) {
    for (const cell of line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''))) {
      expect(/^[=+@]/.test(cell), cell).toBe(false);
    }
  }
});

test('200 random URL parameter combinations cause no page error', async ({ page, problems }) => {
  test.setTimeout(300_000);
  const keys = ['view', 'chart', 'theme', 'lang', 'by', 'regions', 'year', 'scale', 'fin', 'slide', 'data', 'x'];
  const values = ['', 'embed', 'present', 'dashboard', 'deliveries', 'nope', '-1', '0', '99999999999999', 'dark', 'zh-CN',
    '%E0%A4%A', '%ff%fe', '%00', 'x'.repeat(3000), '<script>', '../../etc/passwd', 'month', '2023', 'result', '__fixtures__/custom.json'];
  let seed = 42;
  const random = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 200; i += 1) {
    const pairs = Array.from({ length: 1 + random(4) }, () => `${keys[random(keys.length)]}=${values[random(values.length)]}`);
    await page.goto(`./?${pairs.join('&')}`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('main').first(), pairs.join('&')).toBeVisible();
    await expect(page.locator('.crash-notice'), pairs.join('&')).toHaveCount(0);
  }
  problems.console = problems.console.filter((m) => !/Failed to load resource/.test(m));
});

test('the app runs under a strict Content-Security-Policy', async ({ page, problems }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  const response = await page.goto('./csp/index.html');
  expect(response.headers()['content-security-policy']).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.locator('figure[data-chart="deliveries"] svg.chart-svg')).toBeVisible();
  await page.locator('figure[data-chart="deliveries"] [data-point="3"]').hover();
  await expect(page.locator('figure[data-chart="deliveries"] .pt-tip:visible')).toHaveCount(1);
  expect(violations).toEqual([]);
});

test('an embed works in a sandboxed iframe without storage', async ({ page, baseURL, problems }) => {
  await page.setContent(`<iframe sandbox="allow-scripts" src="${baseURL}?view=embed&chart=competitors" style="width:600px;height:700px"></iframe>`);
  const frame = page.frameLocator('iframe');
  // The app takes the prerendered page (two drawings) over; the frame's navigation is not the test's goto, so wait here.
  await expect(frame.locator('html')).not.toHaveAttribute('data-prerendered', /.*/, { timeout: 15000 });
  await expect(frame.locator('figure[data-chart="competitors"] svg.chart-svg')).toBeVisible();
  await frame.getByRole('button', { name: '2023' }).click();
  await expect(frame.locator('figure[data-chart="competitors"] h1')).toHaveText('Deliveries by carmaker, 2023');
});
