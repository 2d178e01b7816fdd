// Trunk post_build hook: finishes the staged build in place.
//  1. Fills <noscript> with the key figures and tables and adds the header shell shown until
//     the app mounts, both written by the Rust messages (src/bin/shell.rs), and moves the
//     ECharts script after the wasm's loader.
//  2. Adds a strict Content-Security-Policy whose script-src allows Trunk's inline loader by hash.
//  3. Writes sw.js: the Workbox worker of scripts/sw.mjs, bundled, precaching exactly this build's files.
//  4. Writes a brotli (.br) and a gzip (.gz) copy beside each text file, for hosts that serve
//     precompressed files (nginx brotli_static/gzip_static; scripts/static-server.mjs).
//  5. Writes the copy for the classroom, union-state-explorer-offline.html: the finished app in
//     one self-contained file that works from disk (scripts/offline-copy.mjs); neither
//     precached nor compressed.
//  Before these, a release build's glue JS and CSS are minified (Trunk copies them as written).
// Run by Trunk with TRUNK_STAGING_DIR set; `node scripts/postbuild.mjs DIR` works on any build dir.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { build, transform } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { minify } from 'terser';
import { OFFLINE_FILE, writeOfflineCopy } from './offline-copy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The header shell and <noscript> content, from `cargo run --bin shell` (a host build: it
 * shares the dependencies `cargo test` compiles and needs no leptos).
 */
export function shellHtml() {
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'shell'], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

/**
 * Writes DIR/manifest.LANG.webmanifest for every language but English (whose manifest is
 * public/manifest.webmanifest, copied by Trunk): the same manifest with the app's name, short
 * name and description in that language, from the Rust messages. The head script and the app
 * (src/app/lang.rs) point the page's manifest link at the page language's.
 */
function writeManifests(dir, manifests) {
  const base = JSON.parse(fs.readFileSync(path.join(root, 'public', 'manifest.webmanifest'), 'utf8'));
  for (const [lang, names] of Object.entries(manifests)) {
    if (lang === 'en') continue;
    fs.writeFileSync(path.join(dir, `manifest.${lang}.webmanifest`), `${JSON.stringify({ ...base, ...names }, null, 2)}\n`);
  }
}

