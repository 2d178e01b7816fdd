// Bring your own data: the schema, loading a file, 25+ refused files, and ?data= links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  shareServerAndBrowser,
  openPage,
  waitForChart,
  chartOption,
  readDataset,
  datasetPath,
  cspViolations,
  scrollTo,
} from './harness.mjs';
import { completion, defaultPace, firstToLastPace, fmt } from './oracle.mjs';

const builtin = readDataset();
const schema = JSON.parse(fs.readFileSync(path.join(path.dirname(datasetPath), 'dataset.schema.json'), 'utf8'));
const clone = () => structuredClone(builtin);

/** A teacher's file: the built-in data plus a later progress report. */
function withLaterReport() {
  const data = clone();
  data.progress.push({
    id: 'report-2023-10', date: '2023-10-02', percent: 90, kind: 'reported',
    wording: 'about 90 percent of the programs', source: { outlet: 'Class research', date: '2023-10-02', cited_as: 'Class research, October 2, 2023' },
  });
  return data;
}

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; }, {
  pages: {
    '/datasets/later.json': { body: JSON.stringify(withLaterReport()), type: 'application/json' },
    '/datasets/missing.json': { body: 'not found', type: 'text/plain', status: 404 },
    '/datasets/broken.json': { destroy: true },
    '/datasets/slow.json': { body: JSON.stringify(withLaterReport()), type: 'application/json', delayMs: 12_000 },
  },
});

async function openApp(query = '') {
  const session = await openPage(browser);
  await session.page.goto(server.url + query);
  await waitForChart(session.page, 'completion-chart');
  return session;
}

const sentence = (page) => page.locator('#scenario-sentence').innerText();
const loadFile = (page, name, content) => page.locator('#load-data').setInputFiles({
  name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
});

test('the JSON Schema accepts the built-in dataset and a file with later reports, and refuses a broken one', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(schema);
  assert.ok(validate(builtin), JSON.stringify(validate.errors));
  assert.ok(validate(withLaterReport()), JSON.stringify(validate.errors));
  const broken = clone();
  broken.progress[1].percent = 'seventy';
  assert.equal(validate(broken), false);
});

test('a file with a later report moves the chart, the table and the projected date as the model predicts', async () => {
  const { page, context, errors } = await openApp();
  const data = withLaterReport();
  await loadFile(page, 'class-research.json', JSON.stringify(data));
  await page.locator('.data-bar__loaded').waitFor();
  assert.match(await page.locator('.data-bar__loaded').innerText(), /class-research\.json/);

  const expected = completion(data, defaultPace(data));
  await page.waitForFunction((text) => document.getElementById('scenario-sentence').innerText.startsWith(text), expected.sentence);
  const reported = (await chartOption(page, 'completion-chart')).series.find((s) => s.id === 'reported').data;
  assert.deepEqual(reported.map((d) => d.value), data.progress.filter((o) => o.kind === 'reported').map((o) => [o.date, o.percent]));
  const newRow = page.locator('#completion-table tbody tr').filter({ has: page.locator('td[data-date="2023-10-02"]') });
  assert.equal(await newRow.count(), 1);
  assert.match(await newRow.innerText(), /Class research, October 2, 2023/);
  const lastRow = page.locator('#completion-table tbody tr').last();
  assert.equal(await lastRow.locator('td').first().getAttribute('data-date'), expected.iso);
  await scrollTo(page.locator('#sources-list')); // rendered only near the viewport
  assert.ok((await page.locator('#sources-list').innerText()).includes('Class research, October 2, 2023'));
  // The default-pace choices name the loaded file's paces, not the built-in data's.
  const basisChoices = () => page.locator('#basis option').allInnerTexts();
  const choicesFor = (dataset) => [
    `The two latest reports (${fmt(defaultPace(dataset), 1)} a month)`,
    `First to last observation (${fmt(firstToLastPace(dataset), 1)} a month)`,
  ];
  assert.notDeepEqual(choicesFor(data), choicesFor(builtin), 'the file changes both paces');
  assert.deepEqual(await basisChoices(), choicesFor(data));

  await page.locator('#back-to-builtin').click();
  await page.waitForFunction((text) => document.getElementById('scenario-sentence').innerText.startsWith(text),
    completion(builtin, defaultPace(builtin)).sentence);
  assert.deepEqual(await basisChoices(), choicesFor(builtin));
  assert.deepEqual(errors, []);
  await context.close();
});

