// Accessibility in the browser: axe-core on every view in both themes, a keyboard-only
// walkthrough, the theme switch, the settled announcement, reflow and reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  shareServerAndBrowser,
  openPage,
  waitForChart,
  waitForTooltip,
  chartOption,
  readDataset,
  axeViolations,
  scrollTo,
} from './harness.mjs';
import { completion, defaultPace, fmt } from './oracle.mjs';

const dataset = readDataset();
// The page and chart backgrounds of each theme (style/main.css and src/charts/mod.rs).
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(18, 20, 23)' };
const CHART_BACKGROUND = { light: '#ffffff', dark: '#121417' };
const VIEWS = [
  { query: '', chart: 'completion-chart' },
  { query: '?predict=1', chart: 'completion-chart' },
  { query: '?embed=progress', chart: 'completion-chart' },
  { query: '?embed=trade', chart: 'trade-chart' },
  { query: '?embed=balance', chart: 'balance-chart' },
  { query: '?embed=timeline', chart: 'timeline-chart' },
];

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

/** Opens `query` in a page whose device prefers `scheme`, waiting for `chart`. */
async function open(query, chart, options = {}) {
  const session = await openPage(browser, options);
  await session.page.goto(server.url + query);
  await waitForChart(session.page, chart);
  return session;
}

