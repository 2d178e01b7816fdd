// Offline, update, sub-path and iframe behaviour of the built app, with the real service worker.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import {
  serveDist, launchBrowser, openPage, waitForChart, distDir, cspViolations, foreignRequests,
  waitForServiceWorker,
} from './harness.mjs';
import { writeServiceWorker } from '../scripts/postbuild.mjs';

const CHARTS = ['completion-chart', 'trade-chart', 'balance-chart', 'timeline-chart'];
let browser;
// Servers a test opened; closed after every test even when an assertion failed, so the
// runner never waits on an open socket.
const openServers = new Set();

async function serve(options) {
  const server = await serveDist(options);
  const close = server.close;
  server.close = async () => { openServers.delete(server); await close(); };
  openServers.add(server);
  return server;
}

before(async () => { browser = await launchBrowser(); });
afterEach(async () => { for (const server of [...openServers]) await server.close(); });
after(async () => { await browser?.close(); });

/** A private copy of dist/, so a test can change it without touching the real build. */
function copyBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'use-build-'));
  fs.cpSync(distDir, dir, { recursive: true });
  return dir;
}

/** Checks that the whole app works: every chart drawn, the slider moves the sentence. */
async function assertAppWorks(page, frame = page) {
  for (const id of CHARTS) await waitForChart(frame, id);
  for (const id of ['progress', 'trade', 'balance', 'timeline', 'treaty', 'after', 'sources']) {
    assert.equal(await frame.locator(`section#${id}`).count(), 1, `#${id} is there`);
  }
  const before = await frame.locator('#scenario-sentence').innerText();
  await frame.locator('#pace').focus();
  await page.keyboard.press('ArrowRight');
  await frame.waitForFunction((text) => document.getElementById('scenario-sentence').innerText !== text, before);
}

