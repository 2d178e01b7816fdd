// Lighthouse's accessibility category (it runs its own axe audits plus manual-check hints) on
// the built app in Debian's Chromium: the full page in both themes and the progress embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist, CHROMIUM_ARGS } from './harness.mjs';

let server;
let chrome;
before(async () => {
  server = await serveDist();
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
  });
});
after(async () => {
  await chrome?.kill();
  await server?.close();
});

for (const query of ['', '?theme=dark', '?embed=progress&theme=dark', '?predict=1']) {
  test(`Lighthouse accessibility is 100 on ${query || 'the full page'}`, async () => {
    const { lhr } = await lighthouse(server.url + query, {
      port: chrome.port,
      onlyCategories: ['accessibility'],
      logLevel: 'error',
      output: 'json',
    });
    assert.equal(lhr.runtimeError, undefined, lhr.runtimeError?.message);
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => `${audit.id}: ${audit.title}`);
    assert.deepEqual(failing, []);
    assert.equal(lhr.categories.accessibility.score, 1);
  });
}
