// Benchmark: bundle bytes (raw and gzip), time to first chart, slider-to-redraw latency.
// Run after `trunk build --release` (scripts/bench.sh does both). Prints Markdown tables.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { serveDist, launchBrowser, openPage, distDir } from '../e2e/harness.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const STEPS = Number(process.env.BENCH_STEPS ?? 200);
const SOAK_STEPS = Number(process.env.BENCH_SOAK_STEPS ?? 1000);

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)];
};
const ms = (value) => `${value.toFixed(1)} ms`;

function sizes() {
  const rows = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const bytes = fs.readFileSync(full);
        rows.push({ file: path.relative(distDir, full), raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(distDir);
  rows.sort((a, b) => b.gzip - a.gzip);
  return rows;
}

async function timeToFirstChart(browser, url) {
  const times = [];
  for (let i = 0; i < LOADS; i += 1) {
    const { page, context } = await openPage(browser);
    // Polls every frame from the first script on; records when ECharts holds the drawn option.
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
    times.push(await page.evaluate(() => globalThis.__firstChartMs));
    await context.close();
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
  }, STEPS);
}

/**
 * Script time of one slider step: from dispatching `input` to the next task, by which time
 * Leptos' effects (microtasks) and ECharts' synchronous setOption have all run.
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
    const channel = new MessageChannel();
    const nextTask = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
    const samples = [];
    for (let i = 0; i < steps; i += 1) {
      const start = performance.now();
      input.value = (2 + (i % 40) * 0.1).toFixed(1);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await nextTask();
      samples.push(performance.now() - start);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return samples;
  }, STEPS);
  await context.close();
  return samples;
}

/** JS heap before and after many slider steps (after forced GC), and chart instance counts. */
async function soak(browser, url) {
  const { page, context } = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => globalThis.echarts?.getInstanceByDom(document.getElementById('completion-chart')));
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const instances = () => page.evaluate(() => [...document.querySelectorAll('[_echarts_instance_]')].length);
  const before = { heap: await heap(), instances: await instances() };
  await page.evaluate(async (steps) => {
    const input = document.getElementById('pace');
    for (let i = 0; i < steps; i += 1) {
      input.value = (1 + (i % 90) * 0.1).toFixed(1);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, SOAK_STEPS);
  const after = { heap: await heap(), instances: await instances() };
  await context.close();
  return { before, after };
}

const server = await serveDist();
const browser = await launchBrowser();
try {
  const files = sizes();
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const loads = await timeToFirstChart(browser, server.url);
  const steps = await sliderLatency(browser, server.url);
  const scriptSteps = await sliderScriptTime(browser, server.url);
  const memory = await soak(browser, server.url);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nMachine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Chromium headless; ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| file | bytes | gzip bytes |\n|---|---:|---:|');
  for (const f of files) console.log(`| ${f.file} | ${f.raw} | ${f.gzip} |`);
  console.log(`| **total** | **${total.raw}** | **${total.gzip}** |\n`);
  console.log('| measure | median | p95 | runs |\n|---|---:|---:|---:|');
  console.log(`| time to first chart | ${ms(quantile(loads, 0.5))} | ${ms(quantile(loads, 0.95))} | ${loads.length} loads |`);
  console.log(`| slider input → chart redrawn | ${ms(quantile(steps, 0.5))} | ${ms(quantile(steps, 0.95))} | ${steps.length} steps |`);
  console.log(`| script time of one slider step | ${ms(quantile(scriptSteps, 0.5))} | ${ms(quantile(scriptSteps, 0.95))} | ${scriptSteps.length} steps |`);
  const growth = (memory.after.heap - memory.before.heap) / 1024;
  console.log(`\n| soak (${SOAK_STEPS} slider steps) | before | after |\n|---|---:|---:|`);
  console.log(`| JS heap after GC | ${(memory.before.heap / 1024).toFixed(0)} KB | ${(memory.after.heap / 1024).toFixed(0)} KB (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} KB) |`);
  console.log(`| ECharts instances | ${memory.before.instances} | ${memory.after.instances} |`);
  fs.mkdirSync(path.join(distDir, '..', 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(distDir, '..', 'bench', 'results', 'latest.json'),
    JSON.stringify({ files, total, loads, steps, scriptSteps, memory, cpu }, null, 2));
} finally {
  await browser.close();
  await server.close();
}
