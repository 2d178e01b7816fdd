// Size guard: byte sizes are deterministic, so the build's weight is tested, not benchmarked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { distDir } from './harness.mjs';
import { precacheManifest } from '../scripts/postbuild.mjs';
import { OFFLINE_FILE } from '../scripts/offline-copy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const budget = JSON.parse(fs.readFileSync(path.join(root, 'bench', 'budget.json'), 'utf8'));

// What sw.js precaches, computed by the post-build step's own workbox-build options; the
// first test checks that sw.js lists exactly these entries.
const manifest = await precacheManifest(distDir);
/** The files a first visit loads: exactly what the service worker precaches, plus sw.js. */
const firstVisitFiles = () => ['sw.js', ...manifest.map((entry) => entry.url)];

test('sw.js precaches every file of the build but the .br/.gz copies and the classroom copy, each once', () => {
  const sw = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(distDir, full).split(path.sep).join('/'));
    }
  };
  walk(distDir);
  const expected = files.filter((f) => f !== 'sw.js' && f !== OFFLINE_FILE && !/\.(br|gz)$/.test(f)).sort();
  assert.ok(expected.includes('index.html') && files.some((f) => f.endsWith('.br')) && files.includes(OFFLINE_FILE), 'the build is complete');
  assert.deepEqual(manifest.map((e) => e.url).sort(), expected);
  for (const { url, revision } of manifest) {
    assert.ok(sw.includes(JSON.stringify({ revision, url })), `sw.js lists ${url} at revision ${revision}`);
  }
  assert.equal(manifest.find((e) => e.url === 'index.html').revision?.length, 32, 'the page has a revision');
  assert.ok(!/importScripts|\bimport\(/.test(sw), 'sw.js loads nothing from elsewhere');
});

/** The bytes a host sends for `file` in `encoding` ('gz' or 'br'): its precompressed copy. */
function sent(file, encoding) {
  const full = path.join(distDir, file);
  if (file.endsWith('.png')) return fs.statSync(full).size;
  assert.ok(fs.existsSync(`${full}.${encoding}`), `the build wrote no ${file}.${encoding}`);
  return fs.statSync(`${full}.${encoding}`).size;
}

test('every precompressed copy decompresses to the file it stands for', () => {
  for (const file of firstVisitFiles().filter((f) => !f.endsWith('.png'))) {
    const full = path.join(distDir, file);
    const original = fs.readFileSync(full);
    assert.ok(zlib.gunzipSync(fs.readFileSync(`${full}.gz`)).equals(original), `${file}.gz`);
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(`${full}.br`)).equals(original), `${file}.br`);
  }
});

for (const [encoding, ceiling] of [['gz', budget.first_visit_gzip_ceiling], ['br', budget.first_visit_brotli_ceiling]]) {
  test(`the first visit stays within its ${encoding} ceiling`, () => {
    const files = firstVisitFiles();
    assert.ok(files.some((f) => f.endsWith('.wasm')) && files.some((f) => /echarts/.test(f)), 'the list is the real build');
    const sizes = files.map((file) => [file, sent(file, encoding)]);
    const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
    const detail = sizes.map(([file, bytes]) => `${file}: ${bytes}`).join(', ');
    assert.ok(total <= ceiling, `first visit is ${total} bytes ${encoding}, over the ${ceiling}-byte ceiling (${detail})`);
  });
}

test('ECharts ships the chart types the app draws and no other', () => {
  const echarts = firstVisitFiles().filter((f) => /echarts/.test(f));
  assert.equal(echarts.length, 1);
  const bundle = fs.readFileSync(path.join(distDir, echarts[0]), 'utf8');
  // Each chart type ECharts offers registers its series model under "series.<type>".
  const offered = fs.readdirSync(path.join(root, 'node_modules', 'echarts', 'lib', 'chart'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'helper')
    .map((entry) => entry.name);
  assert.ok(offered.length > 15, `ECharts offers ${offered.length} chart types`);
  const shipped = offered.filter((type) => bundle.includes(`"series.${type}"`));
  assert.deepEqual(shipped.sort(), ['bar', 'line']);
  const full = fs.readFileSync(path.join(root, 'node_modules', 'echarts', 'dist', 'echarts.min.js'), 'utf8');
  assert.ok(full.includes('"series.pie"'), 'the probe finds a chart type in the full build');
});
