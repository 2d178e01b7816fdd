// Benchmark: first-visit bytes (raw, gzip, brotli), the app's own share of the wasm, time to
// first chart, slider-to-frame latency and script time per step, heap soak, Lighthouse mobile.
// Run after `trunk build --release` (scripts/bench.sh does both). Prints Markdown tables.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { serveDist, launchBrowser, openPage, distDir, CHROMIUM_ARGS } from '../e2e/harness.mjs';
import { firstVisitFiles } from '../scripts/postbuild.mjs';
import { captureFirstChart, referencePage } from './reference.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const STEPS = Number(process.env.BENCH_STEPS ?? 200);
const SOAK_STEPS = Number(process.env.BENCH_SOAK_STEPS ?? 1000);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)];
};
const ms = (value) => `${value.toFixed(1)} ms`;


/**
 * Each first-visit file's bytes as written, and as a host sends it: the .gz and .br copies the
 * post-build step wrote (a PNG, already compressed, is sent as it is).
 */
async function sizes() {
  const rows = (await firstVisitFiles(distDir)).map((file) => {
    const full = path.join(distDir, file);
    const raw = fs.statSync(full).size;
    const copy = (suffix) => (fs.existsSync(full + suffix) ? fs.statSync(full + suffix).size : raw);
    return { file, raw, gzip: copy('.gz'), br: copy('.br') };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  return rows;
}

/** The gzipped wasm of the stack baseline (bench/baseline), if bench/baseline/build.sh ran. */
function baselineWasmGzip() {
  const dir = path.join(distDir, '..', 'target', 'baseline', 'dist');
  const wasm = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith('.wasm')) : undefined;
  return wasm ? zlib.gzipSync(fs.readFileSync(path.join(dir, wasm)), { level: 9 }).length : null;
}

/**
 * Time to first chart on each of `urls`, loads interleaved (one of each in turn), each in a
 * fresh context: from navigation start to the first animation frame in which ECharts holds
 * the option and has drawn its canvas in `#completion-chart`.
 */
async function timeToFirstChart(browser, urls) {
  const times = urls.map(() => []);
  for (let i = 0; i < LOADS; i += 1) {
    for (const [which, url] of urls.entries()) {
      const { page, context } = await openPage(browser);
      // Polls every frame from the first script on.
      await page.addInitScript(() => {
        const check = () => {
          const el = document.getElementById('completion-chart');
          const chart = el && globalThis.echarts && globalThis.echarts.getInstanceByDom(el);
          if (chart && chart.getOption().series?.length && el.querySelector('canvas')) {
            globalThis.__firstChartMs = performance.now();
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      });
      await page.goto(url);
      await page.waitForFunction(() => globalThis.__firstChartMs !== undefined, null, { timeout: 30_000 });
      times[which].push(await page.evaluate(() => globalThis.__firstChartMs));
      await context.close();
    }
  }
  return times;
}

async function sliderLatency(browser, url) {
  const { page, context } = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => {
    const el = document.getElementById('completion-chart');
    return el && globalThis.echarts?.getInstanceByDom(el)?.getOption().series?.length;
  });
  return page.evaluate(async (steps) => {
    const input = document.getElementById('pace');
    const chart = globalThis.echarts.getInstanceByDom(document.getElementById('completion-chart'));
    let resolveRendered = null;
    chart.on('rendered', () => resolveRendered?.());
    const samples = [];
    for (let i = 0; i < steps; i += 1) {
      const rendered = new Promise((resolve) => { resolveRendered = resolve; });
      const value = (2 + (i % 40) * 0.1).toFixed(1);
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await rendered;
      samples.push(performance.now() - start);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return samples;
  }, STEPS).finally(() => context.close());
}

/**
 * Script time of one slider step, whole and the app's own share. Each step starts in a task
 * right after a frame was drawn and ends at the next task, by which time Leptos' effects
 * (microtasks) and ECharts' synchronous setOption have run, or at the next frame's first
 * callback when the browser renders a frame first (until session 9 that frame's style, layout
 * and paint counted as the step's script, in about one step in twenty). The app's own share
 * is that minus the time spent inside the chart's setOption, timed by wrapping the instance's
 * method: the wasm and its glue calling it look the method up on the instance.
 */
async function sliderScriptTime(browser, url) {
  const { page, context } = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => {
    const el = document.getElementById('completion-chart');
    return el && globalThis.echarts?.getInstanceByDom(el)?.getOption().series?.length;
  });
  const samples = await page.evaluate(async (steps) => {
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
    for (let i = 0; i < steps; i += 1) {
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
    return { whole, own };
  }, STEPS);
  await context.close();
  return samples;
}

/**
 * JS heap before and after many slider steps (after forced GC), and chart instance counts.
 * Measured twice: from a fresh page ("cold", which includes V8 compiling the hot ECharts and
 * glue functions, about 2 MB of code objects in heap snapshots, paid once) and after a
 * 200-step warm-up ("warm": what keeps growing while a reader plays with the slider).
 */
async function soak(browser, url, warmUp = 0) {
  const { page, context } = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => {
    const el = document.getElementById('completion-chart');
    return el && globalThis.echarts?.getInstanceByDom(el)?.getOption().series?.length;
  });
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const instances = () => page.evaluate(() => [...document.querySelectorAll('[_echarts_instance_]')].length);
  const move = (steps) => page.evaluate(async (count) => {
    const input = document.getElementById('pace');
    for (let i = 0; i < count; i += 1) {
      input.value = (1 + (i % 90) * 0.1).toFixed(1);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, steps);
  if (warmUp > 0) await move(warmUp);
  const before = { heap: await heap(), instances: await instances() };
  await move(SOAK_STEPS);
  // Lets the settled-address and announcement timers fire before measuring.
  await page.waitForTimeout(1000);
  const after = { heap: await heap(), instances: await instances() };
  await context.close();
  return { before, after };
}

/** Lighthouse's mobile performance run (simulated slow 4G and 4× CPU) against a gzip server. */
async function lighthouseMobile() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serveDist({ compress: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
      const { lhr } = await lighthouse(server.url, {
        port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json',
      });
      if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
      const metric = (id) => lhr.audits[id].numericValue;
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        si: metric('speed-index'),
      });
    }
    // The run with the median score stands for all.
    return runs.sort((x, y) => x.score - y.score)[Math.floor(runs.length / 2)];
  } finally {
    await chrome.kill();
    await server.close();
  }
}

const budgets = JSON.parse(fs.readFileSync(path.join(distDir, '..', 'bench', 'budget.json'), 'utf8'));
const pages = {};
const server = await serveDist({ pages });
const browser = await launchBrowser();
try {
  const files = await sizes();
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, br: sum.br + f.br }), { raw: 0, gzip: 0, br: 0 });
  const wasm = files.find((f) => f.file.endsWith('.wasm'));
  const baseline = baselineWasmGzip();
  pages['/bench-reference.html'] = referencePage(await captureFirstChart(browser, server.url));
  // Kept for a look: open it beside dist/ to see the reference draw the app's first chart.
  fs.mkdirSync(path.join(distDir, '..', 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(distDir, '..', 'bench', 'results', 'reference.html'), pages['/bench-reference.html']);
  const [loads, referenceLoads] = await timeToFirstChart(browser, [server.url, `${server.origin}/bench-reference.html`]);
  const steps = await sliderLatency(browser, server.url);
  const { whole: scriptSteps, own: ownSteps } = await sliderScriptTime(browser, server.url);
  const memory = await soak(browser, server.url);
  const warm = await soak(browser, server.url, 200);
  const mobile = await lighthouseMobile();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const chromium = browser.version();
  console.log(`\nMachine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Chromium ${chromium} headless; ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('First visit (the files the service worker precaches, and sw.js):\n');
  console.log('| file | bytes | gzip bytes | brotli bytes |\n|---|---:|---:|---:|');
  for (const f of files) console.log(`| ${f.file} | ${f.raw} | ${f.gzip} | ${f.br} |`);
  console.log(`| **total** | **${total.raw}** | **${total.gzip}** | **${total.br}** |\n`);
  if (baseline !== null) {
    console.log(`wasm, gzip: app ${wasm.gzip} B; stack baseline (bench/baseline: Leptos + charming + serde_json, same profile) ${baseline} B; ` +
      `**the app's own share ${wasm.gzip - baseline} B**\n`);
  } else {
    console.log('wasm baseline not built (run bench/baseline/build.sh): the app\'s own share is not reported\n');
  }
  console.log('| measure | median | p95 | runs |\n|---|---:|---:|---:|');
  console.log(`| time to first chart | ${ms(quantile(loads, 0.5))} | ${ms(quantile(loads, 0.95))} | ${loads.length} loads |`);
  console.log(`| time to first chart, ECharts alone (the same bundle and first option on a plain page) | ${ms(quantile(referenceLoads, 0.5))} | ${ms(quantile(referenceLoads, 0.95))} | ${referenceLoads.length} loads, interleaved |`);
  console.log(`| slider input → next frame drawn (ECharts 'rendered') | ${ms(quantile(steps, 0.5))} | ${ms(quantile(steps, 0.95))} | ${steps.length} steps |`);
  console.log(`| script time of one slider step | ${ms(quantile(scriptSteps, 0.5))} | ${ms(quantile(scriptSteps, 0.95))} | ${scriptSteps.length} steps |`);
  console.log(`| the app's own script per step (setOption excluded) | ${ms(quantile(ownSteps, 0.5))} | ${ms(quantile(ownSteps, 0.95))} | ${ownSteps.length} steps |`);
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const growth = (m) => m.after.heap - m.before.heap;
  const signed = (bytes) => `${bytes >= 0 ? '+' : ''}${kb(bytes)}`;
  console.log(`\n| soak (${SOAK_STEPS} slider steps) | heap before (after GC) | heap after | growth | ECharts instances |\n|---|---:|---:|---:|---:|`);
  console.log(`| from a fresh page (includes V8 compiling hot code) | ${kb(memory.before.heap)} | ${kb(memory.after.heap)} | ${signed(growth(memory))} | ${memory.before.instances} → ${memory.after.instances} |`);
  console.log(`| after a 200-step warm-up | ${kb(warm.before.heap)} | ${kb(warm.after.heap)} | ${signed(growth(warm))} | ${warm.before.instances} → ${warm.after.instances} |`);
  console.log(`\nLighthouse 12 mobile (simulated slow 4G, 4× CPU), precompressed files, median of ${LIGHTHOUSE_RUNS}: performance ${mobile.score}; ` +
    `FCP ${ms(mobile.fcp)}, LCP ${ms(mobile.lcp)}, TBT ${ms(mobile.tbt)}, CLS ${mobile.cls.toFixed(3)}, Speed Index ${ms(mobile.si)}`);
  const ownP95 = quantile(ownSteps, 0.95);
  const ratio = quantile(loads, 0.5) / quantile(referenceLoads, 0.5);
  console.log(`\nFirst chart, app against ECharts alone (medians): **${ratio.toFixed(2)}×**`);
  const rows = [
    ['first visit, gzip', `≤ ${budgets.first_visit_gzip_goal} B`, `${total.gzip} B`, total.gzip <= budgets.first_visit_gzip_goal],
    ['first visit, brotli', `≤ ${budgets.first_visit_brotli_goal} B`, `${total.br} B`, total.br <= budgets.first_visit_brotli_goal],
    ["the app's own script per step, p95", `≤ ${budgets.own_script_step_p95_ms} ms`, ms(ownP95), ownP95 <= budgets.own_script_step_p95_ms],
    [`heap growth over ${SOAK_STEPS} steps, warm`, `< ${budgets.heap_growth_kb} KB`, signed(growth(warm)), growth(warm) / 1024 < budgets.heap_growth_kb],
    [`heap growth over ${SOAK_STEPS} steps, cold`, `< ${budgets.heap_growth_kb} KB`, signed(growth(memory)), growth(memory) / 1024 < budgets.heap_growth_kb],
    ['first chart, app / ECharts alone (issue #21)', '≤ 1.3×', `${ratio.toFixed(2)}×`, ratio <= 1.3],
    ['ECharts instances unchanged', 'same', `${memory.before.instances} → ${memory.after.instances}`, memory.before.instances === memory.after.instances && warm.before.instances === warm.after.instances],
  ];
  console.log('\n| budget (issues #15, #21) | goal | measured | met |\n|---|---:|---:|:---:|');
  for (const [name, goal, measured, met] of rows) console.log(`| ${name} | ${goal} | ${measured} | ${met ? 'yes' : '**no**'} |`);
  fs.mkdirSync(path.join(distDir, '..', 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(distDir, '..', 'bench', 'results', 'latest.json'),
    JSON.stringify({ files, total, baseline, loads, referenceLoads, steps, scriptSteps, ownSteps, memory, warm, mobile, cpu, chromium }, null, 2));
} finally {
  await browser.close();
  await server.close();
}
