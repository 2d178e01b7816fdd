// The printable handout: Chromium's PDF output on A4 and Letter, with no controls printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareServerAndBrowser, openPage, waitForChart } from './harness.mjs';

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

test('the handout prints the story and the scenario link, with no controls or navigation', async () => {
  // About the printable width of A4 at 96 dpi, so layout is checked at paper width.
  const { page, context, errors } = await openPage(browser, { width: 690, height: 1000 });
  await page.goto(`${server.url}?pace=4.5&slowdown=2`);
  for (const id of ['completion-chart', 'trade-chart', 'balance-chart', 'timeline-chart']) await waitForChart(page, id);
  const sentence = await page.locator('#scenario-sentence').innerText();
  await page.emulateMedia({ media: 'print' });

  const visibleControls = await page.evaluate(() => [...document.querySelectorAll('input, select, button, nav, textarea')]
    .filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 60)));
  assert.deepEqual(visibleControls, [], 'no control or navigation is printed');
  assert.ok(await page.locator('#scenario-sentence').isVisible(), 'the scenario sentence is printed');
  assert.equal(await page.locator('#scenario-sentence').innerText(), sentence);
  const link = await page.locator('#scenario-link').innerText();
  assert.ok(link.includes('pace=4.5') && link.includes('slowdown=2'), link);
  for (const selector of ['h1', '#completion-table', '#trade-table', '#balance-table', '#timeline-table', '#sources-list']) {
    assert.ok(await page.locator(selector).isVisible(), `${selector} is printed`);
  }
  const overflow = await page.evaluate(() => [...document.querySelectorAll('.echart canvas, .data-table')]
    .filter((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((c) => c.id || c.className));
  assert.deepEqual(overflow, [], 'charts and tables fit the paper width');

  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', format);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    assert.ok(pages >= 3 && pages <= 20, `${format}: ${pages} pages`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
