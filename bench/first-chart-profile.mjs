// Where the time to the first chart goes (issue #21): Chromium traces of the app and of ECharts
// alone (the same bundle and first option on a plain page), loaded in turn, each in a fresh
// context, split into phases on the renderer's main thread. Medians over BENCH_LOADS loads
// (default 5). Run after a release build: `node bench/first-chart-profile.mjs`.
import { serveDist, launchBrowser, openPage } from '../e2e/harness.mjs';
import { captureFirstChart, referencePage } from './reference.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);

/**
 * Marks, in the page's own clock: when the ECharts global appeared (its script has run), when
 * the first chart's `init` and first `setOption` ran, and the first animation frame in which
 * the chart holds that option. `echarts.init` is wrapped from a capturing `load` listener, once
 * the bundle has run, as `reference.mjs` does (an external script's `load` fires right after it
 * runs, before the reference page's inline script on the next line).
 */
function instrument() {
  const marks = (globalThis.__marks = {});
  const wrap = () => {
    const { echarts } = globalThis;
    if (!echarts || echarts.__profiled) return;
    echarts.__profiled = true;
    marks.echartsRan = performance.now();
    const init = echarts.init;
    echarts.init = function profiledInit(element, ...rest) {
      const start = performance.now();
      const chart = init.call(this, element, ...rest);
      if (element.id === 'completion-chart' && marks.init === undefined) {
        marks.init = start;
        const setOption = chart.setOption;
        chart.setOption = function profiledSetOption(...args) {
          const begin = performance.now();
          try {
            return setOption.apply(this, args);
          } finally {
            if (marks.setOption === undefined) {
              marks.setOption = begin;
              marks.setOptionEnd = performance.now();
              requestAnimationFrame(() => { marks.frame = performance.now(); });
            }
          }
        };
      }
      return chart;
    };
  };
  document.addEventListener('load', (event) => { if (event.target.tagName === 'SCRIPT') wrap(); }, true);
}

/** Trace events of the main thread that are rendering (and HTML parsing), and that are script. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'ParseHTML', 'ParseAuthorStyleSheet']);
const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'v8.wasm.compileConsume',
  'wasm.OnBytesReceived', 'v8.wasm.compileConsumeDone', 'RunMicrotasks', 'EventDispatch', 'v8.callFunction']);

/** Sum of the main thread's top-level tasks' parts between two page times, from the trace. */
function mainThreadSplit(events, origin, from, to) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
    && events.some((t) => t.pid === e.pid && t.tid === e.tid && t.name === 'EvaluateScript'));
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const start = origin + from * 1000;
  const end = origin + to * 1000;
  const clip = (e) => Math.max(0, Math.min(e.ts + e.dur, end) - Math.max(e.ts, start)) / 1000;
  const split = { script: 0, rendering: 0, busy: 0 };
  for (const task of onMain.filter((e) => e.name === 'RunTask')) {
    const inTask = clip(task);
    if (inTask === 0) continue;
    split.busy += inTask;
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const rendering = inside.filter((e) => RENDERING.has(e.name))
      .reduce((sum, e) => sum + clip(e), 0);
    const script = inside.filter((e) => SCRIPT.has(e.name))
      // Nested script events (a FunctionCall inside a TimerFire) count once: keep the outermost.
      .filter((e, i, all) => !all.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur))
      .reduce((sum, e) => sum + clip(e), 0);
    split.rendering += rendering;
    split.script += Math.min(script, inTask - rendering);
  }
  split.idle = (to - from) - split.busy;
  return split;
}

/** One traced load of `url`: the page's marks and the main thread's split between them. */
async function tracedLoad(browser, url) {
  const { page, context } = await openPage(browser);
  await page.addInitScript(instrument);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'loading', 'blink.user_timing'] });
  await page.goto(url);
  await page.waitForFunction(() => globalThis.__marks?.frame !== undefined, null, { timeout: 30_000 });
  const marks = await page.evaluate(() => ({ ...globalThis.__marks, origin: performance.timeOrigin }));
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const events = trace.traceEvents;
  // The trace's clock in µs at the page's time origin: the navigation's start in both clocks.
  const navigation = events.filter((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith('http')).at(-1)
    ?? events.filter((e) => e.name === 'navigationStart').at(-1);
  const origin = navigation.ts;
  return {
    marks,
    beforeECharts: mainThreadSplit(events, origin, 0, marks.echartsRan),
    betweenEChartsAndInit: mainThreadSplit(events, origin, marks.echartsRan, marks.init),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const ms = (value) => (value === undefined ? '—' : `${value.toFixed(1)} ms`);

const pages = {};
const server = await serveDist({ pages });
const browser = await launchBrowser();
try {
  pages['/bench-reference.html'] = referencePage(await captureFirstChart(browser, server.url));
  const runs = { app: [], reference: [] };
  for (let i = 0; i < LOADS; i += 1) {
    runs.app.push(await tracedLoad(browser, server.url));
    runs.reference.push(await tracedLoad(browser, `${server.origin}/bench-reference.html`));
  }
  const row = (label, pick) => {
    const app = median(runs.app.map(pick).filter((v) => v !== undefined));
    const reference = median(runs.reference.map(pick).filter((v) => v !== undefined));
    console.log(`| ${label} | ${ms(app)} | ${Number.isNaN(reference) || reference === undefined ? '—' : ms(reference)} |`);
  };
  console.log(`\nTime to the first chart by phase, Chromium, medians of ${LOADS} traced loads each (tracing slows both pages):\n`);
  console.log('| phase (main thread) | app | ECharts alone |\n|---|---:|---:|');
  row('navigation → ECharts has run', (r) => r.marks.echartsRan);
  row('… of which script (app glue, ECharts evaluation, head script)', (r) => r.beforeECharts.script);
  row('… of which HTML parsing, style, layout, paint', (r) => r.beforeECharts.rendering);
  row('ECharts has run → the first chart\'s `init`', (r) => r.marks.init - r.marks.echartsRan);
  row('… of which script (wasm compile on the main thread, dataset, mount, first section)', (r) => r.betweenEChartsAndInit.script);
  row('… of which style, layout, paint of the frames in between', (r) => r.betweenEChartsAndInit.rendering);
  row('… of which idle (waiting for bytes, compile on other threads, timers)', (r) => r.betweenEChartsAndInit.idle);
  row('`init` → first `setOption` returns', (r) => r.marks.setOptionEnd - r.marks.init);
  row('… of which `setOption`', (r) => r.marks.setOptionEnd - r.marks.setOption);
  row('`setOption` returns → next frame', (r) => r.marks.frame - r.marks.setOptionEnd);
  row('**navigation → first chart\'s frame**', (r) => r.marks.frame);
} finally {
  await browser.close();
  await server.close();
}
