// Browser tests of the whole story: every section renders with its chart, summary and table;
// the article's numbers appear with their sources; derived values are labelled as derived.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serveDist, launchBrowser, openPage, waitForChart, waitForTooltip, chartOption, readDataset, cspViolations, foreignRequests,
  scrollTo,
} from './harness.mjs';

const dataset = readDataset();
const SECTIONS = ['progress', 'trade', 'balance', 'timeline', 'treaty', 'after', 'sources'];
// "after" before trade: the page is left scrolled to the timeline, as the tests below expect.
const CHARTS = { progress: 'completion-chart', after: 'after-chart', trade: 'trade-chart', balance: 'balance-chart', timeline: 'timeline-chart' };
let server;
let browser;
let session;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  session = await openPage(browser);
  await session.page.goto(server.url);
  for (const id of Object.values(CHARTS)) await waitForChart(session.page, id);
});

after(async () => {
  // Across every interaction above: nothing left the origin and the policy was never violated.
  assert.deepEqual(foreignRequests(session.requests, server.origin), []);
  assert.deepEqual(await cspViolations(session.page), []);
  await session?.context.close();
  await browser?.close();
  await server?.close();
});

test('every section renders, is linked from the navigation, and pairs its chart with a summary and a table', async () => {
  const { page, errors } = session;
  const links = await page.locator('nav.section-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, SECTIONS.map((id) => `#${id}`));
  for (const id of SECTIONS) {
    assert.equal(await page.locator(`section#${id} > h2`).count(), 1, `#${id} has a heading`);
  }
  for (const [section, chart] of Object.entries(CHARTS)) {
    // Sections far from the viewport are not laid out (content-visibility), so have no innerText.
    await scrollTo(page.locator(`#${chart}`));
    const summary = await page.locator(`#${chart}-summary, section#${section} .chart-summary`).first().innerText();
    assert.ok(summary.length > 40, `${chart} has a summary`);
    const aria = await page.locator(`#${chart}`).getAttribute('aria-label');
    assert.ok(aria && aria.includes(summary.slice(0, 30)), `${chart} is named by its summary`);
    assert.ok(await page.locator(`section#${section} table tbody tr`).count() > 0, `${section} has a table`);
    assert.ok(await page.locator(`section#${section} table caption`).count() === 1, `${section}'s table has a caption`);
  }
  assert.deepEqual(errors, []);
});

test('the trade figures appear with their sources, and derived years are labelled derived', async () => {
  const { page } = session;
  const rows = await page.locator('#trade-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    kind: tr.dataset.kind,
    cells: [...tr.querySelectorAll('td')].map((td) => td.innerText.trim()),
  })));
  for (const value of dataset.trade.values) {
    const measure = value.category === 'goods' ? 'Goods' : 'Services';
    const matches = rows.filter((r) => r.cells[0] === String(value.year) && r.cells[1] === measure);
    assert.equal(matches.length, 1, value.id);
    const [{ kind, cells }] = matches;
    assert.equal(cells[2], `$${Number(value.value.toFixed(2))} billion`, value.id);
    assert.equal(kind, value.kind);
    assert.equal(cells[3], value.kind, `${value.id} is labelled ${value.kind}`);
    assert.equal(cells[5], value.source.cited_as, `${value.id} cites its source`);
    if (value.kind === 'derived') assert.equal(cells[4], `derived: ${value.formula}`, `${value.id} shows its formula`);
  }
  for (const growth of dataset.trade.growth) {
    const matches = rows.filter((r) => r.cells[0] === String(growth.year) && r.cells[2] === `+${growth.percent}%`);
    assert.equal(matches.length, 1, growth.id);
    assert.equal(matches[0].cells[5], growth.source.cited_as);
  }
  // Sections below the first render only near the viewport, so each read here scrolls first.
  await scrollTo(page.locator('#trade .method').first());
  assert.ok((await page.locator('#trade').innerText()).includes(dataset.trade.note));

  const option = await chartOption(page, 'trade-chart');
  const derivedPoints = option.series.flatMap((s) => s.data.filter((d) => d && d.name && /derived/i.test(d.name)));
  const derivedValues = dataset.trade.values.filter((v) => v.kind === 'derived');
  assert.equal(derivedPoints.length, derivedValues.length, 'each derived bar says it is derived');
  const derivedSeries = option.series.filter((s) => /derived/i.test(s.name));
  assert.equal(derivedSeries.length, 1, 'derived values have their own, labelled series');
  assert.ok(!option.series.some((s) => /reported/i.test(s.name) && s.data.some((d) => d && /derived/i.test(d.name ?? ''))),
    'no derived value sits in a reported series');
});