/** Malformed datasets, each with the words its refusal must contain. */
function malformed() {
  const cases = [];
  const edit = (name, reason, change) => { const data = clone(); change(data); cases.push({ name, reason, content: JSON.stringify(data) }); };
  cases.push({ name: 'not JSON at all', reason: 'dataset: not valid JSON: expected ident (line 1, column 2)', content: 'this is not json' });
  cases.push({ name: 'empty file', reason: 'the text is empty or not JSON', content: '' });
  cases.push({ name: 'a JSON array', reason: 'dataset: must be a JSON object ({ … }), not an array', content: '[1, 2, 3]' });
  cases.push({ name: 'truncated', reason: 'the text ends before the dataset is complete', content: JSON.stringify(builtin).slice(0, 400) });
  cases.push({ name: 'trailing text', reason: 'dataset: unexpected text after the dataset', content: `${JSON.stringify(builtin)} and more` });
  cases.push({ name: 'a 5 MB file', reason: 'at most 1000000 bytes are accepted', content: Buffer.alloc(5 * 1024 * 1024, 32) });
  cases.push({ name: 'NaN', reason: 'progress[1].percent: not valid JSON: expected value', content: JSON.stringify(builtin).replace('"percent":70', '"percent":NaN') });
  cases.push({ name: 'huge number', reason: 'progress[1].percent: not valid JSON: number out of range', content: JSON.stringify(builtin).replace('"percent":70', '"percent":1e999') });
  edit('missing programs', 'dataset: missing field `programs`', (d) => { delete d.programs; });
  edit('missing percent', 'progress[2]: missing field `percent`', (d) => { delete d.progress[2].percent; });
  edit('percent as text', 'progress[1].percent: invalid type: string', (d) => { d.progress[1].percent = '70'; });
  edit('month 13', 'progress[1].date: "2023-13-01" is not a date', (d) => { d.progress[1].date = '2023-13-01'; });
  edit('30 February', 'progress[1].date: "2023-02-30" is not a date', (d) => { d.progress[1].date = '2023-02-30'; });
  edit('date as number', 'progress[1].date: invalid type: integer', (d) => { d.progress[1].date = 20230112; });
  edit('dates out of order', 'progress[2].date: 2022-01-01 is not later than', (d) => { d.progress[2].date = '2022-01-01'; });
  edit('duplicated entry', 'progress[3].date: 2023-04-05 is not later than', (d) => { d.progress.push(structuredClone(d.progress[2])); });
  edit('duplicated id', 'progress[2].id: the id "report-2023-01" is used twice', (d) => { d.progress[2].id = 'report-2023-01'; });
  edit('percent above 100', 'progress[2].percent: must be a number from 0 to 100, found 120', (d) => { d.progress[2].percent = 120; });
  edit('negative percent', 'progress[1].percent: must be a number from 0 to 100, found -5', (d) => { d.progress[1].percent = -5; });
  edit('zero programs', 'programs.count: must be positive, found 0', (d) => { d.programs.count = 0; });
  edit('negative programs', 'programs.count: invalid value: integer `-3`', (d) => { d.programs.count = -3; });
  edit('one observation', 'progress: at least two observations are needed', (d) => { d.progress = d.progress.slice(0, 1); });
  edit('unsourced', 'progress[1].source.outlet: must not be empty', (d) => { d.progress[1].source.outlet = ''; });
  edit('no source at all', 'progress[1]: missing field `source`', (d) => { delete d.progress[1].source; });
  edit('derived without formula', 'progress[0].formula: a derived value must say how it was derived', (d) => { delete d.progress[0].formula; });
  edit('projected stored as data', 'progress[2].kind: projected values are computed by the app', (d) => { d.progress[2].kind = 'projected'; });
  edit('unknown kind', 'progress[2].kind: unknown variant `guessed`', (d) => { d.progress[2].kind = 'guessed'; });
  edit('HTML in strings', 'progress[2].wording: contains HTML markup; plain text only', (d) => { d.progress[2].wording = '<img src=x onerror="document.title=\'pwned\'">'; });
  edit('HTML in a source', 'milestones[0].source.cited_as: contains HTML markup', (d) => { d.milestones[0].source.cited_as = '<script>alert(1)</script>'; });
  edit('derived trade that does not follow', 'trade.values[1].value: the formula gives 40.18, but the value is 50', (d) => { d.trade.values[1].value = 50; });
  edit('negative trade', 'trade.values[2].value: must be a finite number from 0 to 100000', (d) => { d.trade.values[2].value = -45; });
  edit('surplus with a negative value', 'balance[2].value: a deficit must be negative and a surplus positive', (d) => { d.balance[2].value = -1; });
  edit('misspelt field', 'progress[1].percnt: unknown field `percnt`', (d) => { d.progress[1].percnt = 70; });
  edit('wrong version', 'schema_version: this app reads version 1, found 2', (d) => { d.schema_version = 2; });
  edit('too many observations', 'progress: at most 500 observations are accepted, found 501', (d) => {
    d.progress = Array.from({ length: 501 }, (_, i) => ({ ...structuredClone(builtin.progress[1]), id: `o${i}`, date: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01` }));
  });
  edit('very long text', 'milestones[1].detail: text longer than 2000 characters', (d) => { d.milestones[1].detail = 'x'.repeat(2001); });
  return cases;
}

test('at least 25 malformed datasets are each refused with their reason, and the built-in data stays', async () => {
  const cases = malformed();
  assert.ok(cases.length >= 25, `${cases.length} cases`);
  const { page, context, errors } = await openApp();
  const original = await sentence(page);
  const originalOption = JSON.stringify(await chartOption(page, 'completion-chart'));
  for (const { name, reason, content } of cases) {
    await loadFile(page, `${name}.json`, content);
    const alert = page.locator('#load-errors');
    await page.waitForFunction((file) => document.getElementById('load-errors')?.innerText.includes(file), `${name}.json`);
    const text = await alert.innerText();
    assert.ok(text.includes(reason), `${name}: expected "${reason}" in:\n${text}`);
    assert.ok(text.includes('the data on screen is unchanged'), name);
    assert.equal(await sentence(page), original, `${name}: the projection is unchanged`);
    assert.equal(await page.locator('.data-bar__loaded').count(), 0, `${name}: still the built-in data`);
  }
  assert.equal(JSON.stringify(await chartOption(page, 'completion-chart')), originalOption, 'the chart is unchanged');
  assert.notEqual(await page.title(), 'pwned', 'markup in a file never runs');
  assert.equal(await page.locator('#load-errors img, #load-errors script').count(), 0, 'markup is shown as text');
  assert.deepEqual(errors, []);
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

test('a ?data= link loads that dataset; a 404, a network error and a slow server each get a message', async () => {
  const later = withLaterReport();
  {
    const { page, context, errors } = await openApp('?data=datasets/later.json');
    await page.locator('.data-bar__loaded').waitFor();
    assert.match(await page.locator('.data-bar__loaded').innerText(), /datasets\/later\.json/);
    await page.waitForFunction((text) => document.getElementById('scenario-sentence').innerText.startsWith(text),
      completion(later, defaultPace(later)).sentence);
    await page.locator('#back-to-builtin').click();
    assert.doesNotMatch(page.url(), /data=/, 'going back also drops the link from the address');
    assert.deepEqual(errors, []);
    await context.close();
  }
  const failures = [
    ['datasets/missing.json', 'the server answered 404'],
    ['datasets/broken.json', 'could not be reached'],
    ['datasets/slow.json', 'no answer within 8 seconds'],
  ];
  for (const [link, reason] of failures) {
    const { page, context } = await openApp(`?data=${link}`);
    const original = completion(builtin, defaultPace(builtin)).sentence;
    await page.locator('#load-errors').waitFor({ timeout: 15_000 });
    const text = await page.locator('#load-errors').innerText();
    assert.ok(text.includes(link) && text.includes(reason), `${link}: ${text}`);
    assert.ok((await sentence(page)).startsWith(original), `${link}: the built-in data stays`);
    await context.close();
  }
});

test('"Download this dataset" gives a file that the schema accepts and that loads back unchanged', async () => {
  const { page, context } = await openApp();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-data').click()]);
  assert.equal(download.suggestedFilename(), 'union-state-dataset.json');
  const text = fs.readFileSync(await download.path(), 'utf8');
  const downloaded = JSON.parse(text);
  assert.deepEqual(downloaded, builtin, 'the download is the dataset in use');
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  assert.ok(validate(downloaded), JSON.stringify(validate.errors));
  await loadFile(page, 'union-state-dataset.json', text);
  await page.locator('.data-bar__loaded').waitFor();
  assert.equal(await page.locator('#load-errors').count(), 0);
  await context.close();
});

/** A small RFC 4180 parser, enough for the app's CSV. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; } else cell += c;
  }
  return rows;
}

test('the CSV download holds one row per dataset entry, with its value, kind and source; charts download as PNG', async () => {
  const { page, context } = await openApp();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
  assert.equal(download.suggestedFilename(), 'union-state-dataset.csv');
  const [header, ...rows] = parseCsv(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(header.slice(0, 5), ['section', 'id', 'date_or_year', 'measure', 'value']);
  const byId = new Map(rows.map((r) => [r[1], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
  for (const o of builtin.progress) {
    const row = byId.get(o.id);
    assert.deepEqual([row.date_or_year, Number(row.value), row.kind, row.cited_as], [o.date, o.percent, o.kind, o.source.cited_as], o.id);
  }
  for (const v of builtin.trade.values) {
    const row = byId.get(v.id);
    assert.deepEqual([Number(row.date_or_year), Number(row.value), row.kind, row.formula, row.cited_as],
      [v.year, v.value, v.kind, v.formula ?? '', v.source.cited_as], v.id);
  }
  for (const b of builtin.balance) {
    const row = byId.get(b.id);
    assert.equal(row.value === '' ? null : Number(row.value), b.value, b.id);
    assert.equal(row.cited_as, b.source.cited_as);
  }
  for (const m of builtin.milestones) assert.equal(byId.get(m.id).cited_as, m.source.cited_as, m.id);
  for (const t of builtin.treaty_items) assert.equal(byId.get(t.id).value, t.status, t.id);

  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#completion-chart-png').click()]);
  assert.equal(png.suggestedFilename(), 'completion-chart.png');
  const bytes = fs.readFileSync(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), 'PNG');
  assert.ok(bytes.length > 10_000, `a real image (${bytes.length} bytes)`);
  await context.close();
});
