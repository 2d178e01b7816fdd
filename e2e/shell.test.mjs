// The header shell: painted from index.html before the wasm arrives, replaced by the app
// without a jump, hidden in embeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareServerAndBrowser, openPage, waitForChart, readDataset } from './harness.mjs';

const dataset = readDataset();
let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

/** Opens `query` with the wasm held back, as on a slow connection. */
async function openWithoutWasm(query, viewport = {}) {
  const session = await openPage(browser, viewport);
  await session.page.route('**/*.wasm', () => {});
  await session.page.goto(server.url + query, { waitUntil: 'domcontentloaded' });
  return session;
}

test('before the wasm arrives the headline is already on screen', async () => {
  const { page, context } = await openWithoutWasm('');
  const shell = page.locator('#shell');
  assert.ok(await shell.isVisible());
  assert.equal(await shell.locator('h1').innerText(),
    `When will Belarus and Russia finish their ${dataset.programs.count} integration programs?`);
  assert.match(await shell.innerText(), /Loading the interactive explainer/);
  await context.close();
});

test('an embed shows no full-page header while it loads', async () => {
  const { page, context } = await openWithoutWasm('?embed=trade');
  assert.equal(await page.locator('#shell').isVisible(), false);
  await context.close();
});

test('the headline stays where the shell put it, at 375 and 1280 px', async () => {
  for (const width of [375, 1280]) {
    const held = await openWithoutWasm('', { width });
    const before = await held.page.locator('#shell h1').boundingBox();
    await held.context.close();
    const { page, context } = await openPage(browser, { width });
    await page.goto(server.url);
    await page.locator('header.masthead:not(#shell) h1').waitFor();
    const afterBox = await page.locator('h1').boundingBox();
    assert.ok(Math.abs(afterBox.y - before.y) <= 1 && Math.abs(afterBox.height - before.height) <= 1,
      `${width} px: headline at ${before.y}/${before.height} in the shell, ${afterBox.y}/${afterBox.height} in the app`);
    await context.close();
  }
});

test('the app replaces the shell with the same headline, one h1, and no layout shift', async () => {
  // The shell's words, read here rather than left behind by another test.
  const held = await openWithoutWasm('');
  const shellLede = await held.page.locator('#shell .masthead__lede').innerText();
  const shellKicker = await held.page.locator('#shell .masthead__kicker').innerText();
  const shellHeadline = await held.page.locator('#shell h1').innerText();
  await held.context.close();
  const { page, context, errors } = await openPage(browser);
  await page.addInitScript(() => {
    globalThis.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) globalThis.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#shell').count(), 0);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('h1').innerText(),
    `When will Belarus and Russia finish their ${dataset.programs.count} integration programs?`);
  // The shell is written at build time by src/bin/shell.rs from the app's own messages.
  assert.equal(await page.locator('.masthead__lede').innerText(), shellLede, 'the shell said what the app says');
  assert.equal(await page.locator('.masthead__kicker').innerText(), shellKicker);
  assert.equal(await page.locator('h1').innerText(), shellHeadline);
  const shift = (await page.evaluate(() => globalThis.__shifts)).reduce((a, b) => a + b, 0);
  assert.ok(shift < 0.05, `cumulative layout shift ${shift.toFixed(3)}`);
  assert.deepEqual(errors, []);
  await context.close();
});
