// "What happened next" (issue #19): the later reports, the as-of backtest, predict mode, embed,
// print and share link, and the article's own figures untouched by the later layer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareServerAndBrowser, openPage, waitForChart, chartOption, readDataset, scrollTo, axeViolations } from './harness.mjs';
import { backtest, fmt } from './oracle.mjs';

const dataset = readDataset();
let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

async function openApp(query = '', options = {}, ready = '#after-table') {
  const session = await openPage(browser, options);
  await session.page.goto(server.url + query);
  await waitForChart(session.page, 'completion-chart');
  await session.page.locator(ready).waitFor({ state: 'attached', timeout: 20_000 });
  await scrollTo(session.page.locator('#after'));
  return session;
}

const rowsOf = (page) => page.locator('#after-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
  id: tr.dataset.id,
  layer: tr.dataset.layer,
  cells: [...tr.querySelectorAll('td')].map((td) => td.innerText.trim()),
  href: tr.querySelector('td a')?.getAttribute('href') ?? null,
})));
const signed = (v) => `${v < 0 ? '−' : '+'}${fmt(Math.abs(v), 1)}`;

test('every later report is on the page with its source and the after-the-article label', async () => {
  const { page, context, errors } = await openApp();
  const rows = await rowsOf(page);
  for (const report of dataset.later.reports) {
    const row = rows.find((r) => r.id === report.id);
    assert.ok(row, `${report.id} has a row`);
    assert.equal(row.layer, 'after');
    assert.equal(row.cells[5], 'after the article');
    assert.equal(row.cells[4], report.source.cited_as);
    assert.equal(row.href, report.source.url ?? null);
    assert.ok(row.cells[3].includes(report.wording) && row.cells[3].includes(report.who), report.id);
  }
  const article = rows.filter((r) => r.layer === 'article');
  assert.deepEqual(article.map((r) => r.id), dataset.progress.filter((o) => o.kind === 'reported').map((o) => o.id));
  assert.ok(article.every((r) => r.cells[5] === 'in the article'));
  const forecasts = await page.locator('#after-forecasts li').allInnerTexts();
  assert.equal(forecasts.length, dataset.later.forecasts.length);
  for (const [i, f] of dataset.later.forecasts.entries()) assert.ok(forecasts[i].includes(f.wording));
  const honesty = await page.locator('#after-honesty').innerText();
  assert.match(honesty, /count the measures .* not whole programs/);
  assert.match(honesty, /“close to 80 percent .*” in February 2023 .* then “about two thirds” in March 2023/);
  assert.match(honesty, /No report in this dataset ever said 100 percent/);
  // The programs chart: the reported counts, on an axis of all the programs.
  await waitForChart(page, 'programs-chart');
  const programs = await chartOption(page, 'programs-chart');
  assert.deepEqual(programs.series.find((s) => s.id === 'after-programs').data.map((p) => p.value[1]),
    dataset.later.reports.filter((r) => r.counts === 'programs').map((r) => r.value));
  assert.equal(programs.yAxis[0].max, dataset.programs.count);
  assert.deepEqual(errors, []);
  await context.close();
});

