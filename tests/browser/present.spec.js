// Presenting: charts that fill the slide with type that reads from the back
// of a room, and a deck chosen by address (issue 30).
import { test, expect, appReady, openChart, CHARTS, FROZEN } from './fixtures.js';

/**
 * The current slide's chart as drawn: the share of the screen its drawing
 * covers (the SVG's viewBox scaled into its box, letterboxing left out) and
 * the smallest type on the slide, in px, SVG text scaled as it shows.
 */
const measureSlide = (page) => page.evaluate(() => {
  const slide = document.querySelector('.slide.current');
  const svg = slide.querySelector('svg.chart-svg');
  const box = svg.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  const scale = Math.min(box.width / view.width, box.height / view.height);
  const drawn = (scale * view.width) * (scale * view.height);
  const svgText = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() !== '')
    .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
  const pageText = [...slide.querySelectorAll('h1, p')].filter((e) => e.textContent.trim() !== '')
    .map((e) => parseFloat(getComputedStyle(e).fontSize));
  return {
    chart: slide.dataset.chart,
    share: drawn / (innerWidth * innerHeight),
    smallest: Math.min(...svgText, ...pageText),
  };
});

for (const [width, height] of [[1280, 720], [1920, 1080], [3840, 2160]]) {
  test(`at ${width}x${height} every chart covers 60% of the screen, its smallest type 2.2% of its height`, async ({ page, problems }) => {
    await page.setViewportSize({ width, height });
    for (const [i, id] of CHARTS.entries()) {
      await page.goto(`./?view=present&slide=${i + 2}`);
      await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', id);
      const measured = await measureSlide(page);
      expect(measured.share, JSON.stringify(measured)).toBeGreaterThanOrEqual(0.6);
      expect(measured.smallest, JSON.stringify(measured)).toBeGreaterThanOrEqual(0.022 * height);
      // The source footer is one line ("Source: A and 3 more. Data as of ...").
      await expect(page.locator('.slide.current .slide-source')).toHaveText(/^Source: .+Data as of /);
      const footer = await page.locator('.slide.current .slide-source').evaluate((e) => e.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(e).fontSize));
      expect(footer, `${id}: one line`).toBe(true);
    }
  });
}

test('a deck by address: the title slide, then the chosen charts in order, each with its toggle', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`./?view=present&${FROZEN}&slides=target,competitors:2024,cumulative`);
  await expect(page.locator('.custom-banner.custom-loaded')).toBeVisible();
  await expect(page.locator('.slide-counter')).toHaveText('1 of 4');
  const order = await page.locator('.slide[data-chart]').evaluateAll((slides) => slides.map((s) => s.dataset.chart));
  // The chosen order, as the address gives it (ids before their toggles).
  expect(order).toEqual('target,competitors:2024,cumulative'.split(',').map((item) => item.split(':')[0]));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', 'target');
  await page.keyboard.press('ArrowRight');
  const competitors = page.locator('.slide.current');
  await expect(competitors).toHaveAttribute('data-chart', 'competitors');
  // The 2024 toggle: the chart's takeaway and drawing speak of 2024.
  await expect(competitors.locator('.slide-takeaway')).toContainText('2024');
  // The address keeps the deck (its commas and colons percent-encoded) and the slide.
  await expect.poll(() => decodeURIComponent(page.url())).toMatch(/slides=target,competitors:2024,cumulative&slide=3/);
  await page.reload();
  await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', 'competitors');
  await page.keyboard.press('End');
  await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', 'cumulative');
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('an unknown slide id is named in a notice and skipped, never a blank slide', async ({ page, problems }) => {
  await page.goto('./?view=present&slides=nope,regions');
  await expect(page.locator('.notice')).toContainText('slides=nope');
  await expect(page.locator('.slide-counter')).toHaveText('1 of 2');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.slide.current')).toHaveAttribute('data-chart', 'regions');
  await expect(page.locator('.slide.current svg.chart-svg')).toBeVisible();
});

const DECK = 'slides=target,competitors:2024,cumulative';

/** A second window on the same site, with the same checks as the test's own page. */
async function openSecond(context, path, problems) {
  const second = await context.newPage();
  second.on('console', (msg) => { if (msg.type() === 'error') problems.console.push(`second window: ${msg.text()}`); });
  second.on('pageerror', (err) => problems.page.push(`second window: ${err}`));
  if (path) {
    await second.goto(path);
    await appReady(second);
  }
  return second;
}

