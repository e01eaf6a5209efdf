// What the browser transfers, checked as sizes. Timings are benchmark results
// (`make bench`), never assertions.
import { test, expect, openChart } from './fixtures.js';
import { readFileSync } from 'node:fs';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));

// The embed is its prerendered page, whose HTML has a budget of its own.
for (const [name, query, pageBudget] of [['dashboard', '', 'page_gzip_bytes'], ['embed', 'embed-deliveries-en.html', 'embed_page_gzip_bytes']]) {
  test(`${name}: the first load arrives precompressed and within the size budget`, async ({ page, problems }) => {
    const encodings = {};
    page.on('response', (r) => { encodings[new URL(r.url()).pathname] = r.headers()['content-encoding'] ?? 'identity'; });
    await openChart(page, query);
    const wasm = Object.keys(encodings).find((path) => path.endsWith('.wasm'));
    expect(['br', 'gzip'], `content-encoding of ${wasm}`).toContain(encodings[wasm]);
    const entries = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .filter((entry) => !entry.name.includes('/static/'))
        .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.encodedBodySize })));
    // The same three parts as scripts/size-budget.mjs, each within its own budget.
    const part = (path) => (/\.(wasm|js)$/.test(path) ? 'code' : path.endsWith('.json') ? 'data' : 'page');
    const sums = { code: 0, data: 0, page: 0 };
    for (const { path, bytes } of entries) sums[part(path)] += bytes;
    // The wasm alone is over 100 KB compressed: a smaller sum means it was not counted.
    expect(sums.code).toBeGreaterThan(100_000);
    // The dataset arrives once: the app's fetch reuses the page's preload.
    expect(entries.filter(({ path }) => path.endsWith('/data/dataset.json'))).toHaveLength(1);
    expect(sums.data).toBeGreaterThan(1_000);
    expect(sums.code, 'code bytes').toBeLessThanOrEqual(budgets.code_gzip_bytes);
    expect(sums.data, 'data bytes').toBeLessThanOrEqual(budgets.data_gzip_bytes);
    expect(sums.page, 'page bytes').toBeLessThanOrEqual(budgets[pageBudget]);
  });
}
