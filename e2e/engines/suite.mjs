// The cross-engine suite: one list of checks, run in Firefox (firefox.mjs) and WebKit
// (webkit.mjs) through a thin driver each. A driver offers: version(), goto(url), reload(),
// eval(fn, ...args) (the page's value, promises awaited), press(key) (to the focused element),
// click(selector) (a pointer click: in headless Firefox, Enter on a button does not activate it),
// upload(selector, file), driverErrors() (errors the driver saw itself) and close().
// Every check starts a fresh browser session (a fresh profile) and its own static server, so a
// first visit really is one. The server sends a report-only copy of the page's CSP that reports
// to it: engines without a console log over WebDriver still report violations from the first
// byte on; an in-page recorder, injected once the page has loaded, catches later errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { serveDist, distDir, readDataset, withoutEmphasis } from '../harness.mjs';
import { writeServiceWorker } from '../../scripts/postbuild.mjs';
import { defaultPace, completion, levelAfterOneMonth, fmt } from '../oracle.mjs';

const dataset = readDataset();
const CHARTS = ['completion-chart', 'trade-chart', 'balance-chart', 'timeline-chart', 'after-chart', 'programs-chart'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn(arg)` in the page until it is truthy; returns that value. */
async function waitFor(d, what, fn, arg = null, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await d.eval(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Injects the error and CSP-violation recorder (idempotent; a page load removes it). */
function installRecorder(d) {
  return d.eval(() => {
    if (window.__errors) return;
    window.__errors = [];
    window.__cspViolations = [];
    addEventListener('error', (e) => window.__errors.push(String(e.message ?? e)));
    addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled rejection: ${e.reason}`));
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const consoleError = console.error.bind(console);
    console.error = (...args) => { window.__errors.push(args.map(String).join(' ')); consoleError(...args); };
  });
}

async function pageErrors(d) {
  return [...d.driverErrors(), ...((await d.eval(() => window.__errors ?? [])) ?? [])];
}

/** Waits until the app on the page just loaded has mounted, with the recorder in. */
async function appLoaded(d) {
  await installRecorder(d);
  await waitFor(d, 'the app to mount', () => document.getElementById('scenario-sentence')?.textContent.length > 0 && !document.getElementById('shell'));
}

/** Opens `url`, waits until the app has mounted and the recorder is in. */
async function openApp(d, url) {
  await d.goto(url);
  await appLoaded(d);
}

/**
 * Reloads the page and waits for the app, with no second navigation: `load` fires while the
 * wasm may still be streaming and before Firefox fetches the icons, and leaving a page whose
 * answer from the service worker is still streaming makes Firefox report "A ServiceWorker
 * intercepted the request and encountered an unexpected error" for it (and the wasm's
 * AbortError): an error of the page being left, which no reader sees, but which failed these
 * checks about one run in three when they navigated again right after a reload.
 */
async function reloadApp(d) {
  await d.reload();
  await appLoaded(d);
}

/**
 * Scrolls to chart `id` (charts are created near the viewport) and waits until it is drawn.
 * It scrolls again at each poll until then: right after a load the parts below the first
 * section are still mounting, and an element not yet in the document cannot be scrolled to.
 */
async function waitForChart(d, id) {
  await waitFor(d, `chart ${id}`, (chartId) => {
    const el = document.getElementById(chartId);
    const chart = el && globalThis.echarts && globalThis.echarts.getInstanceByDom(el);
    const drawn = Boolean(chart && chart.getOption().series?.length && el.querySelector('canvas'));
    if (!drawn) el?.scrollIntoView({ block: 'center' });
    return drawn;
  }, id);
}

const chartOption = (d, id) => d.eval((chartId) => JSON.parse(JSON.stringify(
  globalThis.echarts.getInstanceByDom(document.getElementById(chartId)).getOption())), id);
const textOf = (d, selector) => d.eval((sel) => document.querySelector(sel)?.innerText ?? null, selector);
const focus = (d, selector) => d.eval((sel) => document.querySelector(sel).focus(), selector);
const sentenceStartsWith = (d, text) => waitFor(d, `the sentence "${text}"`,
  (t) => document.getElementById('scenario-sentence').innerText.startsWith(t), text);