test('the balance shows deficits below zero and a 2022 surplus without an invented amount', async () => {
  const { page } = session;
  const option = await chartOption(page, 'balance-chart');
  const numbers = option.series.flatMap((s) => s.data.map((d) => (d && typeof d === 'object' && 'value' in d ? d.value : d)));
  for (const entry of dataset.balance.filter((b) => b.value !== null)) {
    assert.ok(numbers.some((n) => n === entry.value || (Array.isArray(n) && n.includes(entry.value))), `${entry.id} is charted`);
  }
  const surplus = dataset.balance.find((b) => b.direction === 'surplus');
  const positive = numbers.flat().filter((n) => typeof n === 'number' && n > 0);
  assert.deepEqual(positive, [], 'no positive bar is invented for the surplus');
  const row = page.locator('#balance-table tbody tr').filter({ hasText: String(surplus.year) });
  await scrollTo(row);
  assert.ok((await row.innerText()).includes('amount not reported'));
  assert.ok((await row.innerText()).includes(surplus.source.cited_as));
});

test('the timeline lists every milestone with its source, and keyboard focus shows it on the chart', async () => {
  const { page } = session;
  const rows = page.locator('#timeline-table tbody tr');
  assert.equal(await rows.count(), dataset.milestones.length);
  for (const [i, m] of dataset.milestones.entries()) {
    await scrollTo(rows.nth(i));
    const text = await rows.nth(i).innerText();
    assert.ok(text.includes(m.title) && text.includes(m.source.cited_as) && text.includes(m.when), m.id);
  }
  const target = dataset.milestones.find((m) => m.id === 'integration-ultimatum');
  await page.locator(`#timeline-table tr[data-id="${target.id}"]`).focus();
  await page.waitForFunction((title) => document.getElementById('timeline-chart').innerText.includes(title), target.title, { timeout: 5000 });
  await page.keyboard.press('Escape');
  await waitForTooltip(page, 'timeline-chart', target.title, false);
});

test('the treaty board shows each item as stalled or agreed, with its source', async () => {
  const { page } = session;
  for (const item of dataset.treaty_items) {
    const card = page.locator(`.treaty-card[data-id="${item.id}"]`);
    await scrollTo(card);
    const text = await card.innerText();
    assert.ok(text.includes(item.item) && text.includes(item.source.cited_as), item.id);
    assert.ok(text.toLowerCase().includes(item.status), `${item.id} is ${item.status}`);
  }
});

test('the sources section lists every cited source once, and the key figures cite theirs', async () => {
  const { page } = session;
  const cited = new Set();
  const collect = (s) => s && cited.add(s.cited_as);
  collect(dataset.programs.source);
  for (const list of [dataset.progress, dataset.trade.growth, dataset.trade.values, dataset.balance, dataset.milestones, dataset.treaty_items]) {
    for (const entry of list) collect(entry.source);
  }
  await scrollTo(page.locator('#sources-list'));
  const listed = await page.locator('#sources-list > li > cite').allInnerTexts();
  assert.deepEqual(new Set(listed), cited);
  assert.equal(listed.length, cited.size, 'no source listed twice');
  const credit = await page.locator('#sources').innerText();
  assert.ok(credit.includes(dataset.article.publisher) && credit.includes('April 24, 2023'));
  const figures = await page.locator('.key-figure').allInnerTexts();
  assert.equal(figures.length, 4);
  assert.ok(figures[0].includes(String(dataset.programs.count)) && figures[0].includes(dataset.programs.source.cited_as));
  const goods2022 = dataset.trade.values.find((v) => v.id === 'goods-2022');
  assert.ok(figures[2].includes(`$${goods2022.value}bn`) && figures[2].includes(goods2022.source.cited_as));
});

test('at 375 px the whole story fits the width', async () => {
  const narrow = await openPage(browser, { width: 375, height: 812 });
  await narrow.page.goto(server.url);
  for (const id of Object.values(CHARTS)) await waitForChart(narrow.page, id);
  const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  await narrow.context.close();
});
