// The cross-engine benchmark (issue #21): time to first chart for the app and for ECharts alone
// (bench/reference.mjs), loads interleaved, each in a fresh browser session; and slider input →
// next frame drawn over many steps. In Chromium (Playwright), Firefox ESR and WebKit's
// MiniBrowser (the drivers of e2e/engines/drivers.mjs). Run after `trunk build --release`:
// `node bench/engines.mjs`; prints one Markdown table, the engines side by side, and writes
// bench/results/engines.json. An engine that cannot start is reported and skipped.
// Settings: BENCH_ENGINES (chromium,firefox,webkit), BENCH_ENGINE_LOADS (9 of each page),
// BENCH_ENGINE_STEPS (120), BENCH_DIST (the build to measure; dist/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDist, launchBrowser, openPage, distDir } from '../e2e/harness.mjs';
import { launchFirefox, startWebKitDriver, stopWebKitDriver, launchWebKit } from '../e2e/engines/drivers.mjs';
import { captureFirstChart, referencePage } from './reference.mjs';

const ENGINES = (process.env.BENCH_ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
const LOADS = Number(process.env.BENCH_ENGINE_LOADS ?? 9);
const STEPS = Number(process.env.BENCH_ENGINE_STEPS ?? 120);
const dir = path.resolve(process.env.BENCH_DIST ?? distDir);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)];
};
const ms = (value) => (value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(1)} ms`);

/**
 * A script every measured page loads first, as a same-origin file (the app's CSP allows no other
 * inline script): from then on it checks every frame, and records the first in which ECharts
 * holds an option and has drawn its canvas in `#completion-chart`. The same check bench.mjs
 * makes in Chromium through an init script, which classic WebDriver lacks.
 */
const PROBE = `(() => {
  const check = () => {
    const el = document.getElementById('completion-chart');
    const chart = el && globalThis.echarts && globalThis.echarts.getInstanceByDom(el);
    if (chart && chart.getOption().series && chart.getOption().series.length && el.querySelector('canvas')) {
      globalThis.__firstChartMs = performance.now();
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
})();`;

