// A plain static server for a built dist/: what `scripts/serve.sh` runs, and what the browser
// tests and the benchmark serve the build with (e2e/harness.mjs).
// With `precompressed`, a client that accepts brotli or gzip gets the `.br` or `.gz` file the
// post-build step wrote beside each file, as nginx's brotli_static/gzip_static would serve it.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The encodings a request accepts that have a precompressed file, best first. */
function encodingFor(req, file) {
  const accepted = req.headers['accept-encoding'] ?? '';
  for (const [token, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (new RegExp(`\\b${token}\\b`).test(accepted) && fs.existsSync(file + suffix)) {
      return { token, suffix };
    }
  }
  return null;
}

/**
 * Answers a GET for `pathname` from `dir` mounted at `base`; false when no file matches, so the
 * caller can answer 404 (or play another part). Every answer says `no-cache`, so a browser
 * asks again on each load and a new build is seen at once.
 */
export function serveStatic(req, res, pathname, { dir, base = '/', precompressed = false, headers = {} }) {
  if (!pathname.startsWith(base)) return false;
  let rel = decodeURIComponent(pathname.slice(base.length)) || 'index.html';
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.join(dir, rel);
  if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return false;
  const common = {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    // As many static hosts do; lets a sandboxed (opaque-origin) iframe load the module script.
    'access-control-allow-origin': '*',
    ...headers,
  };
  const encoding = precompressed ? encodingFor(req, file) : null;
  if (encoding) {
    res.writeHead(200, { ...common, 'content-encoding': encoding.token, vary: 'accept-encoding' });
    fs.createReadStream(file + encoding.suffix).pipe(res);
  } else {
    res.writeHead(200, common);
    fs.createReadStream(file).pipe(res);
  }
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.join(root, 'dist');
  const port = Number(process.env.PORT ?? 8080);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error('dist/index.html is missing: run "trunk build --release" first');
    process.exit(1);
  }
  http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (!serveStatic(req, res, pathname, { dir, precompressed: true })) res.writeHead(404).end('not found');
  }).listen(port, '127.0.0.1', () => {
    console.log(`serving dist/ (precompressed .br and .gz where accepted) on http://127.0.0.1:${port}/`);
  });
}
