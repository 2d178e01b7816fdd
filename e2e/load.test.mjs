// How the page loads (issue #7): the first screen first, the rest in parts, and ECharts run
// only once a chart comes near the viewport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareServerAndBrowser, openPage, waitForChart } from './harness.mjs';

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

test('on a phone, ECharts runs for the chart on the first screen, the others when the reader scrolls to them', async () => {
  // Since issue 18 the completion chart is on a phone's first screen, so ECharts runs at once
  // for it; every chart further down still waits until the reader comes near it.
  const { page, context, errors } = await openPage(browser, { width: 375, height: 700 });
  await page.goto(server.url);
  // The last part of the page is in: everything has mounted.
  await page.locator('footer.credit').waitFor({ state: 'attached' });
  await page.waitForFunction(() => globalThis.echarts?.getInstanceByDom(document.getElementById('completion-chart')));
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'drawn without scrolling');
  assert.equal(await page.evaluate(() => document.querySelectorAll('script[src*="echarts"]').length), 1);
  // The charts further down were not drawn just because one was.
  for (const id of ['trade-chart', 'balance-chart', 'timeline-chart']) {
    assert.equal(await page.locator(`#${id}[_echarts_instance_]`).count(), 0, `${id} waits`);
  }
  await waitForChart(page, 'timeline-chart');
  assert.equal(await page.evaluate(() => document.querySelectorAll('script[src*="echarts"]').length), 1,
    'the script runs once for all charts');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a wide screen the first chart is drawn without scrolling', async () => {
  const { page, context, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(server.url);
  await page.waitForFunction(() => {
    const el = document.getElementById('completion-chart');
    return el && globalThis.echarts?.getInstanceByDom(el)?.getOption().series?.length;
  });
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page mounts in parts, each in a task of its own, in reading order', async () => {
  const { page, context, errors } = await openPage(browser);
  // Records, per task, which sections the document holds when the task starts.
  await page.addInitScript(() => {
    globalThis.__seen = [];
    const look = () => {
      const ids = [...document.querySelectorAll('main > section')].map((s) => s.id).join(' ');
      if (globalThis.__seen.at(-1) !== ids) globalThis.__seen.push(ids);
      if (!document.querySelector('footer.credit')) setTimeout(look, 0);
    };
    setTimeout(look, 0);
  });
  await page.goto(server.url);
  await page.locator('footer.credit').waitFor({ state: 'attached' });
  const seen = await page.evaluate(() => globalThis.__seen.filter((ids) => ids));
  assert.ok(seen.length >= 4, `the sections arrived over several tasks: ${JSON.stringify(seen)}`);
  assert.equal(seen.at(-1), 'progress trade balance timeline treaty after sources');
  // Each step only adds sections, in the order they are read.
  for (let i = 1; i < seen.length; i += 1) assert.ok(seen[i].startsWith(seen[i - 1]), JSON.stringify(seen));
  assert.deepEqual(errors, []);
  await context.close();
});
