// Where a slider step's script time goes: a CPU profile (Chromium's sampling profiler, 50 µs)
// over 200 keyboard-free slider steps, split by the script that ran: the app's wasm, its glue
// JS, ECharts, the browser itself. Run after a release build: `node bench/profile-step.mjs`.
import { serveDist, launchBrowser, openPage } from '../e2e/harness.mjs';

const STEPS = Number(process.env.BENCH_STEPS ?? 200);

/** Which part of the page a profile node's code belongs to. */
function partOf(frame) {
  const { url, functionName } = frame;
  if (/\.wasm$/.test(url) || /^wasm-function/.test(functionName) || url.startsWith('wasm://')) return 'app wasm';
  if (/union-state-explorer-[0-9a-f]+\.js$/.test(url)) return 'app glue JS';
  if (/echarts\.min-[0-9a-f]+\.js$/.test(url)) return 'ECharts';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)' || functionName === '(idle)' || functionName === '(root)') return functionName;
  if (url === '') return 'browser built-ins (DOM, JSON.parse, …)';
  return 'other page script';
}

const server = await serveDist(process.env.DIST ? { dir: process.env.DIST } : {});
const browser = await launchBrowser();
try {
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await page.waitForFunction(() => {
    const el = document.getElementById('completion-chart');
    return el && globalThis.echarts?.getInstanceByDom(el)?.getOption().series?.length;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate(async (steps) => {
    const input = document.getElementById('pace');
    for (let i = 0; i < steps; i += 1) {
      input.value = (2 + (i % 40) * 0.1).toFixed(1);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
  }, STEPS);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Self time per node from the samples and their time deltas.
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const parts = new Map();
  const wasmFunctions = new Map();
  const builtins = new Map();
  for (const [id, msSelf] of self) {
    const frame = byId.get(id).callFrame;
    const part = partOf(frame);
    parts.set(part, (parts.get(part) ?? 0) + msSelf);
    if (part === 'browser built-ins (DOM, JSON.parse, …)') builtins.set(frame.functionName, (builtins.get(frame.functionName) ?? 0) + msSelf);
    if (part === 'app wasm') wasmFunctions.set(frame.functionName, (wasmFunctions.get(frame.functionName) ?? 0) + msSelf);
  }
  console.log(`\nSelf time per slider step, by part (${STEPS} steps, sampled every 50 µs):\n`);
  console.log('| part | ms per step |\n|---|---:|');
  for (const [part, total] of [...parts].sort((a, b) => b[1] - a[1])) {
    if (part !== '(idle)') console.log(`| ${part} | ${(total / STEPS).toFixed(2)} |`);
  }
  console.log('\nThe browser built-ins with the most self time:\n');
  console.log('| built-in | ms per step |\n|---|---:|');
  for (const [name, total] of [...builtins].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
    console.log(`| ${name || '(anonymous)'} | ${(total / STEPS).toFixed(3)} |`);
  }
  console.log('\nThe wasm functions with the most self time (names as the release build keeps them):\n');
  console.log('| function | ms per step |\n|---|---:|');
  for (const [name, total] of [...wasmFunctions].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`| ${name || '(anonymous)'} | ${(total / STEPS).toFixed(3)} |`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
