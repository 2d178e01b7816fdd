// Predict first, with the keyboard alone: guess a month and year, then see the projection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareServerAndBrowser, openPage, waitForChart, chartOption, readDataset } from './harness.mjs';
import { completion, defaultPace } from './oracle.mjs';

const dataset = readDataset();
let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

// Series ids: the names are words on screen, which may change.
const ids = async (page) => (await chartOption(page, 'completion-chart')).series.map((s) => s.id);

test('?predict=1 hides the projection until a keyboard-only guess, then compares the two', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(`${server.url}?predict=1`);
  await waitForChart(page, 'completion-chart');
  assert.deepEqual(await ids(page), ['reported', 'derived'], 'nothing projected before the guess');
  assert.equal(await page.locator('#scenario-sentence').count(), 0);
  assert.equal(await page.locator('#completion-table tr[data-kind="projected"]').count(), 0);
  assert.ok(await page.locator('#predict-toggle').isChecked());

  // Keyboard only: Tab from the toggle to the month, pick March, type the year, press Enter.
  await page.locator('#predict-toggle').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'guess-month');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'guess-year');
  await page.keyboard.type('2024');
  await page.keyboard.press('Enter');

  await page.locator('#guess-result').waitFor();
  const expected = completion(dataset, defaultPace(dataset));
  const [, projectedMonth] = expected.iso.split('-').map(Number);
  const monthsApart = (2024 * 12 + 3) - (Number(expected.iso.slice(0, 4)) * 12 + projectedMonth);
  assert.equal(await page.locator('#guess-result').innerText(),
    `Your guess, March 2024, is ${monthsApart} months later than the projection, ${expected.when}.`);
  assert.ok((await ids(page)).includes('projected'));
  const guessLine = (await chartOption(page, 'completion-chart')).series.find((s) => s.id === 'guide-guess').data;
  assert.equal(guessLine[0][0], '2024-03-01');
  assert.ok((await page.locator('#scenario-sentence').innerText()).startsWith(expected.sentence));
  assert.ok(page.url().includes('predict=1'));

  // Guess again hides it once more; switching the mode off shows the projection for good.
  await page.locator('#guess-again').focus();
  await page.keyboard.press('Enter');
  await page.locator('#guess-month').waitFor();
  assert.deepEqual(await ids(page), ['reported', 'derived']);
  await page.locator('#predict-toggle').focus();
  await page.keyboard.press('Space');
  await page.locator('#scenario-sentence').waitFor();
  // The address follows once the change settles.
  await page.waitForFunction(() => !location.search.includes('predict='), null, { timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('an impossible year is refused with a message and reveals nothing', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}?predict=1`);
  await waitForChart(page, 'completion-chart');
  await page.locator('#guess-year').fill('1999');
  await page.locator('#guess-year').press('Enter');
  await page.waitForFunction(() => document.querySelector('.predict__problem')?.innerText.includes('Enter a year'));
  assert.deepEqual(await ids(page), ['reported', 'derived']);
  await context.close();
});
