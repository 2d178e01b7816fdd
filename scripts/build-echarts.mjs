// Bundles only the ECharts modules the app uses (vendor/echarts-entry.mjs) into one minified
// classic script, target/vendor/echarts.min.js, which index.html loads before the wasm.
// Run by Trunk as a pre_build hook; esbuild, terser and echarts come from package-lock.json.
//
// esbuild bundles and terser minifies: terser's two compress passes make the file 6.8 KB
// smaller gzipped than esbuild's own minifier (181.1 → 174.6 KB, measured with ECharts 5.6).
// They take several seconds, so the result is reused while the bundle's input is unchanged.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'target', 'vendor', 'echarts.min.js');

// Modules `echarts/core` registers whatever the app uses, replaced by what the app needs of
// them (5.8 KB gzip in all, measured with ECharts 5.6). Each is safe only while the app keeps
// to the condition beside it; the browser tests draw every chart through this bundle.
const STUBS = {
  // Rewrites ECharts 2–4 option names (`itemStyle.normal`, `x2`, …): src/charts writes
  // current names only.
  'preprocessor/backwardCompat.js': 'export default function () {}',
  // Chinese strings for a browser set to Chinese; they name toolbox and aria parts this
  // bundle does not have, so English serves every reader.
  'i18n/langZH.js': "export { default } from './langEN.js';",
  // `showLoading()` is never called.
  'loading/default.js': "export default function () { throw new Error('showLoading is not bundled'); }",
  // The built-in dark theme: charts are created with no theme; src/model/theme.rs colours them.
  'theme/dark.js': 'export default {};',
  // Decal patterns (aria texture fills): no option sets a decal.
  'visual/decal.js': 'export default function () {}',
  'util/decal.js': 'export function createOrUpdatePatternFromDecal() { return null; }',
};
const stubPlugin = {
  name: 'echarts-stubs',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]echarts[\\/]lib[\\/].*\.js$/ }, (args) => {
      const file = args.path.split(path.sep).join('/');
      const stub = Object.keys(STUBS).find((name) => file.endsWith(`/echarts/lib/${name}`));
      return stub ? { contents: STUBS[stub], loader: 'js', resolveDir: path.dirname(args.path) } : undefined;
    });
  },
};
const stampFile = `${outfile}.input-sha256`;

const bundled = await build({
  entryPoints: [path.join(root, 'vendor', 'echarts-entry.mjs')],
  bundle: true,
  minify: false,
  write: false,
  format: 'iife',
  target: 'es2019',
  // Licence notices (tslib, zrender) go to the end as one /*! comment, which terser keeps.
  legalComments: 'eof',
  // ECharts reads this to drop its development warnings.
  define: { 'process.env.NODE_ENV': '"production"', __DEV__: 'false' },
  plugins: [stubPlugin],
  logLevel: 'warning',
});
const source = bundled.outputFiles[0].text;
const terserOptions = {
  ecma: 2019,
  toplevel: true,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: 'some' },
};
const terserVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'terser', 'package.json'), 'utf8')).version;
const stamp = crypto.createHash('sha256')
  .update(source).update(JSON.stringify(terserOptions)).update(terserVersion).digest('hex');

if (!(fs.existsSync(outfile) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp)) {
  const { code } = await minify(source, terserOptions);
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  fs.writeFileSync(outfile, code);
  fs.writeFileSync(stampFile, stamp);
}
