// The page's sections come from one list (src/model/sections.rs): every entry there appears in
// the navigation, mounts, opens from ?section=, embeds exactly when its entry allows, and is
// linked from the sources it shows. The list is read from the source, so an added entry is
// covered without touching this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shareServerAndBrowser, openPage, scrollTo, cspViolations } from './harness.mjs';

const source = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'model', 'sections.rs'), 'utf8');
const list = source.slice(source.indexOf('pub const SECTIONS'), source.indexOf('];', source.indexOf('pub const SECTIONS')));
// The navigation words are the English phrases' (src/messages/en/phrases.txt, `nav_progress = …`
// one a line; the key's word is the section's id).
const english = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'messages', 'en', 'phrases.txt'), 'utf8');
const NAV = Object.fromEntries([...english.matchAll(/^nav_(\w+) = (.+)$/gm)]
  .map(([, name, words]) => [name, words]));
/** Each entry as written: id, navigation words, whether it may be embedded, and the parts of
 * the dataset it shows. */
const SECTIONS = [...list.matchAll(/Section \{\s*id: "([^"]+)",\s*embeddable: (true|false)[^}]*?uses: &\[([^\]]*)\]/g)]
  .map(([, id, embed, uses]) => ({ id, nav: NAV[id], embeddable: embed === 'true', showsData: uses.trim() !== '' }));

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

test('the list is read from the source', () => {
  // Guards the regex above: the page has at least its six sections, two of them not embeddable.
  assert.ok(SECTIONS.length >= 6, JSON.stringify(SECTIONS));
  assert.ok(SECTIONS.every((s) => s.nav), `every entry has its navigation words: ${JSON.stringify(SECTIONS)}`);
  assert.ok(SECTIONS.some((s) => !s.embeddable) && SECTIONS.some((s) => s.embeddable));
  assert.ok(SECTIONS.some((s) => !s.showsData) && SECTIONS.filter((s) => s.showsData).length >= 5);
});

test('the sources list links back to every section that shows its figures, and only to those', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await page.locator('footer.credit').waitFor();
  await scrollTo(page.locator('#sources-list'));
  const links = await page.locator('#sources-list > li').evaluateAll((items) => items.map((li) => ({
    source: li.querySelector('cite').textContent,
    links: [...li.querySelectorAll('.sources__used-in a')].map((a) => [a.getAttribute('href'), a.textContent]),
  })));
  assert.ok(links.length >= 5, 'the list is there');
  for (const { source, links: used } of links) {
    assert.ok(used.length > 0, `${source} links to a section`);
    for (const [href, text] of used) {
      const section = SECTIONS.find(({ id }) => `#${id}` === href);
      assert.ok(section?.showsData, `${source}: ${href} is a section that shows data`);
      assert.equal(text, section.nav);
    }
  }
  for (const { id, showsData } of SECTIONS) {
    const linked = links.some(({ links: used }) => used.some(([href]) => href === `#${id}`));
    assert.equal(linked, showsData, `#${id} ${showsData ? 'is' : 'is not'} linked from the sources`);
  }
  // A link is followed by keyboard to its section.
  const trade = page.locator('#sources-list .sources__used-in a[href="#trade"]').first();
  await trade.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#trade'
    && Math.abs(document.getElementById('trade').getBoundingClientRect().top) < 40);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every entry is in the navigation, in list order, and mounts as a labelled section', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await page.locator('footer.credit').waitFor();
  const links = await page.locator('nav.section-nav a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
  assert.deepEqual(links, SECTIONS.map(({ id, nav }) => [`#${id}`, nav]));
  const mounted = await page.locator('main > section').evaluateAll((ss) => ss.map((s) => s.id));
  assert.deepEqual(mounted, SECTIONS.map(({ id }) => id), 'mounted in list order, none missing');
  for (const { id } of SECTIONS) {
    const heading = page.locator(`section#${id} > h2`);
    await scrollTo(heading);
    assert.ok((await heading.innerText()).trim().length > 0, `#${id} has a heading`);
    assert.equal(await page.locator(`section#${id}`).getAttribute('aria-labelledby'), `${id}-title`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

for (const { id } of SECTIONS) {
  test(`?section=${id} opens the page at #${id}`, async () => {
    const { page, context, errors } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${server.url}?section=${id}`);
    await page.locator('footer.credit').waitFor();
    // At the top of the viewport, or as near as the page's end allows.
    await page.waitForFunction((wanted) => {
      const top = document.getElementById(wanted)?.getBoundingClientRect().top;
      const atEnd = window.scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
      return top !== undefined && window.scrollY > 0 && ((top > -5 && top < 40) || (atEnd && top < innerHeight));
    }, id, { timeout: 10_000 });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const { id, embeddable } of SECTIONS) {
  test(`?embed=${id} ${embeddable ? 'shows that section alone' : 'opens the full page'}`, async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${server.url}?embed=${id}`);
    if (embeddable) {
      await page.locator(`main.embed#${id}[data-embed="${id}"]`).waitFor();
      assert.equal(await page.locator('nav.section-nav').count(), 0);
      assert.equal(await page.locator('main.embed h1').count(), 1);
      assert.ok((await page.locator('main.embed h1').innerText()).trim().length > 0);
      assert.equal(await page.locator('main.embed .echart[role="img"]').count(), 1, 'the embed has its chart');
    } else {
      await page.locator('nav.section-nav').waitFor();
      assert.equal(await page.locator('main.embed').count(), 0);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(await cspViolations(page), []);
    await context.close();
  });
}
