// Screenshots of every section at 375, 768 and 1280 px, light and dark, from the built dist/,
// for looking at the layout (issue 18): `node scripts/screenshots.mjs [out-dir] [widths]`.
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launchBrowser, waitForChart } from '../e2e/harness.mjs';

const out = process.argv[2] ?? 'screenshots';
const widths = (process.argv[3] ?? '375,768,1280').split(',').map(Number);
const PARTS = ['header.masthead', '#progress', '#trade', '#balance', '#timeline', '#treaty', '#sources'];
fs.mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const theme of ['light', 'dark']) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}?theme=${theme}`);
      await page.waitForSelector('#sources-list li', { state: 'attached' });
      // The first screen as the reader opens it, before anything scrolls.
      await page.waitForSelector('#completion-chart canvas');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `${width}-${theme}-first-screen.png`) });
      for (const id of ['completion-chart', 'trade-chart', 'balance-chart', 'timeline-chart']) await waitForChart(page, id);
      for (const part of PARTS) {
        const locator = page.locator(part).first();
        await locator.scrollIntoViewIfNeeded();
        await page.waitForTimeout(150);
        const name = part.replace(/[#.]/g, '').replace('headermasthead', 'header');
        await locator.screenshot({ path: path.join(out, `${width}-${theme}-${name}.png`) });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);
