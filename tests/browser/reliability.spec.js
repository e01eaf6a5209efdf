// No interaction may crash the app, and a crash must never leave a dead page.
//
// The random-interaction run is seeded: it prints its seed, and
//   MONKEY_SEED=<seed> npx playwright test reliability
// replays it. MONKEY_ACTIONS changes how many actions it takes (default 520);
// MONKEY_TRACE=1 prints each action as it is taken.
import { test, expect, appReady, CHARTS, FROZEN } from './fixtures.js';
import { readFileSync, writeFileSync } from 'node:fs';

// A valid dataset on the page's own origin: the built-in one, copied.
writeFileSync('tests/browser/data/reliability-copy.json', readFileSync('data/dataset.json'));
const CUSTOM = '__fixtures__/reliability-copy.json';


/** True once the page has shown a panic, in the console or on the page. */
function panicked(problems) {
  return problems.page.length > 0 || problems.console.some((m) => /panicked at|RuntimeError|unreachable/.test(m));
}

/**
 * Lets ResizeObserver and effect callbacks run: two animation frames, or
 * 60 ms where headless Chromium has slowed frames down (it sometimes drops
 * to one a second on a page that is not changing).
 */
async function settle(page) {
  await page.evaluate(() => new Promise((done) => {
    requestAnimationFrame(() => requestAnimationFrame(done));
    setTimeout(done, 60);
  }));
}

