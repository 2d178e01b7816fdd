// How the page loads (issue #7): the first screen first, the rest in parts, and charts created
// only once they come near the viewport; ECharts' script runs while the wasm compiles (#21).
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

test("ECharts' script runs while the wasm compiles: deferred, after the wasm's loader, run by DOMContentLoaded", async () => {
  const { page, context, errors } = await openPage(browser);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      globalThis.__echartsAtDcl = typeof globalThis.echarts?.init;
    });
  });
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  const tag = await page.evaluate(() => {
    const script = document.getElementById('echarts-script');
    const loader = document.querySelector('script[type="module"]');
    return {
      tag: script?.tagName,
      defer: script?.defer,
      afterLoader: Boolean(loader && script && (loader.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING)),
    };
  });
  assert.deepEqual(tag, { tag: 'SCRIPT', defer: true, afterLoader: true });
  assert.equal(await page.evaluate(() => globalThis.__echartsAtDcl), 'function', 'ECharts had run before DOMContentLoaded');
  assert.equal(await page.evaluate(() => document.querySelectorAll('script[src*="echarts"]').length), 1, 'and runs once');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [when, delayMs] of [['at once', 0], ['after the app has mounted', 5000]]) {
  test(`if ECharts' script fails ${when}, the first chart says it could not be drawn`, async () => {
    const { page, context, errors } = await openPage(browser);
    await page.route(/\/echarts\.min-[0-9a-f]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await route.fulfill({ status: 404, body: 'gone' });
    });
    // The page's load event waits for the script: only the delayed case looks before it.
    await page.goto(server.url, { waitUntil: delayMs > 0 ? 'commit' : 'load' });
    if (delayMs > 0) {
      await page.locator('#scenario-sentence').waitFor();
      assert.equal(await page.locator('#completion-chart').locator('..').locator('.echart__fallback').count(), 0,
        'no fallback while the script is still on its way');
    }
    const fallback = page.locator('#completion-chart').locator('..').locator('.echart__fallback');
    await fallback.waitFor({ timeout: 15_000 });
    assert.match(await fallback.innerText(), /could not be drawn/);
    assert.equal(await page.evaluate(() => typeof globalThis.echarts), 'undefined');
    // The failed load is the only error.
    assert.deepEqual(errors.filter((e) => !/Failed to load resource.*404/.test(e)), []);
    await context.close();
  });
}