test('after one visit, the whole app works with the server stopped', async () => {
  const server = await serve();
  const { page, context, errors, requests } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  await waitForServiceWorker(page);
  await server.close();
  await page.reload();
  await assertAppWorks(page);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

/**
 * Two builds in private copies of dist/: the old one, and a changed one with new CSS content, so
 * a new hashed name, a new index.html and a new sw.js, made by the same post-build step Trunk runs.
 */
async function makeBuilds() {
  const oldDir = copyBuild();
  const newDir = copyBuild();
  const cssName = fs.readdirSync(newDir).find((f) => /^main-.*\.css$/.test(f));
  const css = `${fs.readFileSync(path.join(newDir, cssName), 'utf8')}\n:root { --build-marker: new; }\n`;
  const newCss = `main-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  fs.rmSync(path.join(newDir, cssName));
  fs.writeFileSync(path.join(newDir, newCss), css);
  const index = fs.readFileSync(path.join(newDir, 'index.html'), 'utf8')
    .replace(cssName, newCss);
  fs.writeFileSync(path.join(newDir, 'index.html'), index);
  const oldBuild = await writeServiceWorker(oldDir);
  const newBuild = await writeServiceWorker(newDir);
  assert.notEqual(oldBuild.version, newBuild.version);
  const cleanup = () => {
    fs.rmSync(oldDir, { recursive: true });
    fs.rmSync(newDir, { recursive: true });
  };
  return { oldDir, newDir, cssName, newCss, newBuild, cleanup };
}

/** The value of the new build's CSS marker on the page: 'new', or '' for the old build. */
const buildMarker = (page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build-marker').trim());

/**
 * What the service worker left behind: every cache's name, the files in each (the path under
 * the scope, without Workbox's revision parameter), and the stylesheets each cached page links.
 */
function cachedState(page) {
  return page.evaluate(async () => {
    const scope = (await navigator.serviceWorker.ready).scope;
    const result = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const files = [];
      const pageStyles = [];
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        files.push(url.href.slice(scope.length));
        const response = await cache.match(request);
        if (response.headers.get('content-type')?.startsWith('text/html')) {
          pageStyles.push(...[...(await response.text()).matchAll(/href="\.\/(main-[0-9a-f]+\.css)"/g)].map((m) => m[1]));
        }
      }
      result[name] = { files: files.sort(), pageStyles };
    }
    return { scope, caches: result };
  });
}

/** Clicks the update banner's Reload and waits for the new build to draw. */
async function acceptUpdate(page) {
  const banner = page.locator('.update-banner');
  await banner.waitFor({ timeout: 15_000 });
  assert.match(await banner.innerText(), /new version/i);
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  await waitForChart(page, 'completion-chart');
}

/**
 * Checks that after the swap only the new build is in use and cached: one cache, holding exactly
 * the new build's files, whose page links the new stylesheet; every loaded file from the new build.
 */
async function assertOnlyNewBuild(page, { cssName, newCss, newBuild }) {
  const resources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)));
  const { scope, caches } = await cachedState(page);
  assert.deepEqual(Object.keys(caches), [`union-state-explorer-precache-v2-${scope}`], 'the old cache is gone');
  const [cached] = Object.values(caches);
  assert.deepEqual(cached.files, newBuild.files, 'the cache holds exactly the new build');
  assert.deepEqual(cached.pageStyles, [newCss], 'the cached page is the new build\'s');
  const foreignToNew = resources.filter((r) => r && r !== 'sw.js' && !newBuild.files.includes(r));
  assert.deepEqual(foreignToNew, [], 'every file the page loaded belongs to the new build');
  assert.ok(!resources.includes(cssName), 'the old stylesheet is not used');
}

/** With the server stopped, a reload shows the new build working, with no page error. */
async function assertNewBuildOffline(server, page, errors) {
  await server.close();
  await page.reload();
  await assertAppWorks(page);
  assert.equal(await buildMarker(page), 'new');
  assert.deepEqual(errors, []);
}

test('a new build replaces the old one cleanly, with no mix of their files', async () => {
  const builds = await makeBuilds();
  const server = await serve({ dir: builds.oldDir });
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  await waitForServiceWorker(page);

  server.setDir(builds.newDir);
  await page.reload();
  await waitForChart(page, 'completion-chart');
  // The next load already shows the new build (pages are network-first) ...
  assert.equal(await buildMarker(page), 'new');
  // ... and the new worker, installed and waiting, offers the reload.
  await acceptUpdate(page);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), `${server.url}sw.js`);
  await assertOnlyNewBuild(page, builds);

  // And the new build is what works offline.
  await assertNewBuildOffline(server, page, errors);
  await context.close();
  builds.cleanup();
});

test('on a host that caches the page for 600 s, a new build still ends with only new files in use', async () => {
  const builds = await makeBuilds();
  // As GitHub Pages does: the browser may reuse index.html for ten minutes without asking.
  const server = await serve({ dir: builds.oldDir, pageMaxAge: 600 });
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  await waitForServiceWorker(page);

  // The reader comes back after a deploy, through an ordinary navigation, which the browser
  // may answer with the old page from its HTTP cache; the new worker installs meanwhile.
  server.setDir(builds.newDir);
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  await acceptUpdate(page);
  await assertOnlyNewBuild(page, builds);
  assert.equal(await buildMarker(page), 'new');

  // Offline, the cached page is the new build's, so its files are all there.
  await assertNewBuildOffline(server, page, errors);
  await context.close();
  builds.cleanup();
});

test('when the network holds the page for 30 s, a visited page opens from the cache within seconds', async () => {
  const server = await serve();
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  await waitForServiceWorker(page);

  server.holdNavigations(30_000);
  const started = Date.now();
  await page.reload({ timeout: 25_000 });
  await waitForChart(page, 'completion-chart');
  const elapsed = Date.now() - started;
  assert.ok(server.held >= 1, 'the server held the navigation');
  // The worker waits 4 s for the network, then answers with the cached page.
  assert.ok(elapsed < 10_000, `the page took ${elapsed} ms`);
  await assertAppWorks(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a ?lang=be link with a scenario reopens in Belarusian with that scenario, in a new context and offline', async () => {
  const server = await serve();
  const link = `${server.url}?lang=be&pace=4.5&slowdown=2&predict=1&asof=2022-12-19`;
  const headline = 'Калі Беларусь і Расія выканаюць';
  /** The page at `link`: Belarusian, with the link's scenario in every control. */
  const assertBelarusianScenario = async (page, label) => {
    await page.locator('h1').filter({ hasText: headline }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'be', label);
    await page.locator('#as-of').waitFor({ state: 'attached' });
    const state = await page.evaluate(() => ({
      pace: document.getElementById('pace').value,
      slowdown: document.getElementById('slowdown').value,
      predict: document.getElementById('predict-toggle').checked,
      asOf: document.getElementById('as-of').value,
    }));
    assert.deepEqual(state, { pace: '4.5', slowdown: '2', predict: true, asOf: '2022-12-19' }, label);
    assert.match(await page.locator('#predict-question').innerText(), /[а-яіў]/, `${label}: the predict question in Belarusian`);
  };
  // A reader whose browser speaks English and who has chosen nothing.
  const fresh = await openPage(browser, { locale: 'en-US' });
  await fresh.page.goto(link);
  await assertBelarusianScenario(fresh.page, 'a new context');
  await fresh.context.close();
  // A student who visited once (in English), then opens the link with the server gone.
  const { page, context, errors, requests } = await openPage(browser, { locale: 'en-US' });
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  await waitForServiceWorker(page);
  await server.close();
  const offline = await context.newPage();
  await offline.goto(link);
  await assertBelarusianScenario(offline, 'offline');
  await waitForChart(offline, 'completion-chart');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  await context.close();
});

test('served under /explorer/, the app loads, works and keeps its worker in that scope', async () => {
  const server = await serve({ base: '/explorer/' });
  const { page, context, errors, requests } = await openPage(browser);
  await page.goto(server.url);
  await assertAppWorks(page);
  await waitForServiceWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${server.origin}/explorer/`);
  assert.ok(requests.every((url) => !url.startsWith(server.origin) || new URL(url).pathname.startsWith('/explorer/')),
    'every request stays under the sub-path');
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('inside an iframe, and inside a sandboxed one without a service worker, the app works', async () => {
  const host = (sandbox) => `<!doctype html><html lang="en"><head><title>Lesson</title><link rel="icon" href="data:,"></head><body>
    <h1>A lesson page</h1>
    <iframe id="embed" title="Union State explorer" src="/explorer/" ${sandbox} style="width:100%;height:900px;border:0"></iframe>
    </body></html>`;
  const server = await serve({
    base: '/explorer/',
    pages: { '/lesson.html': host(''), '/sandboxed.html': host('sandbox="allow-scripts"') },
  });
  for (const pagePath of ['/lesson.html', '/sandboxed.html']) {
    const { page, context, errors, requests } = await openPage(browser, { width: 1024, height: 1000 });
    await page.goto(server.origin + pagePath);
    const frame = page.frameLocator('#embed');
    const frameHandle = await (await page.$('#embed')).contentFrame();
    await assertAppWorks(page, frameHandle);
    assert.ok(await frame.locator('h1').count() === 1);
    assert.deepEqual(errors, [], `${pagePath}: no errors, including from the skipped registration`);
    assert.deepEqual(foreignRequests(requests, server.origin), []);
    await context.close();
  }
  await server.close();
});