test('moving as-of by keyboard changes the projection and its errors as the oracle predicts, and the link keeps it', async () => {
  const { page, context, errors } = await openApp();
  const check = async (asOf, articleOnly = false) => {
    const expected = backtest(dataset, asOf, { articleOnly });
    await page.waitForFunction((start) => {
      const opt = globalThis.echarts.getInstanceByDom(document.getElementById('after-chart')).getOption();
      return opt.series.find((s) => s.id === 'after-projection').data[0].value[0] === start;
    }, expected.start.date, { timeout: 10_000 });
    const rows = await rowsOf(page);
    for (const c of expected.checks) {
      const row = rows.find((r) => r.id === c.id);
      assert.equal(row.cells[6], `${fmt(c.projected, 1)}%`, `${asOf}: projected at ${c.id}`);
      assert.equal(row.cells[7], signed(c.error), `${asOf}: error at ${c.id}`);
    }
    assert.equal(rows.filter((r) => r.cells[7] !== '—').length, expected.checks.length, 'only later reports are checked');
    const fate = await page.locator('#after-fate').innerText();
    assert.ok(fate.startsWith(`At ${fmt(expected.pace, 1)} points a month`), fate);
  };
  // Default: the article's own figures, the article's projection.
  assert.equal(await page.locator('#as-of').inputValue(), '');
  await check('2023-04-05', true);
  // By keyboard: focus the select and step to the first report date.
  await page.locator('#as-of').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#as-of').inputValue(), '2022-06-30');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#as-of').inputValue(), '2022-08-24');
  await check('2022-08-24');
  await page.locator('#as-of').selectOption('2023-01-19');
  await check('2023-01-19');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('asof') === '2023-01-19');
  // The link reopens the same as-of; a malformed one falls back to the article's figures.
  const { page: again, context: c2 } = await openApp('?asof=2023-01-19');
  assert.equal(await again.locator('#as-of').inputValue(), '2023-01-19');
  await c2.close();
  const { page: bad, context: c3, errors: badErrors } = await openApp('?asof=20x3-99-01');
  assert.equal(await bad.locator('#as-of').inputValue(), '');
  assert.deepEqual(badErrors, []);
  await c3.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the article layer and the default projection are identical with and without the later layer', async () => {
  const { page, context } = await openApp();
  const snapshot = async () => ({
    table: await page.locator('#completion-table').evaluate((t) => t.outerHTML),
    sentence: await page.locator('#scenario-sentence').innerText(),
    figures: await page.locator('.key-figures').evaluate((e) => e.outerHTML),
    sources: await page.locator('#sources-list').evaluate((e) => e.outerHTML),
    chart: JSON.stringify((await chartOption(page, 'completion-chart')).series),
  });
  const before = await snapshot();
  const without = structuredClone(dataset);
  delete without.later;
  // The translations name entries by id: those of the later layer go with it (else refused).
  for (const table of Object.values(without.translations ?? {})) {
    for (const key of Object.keys(table)) if (key === 'later' || key.startsWith('later.')) delete table[key];
  }
  await page.locator('#load-data').setInputFiles({ name: 'no-later.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(without)) });
  await page.locator('.data-bar__loaded').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#after-table tbody tr[data-layer="after"]').length === 0);
  assert.deepEqual(await snapshot(), before);
  await context.close();
});

test('predict mode hides what happened until asked; embed and print carry the as-of date', async () => {
  const { page, context } = await openApp('?predict=1', {}, '#after-hidden');
  assert.ok(await page.locator('#after-hidden').isVisible());
  assert.equal(await page.locator('#after-table').count(), 0);
  await page.locator('#after-reveal').focus();
  await page.keyboard.press('Enter');
  await page.locator('#after-table').waitFor();
  await context.close();

  const embed = await openPage(browser, { width: 375, height: 800 });
  await embed.page.goto(`${server.url}?embed=after&asof=2022-12-19`);
  await waitForChart(embed.page, 'after-chart');
  assert.equal(await embed.page.locator('#as-of').inputValue(), '2022-12-19');
  assert.equal(await embed.page.locator('main[data-embed="after"] h1').count(), 1);
  assert.deepEqual(embed.errors, []);
  await embed.context.close();

  const print = await openApp('?asof=2022-12-19');
  await print.page.emulateMedia({ media: 'print' });
  assert.match(await print.page.locator('#as-of-printed').innerText(), /Reports up to December 19, 2022/);
  assert.match(await print.page.locator('#after-link').innerText(), /asof=2022-12-19/);
  assert.equal(await print.page.locator('#as-of').isVisible(), false);
  await print.context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the section has no axe violations in the ${colorScheme} theme, at 375 and 1280 px`, async () => {
    for (const width of [375, 1280]) {
      const { page, context } = await openApp('', { width, colorScheme });
      await waitForChart(page, 'after-chart');
      await page.locator('#after').screenshot({ path: `/tmp/after-${colorScheme}-${width}.png` });
      assert.deepEqual(await axeViolations(page), [], `${width} px`);
      await context.close();
    }
  });
}

// Issue #21: off-screen, #after does not follow every slider step (it waits for the slider to
// settle), yet it always shows the current scenario once the reader reaches it: the same
// sentence and table as a page opened at that scenario.
test('off-screen, #after waits for the slider to settle, and matches the current pace when scrolled to (also straight after a keyboard step)', async () => {
  const { page: fresh, context: freshContext } = await openApp('?pace=3.7');
  const expected = {
    fate: await fresh.locator('#after-fate').innerText(),
    rows: await rowsOf(fresh),
  };
  await freshContext.close();
  assert.match(expected.fate, /^At 3\.7 points a month/);

  const { page, context, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  await page.locator('#after-table').waitFor({ state: 'attached', timeout: 20_000 });
  const before = await page.locator('#after-fate').innerText();
  // Steps one frame apart, with #after far below: nothing in it changes meanwhile.
  const mutations = await page.evaluate(async () => {
    let count = 0;
    // The print-only address (#after-link) follows the link, as the one under the chart does.
    const observer = new MutationObserver((records) => {
      count += records.filter((r) => !(r.target.parentElement ?? r.target).closest('.print-only')).length;
    });
    observer.observe(document.getElementById('after'), { subtree: true, childList: true, characterData: true, attributes: true });
    const input = document.getElementById('pace');
    for (const value of ['2.5', '2.9', '3.3', '3.7']) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    observer.disconnect();
    return count;
  });
  assert.equal(mutations, 0, '#after left alone while the slider moves with it off-screen');
  assert.equal(await page.locator('#after-fate').innerText(), before);
  // Reached at once, before the slider has settled: the current pace.
  await scrollTo(page.locator('#after'));
  await page.waitForFunction((fate) => document.getElementById('after-fate').innerText === fate, expected.fate, { timeout: 5_000 });
  assert.deepEqual(await rowsOf(page), expected.rows);

  // Back up, one keyboard step (3.7 → 3.8), and straight down again.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('#pace').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('#pace').inputValue(), '3.8');
  await scrollTo(page.locator('#after'));
  await page.waitForFunction(() => document.getElementById('after-fate').innerText.startsWith('At 3.8 points a month'), null, { timeout: 5_000 });
  const { page: fresh38, context: c38 } = await openApp('?pace=3.8');
  assert.deepEqual(await rowsOf(page), await rowsOf(fresh38));
  assert.equal(await page.locator('#after-fate').innerText(), await fresh38.locator('#after-fate').innerText());
  await c38.close();
  // Off-screen, it catches up once the slider settles.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);
  await page.locator('#pace').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.getElementById('after-fate').innerText.startsWith('At 3.7 points a month'), null, { timeout: 5_000 });
  assert.deepEqual(errors, []);
  await context.close();
});
