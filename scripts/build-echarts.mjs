// Bundles only the ECharts modules the app uses (vendor/echarts-entry.mjs) into one minified
// classic script, target/vendor/echarts.min.js, which index.html loads before the wasm.
// Run by Trunk as a pre_build hook; esbuild and echarts come from package-lock.json.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'vendor', 'echarts-entry.mjs')],
  outfile: path.join(root, 'target', 'vendor', 'echarts.min.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  legalComments: 'eof',
  // ECharts reads this to drop its development warnings.
  define: { 'process.env.NODE_ENV': '"production"', __DEV__: 'false' },
  logLevel: 'warning',
});