const bodyBackground = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('axe reports a planted violation (the check is wired up)', async () => {
  const { page, context } = await open('', 'completion-chart');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'favicon.svg';
    img.id = 'planted';
    document.querySelector('main').append(img);
  });
  const violations = await axeViolations(page);
  assert.ok(violations.some((v) => v.startsWith('image-alt: #planted')), violations.join('\n'));
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violation on any view in the ${scheme} theme`, async () => {
    for (const { query, chart } of VIEWS) {
      const { page, context, errors } = await open(query, chart, { colorScheme: scheme });
      assert.equal(await bodyBackground(page), BACKGROUND[scheme], `${query || 'page'} is drawn ${scheme}`);
      assert.equal((await chartOption(page, chart)).backgroundColor, CHART_BACKGROUND[scheme], `${chart} is ${scheme}`);
      assert.deepEqual(await axeViolations(page), [], `${query || 'full page'} (${scheme})`);
      if (query === '') {
        // The share dialog, open, is a view of its own.
        await page.locator('#share-open').click();
        await page.locator('.share-dialog[open]').waitFor();
        assert.deepEqual(await axeViolations(page), [], `share dialog (${scheme})`);
      }
      if (query === '?predict=1') {
        // After a guess the comparison and the projection appear.
        await page.locator('#guess-year').fill('2024');
        await page.locator('#guess-year').press('Enter');
        await page.locator('#scenario-sentence').waitFor();
        assert.deepEqual(await axeViolations(page), [], `predict mode after a guess (${scheme})`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

test('the theme switch repaints page and charts, is remembered, and "Match device" follows the device', async () => {
  const { page, context } = await open('', 'completion-chart', { colorScheme: 'light' });
  const instance = () => page.evaluate(() => globalThis.echarts.getInstanceByDom(document.getElementById('trade-chart')).id);
  await waitForChart(page, 'trade-chart');
  const before = await instance();
  await page.locator('#theme').selectOption('dark');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await bodyBackground(page), BACKGROUND.dark);
  for (const chart of ['completion-chart', 'trade-chart', 'balance-chart', 'timeline-chart']) {
    await waitForChart(page, chart);
    assert.equal((await chartOption(page, chart)).backgroundColor, CHART_BACKGROUND.dark, chart);
  }
  assert.equal(await instance(), before, 'charts are repainted, not re-created');

  // Remembered: a new visit in the same browser opens dark on a light device.
  await page.reload();
  await waitForChart(page, 'completion-chart');
  assert.equal(await page.locator('#theme').inputValue(), 'dark');
  assert.equal(await bodyBackground(page), BACKGROUND.dark);
  assert.equal((await chartOption(page, 'completion-chart')).backgroundColor, CHART_BACKGROUND.dark);

  // Back to the device's preference, which then changes while the page is open.
  await page.locator('#theme').selectOption('device');
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-theme'));
  assert.equal(await bodyBackground(page), BACKGROUND.light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction((bg) => {
    const chart = globalThis.echarts.getInstanceByDom(document.getElementById('completion-chart'));
    return chart.getOption().backgroundColor === bg;
  }, CHART_BACKGROUND.dark);
  assert.equal(await bodyBackground(page), BACKGROUND.dark);
  await page.reload();
  await waitForChart(page, 'completion-chart');
  assert.equal(await page.locator('#theme').inputValue(), 'device');
  await context.close();
});

test('?theme=dark draws an embed dark for a dark host page; a bad value changes nothing', async () => {
  const dark = await open('?embed=trade&theme=dark', 'trade-chart', { colorScheme: 'light' });
  assert.equal(await bodyBackground(dark.page), BACKGROUND.dark);
  assert.equal((await chartOption(dark.page, 'trade-chart')).backgroundColor, CHART_BACKGROUND.dark);
  await dark.context.close();
  const junk = await open('?embed=trade&theme=%3Cb%3E', 'trade-chart', { colorScheme: 'light' });
  assert.equal(await bodyBackground(junk.page), BACKGROUND.light);
  await junk.context.close();
});

test('the scenario sentence is announced once the slider settles, not at every step', async () => {
  const { page, context } = await open('', 'completion-chart');
  assert.equal(await page.locator('#scenario-sentence').getAttribute('aria-live'), null, 'the visible sentence is not live');
  const region = page.locator('#scenario-announcement');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  assert.equal(await region.innerText(), '', 'nothing is announced on opening');
  await page.evaluate(() => {
    globalThis.__announced = [];
    const node = document.getElementById('scenario-announcement');
    new MutationObserver(() => globalThis.__announced.push(node.textContent))
      .observe(node, { childList: true, characterData: true, subtree: true });
  });
  await page.locator('#pace').focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  const pace = Math.round((defaultPace(dataset) + 0.6) * 10) / 10;
  const expected = completion(dataset, pace).sentence;
  await page.waitForFunction((text) => document.getElementById('scenario-sentence').innerText.startsWith(text), expected);
  await page.waitForFunction(() => document.getElementById('scenario-announcement').textContent !== '', null, { timeout: 5000 });
  await page.waitForTimeout(1000);
  const announced = [...new Set(await page.evaluate(() => globalThis.__announced.filter((t) => t !== '')))];
  assert.deepEqual(announced, [(await region.textContent())], 'one announcement for six steps');
  assert.ok(announced[0].startsWith(expected), announced[0]);
  await context.close();
});

/** Describes the focused element and whether its focus ring shows. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  return {
    tag: e.tagName.toLowerCase(),
    id: e.id,
    text: (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40),
    inNav: Boolean(e.closest('nav')),
    ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
});

// The Russian and Belarusian pages: the same views, words of other lengths, `lang` on quotations.
for (const lang of ['ru', 'be']) {
  test(`axe finds no violation on the ${lang} page, its share dialog, predict mode and an embed`, async () => {
    for (const { query, chart } of [
      { query: `?lang=${lang}`, chart: 'completion-chart' },
      { query: `?lang=${lang}&predict=1`, chart: 'completion-chart' },
      { query: `?lang=${lang}&embed=progress`, chart: 'completion-chart' },
      { query: `?lang=${lang}&embed=trade`, chart: 'trade-chart' },
    ]) {
      const { page, context, errors } = await open(query, chart);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.deepEqual(await axeViolations(page), [], query);
      if (!query.includes('embed') && !query.includes('predict')) {
        await page.locator('#share-open').click();
        await page.locator('.share-dialog[open]').waitFor();
        assert.deepEqual(await axeViolations(page), [], `${query}: share dialog`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

test('keyboard only: every control is reached with a visible focus ring, in reading order', async () => {
  const { page, context } = await open('', 'completion-chart');
  const stops = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stop.tag === 'body') break;
    stops.push(stop);
  }
  assert.ok(stops.length < 120, 'Tab leaves the page after the last control instead of cycling inside');
  for (const stop of stops) assert.ok(stop.ring, `focus ring on ${stop.tag}#${stop.id} “${stop.text}”`);
  const ids = stops.map((s) => s.id).filter(Boolean);
  // The controls sit under the completion chart (issue 18), so its download comes before them.
  const order = ['theme', 'load-data', 'download-data', 'download-csv', 'predict-toggle', 'completion-chart-png',
    'pace', 'slowdown', 'basis', 'share-open', 'trade-chart-png', 'balance-chart-png', 'timeline-chart-png',
    'as-of', 'after-chart-png', 'programs-chart-png'];
  assert.deepEqual(ids.filter((id) => order.includes(id)), order, 'controls in reading order');
  assert.equal(stops[0].text, 'Skip to the explainer', 'the first stop skips the header');
  const sectionNames = ['Progress', 'Trade', 'Balance', 'Timeline', 'Treaty', 'What happened next', 'Sources'];
  const navLinks = stops.filter((s) => s.tag === 'a' && s.inNav && sectionNames.includes(s.text));
  assert.equal(navLinks.length, 7, 'every section link');
  // The sources' links back to their sections are reached too (e2e/sections checks where they go).
  assert.ok(stops.some((s) => s.tag === 'a' && !s.inNav && s.text === 'Trade'), 'the sources link back');
  assert.equal(stops.filter((s) => s.tag === 'div' && s.text.length > 0).length, 5, 'each table box scrolls by keyboard');
  assert.equal(stops.filter((s) => s.tag === 'tr').length, 1, 'the timeline table is one Tab stop');
  await context.close();
});

