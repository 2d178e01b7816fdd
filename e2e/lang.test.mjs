// The page language (issue #20): chosen from the link, the stored choice and the browser's
// languages; switched from the header by keyboard without losing the scenario; carried by the
// address, the share link, the embed snippet and the printed link; the shell before the wasm;
// ECharts' own month names in the page language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareServerAndBrowser, openPage, waitForChart, readDataset, headlines } from './harness.mjs';

const dataset = readDataset();
const count = dataset.programs.count;
// The headlines and titles as src/messages/{en,ru,be} write them for the embedded dataset.
const HEADLINE = headlines(count);
const TITLE = {
  en: `Union State Integration Explorer: when will the ${count} programs be done?`,
  ru: `Интеграция в Союзном государстве: когда завершится выполнение ${count} программ?`,
  be: `Інтэграцыя ў Саюзнай дзяржаве: калі завершыцца выкананне ${count} праграм?`,
};
// Abbreviated months as model::locale writes them; ECharts' own English ones must not show.
const MONTHS = {
  en: ['Apr', 'Jul', 'Oct'],
  ru: ['апр.', 'июль', 'окт.'],
  be: ['кра', 'ліп', 'кас'],
};
const SCENARIO = '?pace=4.5&slowdown=2&asof=2022-12-19&predict=1';

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

/** A page whose browser prefers `languages` (navigator.languages), in a fresh context. */
async function openWithLanguages(languages, viewport) {
  const session = await openPage(browser, viewport);
  if (languages) {
    await session.context.addInitScript((list) => {
      Object.defineProperty(Navigator.prototype, 'languages', { get: () => list, configurable: true });
      Object.defineProperty(Navigator.prototype, 'language', { get: () => list[0], configurable: true });
    }, languages);
  }
  return session;
}

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
const param = (page, key) => page.evaluate((k) => new URLSearchParams(location.search).get(k), key);

/** Every text ECharts drew in chart `id` (axis labels, legend, markers), from its scene graph. */
function drawnTexts(page, id) {
  return page.evaluate((chartId) => {
    const chart = globalThis.echarts.getInstanceByDom(document.getElementById(chartId));
    const texts = [];
    chart.getZr().storage.getDisplayList(true).forEach((el) => {
      if (el.style && typeof el.style.text === 'string') texts.push(el.style.text);
    });
    return texts;
  }, id);
}

/** The scenario controls' state: slider values, predict mode, the as-of choice. */
function scenarioState(page) {
  return page.evaluate(() => ({
    pace: document.getElementById('pace')?.value,
    slowdown: document.getElementById('slowdown')?.value,
    predict: document.getElementById('predict-toggle')?.checked,
    asOf: document.getElementById('as-of')?.value,
  }));
}

