// Presenting: charts that fill the slide with type that reads from the back
// of a room, and a deck chosen by address (issue 30).
import { test, expect, CHARTS, FROZEN } from './fixtures.js';

/**
 * The current slide's chart as drawn: the share of the screen its drawing
 * covers (the SVG's viewBox scaled into its box, letterboxing left out) and
 * the smallest type on the slide, in px, SVG text scaled as it shows.
 */
const measureSlide = (page) => page.evaluate(() => {
  const slide = document.querySelector('.slide.current');
  const svg = slide.querySelector('svg[role="img"]');
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
  expect(order).toEqual(['target', 'competitors', 'cumulative']);
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
  await expect(page.locator('.slide.current svg[role="img"]')).toBeVisible();
});
