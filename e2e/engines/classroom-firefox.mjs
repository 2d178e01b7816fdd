// The copy for the classroom in Firefox ESR (puppeteer-core over WebDriver BiDi, as drivers.mjs
// drives it): dist/union-state-explorer-offline.html opened from disk with no server running,
// the same checks as e2e/classroom.test.mjs makes in Chromium: every chart, the pace slider, the
// language switch, no error, and no http(s) request.
// Run: node --test --test-concurrency=1 --test-timeout=180000 e2e/engines/classroom-firefox.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { readDataset, headlines } from '../harness.mjs';
import { CHARTS, SECTIONS, copyAlone as copyFile, removeCopy } from '../classroom-copy.mjs';
import { defaultPace, completion } from '../oracle.mjs';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const dataset = readDataset();
const HEADLINE = headlines(dataset.programs.count);
let offlinePath;
let offlineUrl;
/** Copies the built file alone into a new folder: offlinePath, offlineUrl. */
function copyAlone() {
  ({ file: offlinePath, url: offlineUrl } = copyFile());
}
before(copyAlone);
after(() => { removeCopy(offlinePath); });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Firefox with a fresh profile whose browser languages are `languages`; it records every
 * request, console error, page error and CSP violation from the first script on.
 */
async function openFirefox(languages = 'en-US, en') {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: { 'intl.accept_languages': languages },
  });
  const page = (await browser.pages())[0] ?? await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  const requests = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { browser, page, errors, requests };
}

/** Polls `fn(arg)` in the page until it is truthy; returns that value. */
async function waitFor(page, what, fn, arg = null, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Scrolls to chart `id` until ECharts has drawn it (charts are created near the viewport). */
const waitForChart = (page, id) => waitFor(page, `chart ${id}`, (chartId) => {
  const el = document.getElementById(chartId);
  const chart = el && globalThis.echarts && globalThis.echarts.getInstanceByDom(el);
  const drawn = Boolean(chart && chart.getOption().series?.length && el.querySelector('canvas'));
  if (!drawn) el?.scrollIntoView({ block: 'center' });
  return drawn;
}, id);

const headline = (page, text) => waitFor(page, `the headline "${text}"`,
  (t) => document.querySelector('h1')?.innerText.trim() === t, text);

/** Every resource the page loaded but data: and blob: URLs, from its own resource timing. */
const loadedFiles = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((entry) => entry.name).filter((url) => !/^(data|blob):/.test(url)));

/** The requests that went to a network: any but file:, data: and blob: URLs. */
const networkRequests = (requests) => [...new Set(requests)].filter((url) => !/^(file|data|blob|about):/.test(url));

test('Firefox: the classroom copy works from file:// with no server: every chart, the pace slider, Russian by the switch', async () => {
  const { browser, page, errors, requests } = await openFirefox();
  try {
    console.log(`# Firefox: ${await browser.version()}`);
    await page.goto(offlineUrl, { waitUntil: 'load' });
    await headline(page, HEADLINE.en);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    for (const id of CHARTS) await waitForChart(page, id);
    for (const id of SECTIONS) {
      assert.equal(await page.evaluate((s) => document.querySelectorAll(`section#${s}`).length, id), 1, `#${id} is there`);
    }

    // The scenario slider: one step right moves the projection as the oracle says.
    const pace = defaultPace(dataset);
    const sentence = () => page.evaluate(() => document.getElementById('scenario-sentence').innerText);
    assert.ok((await sentence()).startsWith(completion(dataset, pace).sentence), await sentence());
    await page.evaluate(() => { const el = document.getElementById('pace'); el.scrollIntoView({ block: 'center' }); el.focus(); });
    await page.keyboard.press('ArrowRight');
    const moved = completion(dataset, Math.round((pace + 0.1) * 10) / 10).sentence;
    assert.notEqual(moved, completion(dataset, pace).sentence);
    await waitFor(page, 'the moved projection', (text) => document.getElementById('scenario-sentence').innerText.startsWith(text), moved);

    // The language switch: Russian, from the words in the wasm.
    await page.evaluate(() => document.getElementById('lang').scrollIntoView({ block: 'center' }));
    await page.select('#lang', 'ru');
    await waitFor(page, '<html lang="ru">', () => document.documentElement.lang === 'ru');
    await headline(page, HEADLINE.ru);
    await waitForChart(page, 'completion-chart');
    const russian = await sentence();
    assert.match(russian, /[а-яё]{4,}/i, `the projection in Russian: ${russian}`);
    assert.doesNotMatch(russian, /\b(the|will|programs)\b/i);
    assert.equal(await page.evaluate(() => document.getElementById('pace').value), String(Math.round((pace + 0.1) * 10) / 10), 'the scenario is kept');

    await sleep(500);
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(networkRequests(requests), [], 'no http(s) request');
    // BiDi reports no file: request; the page's own resource timing lists every file it loaded.
    assert.deepEqual(await loadedFiles(page), [], 'no other file loaded');
  } finally {
    await browser.close();
  }
});

test('Firefox: the classroom copy opens in the language of ?lang=be and of the browser', async () => {
  for (const [query, languages, lang] of [['?lang=be', 'en-US, en', 'be'], ['', 'ru-RU, ru', 'ru']]) {
    const { browser, page, errors, requests } = await openFirefox(languages);
    try {
      await page.goto(offlineUrl + query, { waitUntil: 'load' });
      await headline(page, HEADLINE[lang]);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, query || languages);
      await waitForChart(page, 'completion-chart');
      assert.deepEqual(errors, []);
      assert.deepEqual(networkRequests(requests), []);
      assert.deepEqual(await loadedFiles(page), []);
    } finally {
      await browser.close();
    }
  }
});