/** `html` with the probe as its first script, right after the charset (and the app's CSP). */
function withProbe(html) {
  const probe = '<script src="/bench-probe.js"></script>';
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;
  if (csp.test(html)) return html.replace(csp, (m) => `${m}\n${probe}`);
  if (!/<meta charset="utf-8">/i.test(html)) throw new Error('the page has no <meta charset> to put the probe after');
  return html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n${probe}`);
}

/** Chromium behind the drivers' interface: a fresh context (profile, cache) per launch. */
function chromiumEngine() {
  let browser;
  return {
    name: 'Chromium',
    start: async () => { browser = await launchBrowser(); },
    stop: async () => browser?.close(),
    launch: async () => {
      const { page, context } = await openPage(browser);
      return {
        version: () => `Chromium ${browser.version()}`,
        goto: (url) => page.goto(url),
        // Playwright passes one argument; every call here passes at most one.
        eval: (fn, arg) => page.evaluate(fn, arg),
        close: () => context.close(),
      };
    },
  };
}

const ENGINE_DEFS = {
  chromium: chromiumEngine,
  firefox: () => ({ name: 'Firefox', start: async () => {}, stop: async () => {}, launch: launchFirefox }),
  webkit: () => ({ name: 'WebKit', start: startWebKitDriver, stop: stopWebKitDriver, launch: launchWebKit }),
};

/** Polls `fn(arg)` in the page until it is truthy; returns that value. */
async function waitFor(d, what, fn, arg = null, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await d.eval(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Time to first chart of the app and of the reference, loads interleaved, a fresh session each. */
async function firstCharts(engine, urls) {
  const times = urls.map(() => []);
  for (let i = 0; i < LOADS; i += 1) {
    for (const [which, url] of urls.entries()) {
      const d = await engine.launch();
      try {
        await d.goto(url);
        times[which].push(await waitFor(d, 'the first chart', () => globalThis.__firstChartMs));
      } finally {
        await d.close();
      }
    }
  }
  return times;
}

/**
 * Slider input → the next frame ECharts drew ('rendered'), step after step, each after a frame.
 * In batches, as classic WebDriver ends a script after 30 s; a step with no frame within 2 s
 * counts as missed rather than hanging the run.
 */
async function sliderSteps(engine, url) {
  const d = await engine.launch();
  try {
    await d.goto(url);
    await waitFor(d, 'the first chart', () => {
      const el = document.getElementById('completion-chart');
      return Boolean(el && globalThis.echarts?.getInstanceByDom(el)?.getOption().series?.length);
    });
    const samples = [];
    let missed = 0;
    const BATCH = 20;
    for (let done = 0; done < STEPS; done += BATCH) {
      const batch = await d.eval(async ({ from, count }) => {
        const input = document.getElementById('pace');
        const chart = globalThis.echarts.getInstanceByDom(document.getElementById('completion-chart'));
        let resolveRendered = null;
        const onRendered = () => resolveRendered?.(true);
        chart.on('rendered', onRendered);
        const out = [];
        for (let i = from; i < from + count; i += 1) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const rendered = new Promise((resolve) => { resolveRendered = resolve; });
          const start = performance.now();
          input.value = (2 + (i % 40) * 0.1).toFixed(1);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const drawn = await Promise.race([rendered, new Promise((resolve) => setTimeout(() => resolve(false), 2000))]);
          out.push(drawn ? performance.now() - start : null);
        }
        chart.off('rendered', onRendered);
        return out;
      }, { from: done, count: Math.min(BATCH, STEPS - done) });
      for (const sample of batch) {
        if (sample === null) missed += 1;
        else samples.push(sample);
      }
    }
    return { samples, missed, version: await d.version() };
  } finally {
    await d.close();
  }
}

const pages = {};
const server = await serveDist({ dir, pages });
const results = [];
try {
  // The reference is built from the app's first option as Chromium's run of the app sees it.
  const chromium = await launchBrowser();
  let first;
  try {
    first = await captureFirstChart(chromium, server.url);
  } finally {
    await chromium.close();
  }
  pages['/bench-probe.js'] = { body: PROBE, type: 'text/javascript; charset=utf-8' };
  pages['/'] = withProbe(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'));
  pages['/bench-reference.html'] = withProbe(referencePage(first, dir));
  const urls = [server.url, `${server.origin}/bench-reference.html`];
  for (const key of ENGINES) {
    const def = ENGINE_DEFS[key];
    if (!def) throw new Error(`unknown engine ${key}: use ${Object.keys(ENGINE_DEFS).join(', ')}`);
    const engine = def();
    const started = Date.now();
    try {
      await engine.start();
      const [app, reference] = await firstCharts(engine, urls);
      const { samples, missed, version } = await sliderSteps(engine, server.url);
      results.push({ engine: engine.name, version, app, reference, steps: samples, missed, seconds: (Date.now() - started) / 1000 });
      process.stderr.write(`${engine.name}: done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    } catch (error) {
      results.push({ engine: engine.name, error: String(error?.message ?? error).split('\n')[0] });
      process.stderr.write(`${engine.name}: ${error?.stack ?? error}\n`);
    } finally {
      await engine.stop().catch(() => {});
    }
  }
} finally {
  await server.close();
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`\nMachine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg()[0].toFixed(1)}; ${new Date().toISOString().slice(0, 10)}; build ${path.relative(process.cwd(), dir) || '.'}`);
console.log(`Time to first chart: from navigation start to the first frame with the completion chart drawn, ${LOADS} loads of each page, app and ECharts alone interleaved, a fresh session each; slider: ${STEPS} steps, each after a frame.\n`);
const ok = results.filter((r) => !r.error);
const cell = (fn) => ok.map((r) => fn(r)).join(' | ');
console.log(`| measure | ${ok.map((r) => r.engine).join(' | ')} |\n|---|${ok.map(() => '---:').join('|')}|`);
const median = (v) => quantile(v, 0.5);
console.log(`| first chart, app, median | ${cell((r) => ms(median(r.app)))} |`);
console.log(`| first chart, ECharts alone, median | ${cell((r) => ms(median(r.reference)))} |`);
console.log(`| **app / ECharts alone** (goal ≤ 1.3× in Chromium) | ${cell((r) => `**${(median(r.app) / median(r.reference)).toFixed(2)}×**`)} |`);
console.log(`| first chart, app, p95 / ECharts alone, p95 | ${cell((r) => `${ms(quantile(r.app, 0.95))} / ${ms(quantile(r.reference, 0.95))}`)} |`);
console.log(`| slider input → next frame drawn, p50 | ${cell((r) => ms(median(r.steps)))} |`);
console.log(`| slider input → next frame drawn, p95 (goal ≤ 16.7 ms in Chromium) | ${cell((r) => ms(quantile(r.steps, 0.95)))} |`);
console.log(`| loads of each page; slider steps drawn (missed) | ${cell((r) => `${r.app.length}; ${r.steps.length} (${r.missed})`)} |`);
console.log(`| version | ${cell((r) => r.version)} |`);
for (const r of results.filter((x) => x.error)) console.log(`\n${r.engine}: not measured (${r.error})`);
fs.mkdirSync(path.join(distDir, '..', 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(distDir, '..', 'bench', 'results', 'engines.json'),
  JSON.stringify({ cpu, loads: LOADS, steps: STEPS, dir, results }, null, 2));
