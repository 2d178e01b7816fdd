// Screenshots of every section at 375, 768 and 1280 px, light and dark, from the built dist/,
// for looking at the layout (issue 18): `node scripts/screenshots.mjs [out-dir] [widths] [langs]`,
// langs such as "ru,be" (issue #20: longer words must not clip); each "Show the data" table is
// opened and the scenario panel's select shows its longest choice. Files are named
// `<width>-<theme>-<part>.png`, with `-<lang>` before `.png` for a language other than English.
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launchBrowser, waitForChart } from '../e2e/harness.mjs';

const out = process.argv[2] ?? 'screenshots';
const widths = (process.argv[3] ?? '375,768,1280').split(',').map(Number);
const langs = (process.argv[4] ?? 'en').split(',');
const PARTS = ['header.masthead', '#progress', '#trade', '#balance', '#timeline', '#treaty', '#after', '#sources'];
fs.mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const lang of langs) for (const theme of ['light', 'dark']) {
    for (const width of widths) {
      const suffix = lang === 'en' ? '' : `-${lang}`;
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}?theme=${theme}${lang === 'en' ? '' : `&lang=${lang}`}`);
      await page.waitForSelector('#sources-list li', { state: 'attached' });
      // The first screen as the reader opens it, before anything scrolls.
      await page.waitForSelector('#completion-chart canvas');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `${width}-${theme}-first-screen${suffix}.png`) });
      for (const id of ['completion-chart', 'trade-chart', 'balance-chart', 'timeline-chart', 'after-chart', 'programs-chart']) await waitForChart(page, id);
      // The tables open, as a reader who asks for the data sees them.
      const closed = page.locator('details:not([open]) > summary');
      for (let i = 0; i < 20 && await closed.count() > 0; i++) {
        await closed.first().scrollIntoViewIfNeeded();
        await closed.first().click();
      }
      for (const part of PARTS) {
        const locator = page.locator(part).first();
        await locator.scrollIntoViewIfNeeded();
        await page.waitForTimeout(150);
        const name = part.replace(/[#.]/g, '').replace('headermasthead', 'header');
        await locator.screenshot({ path: path.join(out, `${width}-${theme}-${name}${suffix}.png`) });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);
