// The language walk's shared parts (issue #20), for e2e/language.test.mjs (the story, its
// dialogs, predict, as-of and print) and e2e/language-views.test.mjs (every embed, data errors,
// the fetching notice): two files, so each stays within the suite's per-file time limit.
// English is allowed only as the contract says: inside `[lang=en]`, inside <cite>, as a URL,
// and the few symbols of `LATIN_SYMBOLS` (e2e/harness.mjs). Chart texts cannot carry `lang`, so
// there a quotation from the dataset (its exact `wording`, in quotation marks) and a source's
// outlet name are allowed too. Each test prints everything it found before failing, so one run
// lists every leak.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  shareServerAndBrowser, openPage, waitForChart, readDataset, readerTexts, latinRuns, LATIN_SYMBOLS, scrollTo,
} from './harness.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dataset = readDataset();
const schema = JSON.parse(fs.readFileSync(path.join(root, 'data', 'dataset.schema.json'), 'utf8'));
const sectionsSource = fs.readFileSync(path.join(root, 'src', 'model', 'sections.rs'), 'utf8');
/** Every section id of src/model/sections.rs (so an added section is walked too). */
export const SECTION_IDS = [...sectionsSource.slice(sectionsSource.indexOf('pub const SECTIONS'))
  .matchAll(/Section \{\s*id: "([^"]+)"/g)].map(([, id]) => id);
export const CHARTS = ['completion-chart', 'trade-chart', 'balance-chart', 'timeline-chart', 'after-chart', 'programs-chart'];
export const LANGS = ['ru', 'be'];

/** Every value of `key` anywhere in `value`. */
function collect(value, key, out = []) {
  if (Array.isArray(value)) value.forEach((v) => collect(v, key, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === key && typeof v === 'string') out.push(v);
      else collect(v, key, out);
    }
  }
  return out;
}

/** Quotations as a chart may show them (it cannot mark them lang="en"), and outlet names (as
 * the file spells them and as its translations' `outlets` name them). */
export const CHART_ALLOWED = [
  ...collect(dataset, 'wording').flatMap((w) => [`«${w}»`, `“${w}”`, `„${w}“`]),
  ...new Set([
    ...collect(dataset, 'outlet'),
    ...Object.values(dataset.translations ?? {}).flatMap((table) => Object.values(table.outlets ?? {})),
  ]),
];

/**
 * The dataset file's field names: a refusal names the place in the file ("progress[2].date"),
 * which is not translated, so in the refusal text a JSON path made only of the schema's
 * property names is allowed, and so are the JSON literals and field names the refusals quote
 * as the file must spell them (true, min, max).
 */
export const FIELDS = collectFields(schema);
function collectFields(node, out = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => collectFields(n, out));
  else if (node && typeof node === 'object') {
    if (node.properties) Object.keys(node.properties).forEach((k) => out.add(k));
    Object.values(node).forEach((n) => collectFields(n, out));
  }
  return out;
}
export function withoutPaths(text) {
  return text.replace(/\b[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*/g, (pathText) => (
    pathText.split('.').every((part) => FIELDS.has(part.replace(/\[\d+\]$/, '')) || part === 'true') ? ' ' : pathText));
}

/** The leaks among `texts`: each "where: text → [runs]"; `refusal` allows the file's JSON paths in a refusal's text. */
export function leaks(texts, { refusal = false, names = [] } = {}) {
  const out = [];
  for (const { where, text, refusal: inRefusal } of texts) {
    // `names`: the reader's own file names, which a refusal quotes back as they are.
    const allowed = [...(where.startsWith('chart') ? [...LATIN_SYMBOLS, ...CHART_ALLOWED] : LATIN_SYMBOLS), ...names];
    const runs = latinRuns(refusal && inRefusal ? withoutPaths(text) : text, allowed);
    if (runs.length) out.push(`${where}: “${text.slice(0, 140)}” → ${JSON.stringify(runs)}`);
  }
  return [...new Set(out)];
}

let server;
let browser;
export const malformed = JSON.stringify({ ...dataset, progress: dataset.progress.map((o, i) => (i === 1 ? { ...o, percent: 120, date: '2023-02-30' } : o)) });
export const invalidJson = 'this is not json';
/** Registers the file's server (with the bad datasets a `?data=` link points at) and browser. */
export function setup() {
  shareServerAndBrowser((s, b) => { server = s; browser = b; }, {
  pages: {
    '/datasets/bad.json': { body: malformed, type: 'application/json' },
    '/datasets/not-json.json': { body: invalidJson, type: 'application/json' },
    '/datasets/slow.json': { body: JSON.stringify(dataset), type: 'application/json', delayMs: 4000 },
  },
  });
}

/** Opens `query` in `lang`, waiting for `chart` when given. */
export async function open(lang, query = '', { chart = 'completion-chart', ...options } = {}) {
  const session = await openPage(browser, options);
  await session.page.goto(`${server.url}?lang=${lang}${query}`);
  if (chart) await waitForChart(session.page, chart);
  return session;
}

/** Opens every closed <details> by clicking its summary, as a reader would. */
export async function openDisclosures(page) {
  const closed = page.locator('details:not([open]) > summary');
  for (let i = 0; i < 20 && await closed.count() > 0; i++) {
    await scrollTo(closed.first());
    await closed.first().click();
  }
  assert.equal(await closed.count(), 0, 'every disclosure opens');
}

/** Reads every text now on the page into `found` under `view`. */
export async function read(page, view, found, options) {
  for (const leak of leaks(await readerTexts(page), options)) found.push(`[${view}] ${leak}`);
}

/** Fails with every leak, printed in full first. */
export function report(lang, found) {
  if (found.length) console.log(`\n${lang}: ${found.length} text(s) with English:\n${found.join('\n')}\n`);
  assert.deepEqual(found, [], `${lang}: English left on the page (see the list above)`);
}

