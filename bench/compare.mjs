// Two builds side by side in one run (issue #21): per-step script time (whole and the app's own,
// setOption excluded, as bench.mjs measures it), a per-step CPU profile split, and time to first
// chart against ECharts alone, loads interleaved. For before/after comparisons on a shared,
// noisy machine, where only ratios within one run mean much.
// Usage: node bench/compare.mjs <distA> <distB> (defaults: BENCH_ROUNDS=3 rounds of 120 steps
// per build, BENCH_LOADS=5 loads of each page). Self times per step are in ms; DOM changes are
// MutationObserver records per step.
import { serveDist, launchBrowser, openPage } from '../e2e/harness.mjs';
import { captureFirstChart, referencePage } from './reference.mjs';

const dirs = process.argv.slice(2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const STEPS = Number(process.env.BENCH_STEPS ?? 120);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))];
};

function partOf({ url, functionName }) {
  if (/\.wasm$/.test(url) || /^wasm-function/.test(functionName) || url.startsWith('wasm://')) return 'wasm';
  if (/union-state-explorer-[0-9a-f]+\.js$/.test(url)) return 'glue';
  if (/echarts\.min-[0-9a-f]+\.js$/.test(url)) return 'echarts';
  if (functionName === '(garbage collector)') return 'gc';
  if (functionName === '(program)' || functionName === '(idle)' || functionName === '(root)') return functionName;
  if (url === '') return 'builtins';
  return 'other';
}

const readyChart = () => {
  const el = document.getElementById('completion-chart');
  return el && globalThis.echarts?.getInstanceByDom(el)?.getOption().series?.length;
};

async function steps(browser, url) {
  const { page, context } = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(readyChart);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const samples = await page.evaluate(async (count) => {
    const input = document.getElementById('pace');
    const chart = globalThis.echarts.getInstanceByDom(document.getElementById('completion-chart'));
    let inSetOption = 0;
    const setOption = chart.setOption;
    chart.setOption = function timedSetOption(...args) {
      const start = performance.now();
      try { return setOption.apply(this, args); } finally { inSetOption += performance.now() - start; }
    };
    const channel = new MessageChannel();
    const nextTask = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
    const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => nextTask().then(resolve)));
    const whole = [];
    const own = [];
    // DOM changes per step: a count that the machine's load does not move.
    let mutations = 0;
    const observer = new MutationObserver((records) => { mutations += records.length; });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    for (let i = 0; i < count; i += 1) {
      await afterFrame();
      inSetOption = 0;
      // A frame the browser renders before the next task is its style, layout and paint, not
      // script: the step ends at that frame's first callback if it comes first.
      let frameAt = Infinity;
      requestAnimationFrame(() => { frameAt = performance.now(); });
      const start = performance.now();
      input.value = (2 + (i % 40) * 0.1).toFixed(1);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await nextTask();
      const total = Math.min(performance.now(), frameAt) - start;
      whole.push(total);
      own.push(total - inSetOption);
    }
    chart.setOption = setOption;
    observer.disconnect();
    return { whole, own, mutations: mutations / count };
  }, STEPS);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parts = {};
  profile.samples.forEach((id, i) => {
    const part = partOf(byId.get(id).callFrame);
    parts[part] = (parts[part] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / STEPS;
  });
  await context.close();
  return { ...samples, parts };
}

async function firstChart(browser, url) {
  const { page, context } = await openPage(browser);
  await page.addInitScript(() => {
    const check = () => {
      const el = document.getElementById('completion-chart');
      const chart = el && globalThis.echarts && globalThis.echarts.getInstanceByDom(el);
      if (chart && chart.getOption().series?.length && el.querySelector('canvas')) globalThis.__firstChartMs = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(url);
  await page.waitForFunction(() => globalThis.__firstChartMs !== undefined, null, { timeout: 30_000 });
  const value = await page.evaluate(() => globalThis.__firstChartMs);
  await context.close();
  return value;
}

const pages = {};
const servers = [];
for (const dir of dirs) servers.push(await serveDist({ dir, pages }));
const browser = await launchBrowser();
try {
  pages['/bench-reference.html'] = referencePage(await captureFirstChart(browser, servers[0].url), dirs[0]);
  const results = dirs.map(() => ({ whole: [], own: [], parts: {}, loads: [], mutations: 0 }));
  const reference = [];
  if (STEPS > 0) {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [i, server] of servers.entries()) {
        const r = await steps(browser, server.url);
        results[i].whole.push(...r.whole);
        results[i].own.push(...r.own);
        results[i].mutations += r.mutations / ROUNDS;
        for (const [k, v] of Object.entries(r.parts)) results[i].parts[k] = (results[i].parts[k] ?? 0) + v / ROUNDS;
      }
    }
  }
  for (let load = 0; load < LOADS; load += 1) {
    for (const [i, server] of servers.entries()) results[i].loads.push(await firstChart(browser, server.url));
    reference.push(await firstChart(browser, `${servers[0].origin}/bench-reference.html`));
  }
  const f = (v) => v.toFixed(2);
  console.log(`| build | own p50 | own p95 | whole p50 | whole p95 | wasm | glue | builtins | echarts | program | gc | DOM changes | first chart median | / ECharts alone |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [i, dir] of dirs.entries()) {
    const r = results[i];
    const p = (k) => f(r.parts[k] ?? 0);
    const median = r.loads.length ? quantile(r.loads, 0.5) : NaN;
    console.log(`| ${dir} | ${r.own.length ? f(quantile(r.own, 0.5)) : '-'} | ${r.own.length ? f(quantile(r.own, 0.95)) : '-'} | ${r.whole.length ? f(quantile(r.whole, 0.5)) : '-'} | ${r.whole.length ? f(quantile(r.whole, 0.95)) : '-'} | ${p('wasm')} | ${p('glue')} | ${p('builtins')} | ${p('echarts')} | ${p('(program)')} | ${p('gc')} | ${r.mutations.toFixed(0)} | ${f(median)} | ${f(median / quantile(reference, 0.5))}× |`);
  }
  console.log(`ECharts alone: median ${f(quantile(reference, 0.5))} ms over ${reference.length} loads; loads: ${JSON.stringify(results.map((r) => r.loads.map(Math.round)))} ref ${JSON.stringify(reference.map(Math.round))}`);
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
