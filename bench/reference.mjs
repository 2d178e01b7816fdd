// The reference page of issue #21: ECharts alone drawing the app's own first option, read from
// the built app, so the benchmark compares the app with the floor of any app on this library.
import fs from 'node:fs';
import { openPage, distDir } from '../e2e/harness.mjs';

/**
 * The app's first chart as ECharts received it, read from the built app at run time: the
 * element's size, `init`'s options and the first option passed to `setOption`.
 */
export async function captureFirstChart(browser, url) {
  const { page, context } = await openPage(browser);
  // Wraps `echarts.init` once the bundle has run: a capturing `load` listener on the document
  // runs before the app's own handler on the script element. (Defining `globalThis.echarts`
  // ahead would make the app think the bundle had already run.)
  await page.addInitScript(() => {
    const wrap = () => {
      const { echarts } = globalThis;
      if (!echarts || echarts.__wrapped) return;
      const init = echarts.init;
      echarts.__wrapped = true;
      echarts.init = function initAndRecord(element, theme, options) {
        const chart = init.call(this, element, theme, options);
        if (element.id === 'completion-chart') {
          const setOption = chart.setOption;
          chart.setOption = function firstOption(option, ...rest) {
            globalThis.__firstChart ??= {
              option: JSON.stringify(option),
              init: JSON.stringify(options ?? null),
              width: element.clientWidth,
              height: element.clientHeight,
            };
            return setOption.call(this, option, ...rest);
          };
        }
        return chart;
      };
    };
    document.addEventListener('load', (event) => { if (event.target.tagName === 'SCRIPT') wrap(); }, true);
  });
  await page.goto(url);
  await page.waitForFunction(() => globalThis.__firstChart !== undefined, null, { timeout: 30_000 });
  const first = await page.evaluate(() => globalThis.__firstChart);
  await context.close();
  return first;
}

/**
 * The floor for any app on this chart library: a plain page that loads the same ECharts
 * bundle and draws the app's own first option into an element of the same size.
 */
export function referencePage(first, dir = distDir) {
  const bundle = fs.readdirSync(dir).find((f) => /^echarts\.min-[0-9a-f]+\.js$/.test(f));
  // `</` would end the inline script early; the option is JSON, so escaping `<` is enough.
  const option = first.option.replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>ECharts alone</title></head>
<body style="margin:0"><div id="completion-chart" style="width:${first.width}px;height:${first.height}px"></div>
<script src="./${bundle}"></script>
<script>echarts.init(document.getElementById('completion-chart'), null, ${first.init}).setOption(${option});</script>
</body></html>`;
}
