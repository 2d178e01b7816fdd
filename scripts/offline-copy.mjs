// The copy for the classroom (issue #29): one self-contained HTML file, written beside the
// build, that works opened from disk (file://), from a USB stick or from a learning platform's
// file area, with no network. It is made from the finished build's own files:
//  - the stylesheet inlined as <style>;
//  - ECharts inlined as a classic script, which runs as the parser meets it, so the global
//    `echarts` is there before the app starts (components/echart/loader.rs finds it at once);
//  - wasm-bindgen's glue bundled by esbuild with a small loader into one inline module script
//    (deferred, like Trunk's): a file:// page has an opaque origin, so Chromium refuses module
//    imports and fetch() there. The loader hands the glue's init the wasm's bytes, decoded from
//    base64 kept in a data block (<script type="application/octet-stream">), which never runs;
//  - the favicon as a data: URL; no manifest, no touch icon, no preloads, and no service worker
//    (the app registers one only on http(s) pages, src/app/offline.rs);
//  - a Content-Security-Policy of its own: the inline scripts by hash, wasm compiled from bytes
//    ('wasm-unsafe-eval'), images and fonts only from data: and blob: URLs, and nothing to
//    connect to: the file can reach no network.
// Every language's words are in the wasm, the dataset too; the head script still picks the
// language from ?lang=, the stored choice and navigator.languages.
// Run by scripts/postbuild.mjs after the service worker and the .br/.gz copies are written: the
// file is neither precached nor compressed (sw.js would otherwise make every visitor download
// the app twice). `node scripts/offline-copy.mjs DIR` writes it for any finished build.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The copy's file name in the build directory. */
export const OFFLINE_FILE = 'union-state-explorer-offline.html';

/** The one match of `re` in `text`, or an error naming `what` the build lacks. */
function one(text, re, what) {
  const all = [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))];
  if (all.length !== 1) throw new Error(`offline copy: expected one ${what} in index.html, found ${all.length}`);
  return all[0];
}

/** `text` with the one match of `re` replaced by `replacement` (a string, taken literally). */
function replaceOne(text, re, replacement, what) {
  const match = one(text, re, what);
  return text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length);
}

/** Checks that `code` can sit inside an HTML <script> or <style> element unchanged. */
function assertInlineable(code, name, tag) {
  // An end tag would close the element; "<!--" before a "<script" would change how the rest parses.
  if (new RegExp(`</${tag}`, 'i').test(code) || /<!--/.test(code) || /<script/i.test(code)) {
    throw new Error(`offline copy: ${name} holds text that cannot be inlined in <${tag}>`);
  }
}

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The module that starts the app: the glue's init with the wasm's bytes, then what Trunk's
 * loader does after it (window.wasmBindings, the TrunkApplicationStarted event).
 */
const LOADER = `
import init, * as bindings from 'glue';
const text = document.getElementById('wasm-base64').textContent.trim();
const binary = atob(text);
const bytes = new Uint8Array(binary.length);
for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
init({ module_or_path: bytes }).then((wasm) => {
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
});
`;

