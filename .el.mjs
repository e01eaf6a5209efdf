import { chromium } from 'playwright-core';
const [url, sel, out, w, scheme] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: +w, height: 900 }, colorScheme: scheme || 'light' });
await page.goto(url);
await page.waitForSelector('svg[role=img]');
await page.waitForTimeout(300);
await page.locator(sel).screenshot({ path: out });
await browser.close();
