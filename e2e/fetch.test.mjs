// ?data= links: the newest load wins, links to other sites are refused before any request,
// and an embed says when its linked data failed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import {
  shareServerAndBrowser,
  openPage,
  waitForChart,
  readDataset,
  cspViolations,
  foreignRequests,
} from './harness.mjs';
import { completion, defaultPace } from './oracle.mjs';

const builtin = readDataset();

/** The built-in data plus one later report, so each dataset projects its own sentence. */
function withReport(date, percent) {
  const data = structuredClone(builtin);
  data.progress.push({
    id: `report-${date}`, date, percent, kind: 'reported', wording: `about ${percent} percent of the programs`,
    source: { outlet: 'Class research', date, cited_as: `Class research, ${date}` },
  });
  return data;
}

const SLOW_MS = 4000;
const linked = withReport('2023-08-01', 86);
const picked = withReport('2023-10-02', 90);
const REFUSAL = 'this page reads data only from its own site; download the file and use “Load data (JSON)…”';

const host = (src) => `<!doctype html><html lang="en"><head><title>Lesson</title><link rel="icon" href="data:,"></head><body>
  <iframe id="embed" title="Chart" src="${src}" style="width:100%;height:540px;border:0"></iframe></body></html>`;

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; }, {
  pages: {
    '/datasets/slow-other.json': { body: JSON.stringify(linked), type: 'application/json', delayMs: SLOW_MS },
    '/datasets/later.json': { body: JSON.stringify(picked), type: 'application/json' },
    '/datasets/missing.json': { body: 'not found', type: 'text/plain', status: 404 },
    '/lesson-missing.html': host('/?embed=progress&data=datasets/missing.json'),
  },
});

// Another site that would hand over a dataset to anyone who asked: it must never be asked.
let other;
const otherHits = [];
before(async () => {
  other = http.createServer((req, res) => {
    otherHits.push(req.url);
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify(linked));
  });
  await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
});
after(() => new Promise((resolve) => { other.closeAllConnections?.(); other.close(resolve); }));

const sentenceOf = (data) => completion(data, defaultPace(data)).sentence;
const sentenceStartsWith = (page, text) => page.waitForFunction(
  (wanted) => document.getElementById('scenario-sentence')?.innerText.startsWith(wanted), text, { timeout: 15_000 });

test('a file picked while a slow ?data= link loads stays on screen after the link would have answered', async () => {
  const { page, context, errors } = await openPage(browser);
  const path = '/datasets/slow-other.json';
  await page.goto(`${server.url}?data=datasets/slow-other.json`);
  // The data bar is on the first screen: pick the file as soon as it is there.
  await page.locator('#load-data').waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('.data-bar__status')?.innerText.includes('Loading the linked dataset'));
  while (!server.served.includes(path)) await new Promise((resolve) => setTimeout(resolve, 20));
  const asked = Date.now();
  await page.locator('#load-data').setInputFiles({
    name: 'picked.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(picked)),
  });
  await page.locator('.data-bar__loaded').waitFor();
  assert.ok(Date.now() < asked + SLOW_MS, 'the file was loaded while the link was still loading');
  await waitForChart(page, 'completion-chart');
  await sentenceStartsWith(page, sentenceOf(picked));

  // Past the moment the slow server answers (it answers SLOW_MS after the request arrived).
  await page.waitForTimeout(Math.max(0, asked + SLOW_MS + 1500 - Date.now()));
  assert.match(await page.locator('.data-bar__loaded').innerText(), /picked\.json/);
  assert.ok((await page.locator('#scenario-sentence').innerText()).startsWith(sentenceOf(picked)),
    'the picked file\'s projection stays');
  assert.notEqual(sentenceOf(picked), sentenceOf(linked), 'the two datasets project differently');
  assert.equal(await page.locator('#load-errors').count(), 0);
  assert.doesNotMatch(await page.locator('.data-bar__status').innerText(), /Loading/);
  assert.deepEqual(errors, []);
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

test('a link to another site or scheme is refused with the reason, before any request and without a CSP violation', async () => {
  const otherPort = other.address().port;
  const ownPort = new URL(server.origin).port;
  const links = [
    `http://127.0.0.1:${otherPort}/x.json`, // another port
    `//localhost:${otherPort}/x.json`, // protocol-relative, another host
    `http://localhost:${ownPort}/datasets/later.json`, // the same server under another host name
    'https://evil.example/x.json',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:application/json,{}',
  ];
  for (const link of links) {
    const { page, context, errors, requests } = await openPage(browser);
    const dialogs = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
    const servedBefore = server.served.length;
    await page.goto(`${server.url}?data=${encodeURIComponent(link)}`);
    await waitForChart(page, 'completion-chart');
    await page.locator('#load-errors').waitFor({ timeout: 15_000 });
    const text = await page.locator('#load-errors').innerText();
    assert.ok(text.includes(link) && text.includes(REFUSAL), `${link}: ${text}`);
    assert.ok((await page.locator('#scenario-sentence').innerText()).startsWith(sentenceOf(builtin)), `${link}: the built-in data stays`);
    assert.deepEqual(foreignRequests(requests, server.origin), [], `${link}: no request left the origin`);
    assert.ok(!server.served.slice(servedBefore).some((p) => p.startsWith('/datasets/')), `${link}: no dataset was asked for`);
    assert.deepEqual(otherHits, [], `${link}: the other site was never asked`);
    assert.deepEqual(await cspViolations(page), [], `${link}: no Content-Security-Policy violation`);
    assert.deepEqual(errors, [], `${link}: no console error`);
    assert.deepEqual(dialogs, [], `${link}: no script ran`);
    await context.close();
  }
});

test('an embed whose ?data= link fails says why inside the embed, and shows the built-in data', async () => {
  {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/lesson-missing.html`);
    const frame = await (await page.$('#embed')).contentFrame();
    await waitForChart(frame, 'completion-chart');
    const notice = frame.locator('main.embed #embed-data-error');
    await notice.waitFor({ timeout: 15_000 });
    assert.ok(await notice.isVisible(), 'the message is visible');
    const text = await notice.innerText();
    assert.ok(text.includes('datasets/missing.json') && text.includes('the server answered 404'), text);
    assert.match(text, /built-in data/);
    await sentenceStartsWith(frame, sentenceOf(builtin));
    await context.close();
  }
  {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${server.url}?embed=trade&data=${encodeURIComponent('javascript:alert(1)')}`);
    await waitForChart(page, 'trade-chart');
    const notice = page.locator('main.embed #embed-data-error');
    await notice.waitFor({ timeout: 15_000 });
    assert.ok((await notice.innerText()).includes(REFUSAL));
    assert.deepEqual(errors, []);
    await context.close();
  }
});
