// No English left on a Russian or Belarusian page (issue #20), part 2: every section's embed
// (`?embed=<id>` for each id of src/model/sections.rs), dataset refusals through the file input,
// through `?data=` and inside an embed, with their paths, and the notice while a linked dataset
// is coming; axe on each. What counts as English is in e2e/language.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readerTexts, waitForChart, axeViolations } from './harness.mjs';
import {
  setup, open, read, report, leaks, openDisclosures, malformed, invalidJson, SECTION_IDS, LANGS,
} from './language.mjs';

setup();

for (const lang of LANGS) {
  test(`${lang}: every section's embed`, async () => {
    const found = [];
    for (const id of SECTION_IDS) {
      const { page, context, errors } = await open(lang, `&embed=${id}`, { chart: null });
      await page.locator('main').waitFor();
      const chart = await page.locator('main [id$="-chart"]').first().getAttribute('id').catch(() => null);
      if (chart) await waitForChart(page, chart);
      await openDisclosures(page);
      await read(page, `embed=${id}`, found);
      assert.deepEqual(await axeViolations(page), [], `${lang}: axe on ?embed=${id}`);
      assert.deepEqual(errors, [], `?embed=${id}`);
      await context.close();
    }
    report(lang, found);
  });

  test(`${lang}: data errors from the file input and from ?data=, and the fetching notice`, async () => {
    const found = [];
    {
      const { page, context } = await open(lang);
      const name = 'набор.json';
      for (const content of [malformed, invalidJson, '']) {
        await page.locator('#load-data').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
        const errorsBox = page.locator('#load-errors');
        await errorsBox.waitFor();
        const text = await errorsBox.innerText();
        assert.ok(text.includes(name), `${lang}: the refusal names the file: ${text}`);
        if (content === malformed) assert.match(text, /progress\[1\]\.(percent|date)/, `${lang}: the refusal gives the path: ${text}`);
        for (const leak of leaks(await readerTexts(page), { refusal: true, names: [name] })) found.push(`[file input] ${leak}`);
        assert.deepEqual(await axeViolations(page), [], `${lang}: axe with a refusal shown`);
      }
      await context.close();
    }
    for (const link of ['datasets/bad.json', 'datasets/not-json.json', 'datasets/missing.json']) {
      const { page, context } = await open(lang, `&data=${link}`);
      await page.locator('#load-errors').waitFor({ timeout: 15_000 });
      const text = await page.locator('#load-errors').innerText();
      assert.ok(text.includes(link), `${lang}: the refusal names the link: ${text}`);
      for (const leak of leaks(await readerTexts(page), { refusal: true })) found.push(`[?data=${link}] ${leak}`);
      await context.close();
    }
    for (const id of ['progress']) {
      const { page, context } = await open(lang, `&embed=${id}&data=datasets/bad.json`);
      await page.waitForFunction(() => /datasets\/bad\.json/.test(document.querySelector('main')?.innerText ?? ''), null, { timeout: 15_000 });
      for (const leak of leaks(await readerTexts(page), { refusal: true })) found.push(`[embed ?data=] ${leak}`);
      await context.close();
    }
    {
      // The notice while a linked dataset is still coming.
      const { page, context } = await open(lang, '&data=datasets/slow.json', { chart: null });
      // The fetching notice ends with an ellipsis; the built-in data's with a full stop.
      await page.waitForFunction(() => document.querySelector('.data-bar__status')?.textContent.trim().endsWith('…'));
      await read(page, 'fetching', found);
      await page.locator('.data-bar__loaded').waitFor({ timeout: 15_000 });
      await read(page, 'loaded from a link', found);
      await context.close();
    }
    report(lang, found);
  });
}
