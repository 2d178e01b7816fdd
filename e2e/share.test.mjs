// Copying and downloading in Chromium: "copied" only when the clipboard took the text, and a
// download's object URL outlives the click that starts it. (The cross-engine suite,
// e2e/engines/, checks the same in Firefox and WebKit.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { shareServerAndBrowser, openPage, waitForChart, readDataset } from './harness.mjs';

let server;
let browser;
shareServerAndBrowser((s, b) => { server = s; browser = b; });

/** Opens the share dialog with the clipboard permissions granted or denied. */
async function openShare(granted) {
  const session = await openPage(browser);
  if (granted) {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  } else {
    // Playwright can only grant: the DevTools protocol denies, in this page's browser context.
    const cdp = await session.context.newCDPSession(session.page);
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    for (const name of ['clipboard-write', 'clipboard-read', 'clipboard-sanitized-write']) {
      await cdp.send('Browser.setPermission', {
        origin: server.origin, permission: { name }, setting: 'denied', browserContextId: targetInfo.browserContextId,
      }).catch(() => {});
    }
  }
  await session.page.goto(`${server.url}?pace=5`);
  await waitForChart(session.page, 'completion-chart');
  await session.page.locator('#share-open').click();
  await session.page.locator('#share-dialog').waitFor();
  return session;
}

const status = (page) => page.locator('#share-dialog [role=status]');

test('with the clipboard permission granted, "Link copied" appears and the clipboard holds the link', async () => {
  const { page, context, errors } = await openShare(true);
  await page.locator('#copy-link').click();
  await page.waitForFunction(() => /copied/.test(document.querySelector('#share-dialog [role=status]').innerText));
  assert.equal(await status(page).innerText(), 'Link copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#share-link').inputValue());
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the clipboard permission denied, the link is selected with a message to copy it by hand', async () => {
  const { page, context, errors } = await openShare(false);
  await page.locator('#copy-link').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Ctrl\+C/.test(document.querySelector('#share-dialog [role=status]').innerText));
  const message = await status(page).innerText();
  assert.doesNotMatch(message, /copied/i);
  assert.equal(message, 'The link is selected: copy it with Ctrl+C (⌘C on a Mac).');
  const selection = await page.evaluate(() => {
    const input = document.getElementById('share-link');
    return { focused: document.activeElement === input, selected: input.value.slice(input.selectionStart, input.selectionEnd), value: input.value };
  });
  assert.ok(selection.focused, 'the link field has focus');
  assert.equal(selection.selected, selection.value, 'the whole link is selected');
  // The same for the embed code.
  await page.locator('#copy-snippet').click();
  await page.waitForFunction(() => /embed code is selected/.test(document.querySelector('#share-dialog [role=status]').innerText));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share-snippet');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a download\'s object URL is not revoked in the task that clicks it, and the file arrives', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page, 'completion-chart');
  await page.evaluate(() => {
    window.__downloads = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function recordedClick() {
      const entry = { href: this.href, clickTaskOver: false, revokedInClickTask: false };
      window.__downloads.push(entry);
      setTimeout(() => { entry.clickTaskOver = true; }, 0);
      click.call(this);
    };
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url) => {
      for (const entry of window.__downloads) if (entry.href === url && !entry.clickTaskOver) entry.revokedInClickTask = true;
      revoke(url);
    };
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-data').click()]);
  await page.waitForFunction(() => window.__downloads.at(-1)?.clickTaskOver);
  const entry = await page.evaluate(() => window.__downloads.at(-1));
  assert.match(entry.href, /^blob:/);
  assert.equal(entry.revokedInClickTask, false, 'the URL outlives the task that clicked it');
  assert.equal(download.suggestedFilename(), 'union-state-dataset.json');
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(saved.progress, readDataset().progress, 'the whole file arrived');
  assert.deepEqual(errors, []);
  await context.close();
});
