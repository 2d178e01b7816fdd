// The dataset's own text in Russian and Belarusian (issue #20, points 2 and 5): milestones,
// treaty items, formulas, notes, who said what and the charts' labels come from the dataset's
// `translations`; quotations stay in English (lang="en") with their translation beside them,
// marked as one; source names sit in <cite> with the date in the page's language; a loaded file
// without translations shows its English marked lang="en". The expected words are read from
// data/union-state.json, so a changed translation needs no change here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareServerAndBrowser, openPage, scrollTo, waitForChart, chartOption, readDataset } from './harness.mjs';

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

const data = readDataset();
const NBSP = '\u00a0';
const LANGS = {
  ru: {
    mark: 'перевод',
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  },
  be: {
    mark: 'пераклад',
    months: ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня', 'кастрычніка', 'лістапада', 'снежня'],
  },
};
/** A date as the page writes it in `lang`: "5 апреля 2023 г." with no-break spaces. */
const longDate = (lang, iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}${NBSP}${LANGS[lang].months[m - 1]} ${y}${NBSP}г.`;
};
const tr = (lang, key, field) => {
  const text = data.translations[lang][key]?.[field];
  assert.ok(text, `the dataset translates ${key}.${field} into ${lang}`);
  return text;
};
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const byId = (list, id) => list.find((e) => e.id === id);

/** Opens the page in `lang` with every staged part mounted (the credit is the last). */
async function open(lang, path = '') {
  const session = await openPage(browser);
  await session.page.goto(`${server.url}?lang=${lang}${path}`);
  await session.page.locator('footer.credit').waitFor();
  await session.page.locator('#sources-list li').first().waitFor();
  return session;
}

/**
 * Every run of two or more Latin-alphabet words inside `selector` that is neither inside an
 * element marked lang="en", nor inside <cite>, nor a URL: dataset text left untranslated.
 */
function strayEnglish(page, selector) {
  return page.evaluate((sel) => {
    const found = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (el.closest('[lang="en"], cite, .visually-hidden, script, style')) continue;
        const text = node.textContent.replace(/https?:\/\/\S+/g, '');
        const run = text.match(/[A-Za-z][A-Za-z'’.-]*(?:\s+[A-Za-z][A-Za-z'’.-]*)+/);
        if (run) found.push(`${sel}: "${run[0]}" in "${text.trim().slice(0, 80)}"`);
      }
    }
    return found;
  }, selector);
}

for (const lang of Object.keys(LANGS)) {
  test(`${lang}: the timeline's table and chart speak ${lang}, from the dataset's translations`, async () => {
    const { page, context, errors } = await open(lang);
    const decree = page.locator('#timeline-table tr[data-id="decree-signed"]');
    await scrollTo(decree);
    const row = norm(await decree.textContent());
    for (const field of ['when', 'title', 'detail']) {
      assert.ok(row.includes(norm(tr(lang, 'milestones.decree-signed', field))), `${field} in "${row}"`);
    }
    assert.ok(!row.includes('Decree signed'), row);
    assert.equal(await decree.locator('cite').textContent(), 'Rg.ru');
    assert.ok(row.includes(norm(`Rg.ru, ${longDate(lang, '2021-11-08')}`)), row);
    // The embedded file translates everything: nothing falls back to marked English here.
    assert.equal(await page.locator('#timeline-table [lang="en"]').count(), 0);

    await waitForChart(page, 'timeline-chart');
    const option = await chartOption(page, 'timeline-chart');
    const points = option.series[0].data;
    const at = data.milestones.findIndex((m) => m.id === 'union-state-treaty');
    // A long title gets a short label of its own language on the chart.
    assert.equal(points[at].value[3], tr(lang, 'milestones.union-state-treaty', 'short'));
    const flies = data.milestones.findIndex((m) => m.id === 'flies-and-cutlets');
    assert.equal(points[flies].value[3], tr(lang, 'milestones.flies-and-cutlets', 'short'));
    assert.ok(points[at].name.startsWith(`1999: ${tr(lang, 'milestones.union-state-treaty', 'title')}.`), points[at].name);
    assert.ok(points[at].name.includes(`Minsk Dialogue, ${longDate(lang, '2019-04-01')}`), points[at].name);
    assert.ok(option.yAxis[0].data.includes(tr(lang, 'milestones.integration-begins', 'when')));
    assert.ok(!JSON.stringify(option.yAxis[0].data).match(/early|December/), 'axis rows are translated');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${lang}: quotations stay English beside their translation; citations keep the outlet and date it in ${lang}`, async () => {
    const { page, context, errors } = await open(lang);
    // The completion table: the article's words, their translation, the outlet and the date.
    const report = byId(data.progress, 'report-2023-04');
    const row = page.locator('#completion-table tbody tr', { hasText: report.wording });
    const quote = row.locator('.quote[lang="en"]');
    assert.equal(await quote.textContent(), `“${report.wording}”`);
    const translation = norm(await row.locator('.quote__translation').textContent());
    assert.equal(translation, norm(`(${LANGS[lang].mark}: «${tr(lang, 'progress.report-2023-04', 'wording')}»)`));
    assert.equal(await row.locator('cite').textContent(), 'RIA Novosti');
    assert.ok(norm(await row.textContent()).includes(norm(`RIA Novosti, ${longDate(lang, '2023-04-05')}`)));
    assert.ok(!(await row.textContent()).includes('April 5'), 'the date is not the English citation');

    // A derived value's formula is translated, its quotation kept.
    const decree = page.locator('#completion-table tbody tr', { hasText: byId(data.progress, 'decree').wording });
    assert.ok(norm(await decree.textContent()).includes(norm(tr(lang, 'progress.decree', 'formula'))));

    // The balance table quotes Belta.by; the trade table's derived rows show the formula in lang.
    const balance = page.locator('#balance-table tbody tr').last();
    await scrollTo(balance);
    assert.equal(await balance.locator('.quote[lang="en"]').textContent(), `“${byId(data.balance, 'balance-2022').wording}”`);
    assert.ok((await balance.locator('.quote__translation').textContent()).includes(tr(lang, 'balance.balance-2022', 'wording')));
    assert.equal(await balance.locator('cite').textContent(), 'Belta.by');
    const trade = norm(await page.locator('#trade-table').textContent());
    assert.ok(trade.includes(norm(tr(lang, 'trade.values.goods-2020', 'formula'))), trade);
    assert.ok(norm(await page.locator('#trade .method').textContent()) === norm(tr(lang, 'trade', 'note')));

    // The key figures cite their sources the same way.
    assert.equal(await page.locator('.key-figure__source cite').first().textContent(), 'RBC');

    // "What happened next": who said it translated, their words quoted, a linked source in <cite>.
    const lavrov = page.locator('#after-table tr[data-id="lavrov-2023-01"]');
    await scrollTo(lavrov);
    const lavrovText = norm(await lavrov.textContent());
    assert.ok(lavrovText.includes(tr(lang, 'later.reports.lavrov-2023-01', 'who')), lavrovText);
    assert.equal(await lavrov.locator('.quote[lang="en"]').textContent(), '“70 percent”');
    const tass = page.locator('#after-table tr[data-id="reshetnikov-2023-11"] cite a');
    assert.equal(await tass.textContent(), 'TASS');
    assert.equal(await tass.getAttribute('href'), 'https://tass.com/politics/1713403');
    assert.equal(norm(await page.locator('.after__note').textContent()), norm(tr(lang, 'later', 'note')));
    const forecasts = norm(await page.locator('#after-forecasts').textContent());
    assert.ok(forecasts.includes(tr(lang, 'later.forecasts.lavrov-2022-01', 'wording')), forecasts);

    // Lukashenko's own Russian words, where the dataset gives them.
    if (lang === 'ru') {
      const luka = page.locator('#after-table tr[data-id="lukashenko-2023-02"] .quote__translation');
      assert.ok((await luka.textContent()).includes('«под 80%»'));
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${lang}: the treaty board, the sources and the charts' tooltips carry no untranslated dataset text`, async () => {
    const { page, context, errors } = await open(lang);
    const currency = page.locator('.treaty-card[data-id="single-currency"]');
    await scrollTo(currency);
    assert.equal(await currency.locator('.treaty-card__item').textContent(), tr(lang, 'treaty_items.single-currency', 'item'));
    assert.ok((await currency.locator('.treaty-card__since').textContent()).includes(tr(lang, 'treaty_items.single-currency', 'since')));
    const taxes = page.locator('.treaty-card[data-id="indirect-taxation"]');
    assert.ok(norm(await taxes.textContent()).includes(norm(tr(lang, 'treaty_items.indirect-taxation', 'detail'))));
    assert.ok(norm(await page.locator('.treaty-board__shared').first().textContent())
      .includes(norm(tr(lang, 'treaty_items.parliament', 'detail'))));

    // Each source: the outlet in <cite>, its date in the language, the article's citation in English.
    const kommersant = page.locator('#sources-list li', { hasText: 'Kommersant' });
    assert.equal(await kommersant.locator('cite').textContent(), 'Kommersant');
    assert.ok(norm(await kommersant.textContent()).includes(norm(longDate(lang, '2002-08-27').replace(`${NBSP}г.`, ''))));
    assert.equal(await kommersant.locator('.sources__as-cited [lang="en"]').textContent(), 'Kommersant, August 27, 2002');
    assert.ok(norm(await kommersant.textContent()).includes(tr(lang, 'milestones.flies-and-cutlets', 'title')));

    // No run of English words outside quotations, citations and URLs in any dataset-text place.
    const stray = [];
    for (const sel of ['#timeline-table tbody', '#trade-table tbody', '#balance-table tbody', '#completion-table tbody',
      '#treaty', '#sources-list', '#after-table tbody', '#after-forecasts', '#after-honesty', '.after__note',
      '#trade .method', '.key-figures', '#after-fate']) {
      stray.push(...await strayEnglish(page, sel));
    }
    assert.deepEqual(stray, []);

    // Chart texts from the data: the trade unit and tooltips, the balance and completion tooltips.
    await waitForChart(page, 'trade-chart');
    const trade = await chartOption(page, 'trade-chart');
    assert.equal(trade.yAxis[0].name, tr(lang, 'trade', 'unit'));
    const tips = JSON.stringify(trade.series.map((s) => s.data.map((d) => d?.name)));
    assert.ok(tips.includes(tr(lang, 'trade.values.goods-2021', 'formula')), tips);
    assert.ok(!/amounting|Source:|April 6\b/.test(tips), tips);
    await waitForChart(page, 'balance-chart');
    const balanceTips = JSON.stringify((await chartOption(page, 'balance-chart')).series.map((s) => s.data.map((d) => d?.name)));
    assert.ok(balanceTips.includes(tr(lang, 'balance.balance-2022', 'wording')), balanceTips);
    await waitForChart(page, 'completion-chart');
    const completionTips = JSON.stringify((await chartOption(page, 'completion-chart')).series.map((s) => (s.data || []).map((d) => d?.name)));
    assert.ok(completionTips.includes(tr(lang, 'progress.report-2023-01', 'wording')), completionTips);
    assert.ok(!completionTips.includes('January 12'), completionTips);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a loaded file without translations shows its English marked lang="en" on a Russian page', async () => {
  const { page, context, errors } = await open('ru');
  const bare = structuredClone(data);
  delete bare.translations;
  bare.milestones[0].title = 'Integration starts';
  await page.locator('#load-data').setInputFiles({
    name: 'english-only.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bare)),
  });
  await page.locator('.data-bar__loaded').waitFor();
  const first = page.locator('#timeline-table tr[data-id="integration-begins"]');
  await first.waitFor();
  assert.equal(await first.locator('strong [lang="en"]').textContent(), 'Integration starts');
  assert.equal(await page.locator('.treaty-card[data-id="single-currency"] .treaty-card__item [lang="en"]').textContent(), 'A single currency');
  // Quotations have no translation to show, and the citation still dates in Russian.
  const row = page.locator('#completion-table tbody tr', { hasText: 'almost 80 percent' });
  assert.equal(await row.locator('.quote__translation').count(), 0);
  assert.ok(norm(await row.textContent()).includes(norm(`RIA Novosti, ${longDate('ru', '2023-04-05')}`)));
  // And the marked English is the only English left in the dataset-text places.
  assert.deepEqual(await strayEnglish(page, '#timeline-table tbody'), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file whose translation names no entry is refused with the path', async () => {
  const { page, context } = await open('en');
  const broken = structuredClone(data);
  broken.translations.ru['milestones.no-such-event'] = { title: 'Нет такого' };
  await page.locator('#load-data').setInputFiles({
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)),
  });
  const refusal = page.locator('.data-bar__errors, .data-bar [role="alert"]').first();
  await refusal.waitFor();
  assert.match(await page.locator('.data-bar').textContent(), /translations\.ru\["milestones\.no-such-event"\]: translates nothing/);
  await context.close();
});
