// The copy for the classroom (scripts/offline-copy.mjs): dist/union-state-explorer-offline.html
// opened from disk in Chromium with the network blocked: every section and chart, the pace
// slider, the language switch; no request but the file itself. Firefox runs the same checks in
// e2e/engines/classroom-firefox.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import {
  launchBrowser, openPage, waitForChart, distDir, readDataset, headlines, cspViolations, scrollTo,
} from './harness.mjs';
import { OFFLINE_FILE } from '../scripts/offline-copy.mjs';
import { CHARTS, SECTIONS, copyAlone as copyFile, removeCopy } from './classroom-copy.mjs';
import { precacheManifest } from '../scripts/postbuild.mjs';
import { defaultPace, completion } from './oracle.mjs';

const dataset = readDataset();
const HEADLINE = headlines(dataset.programs.count);
let offlinePath;
let offlineUrl;
/** Copies the built file alone into a new folder: offlinePath, offlineUrl. */
function copyAlone() {
  ({ file: offlinePath, url: offlineUrl } = copyFile());
}

let browser;
before(async () => {
  copyAlone();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  removeCopy(offlinePath);
});

/**
 * A page whose every request but a file: (or data:/blob:) URL is aborted, as with no network;
 * `requests` still records each one the page made, blocked or not.
 */
async function openOffline(options) {
  const session = await openPage(browser, { locale: 'en-US', ...options });
  await session.context.route('**', (route) => (
    /^(file|data|blob):/.test(route.request().url()) ? route.continue() : route.abort('internetdisconnected')));
  return session;
}

/** Every distinct URL the page asked for but the copy itself (with or without a query). */
const otherRequests = (requests) => [...new Set(requests)]
  .filter((url) => url.split('?')[0] !== offlineUrl && !/^(data|blob):/.test(url));

test('the classroom copy is one file that refers to no other, is not precached and has no service worker', async () => {
  const html = fs.readFileSync(offlinePath, 'utf8');
  const references = [...html.matchAll(/<(?:link|script|img|iframe|source)\b[^>]*\b(?:src|href)="([^"]*)"/g)]
    .map((m) => m[1]).filter((url) => !url.startsWith('#') && !url.startsWith('data:'));
  assert.deepEqual(references, [], 'no src or href to another file');
  assert.ok(!/<link rel="(manifest|modulepreload|preload)"/.test(html), 'no manifest or preload link');
  assert.ok(!/\bimport\s*\(|\bfrom\s*["']\.\//.test(html), 'no module import');
  assert.match(html, /<script type="application\/octet-stream" id="wasm-base64">[A-Za-z0-9+/]{1000,}=*<\/script>/, 'the wasm is inlined');
  assert.match(html, /connect-src 'none'/, 'its policy allows no connection');
  const precached = (await precacheManifest(distDir)).map((entry) => entry.url);
  assert.ok(precached.includes('index.html'), 'the manifest is the real build\'s');
  assert.ok(!precached.includes(OFFLINE_FILE), 'sw.js does not precache the copy');
  assert.ok(!fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8').includes(OFFLINE_FILE), 'sw.js does not name it');
  const raw = fs.statSync(offlinePath).size;
  const gzip = zlib.gzipSync(fs.readFileSync(offlinePath), { level: 9 }).length;
  console.log(`# ${OFFLINE_FILE}: ${raw} bytes, ${gzip} bytes gzip`);
});

test('the classroom copy works from file:// with no network: every chart, the pace slider, Russian by the switch', async () => {
  const { page, context, errors, requests } = await openOffline();
  await page.goto(offlineUrl);
  await page.locator('h1').filter({ hasText: HEADLINE.en }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  for (const id of CHARTS) await waitForChart(page, id);
  for (const id of SECTIONS) {
    assert.equal(await page.locator(`section#${id}`).count(), 1, `#${id} is there`);
  }

  // The scenario slider: one step right moves the projection as the oracle says.
  await scrollTo(page.locator('#pace'));
  const pace = defaultPace(dataset);
  const before = await page.locator('#scenario-sentence').innerText();
  assert.ok(before.startsWith(completion(dataset, pace).sentence), before);
  await page.locator('#pace').focus();
  await page.keyboard.press('ArrowRight');
  const moved = completion(dataset, Math.round((pace + 0.1) * 10) / 10).sentence;
  assert.notEqual(moved, completion(dataset, pace).sentence);
  await page.waitForFunction((text) => document.getElementById('scenario-sentence').innerText.startsWith(text), moved);

  // The language switch: Russian, from the words in the wasm.
  await scrollTo(page.locator('#lang'));
  await page.locator('#lang').selectOption('ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await page.locator('h1').filter({ hasText: HEADLINE.ru }).waitFor();
  await waitForChart(page, 'completion-chart');
  const russian = await page.locator('#scenario-sentence').innerText();
  assert.match(russian, /[а-яё]{4,}/i, `the projection in Russian: ${russian}`);
  assert.doesNotMatch(russian, /\b(the|will|programs)\b/i);
  assert.equal(await page.locator('#pace').inputValue(), String(Math.round((pace + 0.1) * 10) / 10), 'the scenario is kept');

  assert.deepEqual(errors, []);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(otherRequests(requests), [], 'no request but the file itself');
  assert.ok(requests.some((url) => url.startsWith(offlineUrl)), 'the recorder saw the file');
  await context.close();
});

test('the classroom copy opens in the language of ?lang=be and of the browser, with no network', async () => {
  for (const [query, locale, lang] of [['?lang=be', 'en-US', 'be'], ['', 'ru-RU', 'ru']]) {
    const { page, context, errors, requests } = await openOffline({ locale });
    await page.goto(offlineUrl + query);
    await page.locator('h1').filter({ hasText: HEADLINE[lang] }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${query || locale}`);
    await waitForChart(page, 'completion-chart');
    assert.deepEqual(errors, []);
    assert.deepEqual(otherRequests(requests), []);
    await context.close();
  }
});

// The control: the same browser refuses the ordinary page's module script and wasm from disk,
// so the checks above pass only because everything is inlined.
test('the ordinary index.html does not start from file://, which is why the copy exists', async () => {
  const { page, context, errors } = await openOffline();
  await page.goto(pathToFileURL(path.join(distDir, 'index.html')).href);
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => Boolean(document.getElementById('shell'))), true, 'the shell is still shown');
  assert.equal(await page.evaluate(() => document.querySelector('#completion-chart canvas') !== null), false);
  assert.ok(errors.some((e) => /blocked by CORS policy/.test(e)), `the browser refused the module script: ${errors.join(' | ')}`);
  await context.close();
});
