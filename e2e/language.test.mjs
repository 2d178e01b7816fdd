// No English left on a Russian or Belarusian page (issue #20), part 1: the story with every
// "Show the data" table open, the share dialog and the embed snippet of each section, the as-of
// control moved to each date, print media, and predict mode before and after the reveal; axe on
// each. What counts as English, and what the contract allows, is in e2e/language.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readerTexts, latinRuns, waitForChart, axeViolations, scrollTo } from './harness.mjs';
import {
  setup, open, read, report, leaks, withoutPaths, openDisclosures, CHARTS, LANGS,
} from './language.mjs';

setup();

test('the check can fail: English planted in text, an attribute and a chart is found; the contract\'s exceptions are not', async () => {
  assert.deepEqual(latinRuns('Скачать график (PNG), см. https://example.org/a?b=c и datasets/bad.json'), []);
  assert.deepEqual(latinRuns('Загрузить данные (JSON)… Ctrl+C (⌘C на Mac)'), []);
  assert.deepEqual(latinRuns('Заморожено с the early 2000s'), ['the early 2000s']);
  assert.deepEqual(latinRuns('Apr'), ['Apr']);
  assert.deepEqual(withoutPaths('progress[1].percent: должно быть true, min'), ' : должно быть  ,  ');
  assert.deepEqual(latinRuns(withoutPaths('progress[1].percnt: unknown field')), ['progress', 'percnt: unknown field']);
  const { page, context } = await open('ru');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'planted';
    p.innerHTML = 'Кнопка Show the data <span title="Download">…</span> <cite>Kommersant</cite> <q lang="en">flies</q>';
    document.querySelector('main').append(p);
    const chart = globalThis.echarts.getInstanceByDom(document.getElementById('completion-chart'));
    chart.setOption({ series: [{ id: 'planted-series', type: 'line', name: 'Projected', data: [] }] });
  });
  const found = leaks(await readerTexts(page)).filter((l) => /#planted|planted|Projected|Download/.test(l)).join('\n');
  assert.match(found, /#planted: “Кнопка Show the data” → \["Show the data"\]/);
  assert.match(found, /\[title\]: “Download”/);
  assert.match(found, /chart #completion-chart option .*“Projected”/);
  assert.doesNotMatch(found, /Kommersant|flies/);
  await context.close();
});

for (const lang of LANGS) {
  test(`${lang}: the story, every table, the share dialog, the embed snippet, the as-of control, print`, async () => {
    const found = [];
    const { page, context, errors } = await open(lang);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    for (const chart of CHARTS) await waitForChart(page, chart);
    // Every "Show the data" disclosure, opened by its summary as a reader would.
    await openDisclosures(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await read(page, 'story', found);
    assert.deepEqual(await axeViolations(page), [], `${lang}: axe on the story with every table open`);

    // The share dialog, and the embed snippet for each section it offers.
    await page.locator('#share-open').click();
    await page.locator('.share-dialog[open]').waitFor();
    await read(page, 'share dialog', found);
    for (const value of await page.locator('#share-section option').evaluateAll((os) => os.map((o) => o.value))) {
      await page.locator('#share-section').selectOption(value);
      const snippet = await page.locator('#share-snippet').inputValue();
      // The snippet is markup: its words are the iframe's title; its src is a URL.
      const iframe = await page.evaluate((html) => {
        const el = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
        return el && { title: el.getAttribute('title'), src: el.getAttribute('src') };
      }, snippet);
      assert.ok(iframe, `a snippet: ${snippet}`);
      assert.match(iframe.src, new RegExp(`[?&]lang=${lang}(&|$)`), `${lang}: the embed snippet carries the language`);
      for (const leak of leaks([{ where: `snippet ${value} [title]`, text: iframe.title }])) found.push(`[share dialog] ${leak}`);
    }
    assert.deepEqual(await axeViolations(page), [], `${lang}: axe on the share dialog`);
    await page.locator('#share-close').click();

    // The as-of control moved to each other date.
    const asOf = page.locator('#as-of');
    await scrollTo(asOf);
    const dates = await asOf.locator('option').evaluateAll((os) => os.map((o) => o.value));
    for (const value of dates.slice(1)) {
      await asOf.selectOption(value);
      await page.waitForTimeout(200);
      await read(page, `as-of ${value}`, found);
    }

    // Print: the handout's own lines (print-only) and everything the print stylesheet keeps.
    await page.emulateMedia({ media: 'print' });
    await read(page, 'print', found);
    assert.deepEqual(await axeViolations(page), [], `${lang}: axe under print media`);
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(errors, []);
    await context.close();
    report(lang, found);
  });

  test(`${lang}: predict mode before the guess, a refused year, after the reveal`, async () => {
    const found = [];
    const { page, context, errors } = await open(lang, '&predict=1');
    await read(page, 'predict, before', found);
    assert.deepEqual(await axeViolations(page), [], `${lang}: axe in predict mode`);
    await page.locator('#guess-year').fill('1999');
    await page.locator('#guess-year').press('Enter');
    await page.locator('.predict__problem').filter({ hasText: /\S/ }).waitFor();
    await read(page, 'predict, refused year', found);
    await page.locator('#guess-year').fill('2024');
    await page.locator('#guess-year').press('Enter');
    await page.locator('#guess-result').waitFor();
    await read(page, 'predict, revealed', found);
    assert.deepEqual(await axeViolations(page), [], `${lang}: axe after the reveal`);
    assert.deepEqual(errors, []);
    await context.close();
    report(lang, found);
  });

}
