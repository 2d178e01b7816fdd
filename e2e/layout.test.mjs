// Phone-first layout (issue 18), measured, not timed: where the completion chart and its slider
// sit on the first screen, how tall the whole page is on a phone, no sideways scroll at 320 px,
// and no layout shift while sections mount or tables open. Each test prints its measures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareServerAndBrowser, openPage, waitForChart } from './harness.mjs';

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

const PHONE = { width: 375, height: 812 };
const WIDE = { width: 1280, height: 900 };
const MAX_PHONE_PAGE = 7000;

/** Counts every layout shift not caused by the reader's input, from the first paint on. */
function observeShifts(context) {
  return context.addInitScript(() => {
    globalThis.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) {
          globalThis.__shifts.push({
            value: entry.value,
            nodes: entry.sources?.map((s) => s.node?.id || s.node?.className || s.node?.nodeName) ?? [],
          });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Opens the page at `size` and waits until every section is in the document. */
async function openStory(size) {
  const opened = await openPage(browser, size);
  await observeShifts(opened.context);
  await opened.page.goto(server.url);
  // Attached, not drawn: on a phone the charts are drawn only near the viewport, and their
  // boxes have their height from the stylesheet before that.
  await opened.page.waitForSelector('#sources-list li', { state: 'attached' });
  await opened.page.waitForSelector('#completion-chart', { state: 'attached' });
  return opened;
}

/** Top of `selector` in page coordinates, and its bottom. */
function box(page, selector) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: Math.round(r.top + scrollY), bottom: Math.round(r.bottom + scrollY) };
  });
}

for (const size of [PHONE, WIDE]) {
  test(`at ${size.width}×${size.height} the completion chart starts on the first screen`, async () => {
    const { page, context, errors } = await openStory(size);
    const chart = await box(page, '#completion-chart');
    const slider = await box(page, '#pace');
    console.log(`${size.width}×${size.height}: chart ${chart.top}–${chart.bottom} px, pace slider ${slider.top}–${slider.bottom} px`);
    assert.ok(chart.top < size.height, `the chart starts at ${chart.top} px, below the first screen`);
    if (size === PHONE) {
      // The central interaction: the reader moves the pace and sees the whole chart answer.
      const span = Math.max(chart.bottom, slider.bottom) - Math.min(chart.top, slider.top);
      assert.ok(span <= size.height, `slider and chart span ${span} px, more than one screen`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test(`at 375×812 the page with every section is at most ${MAX_PHONE_PAGE} px tall`, async () => {
  const { page, context } = await openStory(PHONE);
  // Draw every section (they are laid out only near the viewport), then measure the real height.
  for (const id of ['trade-chart', 'balance-chart', 'timeline-chart']) await waitForChart(page, id);
  await page.locator('#sources-list').scrollIntoViewIfNeeded();
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
  const heights = await page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('header, main > section, footer')]
      .map((el) => [el.id || el.className, Math.round(el.getBoundingClientRect().height)])));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`375×812: page ${height} px tall; by part ${JSON.stringify(heights)}`);
  assert.ok(height <= MAX_PHONE_PAGE, `the page is ${height} px tall`);
  await context.close();
});

test('at 320 px nothing scrolls sideways, with every section drawn', async () => {
  const { page, context } = await openStory({ width: 320, height: 640 });
  for (const id of ['trade-chart', 'balance-chart', 'timeline-chart']) await waitForChart(page, id);
  await page.locator('#sources-list').scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  console.log(`320×640: ${overflow} px of sideways overflow`);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the viewport`);
  await context.close();
});

for (const size of [PHONE, WIDE]) {
  test(`at ${size.width} px no layout shift while sections mount or tables open`, async () => {
    const { page, context } = await openStory(size);
    await page.waitForTimeout(500);
    const onLoad = await page.evaluate(() => globalThis.__shifts);
    // Every data table's disclosure, opened from the keyboard as well as it is by a click.
    const toggles = page.locator('.disclosure__toggle');
    const count = await toggles.count();
    assert.ok(count >= 4, `each data table has its disclosure (${count} found)`);
    for (let i = 0; i < count; i += 1) {
      const toggle = toggles.nth(i);
      await toggle.scrollIntoViewIfNeeded();
      if (await toggle.getAttribute('aria-expanded') === 'false') {
        await toggle.focus();
        await page.keyboard.press('Enter');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      }
    }
    await page.waitForTimeout(300);
    const all = await page.evaluate(() => globalThis.__shifts);
    const cls = all.reduce((sum, s) => sum + s.value, 0);
    console.log(`${size.width} px: CLS ${cls.toFixed(4)} (${onLoad.length} shifts on load, ${all.length} in all) ${JSON.stringify(all)}`);
    assert.equal(cls, 0, 'no layout shift');
    await context.close();
  });
}

test('tables open on wide screens and closed on phones, and always printed', async () => {
  for (const [size, open] of [[PHONE, 'false'], [WIDE, 'true']]) {
    const { page, context } = await openStory(size);
    const states = await page.locator('.disclosure__toggle').evaluateAll((els) => els.map((el) => el.getAttribute('aria-expanded')));
    assert.ok(states.length >= 4 && states.every((s) => s === open), `${size.width} px: ${states}`);
    // The chart's summary stays in view whatever the disclosure's state.
    assert.ok(await page.locator('#completion-summary').isVisible());
    await page.emulateMedia({ media: 'print' });
    for (const id of ['completion-table', 'trade-table', 'balance-table', 'timeline-table']) {
      assert.ok(await page.locator(`#${id}`).isVisible(), `${size.width} px: #${id} is printed`);
    }
    await context.close();
  }
});

