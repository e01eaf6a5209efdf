// Present with no network: after one visit a service worker (written by
// scripts/write-service-worker.mjs) has cached the app, its styles, the
// dataset, the static images and every prerendered page, so the dashboard,
// the slides and the embeds open offline with the app running. A new build
// replaces the old cache on the next visit with network, and a reader's
// custom data is never cached.
import { test, expect, FROZEN, CHARTS, LANGS } from './fixtures.js';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Visits a page and waits until its worker has cached the build. */
async function visitOnce(page, path = './') {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
}

const cacheNames = (page) => page.evaluate(() => caches.keys());


test('after one visit, every slide opens and steps with the network off, saying nothing of it', async ({ page, context, problems }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await visitOnce(page);
  await context.setOffline(true);
  // page.goto waits for the app to take the page over: the wasm came from the cache.
  await page.goto('./?view=present&slide=3');
  const current = page.locator('.slide.current');
  await expect(current).toHaveAttribute('data-chart', CHARTS[1]);
  for (const [i, id] of CHARTS.slice(1).entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(current).toHaveAttribute('data-chart', id);
    await expect(current.locator('svg.chart-svg')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`slide=${i + 3}`));
    await expect(page.locator('body')).not.toContainText(/offline|network/i);
  }
  await page.keyboard.press('Home');
  await expect(page.locator('.slide-counter')).toHaveText('1 of 9');
});

test('after one visit, a chosen deck and its presenter view open and follow each other with the network off', async ({ page, context, problems }) => {
  await visitOnce(page);
  await context.setOffline(true);
  const deck = 'slides=cumulative,target';
  await page.goto(`./?view=present&${deck}&slide=2`);
  await expect(page.locator('.slide-counter')).toHaveText('2 of 3');
  await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', 'cumulative');
  await expect(page.locator('.slide.current svg.chart-svg')).toBeVisible();
  const presenter = await context.newPage();
  presenter.on('pageerror', (err) => problems.page.push(`presenter: ${err}`));
  await presenter.goto(`./?view=presenter&${deck}&slide=2`);
  await expect(presenter.locator('.slide.current + .slide')).toHaveAttribute('data-chart', 'target');
  await presenter.keyboard.press('ArrowRight');
  await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', 'target');
  await expect(page.locator('body')).not.toContainText(/offline|network/i);
});

test('after one visit, the dashboard in both languages and every embed open with the network off', async ({ page, context, problems }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('./');
  await expect(page.locator('figure[data-chart="deliveries"] svg.chart-svg')).toBeVisible();
  await page.goto('./zh-CN.html');
  await expect(page.locator('.site-header h1')).toHaveText('小米汽车数据看板');
  for (const id of CHARTS) {
    for (const lang of LANGS) {
      await page.goto(`./embed-${id}-${lang}.html`);
      await expect(page.locator(`figure[data-chart="${id}"] svg.chart-svg`)).toBeVisible();
    }
  }
  await page.goto('./embed-regions-en.html?regions=volume');
  await expect(page.locator('figure[data-chart="regions"] svg.chart-svg')).toBeVisible();
  const image = await page.evaluate(() => fetch('static/regions.svg').then((r) => r.text()));
  expect(image).toContain('<svg');
});

test('offline, custom data that cannot load says so, and the built-in slides still work', async ({ page, context, problems }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto(`./?view=present&${FROZEN}`);
  await expect(page.locator('.custom-banner.custom-failed')).toContainText('network error');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', 'deliveries');
  await expect(page.locator('.slide.current svg.chart-svg')).toBeVisible();
  problems.console = problems.console.filter((m) => !/Failed to load resource|ERR_|net::/.test(m));
});

test('custom data is never cached', async ({ page, problems }) => {
  await visitOnce(page);
  await page.goto(`./?${FROZEN}`);
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return urls;
  });
  expect(cached.length).toBeGreaterThan(20);
  expect(cached.filter((url) => url.includes('frozen') || url.includes('__fixtures__'))).toEqual([]);
});

// A deploy: a copy of the build on its own server, changed and given a new
// worker the way `make build` writes one.
test.describe('a new build', () => {
  const port = 8091;
  test.use({ baseURL: `http://127.0.0.1:${port}/` });
  let site;
  let server;

  test.beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'xiaomi-ev-deploy-'));
    // Without the precompressed copies, so that a changed file is served as changed.
    cpSync('dist', site, { recursive: true, filter: (file) => !/\.(gz|br)$/.test(file) });
    server = spawn('node', ['scripts/serve-dist.mjs', site, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => server.stdout.once('data', resolve));
  });

  test.afterAll(() => {
    server?.kill();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  test('replaces the old cache on the next visit with network, and is what opens offline after', async ({ page, context, problems }) => {
    await visitOnce(page, './?view=present');
    const [old] = await cacheNames(page);
    expect(old).toMatch(/^xiaomi-ev-[0-9a-f]{16}$/);

    const index = join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<meta charset=utf-8>', '<meta charset=utf-8><meta name=build content=next>'));
    execFileSync('node', ['scripts/write-service-worker.mjs', site]);

    // Online, the page is the new build at once: the old worker asks the network first.
    await page.goto('./?view=present&slide=2');
    await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'next');
    await expect.poll(() => cacheNames(page)).not.toContain(old);
    await expect.poll(() => cacheNames(page)).toHaveLength(1);

    await context.setOffline(true);
    await page.goto('./?view=present&slide=2');
    await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'next');
    await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', 'deliveries');
  });
});

test('custom data is fetched afresh each time, even when its host lets browsers keep it', async ({ page, request, problems }) => {
  const served = async () => Number(await (await request.get('./__fixtures__/cacheable-requests')).text());
  const before = await served();
  for (const view of ['', 'view=present&']) {
    await page.goto(`./?${view}data=__fixtures__/cacheable.json`);
    await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  }
  expect(await served()).toBe(before + 2);
});
