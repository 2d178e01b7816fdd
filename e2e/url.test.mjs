// The scenario in the address: shared links reopen it; malformed links open the defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareServerAndBrowser, openPage, waitForChart, chartOption, readDataset, withoutEmphasis } from './harness.mjs';
import { completion, defaultPace } from './oracle.mjs';

const dataset = readDataset();
const defaultSentence = completion(dataset, defaultPace(dataset)).sentence;
let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

async function open(query = '', chart = 'completion-chart') {
  const session = await openPage(browser);
  await session.page.goto(server.url + query);
  await waitForChart(session.page, chart);
  return session;
}

test('a link copied after moving the sliders reopens the same scenario in a new browser context', async () => {
  const first = await open();
  const historyLength = await first.page.evaluate(() => history.length);
  await first.page.locator('#pace').focus();
  for (let i = 0; i < 5; i += 1) await first.page.keyboard.press('ArrowRight');
  await first.page.locator('#slowdown').focus();
  await first.page.keyboard.press('ArrowRight');
  await first.page.locator('#basis').selectOption('all');
  await first.page.locator('#pace').focus();
  await first.page.keyboard.press('ArrowLeft');
  // The address is written once the controls settle, with every change in it.
  await first.page.waitForFunction(() => {
    const query = new URLSearchParams(location.search);
    return query.get('slowdown') === '1' && query.get('basis') === 'all' && query.get('pace') === document.getElementById('pace').value;
  });
  const link = first.page.url();
  assert.match(link, /pace=[0-9.]+/);
  assert.match(link, /basis=all/);
  assert.equal(await first.page.evaluate(() => history.length), historyLength, 'sliders replace the history entry');
  const sentence = await first.page.locator('#scenario-sentence').innerText();
  const option = await chartOption(first.page, 'completion-chart');
  await first.context.close();

  const second = await openPage(browser);
  await second.page.goto(link);
  await waitForChart(second.page, 'completion-chart');
  assert.equal(await second.page.locator('#scenario-sentence').innerText(), sentence);
  assert.deepEqual(withoutEmphasis(await chartOption(second.page, 'completion-chart')), withoutEmphasis(option));
  await second.page.getByRole('button', { name: /reset/i }).click();
  await second.page.waitForFunction(() => !/(pace|slowdown|basis)=/.test(location.search));
  assert.ok((await second.page.locator('#scenario-sentence').innerText()).startsWith(defaultSentence));
  await second.context.close();
});

test('at least 25 malformed query strings each open the default scenario without an error', async () => {
  const queries = [
    '?pace=', '?pace=abc', '?pace=NaN', '?pace=Infinity', '?pace=-Infinity', '?pace=1e999', '?pace=0x10',
    '?pace=3,7', '?pace=%', '?pace=%E0%A4%A', '?pace=%00', '?pace=null', '?pace=[]', '?pace={}',
    '?slowdown=', '?slowdown=lots', '?slowdown=NaN', '?slowdown=-5', '?slowdown=%20%20',
    '?basis=', '?basis=everything', '?basis=ALL%20', '?basis=1', '?unknown=1', '?pace', '?&&&', '?=3.7',
    '?pace=<script>alert(1)</script>', '?slowdown="10"', '?basis[]=all',
  ];
  assert.ok(queries.length >= 25);
  const { page, context, errors } = await open();
  for (const query of queries) {
    await page.goto(server.url + query);
    await waitForChart(page, 'completion-chart');
    const sentence = await page.locator('#scenario-sentence').innerText();
    assert.ok(sentence.startsWith(defaultSentence), `${query}: ${sentence}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the section in view is kept in the address, and a link with ?section= opens there', async () => {
  // The balance chart, not the completion chart, which is drawn only when scrolled near.
  const { page, context, errors } = await open('?section=balance', 'balance-chart');
  await page.waitForFunction(() => {
    const top = document.getElementById('balance').getBoundingClientRect().top;
    return top > -5 && top < 40;
  });
  await page.locator('#timeline').evaluate((el) => el.scrollIntoView());
  await page.waitForFunction(() => new URLSearchParams(location.search).get('section') === 'timeline');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('section'));
  await page.goto(`${server.url}?section=nowhere`);
  // Not waitForChart, which would scroll to the chart.
  await page.locator('#scenario-sentence').waitFor();
  await page.waitForTimeout(300);
  assert.ok(await page.evaluate(() => window.scrollY) < 5, 'an unknown section opens the top of the page');
  assert.deepEqual(errors, []);
  await context.close();
});
