// Every label follows the dataset in view (issue #19, point 5): a reader's file with other
// paces, dates, counts, trade values and later reports changes every text the page derives from
// data — the default-pace choices, sentences, key figures, chart descriptions and axes, every
// table, "What happened next", the downloads and the share link — to what an independent oracle
// (e2e/oracle.mjs) computes from the file, never what the built-in data gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  shareServerAndBrowser, openPage, waitForChart, chartOption, readDataset, scrollTo,
} from './harness.mjs';
import {
  allReported, asOfChoices, backtest, completion, defaultPace, fate, firstToLastPace, fmt, longDate,
  monthYear, programTick, reportWhen,
} from './oracle.mjs';

const builtin = readDataset();

/** Every string of `value` with "28" (the built-in count of programs) as "30". */
const recount = (value) => {
  if (typeof value === 'string') return value.replace(/\b28\b/g, '30');
  if (Array.isArray(value)) return value.map(recount);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, recount(v)]));
  return value;
};
const classSource = (iso) => ({ outlet: 'Class research', date: iso, cited_as: `Class research, ${longDate(iso)}` });

/**
 * A teacher's file built from the built-in data with every derived number changed: 30 programs,
 * later reports at 55 and 63.4 percent (1.4 points a month, 3 from first to last), another
 * article date, trade and balance values, every later figure and count, two more later reports,
 * a milestone and a treaty item.
 */
function teacherFile() {
  const data = recount(structuredClone(builtin));
  data.programs.count = 30;
  data.article.date = '2023-10-02';
  const [decree, first, second] = data.progress;
  data.progress = [
    { ...decree, date: '2021-12-01' },
    { ...first, id: 'report-2023-03', date: '2023-03-20', percent: 55, wording: 'about 55 percent of the measures done', source: classSource('2023-03-20') },
    { ...second, id: 'report-2023-09', date: '2023-09-14', percent: 63.4, wording: 'some 63.4 percent of the measures done', source: classSource('2023-09-14') },
  ];
  const [growth2021, growth2022] = data.trade.growth;
  growth2021.percent = 20;
  growth2022.percent = 15;
  const values = Object.fromEntries(data.trade.values.map((v) => [v.id, v]));
  values['goods-2022'].value = 52;
  values['services-2022'].value = 6;
  values['goods-2021'].value = Math.round((52 / 1.15) * 100) / 100;
  values['goods-2021'].formula = '2022 goods trade ÷ 1.15 (trade up 15 percent in 2022)';
  values['goods-2020'].value = Math.round((values['goods-2021'].value / 1.2) * 100) / 100;
  values['goods-2020'].formula = '2021 goods trade ÷ 1.2 (trade up 20 percent in 2021)';
  data.balance[0].value = -7.3;
  data.balance[1].value = -6.1;
  data.balance[2].value = 1.2;
  for (const report of data.later.reports) {
    if (report.counts === 'programs') report.value += 2;
    else if (report.value !== undefined) report.value = Math.round((report.value - 8) * 10) / 10;
    else if (report.min !== undefined) { report.min -= 8; report.max -= 8; }
    if (report.value !== undefined || report.min !== undefined) {
      report.wording = report.counts === 'programs' ? `${report.value} programs fully implemented`
        : report.min !== undefined ? `${report.min}–${report.max} percent` : `about ${report.value} percent`;
    }
  }
  data.later.reports.push(
    { id: 'class-2024-06', date: '2024-06-14', counts: 'measures', value: 93, who: 'A class project', wording: 'about 93 percent', source: classSource('2024-06-14'), after_article: true },
    { id: 'class-2024-06-programs', date: '2024-06-14', counts: 'programs', value: 21, who: 'A class project', wording: '21 programs fully implemented', source: classSource('2024-06-14'), after_article: true },
  );
  Object.assign(data.milestones[0], { date: '1994-07-01', when: 'mid-1990s' });
  Object.assign(data.treaty_items.find((t) => t.id === 'parliament'), { status: 'agreed', since: 'in 2024' });
  return data;
}

const file = teacherFile();
const pace = defaultPace(file);
const projected = completion(file, pace);

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; }, {
  pages: { '/datasets/class.json': { body: JSON.stringify(file), type: 'application/json' } },
});