test('custom data, then resizes: 50 loads without a panic', async ({ page, problems }) => {
  test.setTimeout(300_000);
  const views = ['./', './?view=embed&chart=deliveries', './?view=present'];
  for (let load = 0; load < 50; load += 1) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${views[load % views.length]}${load % views.length ? '&' : '?'}data=${CUSTOM}`);
    await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
    for (const width of [900, 420, 1600, 700]) {
      await page.setViewportSize({ width, height: 800 });
      await settle(page);
    }
    expect(panicked(problems), `load ${load}: ${[...problems.page, ...problems.console].join('\n')}`).toBe(false);
    await expect(page.locator('.crash-notice')).toHaveCount(0);
  }
});

// mulberry32: small, fast and the same sequence on every machine.
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { below: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

const DEFAULT_SEED = 20261123;

// The frozen fixture has sources without an address, whose links go to the
// page's own source list: the run reaches them whatever the live data cites.
const START_PAGES = [
  './', './?lang=zh-CN', './?theme=dark', `./?data=${CUSTOM}`, `./?lang=zh-CN&data=${CUSTOM}`, `./?${FROZEN}`,
  './?view=present', `./?view=present&data=${CUSTOM}`, './?view=present&slide=4',
  ...CHARTS.map((chart) => `./?view=embed&chart=${chart}`), `./?view=embed&chart=regions&data=${CUSTOM}`,
];

// Every kind of control, by what a reader would call it. Links that open a
// new window are left out: the run stays in one tab.
const CONTROLS = {
  toggle: '.chart-card .controls button',
  theme: '.theme-switch button',
  language: '.language-switch a',
  share: '.share-tools button:not([data-export]):not([aria-expanded])',
  download: '.share-tools button[data-export]',
  'embed panel': '.share-tools button[aria-expanded], .embed-code button, .embed-code textarea',
  table: 'details.table-view summary',
  'built-in data': '.custom-banner a',
  'slide nav': '.slide-nav button',
  'chart point': '[data-point]',
  'source link': '.source-line a:not([target])',
};
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Space',
  'Shift+Space', 'Enter', 'Escape', 'Tab', 'Shift+Tab', 'f'];

/**
 * Clicks one control of a kind this page shows. Only visible controls are
 * counted, and a kind not clicked yet in the run goes first half the time:
 * a kind only some pages show (a link to the page's own source list, for a
 * source without an address) is reached whatever the live data holds.
 */
async function clickControl(page, random, clicked) {
  const counts = await page.evaluate((controls) => Object.fromEntries(Object.entries(controls)
    .map(([kind, selector]) => [kind, [...document.querySelectorAll(selector)]
      .filter((element) => element.checkVisibility()).length])), CONTROLS).catch(() => ({}));
  const kinds = Object.keys(counts).filter((kind) => counts[kind] > 0);
  if (kinds.length === 0) return 'click: no controls yet';
  const fresh = kinds.filter((name) => !clicked.has(name));
  const kind = random.pick(fresh.length > 0 && random.below(2) === 0 ? fresh : kinds);
  const count = counts[kind];
  const candidates = page.locator(`${CONTROLS[kind]} >> visible=true`);
  const index = random.below(count);
  const target = candidates.nth(index);
  if (!(await target.isVisible().catch(() => false))) return `${kind} #${index}: hidden`;
  // A control can move or leave between finding and clicking it (that is
  // part of what is tested); a click that cannot land is not a failure.
  // `force` clicks where the control is, as a reader would, without waiting
  // for it to hold still over two frames: headless Chromium sometimes slows
  // to a frame a second, which would make every click time out.
  const options = { force: true, timeout: 1000 };
  const action = kind === 'chart point' ? target.hover(options) : target.click(options);
  const landed = await action.then(() => true, () => false);
  if (landed) clicked.add(kind);
  return `${kind} #${index}${landed ? '' : ': missed'}`;
}

async function focusChart(page, random) {
  const frames = page.locator('.chart-frame');
  const count = await frames.count();
  if (count === 0) return 'focus chart: none';
  const index = random.below(count);
  await frames.nth(index).focus().catch(() => {});
  return `focus chart #${index}`;
}

/** One random action; returns what it did, for the log a failure prints. */
async function act(page, random, clicked) {
  const roll = random.below(100);
  if (roll < 40) return clickControl(page, random, clicked);
  if (roll < 62) {
    const key = random.pick(KEYS);
    await page.keyboard.press(key);
    return `key ${key}`;
  }
  if (roll < 70) return focusChart(page, random);
  if (roll < 88) {
    const width = 320 + random.below(1601);
    const height = 480 + random.below(721);
    await page.setViewportSize({ width, height });
    return `resize ${width}x${height}`;
  }
  if (roll < 93) {
    await page.reload();
    return 'reload';
  }
  const start = random.pick(START_PAGES);
  await page.goto(start);
  return `open ${start}`;
}

const STALL_MS = 20_000;
const STALLED = Symbol('stalled');
/** `action`'s result, or STALLED if it has not settled within STALL_MS. */
function withinStall(action) {
  action.catch(() => {});
  let timer;
  const stall = new Promise((resolve) => { timer = setTimeout(() => resolve(STALLED), STALL_MS); });
  return Promise.race([action, stall]).finally(() => clearTimeout(timer));
}

test('random interaction across dashboard, embeds, slides and custom data never panics', async ({ page, problems }) => {
  const seed = Number(process.env.MONKEY_SEED ?? DEFAULT_SEED);
  const actions = Number(process.env.MONKEY_ACTIONS ?? 520);
  test.setTimeout(Math.max(300_000, actions * 1_500));
  console.log(`random interaction: seed ${seed}, ${actions} actions (replay with MONKEY_SEED=${seed})`);
  test.info().annotations.push({ type: 'seed', description: String(seed) });
  const random = generator(seed);
  const log = [];
  await page.goto(START_PAGES[0]);
  let stalls = 0;
  const clicked = new Set();
  for (let i = 0; i < actions; i += 1) {
    // A page that is still loading is fine to act on; only errors count.
    let did = await withinStall(act(page, random, clicked));
    if (did === STALLED) {
      // Headless Chromium has, rarely, stopped answering input with its CPU
      // idle (a key press never acknowledged). Said, then recovered from by
      // a reload; a page that stays unanswering, or stalls twice, fails.
      stalls += 1;
      console.log(`seed ${seed}, action ${i} (${page.url()}): no answer for ${STALL_MS / 1000} s; reloading`);
      if (stalls > 1 || (await withinStall(page.reload().then(() => 'reloaded'))) === STALLED) {
        throw new Error(`seed ${seed}, action ${i}: the page stopped answering\n${log.slice(-15).join('\n')}`);
      }
      did = 'no answer: reloaded';
    }
    if (process.env.MONKEY_TRACE) console.log(`${i}: ${did} ${Date.now() % 100000}`);
    log.push(`${i}: ${did}`);
    // After a navigation, act once the app has mounted, so a seed replays
    // the same run (controls are picked from what the page shows).
    await page.locator('main').first().waitFor({ state: 'attached', timeout: 5000 }).catch(() => {});
    await settle(page).catch(() => {});
    const crashed = panicked(problems) || (await page.locator('.crash-notice').count().catch(() => 0)) > 0;
    if (crashed) {
      throw new Error(`seed ${seed}, action ${i} (${page.url()}):\n${log.slice(-15).join('\n')}\n`
        + `page errors: ${problems.page.join('\n')}\nconsole: ${problems.console.join('\n')}`);
    }
  }
  // The run is only as good as what it reached: the fixed seed clicks every
  // kind of control (so a renamed class cannot quietly empty the test).
  const clicks = Object.fromEntries(Object.keys(CONTROLS)
    .map((kind) => [kind, log.filter((line) => new RegExp(`^\\d+: ${kind} #\\d+$`).test(line)).length]));
  console.log(`controls reached: ${Object.entries(clicks).map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  const reached = Object.keys(clicks).filter((kind) => clicks[kind] > 0);
  if (seed === DEFAULT_SEED) expect(reached, `seed ${seed}`).toEqual(Object.keys(CONTROLS));
  // Callbacks the last action queued get their turn too, even at one frame a second.
  await page.waitForTimeout(1500);
  expect(panicked(problems), `seed ${seed}, after the last action: ${problems.page.join('\n')}`).toBe(false);
  // Failed clipboard writes and downloads are reported on the page, not as errors.
  expect(problems.console, `seed ${seed}`).toEqual([]);
});

const NOTICES = [
  ['en', 'Something went wrong; the charts on screen are no longer interactive.', 'Reload'],
  ['zh-CN', '出错了，屏幕上的图表已无法交互。', '重新加载'],
];
for (const [lang, message, reload] of NOTICES) {
  test(`after a panic the page stays readable and says so in the reader's language (${lang})`, async ({ page, problems }) => {
    await page.goto(`./?lang=${lang}&by=year`);
    const chart = page.locator('figure[data-chart="deliveries"] svg.chart-svg');
    await expect(chart).toBeVisible();
    const headings = await page.locator('h1, h2').allTextContents();
    const address = page.url();
    // The test-only trigger: a wasm export that only script can reach.
    const thrown = await page.evaluate(async () => {
      const app = await import(new URL('xiaomi-ev-dashboard.js', document.baseURI).href);
      try {
        app.panic_for_tests();
        return 'returned';
      } catch (error) {
        return String(error);
      }
    });
    expect(thrown).toMatch(/unreachable/);
    const notice = page.locator('.crash-notice[role="alert"]');
    await expect(notice).toHaveText(`${message} ${reload}`);
    await expect(notice.getByRole('link', { name: reload })).toHaveAttribute('href', address);
    // Nothing the reader could see was replaced.
    await expect(chart).toBeVisible();
    expect(await page.locator('h1, h2').allTextContents()).toEqual(headings);
    await expect(page.locator('.sources')).toBeVisible();
    // The full panic is in the console.
    const panics = problems.console.filter((m) => m.includes('panic_for_tests: a deliberate panic'));
    expect(panics).toHaveLength(1);
    // Reloading gives a working page again.
    await notice.getByRole('link', { name: reload }).click();
    await appReady(page);
    await expect(page.locator('.crash-notice')).toHaveCount(0);
    const controls = page.locator('figure[data-chart="deliveries"] .controls');
    const unpressed = await controls.locator('button[aria-pressed="false"]').first().textContent();
    const toggle = controls.getByRole('button', { name: unpressed, exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    problems.console = problems.console.filter((m) => !panics.includes(m));
  });
}

// The dataset is a file of its own beside the wasm: when it cannot be had,
// the reader is told why and where, in place of the charts.
for (const [name, reply, expected] of [
  ['missing', { status: 404, body: 'not found' }, /HTTP status 404/],
  ['broken', { status: 200, contentType: 'application/json', body: '{"schema_version": 1, "title": ' }, /line 1, column \d+/],
]) {
  test(`a ${name} built-in dataset gets a clear message, not a blank page`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.route('**/data/dataset.json', (route) => route.fulfill(reply));
    await page.goto('./');
    const alert = page.locator('main.data-errors[role=alert]');
    await expect(alert).toBeVisible();
    await expect(alert.locator('h1')).toHaveText('The dataset could not be loaded');
    await expect(alert.locator('li')).toContainText([expected]);
    expect(errors, 'no panic or script error').toEqual([]);
    await expect(page.locator('.crash-notice')).toHaveCount(0);
  });
}

// The app's code cannot be had: the prerendered page stays whole, and
// boot.js says so in the page's language, from the catalogue (`<html data-start-failed>`).
for (const [file, words] of [['index.html', /could not start/], ['zh-CN.html', /无法启动/]]) {
  test(`when the app cannot start, ${file} says so in its language and its charts stay`, async ({ context, baseURL }) => {
    // A page of its own: the fixture's page waits for the app, which never comes here.
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(new URL(file, baseURL).href);
    const alert = page.locator('body > p[role=alert]');
    await expect(alert).toHaveText(words);
    expect(await alert.textContent()).toBe(await page.locator('html').getAttribute('data-start-failed'));
    await expect(page.locator('figure[data-chart="deliveries"] svg.chart-svg').filter({ visible: true })).toHaveCount(1);
    expect(errors, 'no uncaught script error').toEqual([]);
    await page.close();
  });
}
