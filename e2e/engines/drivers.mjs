// The drivers behind the cross-engine suite (suite.mjs) and benchmark (bench/engines.mjs):
// Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver), and WebKitGTK's
// MiniBrowser through WebKitWebDriver over classic WebDriver (Debian's build has no BiDi), under
// an Xvfb display started here so that it and the driver end with this process. Each launch
// returns the interface suite.mjs describes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { remote, Key } from 'webdriverio';
import puppeteer from 'puppeteer-core';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Starts Firefox with a fresh profile and returns the shared driver interface (suite.mjs). */
export async function launchFirefox() {
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

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

const children = [];
// Reaps Xvfb and the driver however the run ends.
process.on('exit', () => { for (const child of children) child.kill('SIGKILL'); });

function start(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => { log = (log + chunk).slice(-4000); });
  child.log = () => log;
  children.push(child);
  return child;
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until(what, ready, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let env;
let driverPort;

/** Starts Xvfb on a free display and WebKitWebDriver on a free port. */
export async function startWebKitDriver() {
  let display = 90;
  while (fs.existsSync(`/tmp/.X11-unix/X${display}`) || fs.existsSync(`/tmp/.X${display}-lock`)) display += 1;
  const xvfb = start('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  await until(`Xvfb :${display} (${xvfb.log()})`, () => fs.existsSync(`/tmp/.X11-unix/X${display}`));
  env = { DISPLAY: `:${display}` };
  driverPort = await freePort();
  const driver = start(DRIVER, [`--port=${driverPort}`, '--host=127.0.0.1'], env);
  await until(`WebKitWebDriver (${driver.log()})`, () => fetch(`http://127.0.0.1:${driverPort}/status`).then((r) => r.ok, () => false));
}

export async function stopWebKitDriver() {
  for (const child of children.splice(0)) {
    child.kill('SIGTERM');
  }
}

const KEYS = { ArrowRight: Key.ArrowRight, ArrowLeft: Key.ArrowLeft, End: Key.End, Escape: Key.Escape, Enter: Key.Enter };

/** A new MiniBrowser session (a fresh, ephemeral profile) behind the shared driver interface. */
export async function launchWebKit() {
  // A new session can time out while MiniBrowser starts (UND_ERR_HEADERS_TIMEOUT, seen once in
  // a clean run of the suite): webdriverio's own retry does not cover that, so ask once more.
  let browser;
  for (let attempt = 1; !browser; attempt += 1) {
    try {
      browser = await newWebKitSession();
    } catch (error) {
      if (attempt >= 2 || !/TIMEOUT/i.test(String(error?.message ?? error))) throw error;
    }
  }
  return wrapWebKit(browser);
}

/** One WebDriver session of MiniBrowser. */
function newWebKitSession() {
  return remote({
    hostname: '127.0.0.1',
    port: driverPort,
    path: '/',
    logLevel: 'silent',
    // Starting MiniBrowser can stall on a loaded machine: give it time, and a second try.
    connectionRetryTimeout: 60_000,
    connectionRetryCount: 2,
    capabilities: {
      // No browserName: with it webdriverio asks for BiDi, which this build lacks.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
}

/** A MiniBrowser session behind the shared driver interface. */
async function wrapWebKit(browser) {
  await browser.setWindowSize(1280, 900).catch(() => {});
  return {
    version: () => `${browser.capabilities.browserName} ${browser.capabilities.browserVersion}`,
    goto: (url) => browser.url(url),
    reload: () => browser.refresh(),
    eval: (fn, ...args) => browser.execute(fn, ...args),
    press: (key) => browser.keys(KEYS[key] ?? key),
    click: async (selector) => (await browser.$(selector)).click(),
    upload: async (selector, file) => (await browser.$(selector)).setValue(file),
    // Classic WebDriver has no console log: the suite's in-page recorder and the server's
    // CSP reports stand in for it.
    driverErrors: () => [],
    close: () => browser.deleteSession(),
  };
}
