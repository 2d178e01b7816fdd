// The parts of ECharts the app uses, bundled by scripts/build-echarts.mjs into one classic
// script that defines the global `echarts` charming's option JSON is fed to. Adding a chart
// type or component to the app means adding it here.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart,
  GridComponent, LegendPlainComponent, TooltipComponent,
  CanvasRenderer,
]);

globalThis.echarts = echarts;
