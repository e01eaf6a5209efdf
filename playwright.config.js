// Browser tests run against the built dist/ served on 127.0.0.1, in Debian's
// Chromium (no browser download: these machines reach only package registries).
import { defineConfig } from '@playwright/test';

const port = 8090;

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  reporter: [['list']],
  // Two cores: one worker keeps timings steady and tests from starving each other.
  workers: 1,
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/serve-dist.mjs dist ${port}`,
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    // The build as published at a known address (`make site-build`, SITE_URL):
    // tests/browser/published.spec.js.
    {
      command: 'node scripts/serve-dist.mjs target/site-dist 8093',
      url: 'http://127.0.0.1:8093/index.html',
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