/** Fills <noscript> and the header shell, and adds the CSP to DIR/index.html. */
export function finishHtml(dir, { withCsp = true, stripComments = withCsp } = {}) {
  const indexPath = path.join(dir, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');

  // --- 1. The no-JavaScript version and the header's first lines, painted before the wasm
  // arrives (on a slow connection, seconds earlier; the app removes it as it mounts): both
  // written by the Rust host binary src/bin/shell.rs from the app's own messages and dataset.
  // Every language's shell and no-JavaScript page, each marked with its `lang`: the head
  // script chose the page language by the app's rule, and the script after the shells keeps
  // that language's shell as #shell (the style sheet hides the rest until then).
  const { shell, noscript, titles, manifests } = shellHtml();
  if (!html.includes('<!-- noscript-content -->')) throw new Error('index.html lacks the <!-- noscript-content --> placeholder');
  html = html.replace('<!-- noscript-content -->', () => noscript);
  if (!html.includes('<!-- shell -->')) throw new Error('index.html lacks the <!-- shell --> placeholder');
  const keepShell = '<script>(function(){for(var l=document.documentElement.lang,s=document.querySelectorAll("[data-shell]"),i=0;i<s.length;i++)if(s[i].getAttribute("data-shell")===l)s[i].id="shell";else s[i].remove()})()</script>';
  html = html.replace('<!-- shell -->', () => shell + keepShell);
  if (!html.includes('__TITLES__')) throw new Error('index.html lacks the head script\'s __TITLES__ placeholder');
  // "<" written as \u003c, so no title can close the script.
  html = html.replace('__TITLES__', () => JSON.stringify(titles).replace(/</g, '\\u003c'));
  writeManifests(dir, manifests);

  // ECharts runs while the wasm compiles rather than after the mount (issue #21): a deferred
  // script after Trunk's loader, whose synchronous part starts the wasm's fetch and compile
  // before ECharts' evaluation takes the main thread. The app learns its outcome by
  // DOMContentLoaded (widgets/echart/loader.rs); charts are still created only near the
  // viewport. Fetched at low priority, so the wasm comes first on a slow connection.
  const echartsTag = /<script src="(\.\/echarts\.min-[0-9a-f]+\.js)"[^>]*><\/script>\s*/;
  if (!echartsTag.test(html)) throw new Error('index.html lacks the ECharts script tag');
  const echartsSrc = html.match(echartsTag)[1];
  html = html.replace(echartsTag, '');
  if (!html.includes('</head>')) throw new Error('index.html lacks </head>');
  html = html.replace('</head>', `<script src="${echartsSrc}" defer fetchpriority="low" id="echarts-script"></script>\n  </head>`);

  // --- 2. Content-Security-Policy with the hash of every inline script Trunk wrote.
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    // ECharts positions its tooltips with inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // Only `?data=` links fetch anything, and the app refuses any link to another site before
    // asking (src/model/link.rs); the policy says the same.
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  if (withCsp) {
    html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`);
  }
  // The source's comments explain it to developers; readers need not download them (350 B gzip).
  // No inline script or style holds "<!--", so only real comments go.
  if (stripComments) html = html.replace(/<!--[\s\S]*?-->\s*/g, '');
  fs.writeFileSync(indexPath, html);
}

/**
 * Minifies wasm-bindgen's glue JS (terser; 9.4 -> 7.2 KB gzip) and the stylesheet (esbuild;
 * 4.6 -> 3.4 KB gzip) in DIR, and renews the glue's Subresource Integrity hash in index.html,
 * which the browser checks before running it. File names keep Trunk's hashes.
 */
export async function minifyAssets(dir) {
  const indexPath = path.join(dir, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  const glue = fs.readdirSync(dir).filter((f) => /^union-state-explorer-[0-9a-f]+\.js$/.test(f));
  const css = fs.readdirSync(dir).filter((f) => f.endsWith('.css'));
  if (glue.length !== 1 || css.length !== 1) throw new Error(`expected one glue script and one stylesheet, found ${glue} and ${css}`);
  const gluePath = path.join(dir, glue[0]);
  const { code } = await minify(fs.readFileSync(gluePath, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 } });
  fs.writeFileSync(gluePath, code);
  const integrity = `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`;
  const preload = new RegExp(`(<link rel="modulepreload" href="\\./${glue[0].replace('.', '\\.')}"[^>]*integrity=")[^"]+(")`);
  if (!preload.test(html)) throw new Error(`index.html lacks the integrity hash of ${glue[0]}`);
  html = html.replace(preload, `$1${integrity}$2`);
  fs.writeFileSync(indexPath, html);
  const cssPath = path.join(dir, css[0]);
  const minified = await transform(fs.readFileSync(cssPath, 'utf8'), { loader: 'css', minify: true });
  fs.writeFileSync(cssPath, minified.code);
}

/** True for the .br and .gz copies `precompress` writes: they are the host's, not the app's. */
export const isPrecompressed = (name) => /\.(br|gz)$/.test(name);

/**
 * Writes FILE.br (brotli, quality 11) and FILE.gz (gzip, level 9) beside every file in DIR but
 * PNGs, which are compressed already; returns each file's sizes.
 */
export function precompress(dir) {
  const sizes = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!isPrecompressed(entry.name) && path.extname(entry.name) !== '.png') {
        const bytes = fs.readFileSync(full);
        const br = zlib.brotliCompressSync(bytes, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        });
        const gz = zlib.gzipSync(bytes, { level: 9 });
        fs.writeFileSync(`${full}.br`, br);
        fs.writeFileSync(`${full}.gz`, gz);
        sizes.push({ file: path.relative(dir, full), raw: bytes.length, br: br.length, gzip: gz.length });
      }
    }
  };
  walk(dir);
  return sizes;
}

