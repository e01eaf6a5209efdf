// Lighthouse's SEO audits on the default build (no SITE_URL: no canonical or
// hreflang links rather than relative ones) and on the build as published at
// a known address (absolute links, robots.txt naming the sitemap). Fails
// unless every page scores 100, printing each failed audit.
// `node scripts/seo-check.mjs dist target/site-dist http://127.0.0.1:8093/`
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [defaultRoot = 'dist', siteRoot = 'target/site-dist', siteUrl = 'http://127.0.0.1:8093/'] = process.argv.slice(2);
const defaultUrl = 'http://127.0.0.1:8092/';
// The published build is served where its SITE_URL says, so its canonical
// links point at the page Lighthouse opened, as they do in production.
const builds = [
  ['default build', defaultRoot, defaultUrl, ['index.html', 'zh-CN.html', 'embed-deliveries-en.html']],
  ['published build', siteRoot, siteUrl, ['', 'zh-CN.html', 'embed-regions-zh-CN.html']],
];

const servers = builds.map(([, root, url]) =>
  spawn('node', ['scripts/serve-dist.mjs', root, new URL(url).port], { stdio: 'ignore' }));
await new Promise((resolve) => setTimeout(resolve, 500));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
let failed = false;
try {
  for (const [name, , base, paths] of builds) {
    for (const path of paths) {
      const { lhr } = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['seo'] });
      if (lhr.runtimeError) throw new Error(`${base}${path}: ${lhr.runtimeError.message}`);
      const score = Math.round(lhr.categories.seo.score * 100);
      console.log(`SEO ${String(score).padStart(3)}  ${name}: /${path}`);
      for (const { id } of lhr.categories.seo.auditRefs) {
        const audit = lhr.audits[id];
        if (audit.score !== null && audit.score < 1) {
          console.log(`  failed: ${audit.title}${audit.explanation ? ` (${audit.explanation})` : ''}`);
        }
      }
      failed ||= score < 100;
    }
  }
} finally {
  await chrome.kill();
  for (const server of servers) server.kill();
}
if (failed) {
  console.error('SEO below 100 (see the failed audits above)');
  process.exit(1);
}
