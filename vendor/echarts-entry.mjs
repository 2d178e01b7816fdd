// The parts of ECharts the app uses, bundled by scripts/build-echarts.mjs into one classic
// script that defines the global `echarts` the chart component (src/components/echart.rs)
// feeds option JSON to. Adding a chart type or component to the app means adding it here.
//
// Only the functions anything calls are exported: the wasm calls `init` and `registerLocale`
// (the Russian and Belarusian month names, from the app's own tables), tests and the
// benchmark call `getInstanceByDom`. Exporting the whole `echarts/core` namespace kept
// every helper it re-exports (graphic shapes, GeoJSON parsing, …): 5.4 KB gzip more.
import { use, init, getInstanceByDom, registerLocale } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart, LineChart,
  GridComponent, LegendPlainComponent, TooltipComponent,
  CanvasRenderer,
]);

globalThis.echarts = { init, getInstanceByDom, registerLocale };