test('keyboard only: change the scenario, open a timeline tooltip, dismiss it, reach every section', async () => {
  const { page, context } = await open('', 'completion-chart');
  const sentence = () => page.locator('#scenario-sentence').innerText();

  // Skip link, then Tab to the pace slider.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 10 && (await focused(page)).id !== 'pace'; i++) await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'pace', 'the skip link leads to the controls');
  const start = Number(await page.locator('#pace').inputValue());
  await page.keyboard.press('ArrowRight');
  assert.equal(Number(await page.locator('#pace').inputValue()), Math.round((start + 0.1) * 10) / 10);
  await page.keyboard.press('PageUp');
  assert.ok(Number(await page.locator('#pace').inputValue()) > start + 0.1, 'Page Up takes a bigger step');
  await page.keyboard.press('End');
  assert.equal(await page.locator('#pace').inputValue(), '15');
  assert.ok((await sentence()).startsWith(completion(dataset, 15).sentence));
  await page.keyboard.press('Home');
  assert.equal(await page.locator('#pace').inputValue(), '0');
  assert.match(await sentence(), /never|no progress|would not/i);
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'slowdown');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Reset to the reported pace');
  await page.keyboard.press('Enter');
  assert.ok((await sentence()).startsWith(completion(dataset, defaultPace(dataset)).sentence), 'reset by keyboard');

  // On to the timeline table: its one Tab stop, then the arrow keys.
  for (let i = 0; i < 40 && (await focused(page)).tag !== 'tr'; i++) await page.keyboard.press('Tab');
  const tipShows = (title) => waitForTooltip(page, 'timeline-chart', title);
  const milestones = dataset.milestones;
  await tipShows(milestones[0].title);
  await page.keyboard.press('ArrowDown');
  await tipShows(milestones[1].title);
  await page.keyboard.press('End');
  await tipShows(milestones.at(-1).title);
  await page.keyboard.press('Escape');
  await waitForTooltip(page, 'timeline-chart', milestones.at(-1).title, false);

  // Every section through the navigation, by Enter, and Tab continues from there.
  for (const id of ['progress', 'trade', 'balance', 'timeline', 'treaty', 'after', 'sources']) {
    await page.locator(`.section-nav a[href="#${id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((sid) => {
      const top = document.getElementById(sid).getBoundingClientRect().top;
      return top >= -2 && top < window.innerHeight / 2;
    }, id, { timeout: 5000 });
  }
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => Boolean(document.activeElement.closest('#sources'))),
    'Tab continues from the section reached');
  await context.close();
});

test('a tooltip opened by hovering a chart closes with Escape, the pointer left where it is', async () => {
  const { page, context } = await open('', 'completion-chart');
  await waitForChart(page, 'trade-chart');
  const point = await page.evaluate(() => {
    const el = document.getElementById('trade-chart');
    const chart = globalThis.echarts.getInstanceByDom(el);
    const series = chart.getOption().series[0];
    const index = series.data.findIndex((d) => d !== null && d.value !== null);
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [index, series.data[index].value / 2]);
    const box = el.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y, name: series.name };
  });
  await page.mouse.move(point.x, point.y);
  await waitForTooltip(page, 'trade-chart', point.name);
  await page.keyboard.press('Escape');
  // The pointer has not moved, so only Escape can have hidden it.
  await waitForTooltip(page, 'trade-chart', point.name, false);
  await context.close();
});

test('text reflows without sideways scrolling at 320 px and at 200% zoom', async () => {
  for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 450, deviceScaleFactor: 2 }]) {
    const { page, context } = await open('', 'completion-chart', viewport);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${viewport.width} px: page is ${overflow} px wider than the viewport`);
    const clipped = await page.evaluate(() => [...document.querySelectorAll('h1, h2, p, label, button, th, td, li')]
      .filter((e) => e.offsetParent && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden')
      .map((e) => e.textContent.slice(0, 30)));
    assert.deepEqual(clipped, [], 'no text cut off');
    await context.close();
  }
});