test('the language switch works by keyboard and keeps the scenario, predict mode and as-of date', async () => {
  const { page, context, errors } = await openWithLanguages(['en-US']);
  await page.goto(server.url + SCENARIO);
  await waitForChart(page, 'completion-chart');
  await page.locator('#as-of').scrollIntoViewIfNeeded();
  await page.locator('#as-of').waitFor();
  const before = await scenarioState(page);
  assert.equal(before.predict, true);
  assert.equal(before.asOf, '2022-12-19');
  const chartBefore = await page.evaluate(() => globalThis.echarts.getInstanceByDom(document.getElementById('completion-chart')).id);
  assert.deepEqual(await drawnTexts(page, 'completion-chart').then((t) => MONTHS.en.filter((m) => t.includes(m))).then((f) => f.length > 0), true,
    'English month labels on the time axis');

  // The switch names each language in itself, with its own lang, labelled in the page's.
  const options = await page.locator('#lang option').evaluateAll((all) => all.map((o) => [o.value, o.lang, o.textContent.trim()]));
  assert.deepEqual(options, [['en', 'en', 'English'], ['ru', 'ru', 'Русский'], ['be', 'be', 'Беларуская']]);
  assert.equal(await page.locator('label[for=lang]').innerText(), 'Language');

  for (const [lang, label] of [['ru', 'Язык'], ['be', 'Мова']]) {
    await page.locator('#lang').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.locator('h1').filter({ hasText: HEADLINE[lang] }).waitFor();
    assert.equal(await page.title(), TITLE[lang]);
    assert.equal(await page.locator('label[for=lang]').innerText(), label);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'lang', 'the focus stays on the switch');
    assert.equal(await page.locator('#lang').inputValue(), lang);
    // The address carries the language and still the whole scenario.
    await page.waitForFunction((l) => new URLSearchParams(location.search).get('lang') === l, lang, { timeout: 5000 });
    for (const [key, value] of [['pace', '4.5'], ['slowdown', '2'], ['asof', '2022-12-19'], ['predict', '1']]) {
      assert.equal(await param(page, key), value, `${key} after switching to ${lang}`);
    }
    await page.locator('#as-of').scrollIntoViewIfNeeded();
    assert.deepEqual(await scenarioState(page), before, `the controls after switching to ${lang}`);
    // Predict mode still hides the projection: the guess is still asked for.
    assert.ok(await page.locator('#guess-year').isVisible(), 'still in predict mode');
  }
  // The charts are new instances, created with the new locale: their month labels are Belarusian.
  await waitForChart(page, 'completion-chart');
  const chartAfter = await page.evaluate(() => globalThis.echarts.getInstanceByDom(document.getElementById('completion-chart')).id);
  assert.notEqual(chartAfter, chartBefore, 'the chart was disposed and created again');
  const texts = await drawnTexts(page, 'completion-chart');
  assert.ok(MONTHS.be.some((m) => texts.includes(m)), `Belarusian month labels: ${texts.join(' | ')}`);
  assert.deepEqual(texts.filter((t) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(t)), [], 'no English month label');
  assert.deepEqual(errors, []);
  await context.close();
});

// #after's backtest lives in the app's state, outside the page a switch rebuilds; its sentences
// quote the later reports in the page's language, so they must follow the switch at once.
test('after a switch, #after says what a page opened in that language says', async () => {
  const read = async (page) => {
    await page.locator('#after-fate').scrollIntoViewIfNeeded();
    await waitForChart(page, 'after-chart');
    return {
      fate: await page.locator('#after-fate').innerText(),
      forecasts: await page.locator('#after-forecasts').innerText(),
    };
  };
  const switched = await openWithLanguages(['en-US']);
  await switched.page.goto(server.url + '?pace=2.5&section=after');
  await waitForChart(switched.page, 'completion-chart');
  const english = await read(switched.page);
  await switched.page.locator('#lang').focus();
  await switched.page.keyboard.press('ArrowDown');
  await switched.page.locator('h1').filter({ hasText: HEADLINE.ru }).waitFor();
  const afterSwitch = await read(switched.page);

  const direct = await openWithLanguages(['en-US']);
  await direct.page.goto(server.url + '?pace=2.5&section=after&lang=ru');
  await waitForChart(direct.page, 'completion-chart');
  const russian = await read(direct.page);
  assert.notDeepEqual(russian, english, 'the Russian page says it in Russian');
  assert.deepEqual(afterSwitch, russian);
  assert.deepEqual([...switched.errors, ...direct.errors], []);
  await switched.context.close();
  await direct.context.close();
});