const text = (page, selector) => page.locator(selector).innerText();
const texts = (page, selector) => page.locator(selector).allInnerTexts();
const rowsOf = (page, id) => page.locator(`#${id} tbody tr`).evaluateAll((trs) => trs.map((tr) => ({
  id: tr.dataset.id ?? null,
  date: tr.querySelector('[data-date]')?.dataset.date ?? tr.dataset.date ?? null,
  cells: [...tr.querySelectorAll('td')].map((td) => td.innerText.trim()),
})));
const signed = (v) => `${v < 0 ? '−' : '+'}${fmt(Math.abs(v), 1)}`;

async function openApp(query = '') {
  const session = await openPage(browser, { acceptDownloads: true });
  await session.page.goto(server.url + query);
  await waitForChart(session.page, 'completion-chart');
  return session;
}

async function loadFile(page) {
  await page.locator('#load-data').setInputFiles({ name: 'class.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.waitForFunction(() => document.querySelector('.data-bar__loaded')?.innerText === 'Showing your data from “class.json”, in this view only.');
  await page.waitForFunction((s) => document.getElementById('scenario-sentence').innerText.startsWith(s), projected.sentence);
}

/** The share dialog's link, embed snippet and note (empty when none), closed again after. */
async function shareDialog(page) {
  await page.locator('#share-open').click();
  const shared = {
    link: await page.locator('#share-link').inputValue(),
    snippet: await page.locator('#share-snippet').inputValue(),
    note: (await page.locator('#share-file-note').count()) ? await text(page, '#share-file-note') : '',
  };
  await page.locator('#share-close').click();
  return shared;
}

/** The progress section, the scenario panel and the key figures, as the oracle computes them. */
async function checkProgress(page) {
  const count = file.programs.count;
  const latest = file.progress.at(-1);
  assert.notEqual(pace, defaultPace(builtin));
  assert.equal(pace, 1.4, 'the issue\'s case: the file\'s pace is 1.4 points a month');
  assert.deepEqual(await texts(page, '#basis option'), [
    `The two latest reports (${fmt(pace, 1)} a month)`,
    `First to last observation (${fmt(firstToLastPace(file), 1)} a month)`,
  ]);
  assert.ok((await text(page, '#scenario-sentence')).startsWith(projected.sentence));
  assert.equal(await text(page, '#pace-value'), `${fmt(pace, 1)} points a month`);
  assert.equal(await text(page, 'h1'), `When will Belarus and Russia finish their ${count} integration programs?`);
  const lede = await text(page, '.masthead__lede');
  assert.ok(lede.includes(`agreed ${count} sectoral programs`) && lede.includes(`By ${monthYear(latest.date)} ${fmt(latest.percent, 1)} percent`), lede);

  const goods = file.trade.values.find((x) => x.id === 'goods-2022').value;
  const services = file.trade.values.find((x) => x.id === 'services-2022').value;
  assert.deepEqual(await texts(page, '.key-figure__value'), [String(count), `${fmt(latest.percent, 1)}%`, `$${fmt(goods, 1)}bn`, '1st']);
  const figures = (await texts(page, '.key-figure')).join('\n');
  for (const wanted of [`implemented by ${monthYear(latest.date)}`, latest.source.cited_as,
    `about $${fmt(services, 1)}bn in services`, `in 2022 ($${fmt(file.balance[2].value, 1)} billion)`]) {
    assert.ok(figures.includes(wanted), `key figures: "${wanted}" in\n${figures}`);
  }

  const reported = file.progress.filter((o) => o.kind === 'reported');
  assert.equal(await page.locator('#completion-chart').getAttribute('aria-label'), await text(page, '#completion-summary'));
  assert.equal(await text(page, '#completion-summary'),
    `Chart of the share of the ${count} programs implemented. Reported: ${reported.map((o) => `${fmt(o.percent, 1)} percent on ${longDate(o.date)}`).join(' and ')}. `
    + `The projected line, at ${fmt(pace, 1)} points a month within a band of ±25 percent of that pace, reaches 100 percent around ${projected.when}.`);
  const option = await chartOption(page, 'completion-chart');
  const series = (id) => option.series.find((s) => s.id === id);
  assert.deepEqual([option.yAxis[0].min, option.yAxis[0].max], [0, 100]);
  assert.equal(option.yAxis[0].name, `Share of the ${count} programs implemented`);
  const points = (id) => series(id).data.map((d) => d.value ?? d);
  assert.deepEqual(points('reported'), reported.map((o) => [o.date, o.percent]));
  assert.deepEqual(points('guide-completion').map((p) => p[0]), [projected.iso, projected.iso], 'the completion line at the projected date');
  assert.equal(points('guide-100')[0][0], file.progress[0].date, 'the 100 percent line starts at the first observation');

  assert.equal(await text(page, '#completion-table-caption'), `Implementation of the ${count} programs: reported, derived and projected values`);
  assert.ok((await texts(page, '#completion-table th')).includes(`Percent × ${count} (derived)`));
  const rows = await rowsOf(page, 'completion-table');
  for (const o of file.progress) {
    const row = rows.find((r) => r.date === o.date);
    assert.ok(row, `a row for ${o.date}`);
    assert.deepEqual(row.cells.slice(0, 3), [longDate(o.date), `${fmt(o.percent, 1)}%`, fmt((o.percent / 100) * count, 1)], o.id);
  }
  assert.equal(rows.at(-1).date, projected.iso, 'the table ends at the projected completion');
  assert.equal(rows.at(-1).cells[2], String(count));
  assert.ok((await text(page, '#derived-programs-note')).includes(`÷ 100 × ${count}`));
}

/** Trade, balance, timeline and treaty: descriptions, chart data and tables. */
async function checkStory(page) {
  await scrollTo(page.locator('#trade'));
  await waitForChart(page, 'trade-chart');
  const v = Object.fromEntries(file.trade.values.map((x) => [x.id, x.value]));
  const [g21, g22] = file.trade.growth.map((g) => g.percent);
  assert.equal(await text(page, '#trade-chart-summary'),
    `Bar chart of Belarus–Russia trade: $${fmt(v['goods-2022'], 1)} billion in goods and about $${fmt(v['services-2022'], 1)} billion in services in 2022 (reported); `
    + `goods trade of $${fmt(v['goods-2020'], 1)} billion in 2020 and $${fmt(v['goods-2021'], 1)} billion in 2021 is derived from the reported growth rates of ${g21} percent in 2021 and ${g22} percent in 2022.`);
  const trade = await chartOption(page, 'trade-chart');
  assert.deepEqual(trade.series.find((s) => s.id === 'goods-derived').data.map((d) => d?.value ?? d), [v['goods-2020'], v['goods-2021'], null]);
  const tradeRows = (await rowsOf(page, 'trade-table')).map((r) => r.cells.slice(0, 3).join(' | '));
  for (const x of file.trade.values) assert.ok(tradeRows.includes(`${x.year} | ${x.category === 'goods' ? 'Goods' : 'Services'} | $${fmt(x.value, 2)} billion`), `${x.id} in ${tradeRows}`);
  for (const g of file.trade.growth) assert.ok(tradeRows.includes(`${g.year} | Growth of total trade | +${g.percent}%`), g.id);

  await scrollTo(page.locator('#balance'));
  await waitForChart(page, 'balance-chart');
  const [b18, b19, b22] = file.balance.map((b) => b.value);
  assert.equal(await text(page, '#balance-chart-summary'),
    `Bar chart of Belarus's trade balance with Russia: deficits of $${fmt(-b18, 1)} billion in 2018 and $${fmt(-b19, 1)} billion in 2019; a surplus of $${fmt(b22, 1)} billion in 2022.`);
  const balanceRows = (await rowsOf(page, 'balance-table')).map((r) => r.cells.slice(0, 2).join(' | '));
  assert.deepEqual(balanceRows, [`2018 | −$${fmt(-b18, 1)} billion (deficit)`, `2019 | −$${fmt(-b19, 1)} billion (deficit)`, `2022 | $${fmt(b22, 1)} billion (surplus)`]);

  await scrollTo(page.locator('#timeline'));
  await waitForChart(page, 'timeline-chart');
  const timelineRows = await rowsOf(page, 'timeline-table');
  assert.equal(timelineRows.length, file.milestones.length);
  assert.equal(timelineRows[0].cells[1], 'mid-1990s');
  const timeline = await chartOption(page, 'timeline-chart');
  assert.equal(timeline.yAxis[0].data[0], 'mid-1990s');
  assert.ok(timeline.yAxis[0].data.includes('(5 years)'), `the gap from 1994 to 1999: ${timeline.yAxis[0].data}`);

  await scrollTo(page.locator('#treaty'));
  assert.ok((await text(page, '#treaty')).includes('Agreed in 2024'), 'the treaty item the file agrees');
}

/** "What happened next": as-of choices, fate, descriptions, axes, honesty notes, forecasts, table. */
async function checkAfter(page, asOf = null) {
  await scrollTo(page.locator('#after'));
  await page.locator('#after-table').waitFor({ state: 'attached', timeout: 20_000 });
  const choices = asOfChoices(file);
  assert.deepEqual(await texts(page, '#as-of option'),
    [`The article (${monthYear(file.article.date)}): its figures only`, ...choices.map((d) => `Reports up to ${longDate(d)}`)]);
  const expected = backtest(file, asOf ?? file.progress.at(-1).date, { articleOnly: asOf === null });
  await waitForChart(page, 'after-chart');
  await page.waitForFunction((start) => {
    const opt = globalThis.echarts.getInstanceByDom(document.getElementById('after-chart'))?.getOption();
    return opt?.series.find((s) => s.id === 'after-projection').data[0].value[0] === start;
  }, expected.start.date, { timeout: 10_000 });
  assert.equal(await text(page, '#after-fate'), fate(file, expected.start.date, expected.start.percent, expected.pace));

  const description = await text(page, '#after-chart-summary');
  assert.ok(description.startsWith(`Chart of the projection made from the figures reported up to ${longDate(expected.start.date)}, at ${fmt(expected.pace, 1)} points a month, `
    + `against the ${expected.checks.length} percentages reported later.`), description);
  for (const c of expected.checks) assert.ok(description.includes(`projected ${fmt(c.projected, 1)} percent (${signed(c.error)} points)`), `${c.id}: ${description}`);

  const option = await chartOption(page, 'after-chart');
  assert.deepEqual([option.yAxis[0].min, option.yAxis[0].max], [0, 100]);
  const later = file.later.reports.filter((r) => r.counts === 'measures' && (r.value ?? r.min) !== undefined);
  assert.deepEqual(option.series.find((s) => s.id === 'after-later').data.map((d) => d.value ?? d),
    later.map((r) => [r.date, r.value ?? (r.min + r.max) / 2]));

  const counts = file.later.reports.filter((r) => r.counts === 'programs');
  const count = file.programs.count;
  const countsText = counts.map((r) => `${r.value} of ${count} (${reportWhen(r)})`).join(', ');
  assert.equal(await text(page, '#programs-chart-summary'), `Chart of the programs reported fully implemented, of ${count}: ${countsText}.`);
  await waitForChart(page, 'programs-chart');
  const programs = await chartOption(page, 'programs-chart');
  const axis = programs.yAxis[0];
  assert.deepEqual([axis.min, axis.max, axis.interval, axis.name], [0, count, programTick(count), `Programs fully implemented, of ${count}`]);
  assert.ok(Number.isInteger(axis.interval) && count % axis.interval === 0, `ticks of whole programs ending on ${count}: ${axis.interval}`);
  assert.deepEqual(programs.series.find((s) => s.id === 'after-programs').data.map((d) => d.value ?? d), counts.map((r) => [r.date, r.value]));

  const honesty = await texts(page, '#after-honesty li');
  assert.ok(honesty[0].includes(`inside the ${count} programs`) && honesty[0].endsWith(`Programs fully implemented, as reported: ${countsText}.`), honesty[0]);
  const highest = Math.max(...allReported(file).map((r) => r.high));
  assert.equal(honesty.at(-1), `No report in this dataset ever said 100 percent; the highest figure was ${fmt(highest, 1)} percent.`);
  const latest = allReported(file).at(-1);
  for (const forecast of await texts(page, '#after-forecasts li')) {
    assert.ok(forecast.endsWith(`(${latest.when}: “${latest.wording}”).`), forecast);
  }

  const rows = await rowsOf(page, 'after-table');
  assert.equal(rows.length, file.progress.filter((o) => o.kind === 'reported').length + file.later.reports.length);
  for (const r of file.later.reports) {
    const row = rows.find((x) => x.id === r.id);
    const figure = r.counts === 'programs' ? `${r.value} of ${count}` : r.min !== undefined ? `${r.min}–${r.max}%` : r.value !== undefined ? `${fmt(r.value, 1)}%` : 'no figure';
    assert.deepEqual([row.cells[0], row.cells[2], row.cells[4]], [reportWhen(r), figure, r.source.cited_as], r.id);
  }
  for (const c of expected.checks) {
    const row = rows.find((x) => x.id === c.id);
    assert.deepEqual(row.cells.slice(6), [`${fmt(c.projected, 1)}%`, signed(c.error)], c.id);
  }
  assert.equal(rows.filter((r) => r.cells[7] !== '—').length, expected.checks.length);
}

/** The JSON and CSV downloads hold the file's values, not the built-in ones. */
async function checkDownloads(page) {
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#download-data').click()]);
  assert.deepEqual(JSON.parse(fs.readFileSync(await json.path(), 'utf8')), file);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
  const lines = fs.readFileSync(await csv.path(), 'utf8').split(/\r?\n/);
  const row = (id) => lines.find((l) => l.split(',')[1] === id)?.split(',');
  assert.deepEqual(row('programs').slice(2, 5), [file.programs.date, 'sectoral programs agreed', String(file.programs.count)]);
  for (const o of file.progress) assert.deepEqual([row(o.id)[2], Number(row(o.id)[4])], [o.date, o.percent], o.id);
  for (const x of file.trade.values) assert.equal(Number(row(x.id)[4]), x.value, x.id);
  for (const r of file.later.reports.filter((x) => x.value !== undefined)) assert.equal(Number(row(r.id)[4]), r.value, r.id);
  assert.ok(row('class-2024-06'), 'the file\'s added later report');
}

test('a loaded file changes every data-derived text to what the oracle computes from it', async () => {
  const { page, context, errors } = await openApp();
  await loadFile(page);
  await checkProgress(page);
  await checkStory(page);
  await checkAfter(page);
  // As of a date whose projection a later report overtakes, then one only the file has.
  for (const asOf of ['2023-01-19', '2023-09-14']) {
    await page.locator('#as-of').selectOption(asOf);
    await checkAfter(page, asOf);
  }
  await page.locator('#as-of').selectOption('');
  await checkDownloads(page);
  // A file cannot travel in a link: the dialog and the printed handout say the link opens the built-in data.
  const shared = await shareDialog(page);
  assert.doesNotMatch(shared.link, /data=/);
  assert.equal(shared.note, 'This link opens the built-in data, not your file “class.json”: a file from your computer does not travel in a link.');
  assert.equal(await page.locator('#scenario-link-file-note').textContent(), shared.note);
  assert.deepEqual(errors, []);

  // Back to the built-in data, every label is the built-in one again, and the notes go.
  await page.locator('#back-to-builtin').click();
  await page.waitForFunction((s) => document.getElementById('scenario-sentence').innerText.startsWith(s), completion(builtin, defaultPace(builtin)).sentence);
  assert.deepEqual(await texts(page, '#basis option'), [
    `The two latest reports (${fmt(defaultPace(builtin), 1)} a month)`,
    `First to last observation (${fmt(firstToLastPace(builtin), 1)} a month)`,
  ]);
  assert.equal((await texts(page, '#as-of option'))[0], `The article (${monthYear(builtin.article.date)}): its figures only`);
  assert.equal((await shareDialog(page)).note, '');
  assert.equal(await page.locator('#scenario-link-file-note').count(), 0);
  await context.close();
});

test('a ?data= link shows the same labels, and its share link and embed snippet keep the link', async () => {
  const { page, context, errors } = await openApp('?data=datasets/class.json&asof=2023-09-14');
  await page.locator('.data-bar__loaded').waitFor();
  await page.waitForFunction((s) => document.getElementById('scenario-sentence').innerText.startsWith(s), projected.sentence);
  await checkProgress(page);
  // The link's as-of date is a report date of the file only: it holds once the file is in.
  await checkAfter(page, '2023-09-14');
  const shared = await shareDialog(page);
  assert.equal(new URL(shared.link).searchParams.get('data'), 'datasets/class.json');
  assert.equal(new URL(shared.link).searchParams.get('asof'), '2023-09-14');
  assert.equal(new URL(shared.link).searchParams.get('pace'), null, 'the file\'s own default pace is not written out');
  assert.match(shared.snippet, /data=datasets%2Fclass\.json/);
  assert.equal(shared.note, '');

  // A file loaded over the link replaces it: the link no longer names the linked data.
  await loadFile(page);
  const after = await shareDialog(page);
  assert.doesNotMatch(after.link, /data=/);
  assert.doesNotMatch(page.url(), /data=/, 'a reload would not bring the linked data back over the file');
  assert.match(after.note, /class\.json/);
  assert.deepEqual(errors, []);
  await context.close();
});
