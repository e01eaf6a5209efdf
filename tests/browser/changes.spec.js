// What changed in the data, said plainly (issue 42): the dashboard's footer
// links to the change lists of every published version, in the page's
// language, at the section of the version on screen. The list is a plain
// page (no script) built from the kept versions, so these checks are
// invariants of the build: one section per version in data/versions/index.json,
// newest first, each after the first linking to its JSON list.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, BUILD } from './fixtures.js';

const TITLE = { en: 'What changed in the data', 'zh-CN': '数据的变化' };

for (const { code, dashboard, changes } of BUILD.languages) {
  test(`the footer links to what changed in the version shown, on a page in the same language (${code})`, async ({ page, request, problems }) => {
    await page.goto(`./${dashboard}`);
    const asOf = await page.locator('.as-of time').getAttribute('datetime');
    const link = page.locator('footer [data-part="what-changed"]');
    await expect(link).toHaveAttribute('href', `${changes}#v-${asOf}`);
    await link.click();
    await page.waitForURL(`**/${changes}#v-${asOf}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('h1')).toHaveText(TITLE[code]);
    await expect(page.locator('script')).toHaveCount(0);
    // The section of the version on screen is where the link lands.
    await expect(page.locator(`section#v-${asOf}`)).toBeInViewport();

    const { versions } = await (await request.get('./data/versions/index.json')).json();
    const ids = await page.locator('main > section').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids, 'one section per kept version, newest first').toEqual([...versions].reverse().map((v) => `v-${v}`));
    // Every version after the first links to its list as JSON, which the site serves.
    for (const version of versions.slice(1)) {
      const json = page.locator(`section#v-${version} a[href$="${version}.changes.json"]`);
      await expect(json).toHaveCount(1);
      const list = await (await request.get(`./${await json.getAttribute('href')}`)).json();
      expect(list.to).toBe(version);
      // The page lists as many figures as the JSON does.
      const figures = list.figures_added.length + list.figures_changed.length + list.figures_removed.length;
      await expect(page.locator(`section#v-${version} tbody tr`)).toHaveCount(figures);
    }
    const first = page.locator(`section#v-${versions[0]}`);
    await expect(first.locator('a[href$=".changes.json"]')).toHaveCount(0);

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    void problems;
  });
}
