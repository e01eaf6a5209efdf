// A page fixture that records what must never happen: console errors, page
// errors, and requests to any origin other than the page's own.
import { test as base, expect } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

export const artifacts = 'test-artifacts';
mkdirSync(artifacts, { recursive: true });

/**
 * True once the app has taken over the prerendered page: it removes the
 * page's `data-prerendered` attribute in the task that mounts it. (Not a
 * Performance mark: a test's fake clock replaces `performance`.)
 */
const mounted = () => !document.documentElement.hasAttribute('data-prerendered');

/** Waits for the app to take over, after a navigation a test did not make with goto (a clicked link). */
export async function appReady(page) {
  // Bounded, so a page the app never takes over fails here by name instead of hanging the test.
  await page.waitForFunction(mounted, null, { timeout: 15_000 });
}

/**
 * A screenshot of the whole page with every card laid out: the dashboard
 * lays out a card only near the screen (style/main.css), so the browser's
 * own full-page capture would show the ones below as empty boxes.
 */
export async function wholePageScreenshot(page, path) {
  // Inserted directly: `addStyleTag` waits on a script event, which never comes with script off.
  await page.evaluate(() => {
    for (const part of document.querySelectorAll('.dashboard > *')) part.style.contentVisibility = 'visible';
  });
  await page.screenshot({ path, fullPage: true });
}

export const test = base.extend({
  // Every page is prerendered, so what a test looks for is often on screen
  // before the app runs. With script on, navigation therefore waits until
  // the app has mounted: a test never acts on the prerendered page by mistake.
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      for (const method of ['goto', 'reload', 'goBack']) {
        const original = page[method].bind(page);
        page[method] = async (...args) => {
          const response = await original(...args);
          await appReady(page);
          return response;
        };
      }
    }
    await use(page);
  },
  problems: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = { console: [], page: [], foreign: [] };
    page.on('console', (msg) => { if (msg.type() === 'error') problems.console.push(msg.text()); });
    page.on('pageerror', (err) => problems.page.push(String(err)));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.foreign.push(url);
    });
    await use(problems);
    expect(problems.console, 'console errors').toEqual([]);
    expect(problems.page, 'page errors').toEqual([]);
    expect(problems.foreign, 'requests to other origins').toEqual([]);
  },
});

export { expect };

/**
 * What the build holds, as it writes it (`charts.json`, src/views/pages.rs
 * `manifest`): the charts in reading order, each with its former ids and its
 * toggle, and the languages with their dashboard pages. Tests read the chart
 * list and the languages from here, so a new chart or language needs no
 * test change.
 */
export const BUILD = JSON.parse(readFileSync('dist/charts.json', 'utf8'));
export const CHARTS = BUILD.charts.map((chart) => chart.id);
export const LANGS = BUILD.languages.map((lang) => lang.code);
/** Every prerendered page: each language's dashboard, then each chart's embed in each language. */
export const PAGES = [
  ...BUILD.languages.map((lang) => lang.dashboard),
  ...CHARTS.flatMap((id) => LANGS.map((lang) => `embed-${id}-${lang}.html`)),
];

/**
 * The same build as published at a known address (`make site-build` with
 * SITE_URL), served there by playwright.config.js: its pages carry absolute
 * canonical and hreflang links, and it has a sitemap.
 */
export const SITE = 'http://127.0.0.1:8093/';
/** A page's public address on the published build: the dashboard is the folder itself. */
export const siteAddress = (file) => (file === 'index.html' ? SITE : `${SITE}${file}`);

// Tests that check particular figures load the frozen fixture dataset as
// custom data, so they never pin the live data/dataset.json: adding a month
// there never needs a test change. (Served by scripts/serve-dist.mjs.)
copyFileSync('tests/fixtures/dataset.json', 'tests/browser/data/frozen.json');
export const FROZEN = 'data=__fixtures__/frozen.json';
// The fixture moved on to February 2027 (invented figures): 2026 complete, a 2027 target.
copyFileSync('tests/fixtures/dataset-2027.json', 'tests/browser/data/moved-on-2027.json');
export const MOVED_ON = 'data=__fixtures__/moved-on-2027.json';

/** Opens a URL and waits until the given chart has drawn its SVG (from the custom data, if any). */
export async function openChart(page, query = '', chart = 'deliveries') {
  await page.goto(query ? `./${query}` : './');
  if (/[?&]data=/.test(query)) await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  const svg = page.locator(`figure[data-chart="${chart}"] svg.chart-svg`);
  await expect(svg).toBeVisible();
  return svg;
}
