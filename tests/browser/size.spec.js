// What the browser transfers, checked as sizes. Timings are benchmark results
// (`make bench`), never assertions.
import { test, expect, openChart } from './fixtures.js';
import { readFileSync } from 'node:fs';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));

for (const [name, query] of [['dashboard', ''], ['embed', '?view=embed&chart=deliveries']]) {
  test(`${name}: the first load arrives precompressed and within the size budget`, async ({ page, problems }) => {
    const encodings = {};
    page.on('response', (r) => { encodings[new URL(r.url()).pathname] = r.headers()['content-encoding'] ?? 'identity'; });
    await openChart(page, query);
    const wasm = Object.keys(encodings).find((path) => path.endsWith('.wasm'));
    expect(['br', 'gzip'], `content-encoding of ${wasm}`).toContain(encodings[wasm]);
    const transferred = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .filter((entry) => !entry.name.includes('/static/'))
        .reduce((sum, entry) => sum + entry.encodedBodySize, 0));
    // The wasm alone is over 100 KB compressed: a smaller total means it was not counted.
    expect(transferred).toBeGreaterThan(100_000);
    expect(transferred).toBeLessThanOrEqual(budgets.first_load_gzip_bytes);
  });
}