/** Every line of text ECharts drew in chart `id`, as boxes in the chart's own pixels. */
function chartTexts(page, id) {
  return page.evaluate((chartId) => {
    const el = document.getElementById(chartId);
    const chart = globalThis.echarts.getInstanceByDom(el);
    return chart.getZr().storage.getDisplayList()
      .filter((d) => d.type === 'tspan' && d.style?.text && !d.ignore && !d.invisible)
      .map((d) => {
        // The whole chain of transforms (axis labels sit in a translated group).
        const r = d.getBoundingRect().clone();
        const m = d.getComputedTransform?.() ?? d.transform;
        if (m) r.applyTransform(m);
        return { text: d.style.text, x: r.x, y: r.y, w: r.width, h: r.height };
      });
  }, id);
}

for (const width of [375, 768, 1280]) {
  test(`at ${width} px the timeline labels every event, with no marker or label over another`, async () => {
    const { page, context } = await openStory({ width, height: 900 });
    await waitForChart(page, 'timeline-chart');
    const { dots, size } = await page.evaluate(() => {
      const chart = globalThis.echarts.getInstanceByDom(document.getElementById('timeline-chart'));
      const series = chart.getOption().series[0];
      return {
        dots: series.data.map((d) => chart.convertToPixel({ seriesIndex: 0 }, d.value.slice(0, 2))),
        size: { w: chart.getWidth(), h: chart.getHeight(), symbol: series.symbolSize },
      };
    });
    const texts = await chartTexts(page, 'timeline-chart');
    // Markers: each a row apart, further than their size.
    for (let i = 1; i < dots.length; i += 1) {
      const gap = Math.hypot(dots[i][0] - dots[i - 1][0], dots[i][1] - dots[i - 1][1]);
      assert.ok(gap > size.symbol, `markers ${i} and ${i + 1} are ${gap.toFixed(1)} px apart`);
    }
    // Labels: inside the chart, none overlapping another.
    const overlaps = [];
    for (const [i, a] of texts.entries()) {
      assert.ok(a.x >= -1 && a.x + a.w <= size.w + 1 && a.y >= -1 && a.y + a.h <= size.h + 1,
        `“${a.text}” leaves the chart (${a.x.toFixed(0)}, ${a.y.toFixed(0)}, ${a.w.toFixed(0)}×${a.h.toFixed(0)} in ${size.w}×${size.h})`);
      for (const b of texts.slice(i + 1)) {
        const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (ox > 1 && oy > 1) overlaps.push(`“${a.text}” / “${b.text}”`);
      }
    }
    const left = Math.min(...texts.map((t) => t.x));
    const right = Math.max(...texts.map((t) => t.x + t.w));
    console.log(`${width} px: timeline ${size.w}×${size.h}, ${dots.length} markers, ${texts.length} text lines from x ${left.toFixed(0)} to ${right.toFixed(0)}, ${overlaps.length} overlaps`);
    assert.deepEqual(overlaps, []);
    // Every event's number and first title line are on the chart.
    const drawn = texts.map((t) => t.text).join('\n');
    for (let n = 1; n <= dots.length; n += 1) assert.match(drawn, new RegExp(`(^|\\n)${n}\\. `), `event ${n} is labelled`);
    await context.close();
  });
}
