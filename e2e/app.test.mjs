// Browser tests of the built app: real ECharts in Debian's headless Chromium, served from dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  shareServerAndBrowser,
  openPage,
  waitForChart,
  chartOption,
  readDataset,
  cspViolations,
  foreignRequests,
} from './harness.mjs';
import { defaultPace, completion, levelAfterOneMonth, fmt, DAYS_PER_MONTH } from './oracle.mjs';

const CHART = 'completion-chart';
const dataset = readDataset();
let server;
let browser;

shareServerAndBrowser((s, b) => { server = s; browser = b; });

/** Opens the app, waits for the chart, and returns the page with its recorders. */
async function openApp(viewport) {
  const session = await openPage(browser, viewport);
  await session.page.goto(server.url);
  await waitForChart(session.page, CHART);
  return session;
}

// Series are found by id: the name is the word on screen, which may change.
function series(option, id) {
  const found = option.series.find((s) => s.id === id);
  assert.ok(found, `series ${id} is in the chart`);
  return found;
}

test('loads with no console error and draws the completion chart', async () => {
  const { page, errors, context } = await openApp();
  const option = await chartOption(page, CHART);
  const reported = series(option, 'reported').data;
  const expected = dataset.progress.filter((o) => o.kind === 'reported');
  assert.deepEqual(reported.map((d) => d.value), expected.map((o) => [o.date, o.percent]));
  for (const [point, observation] of reported.map((d, i) => [d, expected[i]])) {
    assert.match(point.name, new RegExp(observation.source.cited_as.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  assert.ok(series(option, 'projected').data.length > 1, 'a projection is drawn');
  assert.equal(await page.locator('h1').count(), 1);
  assert.deepEqual(errors, [], 'no console errors');
  await context.close();
});

test('the default sentence is the arithmetic of the two latest reports', async () => {
  const { page, context } = await openApp();
  const pace = defaultPace(dataset);
  assert.equal(await page.locator('#pace').inputValue(), String(pace));
  const sentence = await page.locator('#scenario-sentence').innerText();
  assert.ok(sentence.startsWith(completion(dataset, pace).sentence), sentence);
  await context.close();
});

test('moving the pace slider by keyboard updates the sentence, the table and the chart', async () => {
  const { page, errors, context } = await openApp();
  const chartId = await page.evaluate((id) => globalThis.echarts.getInstanceByDom(document.getElementById(id)).id, CHART);
  const pace = Math.round((defaultPace(dataset) + 0.2) * 10) / 10;
  await page.locator('#pace').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const expected = completion(dataset, pace);

  await page.waitForFunction((text) => document.getElementById('scenario-sentence').innerText.startsWith(text), expected.sentence);
  assert.equal(await page.locator('#pace-value').innerText(), `${fmt(pace, 1)} points a month`);

  const option = await chartOption(page, CHART);
  const projected = series(option, 'projected');
  assert.ok(Math.abs(projected.data[1].value[1] - levelAfterOneMonth(dataset, pace)) < 0.01);
  // The completion marker is a vertical line series from [date, 0] up to [date, 100].
  const completionLine = series(option, 'guide-completion').data;
  assert.deepEqual([completionLine[0][0], completionLine[1].value[0]], [expected.iso, expected.iso], 'the completion marker moved to the new date');

  const lastRow = page.locator('#completion-table tbody tr').last();
  assert.equal(await lastRow.getAttribute('data-kind'), 'projected');
  assert.equal(await lastRow.locator('td').first().getAttribute('data-date'), expected.iso);

  const sameInstance = await page.evaluate((id) => globalThis.echarts.getInstanceByDom(document.getElementById(id)).id, CHART);
  assert.equal(sameInstance, chartId, 'the chart is updated, not re-created');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a slowdown that stalls progress replaces the completion marker instead of keeping it', async () => {
  const { page, context } = await openApp();
  await page.locator('#slowdown').focus();
  await page.keyboard.press('End');
  const sentence = await page.locator('#scenario-sentence').innerText();
  const stall = 80 + defaultPace(dataset) / 0.5;
  assert.match(sentence, new RegExp(`level off near ${fmt(stall, 0)} percent`));
  const ids = (await chartOption(page, CHART)).series.map((s) => s.id);
  assert.ok(!ids.includes('guide-completion'), 'no stale completion marker');
  assert.equal(series(await chartOption(page, CHART), 'guide-stall').data[0][1], Math.round(stall * 100) / 100, 'the stall is marked instead');
  await page.getByRole('button', { name: /reset/i }).click();
  assert.ok((await page.locator('#scenario-sentence').innerText()).startsWith(completion(dataset, defaultPace(dataset)).sentence));
  await context.close();
});

test('the table lists every dataset entry with its value, kind and source', async () => {
  const { page, context } = await openApp();
  const rows = page.locator('#completion-table tbody tr:not([data-kind="projected"])');
  assert.equal(await rows.count(), dataset.progress.length);
  for (const [i, entry] of dataset.progress.entries()) {
    const cells = rows.nth(i).locator('td');
    assert.equal(await rows.nth(i).getAttribute('data-kind'), entry.kind);
    assert.equal(await cells.nth(0).getAttribute('data-date'), entry.date);
    assert.equal(await cells.nth(1).innerText(), `${fmt(entry.percent, 1)}%`);
    // Derived, and labelled so (issue #19): percent ÷ 100 × the program count, not programs done.
    assert.equal(await cells.nth(2).innerText(), fmt(entry.percent / 100 * dataset.programs.count, 1));
    assert.equal(await cells.nth(2).getAttribute('data-label'), 'Percent × count (derived)');
    assert.equal(await cells.nth(3).innerText(), entry.kind);
    assert.ok((await cells.nth(4).innerText()).includes(entry.wording));
    assert.equal(await cells.nth(5).innerText(), entry.source.cited_as);
  }
  const projectedRows = page.locator('#completion-table tbody tr[data-kind="projected"]');
  assert.ok(await projectedRows.count() > 0, 'projected rows follow, labelled as projected');
  await context.close();
});

/** `iso` plus whole calendar months, keeping the day (as `Date::add_months` does for days ≤ 28). */
function addMonths(iso, months) {
  const [year, month, day] = iso.split('-').map(Number);
  const index = year * 12 + month - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

test('the projected rows follow the slider row by row, as their number grows and shrinks', async () => {
  const { page, errors, context } = await openApp();
  const last = dataset.progress.at(-1);
  assert.ok(Number(last.date.slice(8)) <= 28, 'the oracle below keeps the day of the month');
  const days = (a, b) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
  // Fast, slow, then between: each pace has its own number of quarterly rows (at most eight).
  for (const pace of [6, 0.5, 2.5, 9.5]) {
    await page.locator('#pace').evaluate((input, value) => {
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, pace);
    const done = completion(dataset, pace);
    await page.waitForFunction((text) => document.getElementById('scenario-sentence').innerText.startsWith(text), done.sentence);
    const quarters = [];
    for (let quarter = 1; quarter <= 8; quarter += 1) {
      const date = addMonths(last.date, quarter * 3);
      if (date >= done.iso) break;
      quarters.push({ date, percent: `${fmt(Math.min(100, last.percent + pace * (days(last.date, date) / DAYS_PER_MONTH)), 1)}%` });
    }
    const expected = [...quarters, { date: done.iso, percent: '100%' }];
    const rows = await page.locator('#completion-table tbody tr[data-kind="projected"]').evaluateAll((trs) => trs.map((tr) => ({
      date: tr.cells[0].getAttribute('data-date'),
      percent: tr.cells[1].textContent,
    })));
    assert.deepEqual(rows, expected, `projected rows at ${pace} points a month`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a chart is drawn once when created, and redrawn only when its box changes size', async () => {
  const session = await openPage(browser);
  const { page, errors, context } = session;
  // Counts each instance's resize calls (the wasm looks the method up on the instance). Wraps
  // `echarts.init` once the bundle has run, from a capturing `load` listener: defining the
  // global ahead would tell the app that ECharts had run already.
  await page.addInitScript(() => {
    globalThis.__resizes = {};
    document.addEventListener('load', (event) => {
      const { echarts } = globalThis;
      if (event.target.tagName !== 'SCRIPT' || !echarts || echarts.__counted) return;
      echarts.__counted = true;
      const init = echarts.init;
      echarts.init = function countedInit(element, ...rest) {
        const instance = init.call(this, element, ...rest);
        const resize = instance.resize;
        globalThis.__resizes[element.id] = 0;
        instance.resize = function countedResize(...args) {
          globalThis.__resizes[element.id] += 1;
          return resize.apply(this, args);
        };
        return instance;
      };
    }, true);
  });
  await page.goto(server.url);
  await waitForChart(page, CHART);
  // The observer's first report comes in the frame after creation; give it several.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  assert.equal(await page.evaluate((id) => globalThis.__resizes[id], CHART), 0, 'no redraw for the size it was created at');
  await page.setViewportSize({ width: 700, height: 900 });
  await page.waitForFunction((id) => globalThis.__resizes[id] > 0, CHART);
  const [box, canvas] = await page.locator(`#${CHART}`).evaluate((el) => [el.clientWidth, el.querySelector('canvas').getBoundingClientRect().width]);
  assert.ok(Math.abs(box - canvas) <= 1, `the canvas (${canvas}px) follows its box (${box}px)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 375 px wide nothing scrolls sideways', async () => {
  const { page, context } = await openApp({ width: 375, height: 812 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  const chartWidth = await page.locator(`#${CHART}`).evaluate((el) => el.getBoundingClientRect().width);
  assert.ok(chartWidth > 300 && chartWidth <= 375, `chart is ${chartWidth}px wide`);
  await context.close();
});

test('every request stays on the page origin', async () => {
  const { page, requests, context } = await openApp();
  await page.locator('#pace').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(200);
  assert.ok(requests.length >= 4, `the page loaded its files (${requests.length} requests)`);
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(await cspViolations(page), [], 'no Content-Security-Policy violation');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(policy, /'unsafe-eval'/, 'no eval for scripts');
  await context.close();
});