/**
 * workbox-build's options for DIR: every file of the build but sw.js, the .br/.gz copies and the
 * classroom copy (the whole app again in one file, for a download, never for a visit).
 */
function manifestOptions(dir) {
  return {
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', OFFLINE_FILE],
    // Trunk's content hashes (name-<hex>.ext, name-<hex>_bg.wasm; a leading zero is dropped)
    // make a revision redundant: such a file is fetched as is; every other file gets an MD5
    // revision and is fetched past the HTTP cache.
    dontCacheBustURLsMatching: /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/,
    // The wasm and ECharts exceed Workbox's 2 MiB default; leaving one out would break offline use.
    maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
    manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => !isPrecompressed(e.url)), warnings: [] })],
  };
}

/** The precache manifest of the build in DIR ({ url, revision } each), as sw.js lists it. */
export async function precacheManifest(dir) {
  const { manifestEntries, warnings } = await getManifest(manifestOptions(dir));
  if (warnings.length) throw new Error(`workbox-build: ${warnings.join('; ')}`);
  return manifestEntries;
}

/** The files a first visit loads from the build in DIR: sw.js and everything it precaches. */
export async function firstVisitFiles(dir) {
  return ['sw.js', ...(await precacheManifest(dir)).map((entry) => entry.url)];
}

/**
 * Writes DIR/sw.js: scripts/sw.mjs bundled with Workbox by esbuild, with this build's precache
 * manifest injected by workbox-build; returns the build's version (a digest of the manifest)
 * and files.
 */
export async function writeServiceWorker(dir) {
  const bundled = await build({
    entryPoints: [path.join(root, 'scripts', 'sw.mjs')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    // Strips Workbox's development logging and argument checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
  });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'use-sw-'));
  const swSrc = path.join(tmp, 'sw.js');
  // terser after esbuild: 6% fewer gzip bytes on every first visit (6.4 -> 6.1 KB).
  const { code } = await minify(bundled.outputFiles[0].text, { ecma: 2020, compress: { passes: 2 } });
  fs.writeFileSync(swSrc, code);
  try {
    const { warnings } = await injectManifest({ ...manifestOptions(dir), swSrc, swDest: path.join(dir, 'sw.js') });
    if (warnings.length) throw new Error(`workbox-build: ${warnings.join('; ')}`);
    const manifestEntries = await precacheManifest(dir);
    const digest = crypto.createHash('sha256');
    for (const { url, revision } of manifestEntries) digest.update(`${url}\0${revision}\0`);
    return { version: digest.digest('hex').slice(0, 16), files: manifestEntries.map((e) => e.url).sort() };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: node scripts/postbuild.mjs DIR (or run as a Trunk hook)');
  // `trunk serve` injects an inline live-reload script after this hook; a debug build leaves
  // the policy out so that reload keeps working. Release builds, which the tests use, carry it.
  const withCsp = process.env.TRUNK_PROFILE !== 'debug';
  if (withCsp) await minifyAssets(dir);
  finishHtml(dir, { withCsp });
  const { version, files } = await writeServiceWorker(dir);
  // A debug build is served by `trunk serve`, which compresses nothing and would serve stale copies.
  const compressed = withCsp ? precompress(dir) : [];
  // From the finished files: after the minification, and after sw.js and the compressed copies,
  // which must not include it.
  const offline = await writeOfflineCopy(dir);
  console.log(`postbuild: ${files.length} files precached as version ${version}; CSP ${withCsp ? 'set' : 'skipped (debug build)'}; ${compressed.length} files precompressed; ${OFFLINE_FILE} ${offline.raw} bytes (${offline.gzip} gzip)`);
}