test('slides and presenter view in two windows: keys in either move both, the presenter sees the next slide, notes, sources and the time', async ({ page, context, problems }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`./?view=present&${DECK}`);
  const presenter = await openSecond(context, `./?view=presenter&${DECK}`, problems);
  await presenter.setViewportSize({ width: 1280, height: 800 });
  const current = (p) => p.locator('.slide.current');

  // The presenter drives.
  await presenter.keyboard.press('ArrowRight');
  await expect(current(presenter)).toHaveAttribute('data-chart', 'target');
  await expect(current(page)).toHaveAttribute('data-chart', 'target');
  await expect(page).toHaveURL(/slide=2/);
  // The next slide is the one after the current (`.current + .slide`).
  const next = presenter.locator('.slide.current + .slide');
  await expect(next).toHaveAttribute('data-chart', 'competitors');
  await expect(next).toBeVisible();
  await expect(next.locator('svg.chart-svg')).toBeVisible();
  const notes = presenter.locator('.slide.current .slide-notes');
  await expect(notes).toBeVisible();
  // The chart's notes, then on a line of its own every source.
  await expect(notes).toHaveText(/\S[^]*\nSource: .+Data as of /, { useInnerText: true });
  await expect(presenter.locator('.clock')).toHaveText(/\d:\d\d:\d\d/);
  // The audience sees the slide alone: no notes, no next slide, no clock.
  await expect(page.locator('.slide.current .slide-notes')).toBeHidden();
  await expect(page.locator('.slide.current + .slide')).toBeHidden();
  await expect(page.locator('.clock')).toBeHidden();

  // The slides drive.
  await page.keyboard.press('ArrowRight');
  await expect(current(presenter)).toHaveAttribute('data-chart', 'competitors');
  await expect(presenter.locator('.slide.current + .slide')).toHaveAttribute('data-chart', 'cumulative');
  await presenter.keyboard.press('Home');
  await expect(page.locator('.slide-counter')).toHaveText('1 of 4');

  // Closing one leaves the other working.
  await presenter.close();
  await page.keyboard.press('End');
  await expect(current(page)).toHaveAttribute('data-chart', 'cumulative');
  await expect(current(page).locator('svg.chart-svg')).toBeVisible();
});

test('P on the slides opens the presenter view on the same deck and slide, which follows from then on', async ({ page, context, problems }) => {
  await page.goto(`./?view=present&${DECK}&slide=2`);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  presenter.on('pageerror', (err) => problems.page.push(`presenter: ${err}`));
  await appReady(presenter);
  expect(presenter.url()).toMatch(/view=presenter/);
  expect(decodeURIComponent(presenter.url())).toContain(DECK);
  await expect(presenter.locator('.slide.current')).toHaveAttribute('data-chart', 'target');
  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('.slide.current')).toHaveAttribute('data-chart', 'competitors');
});

test('printed, the deck is a handout: one 16:9 page per chosen slide, each with its notes and full sources', async ({ page, problems }) => {
  await page.goto(`./?view=present&${DECK}`);
  await page.emulateMedia({ media: 'print' });
  const slides = page.locator('.slide[data-chart]');
  await expect(slides).toHaveCount(3);
  for (const slide of await slides.all()) {
    await expect(slide.locator('.slide-notes')).toBeVisible();
    await expect(slide.locator('.slide-notes')).toContainText(/Source: .+Data as of /);
  }
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(4);
  const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect(Number(width) / Number(height)).toBeCloseTo(16 / 9, 2);
});

test('the presenter view gives notes and sources in the deck\'s language', async ({ page, problems }) => {
  await page.goto(`./?view=presenter&${DECK}&lang=zh-CN&slide=2`);
  const notes = page.locator('.slide.current .slide-notes');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText(/来源/);
  await expect(notes).not.toContainText(/Source:/);
});

test('the share panel copies a deck address for the charts a reader picks, in the order picked, each with its toggle', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChart(page, `?${FROZEN}`, 'cumulative');
  const card = (id) => page.locator(`figure[data-chart="${id}"]`);
  const copy = card('cumulative').locator('[data-part="copy-slides"]');
  await expect(copy).toBeHidden();
  const picked = 'cumulative,competitors,target'.split(',');
  for (const id of picked) {
    const add = card(id).locator('[data-part="add-to-slides"]');
    await add.click();
    await expect(add).toHaveAttribute('aria-pressed', 'true');
  }
  // A second press takes a chart out again; picked once more, it goes to the end.
  const first = card(picked[0]).locator('[data-part="add-to-slides"]');
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'false');
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  const order = [...picked.slice(1), picked[0]];
  // A toggle changed after picking is the one the slide gets.
  await card('competitors').getByRole('button', { name: '2024', exact: true }).click();
  await copy.click();
  await expect(card('cumulative').locator('.share-status')).toHaveText(/^Slides address copied/);
  const url = await page.evaluate(() => navigator.clipboard.readText());
  const withToggles = order.map((id) => (id === 'competitors' ? `${id}:2024` : id)).join(',');
  expect(decodeURIComponent(url)).toContain(`view=present&lang=en&slides=${withToggles}`);
  await page.goto(url);
  await expect(page.locator('.slide-counter')).toHaveText('1 of 4');
  const slides = await page.locator('.slide[data-chart]').evaluateAll((all) => all.map((s) => s.dataset.chart));
  expect(slides).toEqual(order);
  await expect(page.locator('.slide[data-chart="competitors"] .slide-takeaway')).toContainText('2024');
  await expect(page.locator('.notice')).toHaveCount(0);
});