function series(option, id) {
  const found = option.series.find((s) => s.id === id);
  assert.ok(found, `series ${id} is in the chart`);
  return found;
}

/** Waits until a service worker controls the page. */
const waitForServiceWorker = (d) => waitFor(d, 'a controlling service worker', async () => {
  await navigator.serviceWorker.ready;
  return Boolean(navigator.serviceWorker.controller);
}, null, 30_000);

function tempFile(name, content) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'use-engine-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A private copy of dist/. */
function copyBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'use-build-'));
  fs.cpSync(distDir, dir, { recursive: true });
  return dir;
}

/** A changed build, as e2e/offline.test.mjs makes it: new CSS, so a new hashed name and worker. */
function changedBuild() {
  const dir = copyBuild();
  const cssName = fs.readdirSync(dir).find((f) => /^main-.*\.css$/.test(f));
  const css = `${fs.readFileSync(path.join(dir, cssName), 'utf8')}\n:root { --build-marker: new; }\n`;
  const newCss = `main-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  fs.rmSync(path.join(dir, cssName));
  for (const suffix of ['.br', '.gz']) fs.rmSync(path.join(dir, cssName + suffix), { force: true });
  fs.writeFileSync(path.join(dir, newCss), css);
  fs.writeFileSync(path.join(dir, 'index.html'), fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replace(cssName, newCss));
  writeServiceWorker(dir);
  return { dir, oldCss: cssName };
}

const buildMarker = (d) => d.eval(() => getComputedStyle(document.documentElement).getPropertyValue('--build-marker').trim());

/** A later report added to the built-in data (as e2e/data.test.mjs does). */
function withLaterReport() {
  const data = structuredClone(dataset);
  data.progress.push({
    id: 'report-2023-10', date: '2023-10-02', percent: 90, kind: 'reported',
    wording: 'about 90 percent of the programs', source: { outlet: 'Class research', date: '2023-10-02', cited_as: 'Class research, October 2, 2023' },
  });
  return data;
}

const RESIZER_HOST = `<!doctype html><html lang="en"><head><title>Lesson</title><link rel="icon" href="data:,">
  <style>body{margin:0}</style></head><body>
  <iframe id="embed" title="Chart" src="/?embed=progress&pace=4.5" style="display:block;width:100%;height:540px;border:0"></iframe>
  <script>
  window.__heights = [];
  addEventListener('message', (event) => {
    if (event.data && event.data.type === 'union-state-explorer:height') {
      window.__heights.push(event.data.height);
      document.getElementById('embed').style.height = event.data.height + 'px';
    }
  });
  </script></body></html>`;

/** The checks, each given `session()` (a fresh browser) and `serve(options)` (a fresh server). */
const CHECKS = [
  ['loads with no error and no CSP violation, and loads nothing from elsewhere', async ({ session, serve }) => {
    const server = await serve();
    const d = await session();
    await openApp(d, server.url);
    await waitForChart(d, 'completion-chart');
    assert.equal(await d.eval(() => document.querySelectorAll('h1').length), 1);
    const resources = await d.eval(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.deepEqual(resources.filter((url) => !url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url)), []);
    await sleep(500); // reports are sent in the background
    assert.deepEqual(await pageErrors(d), []);
    assert.deepEqual(await d.eval(() => window.__cspViolations), []);
    assert.deepEqual(server.cspReports, []);
    // The recorders can fail: a blocked image is seen by the page and reported to the server.
    await d.eval(() => { const img = new Image(); img.src = 'http://example.invalid/pixel.png'; document.body.append(img); });
    await waitFor(d, 'the provoked violation', () => window.__cspViolations.length > 0);
    for (let i = 0; i < 50 && server.cspReports.length === 0; i += 1) await sleep(100);
    assert.ok(server.cspReports.length > 0, 'the server hears of a violation');
  }],

  ['the pace slider moves the sentence, the table and the chart by keyboard as the oracle predicts', async ({ session, serve }) => {
    const server = await serve();
    const d = await session();
    await openApp(d, server.url);
    await waitForChart(d, 'completion-chart');
    const instance = () => d.eval(() => globalThis.echarts.getInstanceByDom(document.getElementById('completion-chart')).id);
    const before = await instance();
    const pace = Math.round((defaultPace(dataset) + 0.2) * 10) / 10;
    await focus(d, '#pace');
    await d.press('ArrowRight');
    await d.press('ArrowRight');
    const expected = completion(dataset, pace);
    await sentenceStartsWith(d, expected.sentence);
    assert.equal(await textOf(d, '#pace-value'), `${fmt(pace, 1)} points a month`);
    const option = await chartOption(d, 'completion-chart');
    assert.ok(Math.abs(series(option, 'projected').data[1].value[1] - levelAfterOneMonth(dataset, pace)) < 0.01);
    const marker = series(option, 'guide-completion').data;
    assert.deepEqual([marker[0][0], marker[1].value[0]], [expected.iso, expected.iso]);
    const lastRow = await d.eval(() => {
      const row = [...document.querySelectorAll('#completion-table tbody tr')].at(-1);
      return { kind: row.dataset.kind, date: row.querySelector('td').dataset.date };
    });
    assert.deepEqual(lastRow, { kind: 'projected', date: expected.iso });
    assert.equal(await instance(), before, 'the chart is updated, not re-created');
    assert.deepEqual(await pageErrors(d), []);
  }],

  ["every section's chart draws", async ({ session, serve }) => {
    const server = await serve();
    const d = await session();
    await openApp(d, server.url);
    for (const id of CHARTS) {
      await waitForChart(d, id);
      // Drawn, not just created: the canvas has painted pixels.
      await waitFor(d, `pixels in ${id}`, (chartId) => {
        const canvas = document.querySelector(`#${chartId} canvas`);
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted += 1;
        return painted > 1000;
      }, id);
    }
    assert.deepEqual(await pageErrors(d), []);
    assert.deepEqual(server.cspReports, []);
  }],

  ['a dataset file loads, and a broken one is refused with its reason', async ({ session, serve }) => {
    const server = await serve();
    const d = await session();
    await openApp(d, server.url);
    await waitForChart(d, 'completion-chart');
    const builtinSentence = completion(dataset, defaultPace(dataset)).sentence;
    const broken = structuredClone(dataset);
    broken.progress[1].percent = 'seventy';
    await d.upload('#load-data', tempFile('broken.json', JSON.stringify(broken)));
    const refusal = await waitFor(d, 'the refusal', () => document.getElementById('load-errors')?.innerText);
    assert.match(refusal, /progress\[1\]\.percent: invalid type: string/);
    await sentenceStartsWith(d, builtinSentence);

    const data = withLaterReport();
    await d.upload('#load-data', tempFile('class-research.json', JSON.stringify(data)));
    await waitFor(d, 'the loaded file', () => /class-research\.json/.test(document.querySelector('.data-bar__loaded')?.innerText ?? ''));
    const expected = completion(data, defaultPace(data));
    await sentenceStartsWith(d, expected.sentence);
    const reported = series(await chartOption(d, 'completion-chart'), 'reported').data;
    assert.deepEqual(reported.map((p) => p.value), data.progress.filter((o) => o.kind === 'reported').map((o) => [o.date, o.percent]));
    assert.deepEqual(await pageErrors(d), []);
  }],

  ['a link reopens its scenario in a fresh browser', async ({ session, serve }) => {
    const server = await serve();
    const first = await session();
    await openApp(first, server.url);
    await waitForChart(first, 'completion-chart');
    await focus(first, '#pace');
    for (let i = 0; i < 3; i += 1) await first.press('ArrowRight');
    await focus(first, '#slowdown');
    await first.press('ArrowRight');
    const link = await waitFor(first, 'the address to hold the scenario', () => {
      const query = new URLSearchParams(location.search);
      return query.get('slowdown') === '1' && query.get('pace') === document.getElementById('pace').value && location.href;
    });
    const sentence = await textOf(first, '#scenario-sentence');
    const option = await chartOption(first, 'completion-chart');
    await first.close();

    const second = await session();
    await openApp(second, link);
    await waitForChart(second, 'completion-chart');
    assert.equal(await textOf(second, '#scenario-sentence'), sentence);
    assert.deepEqual(withoutEmphasis(await chartOption(second, 'completion-chart')), withoutEmphasis(option));
  }],

  ['after one visit, a reload with the server stopped works', async ({ session, serve }) => {
    const server = await serve();
    const d = await session();
    await openApp(d, server.url);
    await waitForChart(d, 'completion-chart');
    await waitForServiceWorker(d);
    await server.close();
    await reloadApp(d);
    for (const id of CHARTS) await waitForChart(d, id);
    const before = await textOf(d, '#scenario-sentence');
    await focus(d, '#pace');
    await d.press('ArrowRight');
    await waitFor(d, 'the sentence to change', (text) => document.getElementById('scenario-sentence').innerText !== text, before);
    assert.deepEqual(await pageErrors(d), []);
  }],

  ['a first visit shows no "new version" prompt; a new build is then taken up with no mixed files', async ({ session, serve }) => {
    const oldDir = copyBuild();
    const { dir: newDir, oldCss } = changedBuild();
    const server = await serve({ dir: oldDir });
    const d = await session();
    await openApp(d, server.url);
    await waitForChart(d, 'completion-chart');
    await waitForServiceWorker(d);
    // The new worker's late events (Firefox delivers `controllerchange` before `installed`)
    // come within moments of it taking control.
    await sleep(2000);
    assert.equal(await d.eval(() => document.querySelectorAll('.update-banner').length), 0,
      'no "new version" prompt on a first visit');

    server.setDir(newDir);
    await reloadApp(d);
    assert.equal(await buildMarker(d), 'new', 'the next load shows the new build');
    const prompt = await waitFor(d, 'the update prompt', () => document.querySelector('.update-banner')?.innerText, null, 20_000);
    assert.match(prompt, /new version/i);
    await d.eval(() => { window.__beforeSwap = true; });
    await d.click('.update-banner button');
    // The app reloads itself when the new worker takes over; the page it loads is checked as is.
    await waitFor(d, 'the swap', () => !window.__beforeSwap && document.readyState === 'complete');
    await appLoaded(d);
    await waitForChart(d, 'completion-chart');
    assert.equal(await buildMarker(d), 'new');
    const state = await d.eval(async () => {
      const cached = [];
      for (const key of await caches.keys()) {
        for (const request of await (await caches.open(key)).keys()) cached.push(new URL(request.url).pathname.slice(1));
      }
      return { cached, resources: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)) };
    });
    const newFiles = fs.readdirSync(newDir);
    assert.deepEqual(state.resources.filter((r) => r && r !== 'sw.js' && !newFiles.includes(r)), [], 'every file loaded belongs to the new build');
    assert.ok(!state.cached.includes(oldCss), 'no cache keeps the old stylesheet');
    assert.deepEqual(await pageErrors(d), []);
    for (const dir of [oldDir, newDir]) fs.rmSync(dir, { recursive: true });
  }],

  ['the embed posts its height and the host page sizes the iframe to it', async ({ session, serve }) => {
    const server = await serve({ pages: { '/lesson.html': RESIZER_HOST } });
    const d = await session();
    await d.goto(`${server.origin}/lesson.html`);
    await waitFor(d, 'the posted height to size the iframe', () => {
      const iframe = document.getElementById('embed');
      const doc = iframe.contentDocument?.documentElement;
      return window.__heights.length > 0 && doc && iframe.contentDocument.querySelector('#completion-chart canvas') &&
        Math.abs(iframe.getBoundingClientRect().height - doc.getBoundingClientRect().height) <= 1;
    });
    const state = await d.eval(() => {
      const doc = document.getElementById('embed').contentDocument.documentElement;
      return { heights: window.__heights, overflow: doc.scrollHeight - doc.clientHeight };
    });
    assert.ok(state.heights.every((h) => Number.isFinite(h) && h > 200), JSON.stringify(state.heights));
    assert.ok(state.overflow <= 0, 'no inner scrollbar');
    assert.deepEqual(server.cspReports, []);
  }],

  ['a download keeps its file until it has started; "Link copied" only when the clipboard took it', async ({ session, serve }) => {
    const server = await serve();
    const d = await session();
    await openApp(d, server.url);
    await waitForChart(d, 'completion-chart');
    // Downloads are recorded, not performed (a real one would open a dialog in some engines):
    // the test asks whether the file's URL is revoked in the task that clicks it.
    await d.eval(() => {
      window.__downloads = [];
      HTMLAnchorElement.prototype.click = function click() {
        const entry = { href: this.href, name: this.download, revokedInClickTask: false, clickTaskOver: false };
        window.__downloads.push(entry);
        setTimeout(() => { entry.clickTaskOver = true; }, 0);
      };
      const revoke = URL.revokeObjectURL.bind(URL);
      URL.revokeObjectURL = (url) => {
        for (const entry of window.__downloads) if (entry.href === url && !entry.clickTaskOver) entry.revokedInClickTask = true;
        revoke(url);
      };
    });
    await d.click('#download-data');
    const download = await waitFor(d, 'the download', () => window.__downloads.find((e) => e.clickTaskOver));
    assert.equal(download.name, 'union-state-dataset.json');
    assert.equal(download.revokedInClickTask, false, 'the URL is not revoked in the same task as click()');
    // The page's CSP (connect-src 'self') forbids reading a blob: URL back; a second later it
    // is still not revoked, so a slow engine can still save it.
    await sleep(1000);
    assert.equal(await d.eval(() => window.__downloads[0].revokedInClickTask), false);

    // The clipboard refuses (as with the permission denied): the link is selected instead.
    await d.eval(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
        writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      } });
    });
    await d.click('#share-open');
    await waitFor(d, 'the share dialog', () => document.getElementById('share-dialog').open);
    await d.click('#copy-link');
    const refused = await waitFor(d, 'the status', () => document.querySelector('#share-dialog [role=status]').innerText);
    assert.doesNotMatch(refused, /copied/i);
    assert.match(refused, /copy it with Ctrl\+C/);
    assert.deepEqual(await d.eval(() => {
      const input = document.getElementById('share-link');
      return { focused: document.activeElement === input, selected: input.value.slice(input.selectionStart, input.selectionEnd) === input.value };
    }), { focused: true, selected: true }, 'the link is selected for copying by hand');

    // The clipboard accepts, a moment later: only then does the dialog say so.
    await d.eval(() => {
      window.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
        writeText: (text) => new Promise((resolve) => setTimeout(() => { window.__copied.push(text); resolve(); }, 300)),
      } });
    });
    await d.click('#copy-link');
    const copied = await waitFor(d, '"Link copied"', () => {
      const status = document.querySelector('#share-dialog [role=status]').innerText;
      return /Link copied/.test(status) && { status, copied: window.__copied };
    });
    assert.deepEqual(copied.copied, [await d.eval(() => document.getElementById('share-link').value)], 'said only after the write succeeded');
    assert.deepEqual(await pageErrors(d), []);
  }],
];

/** Registers the checks as node:test tests for one engine; `start`/`stop` wrap the run. */
export function defineEngineSuite({ name, launch, start = async () => {}, stop = async () => {} }) {
  const sessions = new Set();
  const servers = new Set();
  before(start);
  after(stop);

  test(`${name}: the engine and its version`, async () => {
    const d = await launch();
    try {
      const version = await d.version();
      console.log(`# ${name}: ${version}`);
      assert.ok(version);
    } finally { await d.close(); }
  });

  for (const [title, check] of CHECKS) {
    test(`${name}: ${title}`, async () => {
      const session = async () => { const d = await launch(); sessions.add(d); return d; };
      const serve = async (options = {}) => {
        const server = await serveDist({ reportCsp: true, ...options });
        const close = server.close;
        let closed = false;
        server.close = async () => { if (!closed) { closed = true; await close(); } };
        servers.add(server);
        return server;
      };
      try {
        await check({ session, serve });
      } finally {
        for (const d of sessions) await d.close().catch(() => {});
        sessions.clear();
        for (const server of servers) await server.close();
        servers.clear();
      }
    });
  }
}
