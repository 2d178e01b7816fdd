// Embedding one chart in a lesson page, and the "Share or embed" dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareServerAndBrowser, openPage, waitForChart, cspViolations, foreignRequests } from './harness.mjs';

// The few lines a host page needs (README, "Embedding a chart").
const RESIZER = `<script>
addEventListener('message', (event) => {
  if (event.data && event.data.type === 'union-state-explorer:height') {
    document.getElementById('embed').style.height = event.data.height + 'px';
  }
});
</script>`;
const host = (src, resizer) => `<!doctype html><html lang="en"><head><title>Lesson</title><link rel="icon" href="data:,">
  <style>body{margin:0}</style></head><body>
  <iframe id="embed" title="Chart" src="${src}" style="display:block;width:100%;height:540px;border:0"></iframe>
  ${resizer ? RESIZER : ''}</body></html>`;

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; }, {
  pages: {
    '/lesson.html': host('/?embed=progress&pace=4.5', true),
    '/lesson-trade.html': host('/?embed=trade', true),
    '/plain-progress.html': host('/?embed=progress', false),
    '/plain-trade.html': host('/?embed=trade', false),
    '/plain-timeline.html': host('/?embed=timeline', false),
  },
});

async function frameOf(page) {
  return (await page.$('#embed')).contentFrame();
}

const innerScroll = (frame) => frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);

for (const width of [375, 1024]) {
  test(`at ${width} px the host page sizes the iframe to the height the embed posts`, async () => {
    const { page, context, errors, requests } = await openPage(browser, { width, height: 900 });
    await page.goto(`${server.origin}/lesson.html`);
    const frame = await frameOf(page);
    await waitForChart(frame, 'completion-chart');
    assert.equal(await frame.locator('nav').count(), 0, 'no page navigation in an embed');
    assert.equal(await frame.locator('h1').count(), 1);
    assert.ok(await frame.locator('#pace').count() === 1, 'the chart keeps its controls');
    const full = await frame.getByRole('link', { name: 'Open the full explainer' }).getAttribute('href');
    assert.ok(full.includes('pace=4.5') && !full.includes('embed='), full);
    assert.match(await frame.locator('.embed__source').innerText(), /The Jamestown Foundation, April 24, 2023/);
    await page.waitForFunction(() => {
      const iframe = document.getElementById('embed');
      const doc = iframe.contentDocument.documentElement;
      return Math.abs(iframe.getBoundingClientRect().height - doc.getBoundingClientRect().height) <= 1;
    }, null, { timeout: 10_000 });
    assert.ok(await innerScroll(frame) <= 0, 'the iframe fits its content: no inner scrollbar');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests, server.origin), []);
    await context.close();
  });
}

test('without the host script, a 540 px iframe shows each chart without inner scrollbars at common widths', async () => {
  for (const width of [768, 1024, 1280]) {
    for (const [pagePath, chart] of [['/plain-progress.html', 'completion-chart'], ['/plain-trade.html', 'trade-chart'], ['/plain-timeline.html', 'timeline-chart']]) {
      const { page, context } = await openPage(browser, { width, height: 800 });
      await page.goto(server.origin + pagePath);
      const frame = await frameOf(page);
      await waitForChart(frame, chart);
      const overflow = await innerScroll(frame);
      assert.ok(overflow <= 0, `${pagePath} at ${width}px overflows by ${overflow}px`);
      await context.close();
    }
  }
});

test('the share dialog gives the scenario link and an iframe snippet, each with a copy button', async () => {
  const { page, context, errors } = await openPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.goto(`${server.url}?pace=5`);
  await waitForChart(page, 'completion-chart');
  await page.locator('#share-open').click();
  const dialog = page.locator('#share-dialog');
  await dialog.waitFor();
  const link = await page.locator('#share-link').inputValue();
  // The address is rewritten once the scenario settles (a quarter second); then the two agree.
  await page.waitForFunction((shared) => location.href === shared, link, { timeout: 5000 });
  await page.locator('#copy-link').click();
  // The status follows the clipboard's answer, a moment after the click.
  await page.waitForFunction(() => document.querySelector('#share-dialog [role=status]').innerText !== '');
  assert.match(await dialog.locator('[role=status]').innerText(), /Link copied|copy it with Ctrl\+C/);
  await page.locator('#share-section').selectOption('trade');
  const snippet = await page.locator('#share-snippet').inputValue();
  assert.match(snippet, /^<iframe src="[^"]*embed=trade[^"]*" title="[^"]+" width="100%" height="540"/);
  assert.ok(snippet.includes('pace=5'), 'the embed keeps the scenario');
  await page.locator('#copy-snippet').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
  if (copied !== null) assert.equal(copied, snippet);
  await page.keyboard.press('Escape');
  assert.equal(await dialog.isVisible(), false, 'Escape closes the dialog');
  assert.deepEqual(errors, []);
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});