/** The glue (an ES module file) and LOADER as one module with no import and no export. */
async function bundleLoader(gluePath) {
  const result = await build({
    stdin: { contents: LOADER, loader: 'js', resolveDir: path.dirname(gluePath) },
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins: [{
      name: 'glue',
      setup(b) { b.onResolve({ filter: /^glue$/ }, () => ({ path: gluePath })); },
    }],
  });
  const code = result.outputFiles[0].text.trim();
  // An import would need a fetch, which a file:// page may not make; an export is a syntax error here.
  if (/(^|[;}\s])(import\s*[{*\w'"]|import\s*\(|export\s*[{*\w])/.test(code)) {
    throw new Error('offline copy: the bundled loader still imports or exports');
  }
  return code;
}

/**
 * Writes DIR/OFFLINE_FILE from the finished build in DIR (index.html and the files it names);
 * returns { file, raw, gzip }: its path and its size in bytes, as is and gzipped.
 */
export async function writeOfflineCopy(dir) {
  let html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const read = (name) => fs.readFileSync(path.join(dir, name));

  // The build's files, as index.html names them.
  const css = one(html, /<link rel="stylesheet" href="\.\/(main-[0-9a-f]+\.css)"[^>]*>/, 'stylesheet link');
  const loader = one(html, /<script type="module">[\s\S]*?from '\.\/(union-state-explorer-[0-9a-f]+\.js)';[\s\S]*?<\/script>/, 'wasm loader');
  const wasmName = one(loader[0], /module_or_path: '\.\/(union-state-explorer-[0-9a-f]+_bg\.wasm)'/, 'wasm path').at(1);
  const echarts = one(html, /<script src="\.\/(echarts\.min-[0-9a-f]+\.js)"[^>]*><\/script>/, 'ECharts script');

  // No Content-Security-Policy of the site's ('self' means nothing to a file), no manifest,
  // touch icon or preloads; the favicon inlined.
  html = replaceOne(html, /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '', 'Content-Security-Policy');
  html = replaceOne(html, /\s*<link rel="manifest"[^>]*>/, '', 'manifest link');
  html = replaceOne(html, /\s*<link rel="apple-touch-icon"[^>]*>/, '', 'touch icon link');
  html = replaceOne(html, /<link rel="modulepreload"[^>]*>/, '', 'glue preload');
  html = replaceOne(html, /<link rel="preload"[^>]*as="fetch"[^>]*>/, '', 'wasm preload');
  const favicon = one(html, /<link rel="icon" href="([^"]+\.svg)" type="image\/svg\+xml">/, 'favicon link');
  html = replaceOne(html, /<link rel="icon" href="[^"]+\.svg" type="image\/svg\+xml">/,
    `<link rel="icon" href="data:image/svg+xml;base64,${read(favicon[1]).toString('base64')}" type="image/svg+xml">`, 'favicon link');
  // The head script points the manifest link at the page language's; with no link it would throw.
  const manifestSwitch = 'if(l!=="en")d.querySelector("link[rel=manifest]").href="manifest."+l+".webmanifest"';
  if (html.split(manifestSwitch).length !== 2) throw new Error('offline copy: the head script\'s manifest switch changed');
  html = html.replace(manifestSwitch, () => '');

  // The stylesheet.
  const style = read(css[1]).toString('utf8').trim();
  assertInlineable(style, css[1], 'style');
  html = replaceOne(html, /<link rel="stylesheet" href="\.\/main-[0-9a-f]+\.css"[^>]*>/, `<style>${style}</style>`, 'stylesheet link');

  // ECharts, where the deferred script was: a classic inline script runs at once.
  const echartsCode = read(echarts[1]).toString('utf8').trim();
  assertInlineable(echartsCode, echarts[1], 'script');
  html = replaceOne(html, /<script src="\.\/echarts\.min-[0-9a-f]+\.js"[^>]*><\/script>/,
    `<script id="echarts-script">${echartsCode}</script>`, 'ECharts script');

  // The glue and the loader as one inline module, the wasm as a base64 data block after it.
  const module = await bundleLoader(path.resolve(dir, loader[1]));
  assertInlineable(module, 'the bundled glue', 'script');
  const wasmBase64 = read(wasmName).toString('base64');
  html = replaceOne(html, /<script type="module">[\s\S]*?<\/script>/,
    `<script type="module">${module}</script>\n    <script type="application/octet-stream" id="wasm-base64">${wasmBase64}</script>`, 'wasm loader');

  // Every file reference left must be to the page itself (#fragment) or a data: URL.
  const references = [...html.matchAll(/<(?:link|script|img|iframe|source|audio|video)\b[^>]*\b(?:src|href)="([^"]*)"/g)]
    .map((m) => m[1]).filter((url) => !url.startsWith('#') && !url.startsWith('data:'));
  if (references.length) throw new Error(`offline copy: still refers to ${references.join(', ')}`);

  // A policy of its own, hashing every script that runs (a data block does not).
  const hashes = [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/octet-stream"))[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => sha256(m[1]));
  const csp = [
    "default-src 'none'",
    `script-src 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    // ECharts positions its tooltips with inline styles.
    "style-src 'unsafe-inline'",
    // The favicon; the PNG a chart's download makes; the dataset download's blob: URL.
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  html = replaceOne(html, /<meta charset="utf-8">/i, `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`, 'charset meta');

  const file = path.join(dir, OFFLINE_FILE);
  fs.writeFileSync(file, html);
  const bytes = Buffer.from(html, 'utf8');
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/offline-copy.mjs DIR');
  const { file, raw, gzip } = await writeOfflineCopy(dir);
  console.log(`offline copy: ${file}, ${raw} bytes (${gzip} gzip)`);
}