test('reduced motion: no chart animates and no CSS transition runs', async () => {
  const { page, context } = await open('', 'completion-chart', { reducedMotion: 'reduce' });
  for (const chart of ['completion-chart', 'trade-chart', 'balance-chart', 'timeline-chart']) {
    await waitForChart(page, chart);
    assert.equal((await chartOption(page, chart)).animation, false, chart);
  }
  const durations = await page.evaluate(() => [...document.querySelectorAll('*')]
    .map((e) => getComputedStyle(e).transitionDuration)
    .filter((d) => d.split(',').some((x) => parseFloat(x) > 0)));
  assert.deepEqual(durations, []);
  await context.close();
});

test('structure: one h1, lang, landmarks, captioned tables with header cells, charts described', async () => {
  const { page, context } = await open('', 'completion-chart');
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('header').count() >= 1, true);
  assert.equal(await page.locator('main').count(), 1);
  assert.ok(await page.locator('nav[aria-label]').count() >= 1);
  const tables = page.locator('table');
  assert.ok(await tables.count() >= 4);
  for (let i = 0; i < await tables.count(); i++) {
    const table = tables.nth(i);
    await scrollTo(table); // rendered only near the viewport, as a reader would see it
    assert.ok((await table.locator('caption').innerText()).length > 10, 'caption');
    assert.ok(await table.locator('thead th[scope="col"]').count() >= 3, 'column headers');
  }
  for (const chart of ['completion-chart', 'trade-chart', 'balance-chart', 'timeline-chart']) {
    await waitForChart(page, chart);
    const summaryId = chart === 'completion-chart' ? 'completion-summary' : `${chart}-summary`;
    const summary = await page.locator(`#${summaryId}`).innerText();
    // The chart element is an image named by the same generated description shown beneath it.
    assert.equal(await page.locator(`#${chart}`).getAttribute('role'), 'img', chart);
    const label = await page.locator(`#${chart}`).getAttribute('aria-label');
    assert.ok(summary.length > 40 && label.includes(summary), `${chart}: “${label}”`);
  }
  await context.close();
});
