// Size guard: byte sizes are deterministic, so the build's weight is tested, not benchmarked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { distDir } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const budget = JSON.parse(fs.readFileSync(path.join(root, 'bench', 'budget.json'), 'utf8'));

/** The files a first visit loads: exactly what the service worker precaches, plus sw.js. */
function firstVisitFiles() {
  const sw = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const list = JSON.parse(sw.match(/const PRECACHE = (\[[\s\S]*?\]);/)[1]);
  return ['sw.js', ...list.filter((entry) => entry !== './')];
}

test('the first visit stays within its gzip budget', () => {
  const files = firstVisitFiles();
  assert.ok(files.some((f) => f.endsWith('.wasm')) && files.some((f) => /echarts/.test(f)), 'the list is the real build');
  const sizes = files.map((file) => [file, zlib.gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  const detail = sizes.map(([file, bytes]) => `${file}: ${bytes}`).join(', ');
  assert.ok(total <= budget.first_visit_gzip_bytes,
    `first visit is ${total} bytes gzip, over the ${budget.first_visit_gzip_bytes}-byte ceiling (${detail})`);
});

test('only the ECharts modules the app uses are shipped, not a prebuilt full bundle', () => {
  const echarts = firstVisitFiles().filter((f) => /echarts/.test(f));
  assert.deepEqual(echarts.length, 1);
  const bytes = fs.statSync(path.join(distDir, echarts[0])).size;
  const full = fs.statSync(path.join(root, 'node_modules', 'echarts', 'dist', 'echarts.min.js')).size;
  assert.ok(bytes < full * 0.6, `the ECharts file is ${bytes} bytes; the full build is ${full}`);
});
