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
  for (const id of ['progress', 'trade', 'balance', 'timeline', 'treaty', 'sources']) {
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

test('a new build replaces the old one cleanly, with no mix of their files', async () => {
  const oldDir = copyBuild();
  const newDir = copyBuild();
  // A changed build: new CSS content, so a new hashed name, a new index.html and a new sw.js,
  // made by the same post-build step Trunk runs.
  const cssName = fs.readdirSync(newDir).find((f) => /^main-.*\.css$/.test(f));
  const css = `${fs.readFileSync(path.join(newDir, cssName), 'utf8')}\n:root { --build-marker: new; }\n`;
  const newCss = `main-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  fs.rmSync(path.join(newDir, cssName));
  fs.writeFileSync(path.join(newDir, newCss), css);
  const index = fs.readFileSync(path.join(newDir, 'index.html'), 'utf8')
    .replace(cssName, newCss);
  fs.writeFileSync(path.join(newDir, 'index.html'), index);
  const oldBuild = writeServiceWorker(oldDir);
  const newBuild = writeServiceWorker(newDir);
  assert.notEqual(oldBuild.version, newBuild.version);

  const server = await serve({ dir: oldDir });
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  await waitForServiceWorker(page);

  server.setDir(newDir);
  await page.reload();
  await waitForChart(page, 'completion-chart');
  // The next load already shows the new build (pages are network-first) ...
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build-marker').trim()), 'new');
  // ... and the new worker, installed and waiting, offers the reload.
  const banner = page.locator('.update-banner');
  await banner.waitFor({ timeout: 15_000 });
  assert.match(await banner.innerText(), /new version/i);
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  await waitForChart(page, 'completion-chart');

  const state = await page.evaluate(async () => ({
    caches: await caches.keys(),
    resources: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)),
    script: navigator.serviceWorker.controller?.scriptURL,
  }));
  assert.deepEqual(state.caches, [`union-state-explorer-${newBuild.version}`], 'the old cache is gone');
  const foreignToNew = state.resources.filter((r) => r && r !== 'sw.js' && !newBuild.files.includes(r));
  assert.deepEqual(foreignToNew, [], 'every file the page loaded belongs to the new build');
  assert.ok(!state.resources.includes(cssName), 'the old stylesheet is not used');

  // And the new build is what works offline.
  await server.close();
  await page.reload();
  await assertAppWorks(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build-marker').trim()), 'new');
  assert.deepEqual(errors, []);
  await context.close();
  fs.rmSync(oldDir, { recursive: true });
  fs.rmSync(newDir, { recursive: true });
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
