// Bundles only the ECharts modules the app uses (vendor/echarts-entry.mjs) into one minified
// classic script, target/vendor/echarts.min.js, which index.html preloads and the app runs
// when its first chart comes near the viewport.
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
const stampFile = `${outfile}.input-sha256`;

// Modules the bundle would carry but the app never runs, replaced by stubs (18.0 KB gzip in
// all, measured with ECharts 5.6). Each is safe only while the app keeps to the condition
// beside it; the browser tests draw every chart through this bundle and open its tooltips
// by pointer and by keyboard.
const STUBS = {
  // Rewrites ECharts 2–4 option names (`itemStyle.normal`, `x2`, …): src/charts writes
  // current names only.
  'echarts/lib/preprocessor/backwardCompat.js': 'export default function () {}',
  // Chinese strings for a browser set to Chinese; they name toolbox and aria parts this
  // bundle does not have, so English serves every reader.
  'echarts/lib/i18n/langZH.js': "export { default } from './langEN.js';",
  // `showLoading()` is never called.
  'echarts/lib/loading/default.js': "export default function () { throw new Error('showLoading is not bundled'); }",
  // The built-in dark theme: charts are created with no theme; src/model/theme.rs colours them.
  'echarts/lib/theme/dark.js': 'export default {};',
  // Decal patterns (aria texture fills): no option sets a decal.
  'echarts/lib/visual/decal.js': 'export default function () {}',
  'echarts/lib/util/decal.js': 'export function createOrUpdatePatternFromDecal() { return null; }',
  // Tooltips drawn on the canvas: the tooltip's renderMode is left at 'auto', HTML in a browser.
  'echarts/lib/component/tooltip/TooltipRichContent.js':
    "export default class { constructor() { throw new Error('richText tooltips are not bundled'); } }",
  // Axis pointers (the crosshair or shadow of an axis-triggered tooltip): every tooltip is
  // triggered by an item. The tooltip still asks for the axisPointer model, so that stays,
  // with a view that draws nothing.
  'echarts/lib/component/axisPointer/install.js': `import AxisPointerModel from './AxisPointerModel.js';
import ComponentView from '../../view/Component.js';
class AxisPointerView extends ComponentView {}
AxisPointerView.type = 'axisPointer';
export function install(registers) {
  registers.registerComponentModel(AxisPointerModel);
  registers.registerComponentView(AxisPointerView);
  registers.registerPreprocessor((option) => {
    if (option && (!option.axisPointer || option.axisPointer.length === 0)) option.axisPointer = {};
  });
}`,
  'echarts/lib/component/axisPointer/viewHelper.js': "export function getValueLabel() { return ''; }",
  // Dataset transforms (filter, sort): series carry their own data; no dataset component.
  'echarts/lib/data/helper/transform.js': `export function registerExternalTransform() {}
export function applyDataTransform() { throw new Error('dataset transforms are not bundled'); }`,
  // Logarithmic axes: every axis is 'value', 'time' or 'category'.
  'echarts/lib/scale/Log.js': 'export default class LogScale {}',
  // Sectors (polar bars, pies): the bars are cartesian.
  'echarts/lib/label/sectorLabel.js':
    'export function createSectorCalculateTextPosition() {} export function setSectorTextRotation() {}',
  'zrender/lib/graphic/helper/roundSector.js': 'export function buildPath() {}',
  // zrender's own TimSort, for drawing order and ECharts' task order: Array.prototype.sort
  // has been just as stable since ES2019, the oldest JavaScript the bundle targets.
  'zrender/lib/core/timsort.js': `export default function sort(array, compare, lo = 0, hi = array.length) {
  const sorted = array.slice(lo, hi).sort(compare);
  for (let i = lo; i < hi; i += 1) array[i] = sorted[i - lo];
}`,
  // Pinch gestures and dragging: no chart zooms, pans or has draggable parts. A touch still
  // asks the gesture recogniser, which now never recognises one.
  'zrender/lib/core/GestureMgr.js': 'export class GestureMgr { clear() { return this; } recognize() {} }',
  'zrender/lib/mixin/Draggable.js': 'export default class Draggable {}',
};
const stubsUsed = new Set();
const stubPlugin = {
  name: 'echarts-stubs',
  setup(builder) {
    builder.onLoad({ filter: /[\\/](echarts|zrender)[\\/]lib[\\/].*\.js$/ }, (args) => {
      const file = args.path.split(path.sep).join('/');
      const stub = Object.keys(STUBS).find((name) => file.endsWith(`/node_modules/${name}`));
      if (!stub) return undefined;
      stubsUsed.add(stub);
      return { contents: STUBS[stub], loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

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
// A stub that replaced nothing means an ECharts upgrade moved the module: say so rather than
// quietly ship it again.
const unused = Object.keys(STUBS).filter((name) => !stubsUsed.has(name));
if (unused.length) throw new Error(`ECharts stubs matched no module: ${unused.join(', ')}`);
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
