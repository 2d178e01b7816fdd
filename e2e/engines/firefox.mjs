// The cross-engine checks in Firefox ESR: puppeteer-core over WebDriver BiDi, no geckodriver.
// Run: node --test --test-concurrency=1 --test-timeout=180000 e2e/engines/firefox.mjs
import puppeteer from 'puppeteer-core';
import { defineEngineSuite } from './suite.mjs';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Starts Firefox with a fresh profile and returns the shared driver interface (suite.mjs). */
async function launch() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  const page = (await browser.pages())[0] ?? await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // BiDi reports console errors and uncaught errors from the first script on, in every frame.
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  return {
    version: () => browser.version(),
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    reload: () => page.reload({ waitUntil: 'load' }),
    eval: (fn, ...args) => page.evaluate(fn, ...args),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    upload: async (selector, file) => (await page.$(selector)).uploadFile(file),
    driverErrors: () => errors,
    close: () => browser.close(),
  };
}

defineEngineSuite({ name: 'Firefox', launch });