test('Russian charts draw Russian month names; every chart is created with the page locale', async () => {
  const { page, context, errors } = await openWithLanguages(['en-US']);
  await page.goto(`${server.url}?lang=ru`);
  for (const id of ['completion-chart', 'after-chart']) {
    await waitForChart(page, id);
    const texts = await drawnTexts(page, id);
    assert.ok(MONTHS.ru.some((m) => texts.includes(m)) || texts.some((t) => /^20\d\d$/.test(t)), `${id}: ${texts.join(' | ')}`);
    assert.deepEqual(texts.filter((t) => /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/.test(t)), [], `${id}: no English month`);
  }
  const completion = await drawnTexts(page, 'completion-chart');
  assert.ok(MONTHS.ru.some((m) => completion.includes(m)), `completion chart months: ${completion.join(' | ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the stored choice wins over the browser languages in a fresh page', async () => {
  const { page, context, errors } = await openWithLanguages(['ru-RU', 'en']);
  await page.goto(server.url);
  await page.locator('h1').filter({ hasText: HEADLINE.ru }).waitFor();
  assert.equal(await htmlLang(page), 'ru', 'the browser asked for Russian');
  // The reader's choice is remembered for the next page in this browser.
  await page.locator('#lang').selectOption('be');
  await page.waitForFunction(() => document.documentElement.lang === 'be');
  const fresh = await context.newPage();
  await fresh.goto(server.url);
  await fresh.locator('h1').filter({ hasText: HEADLINE.be }).waitFor();
  assert.equal(await htmlLang(fresh), 'be');
  assert.equal(await fresh.title(), TITLE.be);
  // A link's language wins over the stored choice.
  await fresh.goto(`${server.url}?lang=en`);
  await fresh.locator('h1').filter({ hasText: HEADLINE.en }).waitFor();
  assert.equal(await htmlLang(fresh), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with no link or stored choice, the first of be, ru, en in navigator.languages decides', async () => {
  for (const [languages, expected] of [
    [['be-BY', 'ru-RU', 'en'], 'be'],
    [['ru', 'be'], 'ru'],
    [['de-DE', 'uk', 'be'], 'be'],
    [['en-GB', 'ru'], 'en'],
    [['de', 'fr'], 'en'],
  ]) {
    const { page, context, errors } = await openWithLanguages(languages);
    await page.goto(server.url);
    await page.locator('h1').filter({ hasText: HEADLINE[expected] }).waitFor();
    assert.equal(await htmlLang(page), expected, languages.join(','));
    assert.equal(await page.title(), TITLE[expected]);
    assert.equal(await page.locator('#lang').inputValue(), expected);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a malformed ?lang= falls back silently to the stored choice or the browser', async () => {
  for (const [query, languages, expected] of [
    ['?lang=xx&pace=5', ['ru-RU'], 'ru'],
    ['?lang=&pace=5', ['be'], 'be'],
    ['?lang=ru-RU&pace=5', ['en-US'], 'en'],
    ['?lang=%3Cscript%3E&pace=5', null, 'en'],
  ]) {
    const { page, context, errors } = await openWithLanguages(languages);
    await page.goto(server.url + query);
    await page.locator('h1').filter({ hasText: HEADLINE[expected] }).waitFor();
    assert.equal(await htmlLang(page), expected, query);
    // The bad value leaves the address; the scenario stays. English by default carries no lang.
    await page.waitForFunction(() => !/lang=(xx|ru-RU|%3C|$|&)/.test(location.search), null, { timeout: 5000 });
    assert.equal(await param(page, 'pace'), '5');
    assert.equal(await param(page, 'lang'), expected === 'en' ? null : expected, query);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the share link, the embed snippet, the printed link and an embed carry the language', async () => {
  // Belarusian because the browser asks for it: the links made from the page still say so,
  // so a class opening them reads what the teacher read.
  const { page, context, errors } = await openWithLanguages(['be-BY', 'en']);
  await page.goto(`${server.url}?pace=5`);
  await waitForChart(page, 'completion-chart');
  assert.equal(await htmlLang(page), 'be');
  await page.locator('#share-open').click();
  await page.locator('#share-dialog[open]').waitFor();
  const link = new URL(await page.locator('#share-link').inputValue());
  assert.equal(link.searchParams.get('lang'), 'be');
  assert.equal(link.searchParams.get('pace'), '5');
  await page.locator('#share-section').selectOption('trade');
  const snippet = await page.locator('#share-snippet').inputValue();
  const src = new URL(snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  assert.equal(src.searchParams.get('lang'), 'be', snippet);
  assert.equal(src.searchParams.get('embed'), 'trade');
  await page.locator('#share-close').click();
  const printed = await page.locator('#scenario-link').textContent();
  assert.match(printed, /lang=be/, 'the printed handout quotes a link in Belarusian');

  // The embed honours ?lang=: its page, its title and its link to the full explainer.
  const embed = await context.newPage();
  await embed.goto(src.href);
  await waitForChart(embed, 'trade-chart');
  assert.equal(await htmlLang(embed), 'be');
  const full = new URL(await embed.locator('.embed__source a').getAttribute('href'));
  assert.equal(full.searchParams.get('lang'), 'be');
  assert.equal(full.searchParams.get('embed'), null);
  assert.notEqual(await embed.locator('.embed__title').innerText(), 'Trade');
  assert.deepEqual(errors, []);
  await context.close();
});

test('before the wasm arrives, the header shell and the title are in the chosen language', async () => {
  for (const [query, languages, expected] of [
    ['?lang=ru', ['en-US'], 'ru'],
    ['', ['be-BY', 'ru'], 'be'],
    ['?lang=xx', ['de'], 'en'],
  ]) {
    const { page, context } = await openWithLanguages(languages);
    await page.route('**/*.wasm', () => {});
    await page.goto(server.url + query, { waitUntil: 'domcontentloaded' });
    assert.equal(await htmlLang(page), expected, `${query} ${languages}`);
    assert.equal(await page.title(), TITLE[expected]);
    const shell = page.locator('#shell');
    assert.ok(await shell.isVisible());
    assert.equal(await shell.getAttribute('lang'), expected);
    assert.equal(await shell.locator('h1').innerText(), HEADLINE[expected]);
    assert.equal(await page.locator('header.masthead').count(), 1, 'only the chosen language’s shell is left');
    // The installed app's name follows the language too.
    const manifest = await page.locator('link[rel=manifest]').getAttribute('href');
    assert.equal(manifest, expected === 'en' ? 'manifest.webmanifest' : `manifest.${expected}.webmanifest`);
    const names = await page.evaluate(async (href) => (await fetch(href)).json(), manifest);
    assert.equal(names.lang, expected);
    if (expected !== 'en') assert.doesNotMatch(names.name, /[A-Za-z]/, names.name);
    await context.close();
  }
});

test('the page without JavaScript carries every language, each marked with its lang', async () => {
  const { page, context } = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(server.url);
  for (const lang of ['en', 'ru', 'be']) {
    const block = page.locator(`.noscript[lang=${lang}]`);
    assert.equal(await block.count(), 1, lang);
    assert.ok(await block.isVisible(), `${lang} is shown without JavaScript`);
  }
  assert.match(await page.locator('.noscript[lang=ru] h1').innerText(), /[а-я]/);
  assert.match(await page.locator('.noscript[lang=be] h1').innerText(), /[іў]/);
  await context.close();
});

test('in Russian and Belarusian too, the app’s headline sits where the shell put it', async () => {
  for (const lang of ['ru', 'be']) {
    for (const width of [375, 1280]) {
      const held = await openWithLanguages(['en-US'], { width });
      await held.page.route('**/*.wasm', () => {});
      await held.page.goto(`${server.url}?lang=${lang}`, { waitUntil: 'domcontentloaded' });
      const before = await held.page.locator('#shell h1').boundingBox();
      await held.context.close();
      const { page, context } = await openWithLanguages(['en-US'], { width });
      await page.goto(`${server.url}?lang=${lang}`);
      await page.locator('header.masthead:not(#shell) h1').filter({ hasText: HEADLINE[lang] }).waitFor();
      const after = await page.locator('h1').boundingBox();
      assert.ok(Math.abs(after.y - before.y) <= 1 && Math.abs(after.height - before.height) <= 1,
        `${lang} at ${width} px: ${before.y}/${before.height} in the shell, ${after.y}/${after.height} in the app`);
      await context.close();
    }
  }
});
