// Shared test harness: a plain static server over the built dist/ and Debian's headless Chromium.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { serveStatic } from '../scripts/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = path.join(root, 'dist');
export const datasetPath = path.join(root, 'data', 'union-state.json');

/**
 * Serves `dir` on 127.0.0.1 at a free port, under `base` (such as "/" or "/explorer/").
 * `pages` maps extra paths to HTML (host pages for iframe tests); `setDir` swaps the build
 * being served, as a deploy would; `served` lists every path requested. `compress` serves the
 * build's precompressed .br/.gz files to clients that accept them, as a production host would.
 * Two modes play a harder host or network: `pageMaxAge` sends `Cache-Control: max-age=N` for
 * the page (index.html and every navigation), as GitHub Pages does with 600; `holdNavigationsMs`
 * (also settable later with `holdNavigations`) answers navigations only after that long, as a
 * bad connection would; `held` counts the navigations held so far.
 */
export async function serveDist({
  dir = distDir, base = '/', pages = {}, compress = false, pageMaxAge = null, holdNavigationsMs = 0, reportCsp = false,
} = {}) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run "trunk build --release" first`);
  }
  const served = [];
  let held = 0;
  const cspReports = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    served.push(url.pathname);
    if (reportCsp && req.method === 'POST' && url.pathname === CSP_REPORT_PATH) {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => { cspReports.push(body); res.writeHead(204).end(); });
      return;
    }
    const route = pages[url.pathname];
    if (route !== undefined) {
      // A route is HTML text, or { body, type, status, delayMs, destroy } to play a host's part.
      const { body = '', type = 'text/html; charset=utf-8', status = 200, delayMs = 0, destroy = false } =
        typeof route === 'string' ? { body: route } : route;
      if (destroy) { req.socket.destroy(); return; }
      const timer = setTimeout(() => {
        if (!res.destroyed) res.writeHead(status, { 'content-type': type }).end(body);
      }, delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    // A navigation says so in Sec-Fetch-Mode, also when a service worker passes it on.
    const navigation = req.headers['sec-fetch-mode'] === 'navigate';
    const page = navigation || url.pathname === base || url.pathname.endsWith('/index.html');
    const headers = {
      ...(page && pageMaxAge !== null ? { 'cache-control': `max-age=${pageMaxAge}` } : {}),
      ...(reportCsp ? reportOnlyCspHeader(dir, base, url.pathname) : {}),
    };
    const answer = () => {
      if (res.destroyed) return;
      if (!serveStatic(req, res, url.pathname, { dir, base, precompressed: compress, headers })) {
        res.writeHead(404).end('not found');
      }
    };
    if (navigation && holdNavigationsMs > 0) {
      held += 1;
      const timer = setTimeout(answer, holdNavigationsMs);
      res.on('close', () => clearTimeout(timer));
    } else {
      answer();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + base,
    served,
    get held() { return held; },
    cspReports,
    setDir: (next) => { dir = next; },
    holdNavigations: (ms) => { holdNavigationsMs = ms; },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

/** Where a `reportCsp` server collects the browser's CSP violation reports. */
export const CSP_REPORT_PATH = '/__csp-report';

/**
 * For a page of the build, a report-only copy of the policy in its <meta> tag that reports to
 * CSP_REPORT_PATH. An engine without a console log over WebDriver (WebKit) still tells the
 * server about every violation, including those before a test could inject a listener.
 */
function reportOnlyCspHeader(dir, base, pathname) {
  if (!pathname.startsWith(base) || !/(\/|\.html)$/.test(pathname)) return {};
  const rel = pathname.slice(base.length) || 'index.html';
  const file = path.join(dir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
  if (!file.startsWith(dir) || !fs.existsSync(file)) return {};
  const policy = fs.readFileSync(file, 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  return policy ? { 'content-security-policy-report-only': `${policy}; report-uri ${CSP_REPORT_PATH}` } : {};
}

/**
 * The option without `emphasis` entries: ECharts has filled in an empty default on parts it
 * creates but not on parts it updates (it did on mark lines), so a chart updated in place and
 * one drawn fresh may differ there and nowhere that shows.
 */
export function withoutEmphasis(value) {
  if (Array.isArray(value)) return value.map(withoutEmphasis);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'emphasis').map(([k, v]) => [k, withoutEmphasis(v)]));
  }
  return value;
}

/** Chromium flags a closed network and a root user need. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Debian's Chromium (CHROMIUM_PATH overrides the path). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * Registers a test file's \`before\` and \`after\`: serves dist/ (with \`serveOptions\`) and
 * launches Chromium once, hands both to \`ready\`, and closes them after the file's last test.
 */
export function shareServerAndBrowser(ready, serveOptions) {
  let server;
  let browser;
  before(async () => {
    server = await serveDist(serveOptions);
    browser = await launchBrowser();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * Opens a page that records console errors, page errors and every request, so a test
 * can assert that none failed and none left the origin.
 */
export async function openPage(browser, { width = 1280, height = 900, ...contextOptions } = {}) {
  // contextOptions: Playwright's, such as colorScheme or reducedMotion.
  const context = await browser.newContext({ viewport: { width, height }, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => requests.push(req.url()));
  context.on('request', (req) => requests.push(req.url()));
  // Collects Content-Security-Policy violations in every frame, for `cspViolations`.
  await context.addInitScript(() => {
    globalThis.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      globalThis.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, page, errors, requests };
}

/**
 * Waits until ECharts has drawn the chart in `#id` with at least one series. Charts are drawn
 * when they come near the viewport, so this scrolls to the chart first, as a reader would.
 */
/**
 * Scrolls `locator` into view and waits two frames: the sections below the first are laid out
 * only near the viewport (content-visibility: auto), and until then their text has no innerText.
 */
export async function scrollTo(locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export async function waitForChart(page, id) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded({ timeout: 20_000 });
  await page.waitForFunction((chartId) => {
    const el = document.getElementById(chartId);
    const chart = el && globalThis.echarts && globalThis.echarts.getInstanceByDom(el);
    return Boolean(chart && chart.getOption().series?.length && el.querySelector('canvas'));
  }, id, { timeout: 20_000 });
}

/**
 * Waits until the tooltip of chart `#id` showing `text` is on screen (`shown`), or until no
 * tooltip with that text is (`!shown`).
 */
export function waitForTooltip(page, id, text, shown = true) {
  return page.waitForFunction(([chartId, wanted, visible]) => {
    const showing = [...document.querySelectorAll(`#${chartId} div`)].some((d) => {
      const style = getComputedStyle(d);
      return d.innerText.includes(wanted) && style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0';
    });
    return showing === visible;
  }, [id, text, shown], { timeout: 5000 });
}

/** The chart's current option, read from ECharts itself. */
export function chartOption(page, id) {
  return page.evaluate((chartId) => {
    const chart = globalThis.echarts.getInstanceByDom(document.getElementById(chartId));
    return JSON.parse(JSON.stringify(chart.getOption()));
  }, id);
}

/** The dataset the app embeds, read from the repository (not from the app). */
export function readDataset() {
  return JSON.parse(fs.readFileSync(datasetPath, 'utf8'));
}

/** Content-Security-Policy violations the page has seen so far. */
export function cspViolations(page) {
  return page.evaluate(() => globalThis.__cspViolations ?? []);
}

/** Requests that went anywhere but `origin` (data: and blob: URLs stay on the page). */
export function foreignRequests(requests, origin) {
  return [...new Set(requests)].filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

/** Waits until a service worker controls the page. */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

const axeSource = fs.readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page (WCAG 2.0–2.2 A and AA plus best practices), each as
 * "rule: target …" so a failure names what to fix.
 */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  }));
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

/**
 * Latin-alphabet tokens a Russian or Belarusian page may show outside a quotation, a <cite> or a
 * URL, kept as short as the page allows (e2e/language.test.mjs). Each is a proper symbol that
 * Russian and Belarusian texts print in Latin letters too, never an English word of the page's:
 * - file formats, as the download buttons and refusals name them: PNG, CSV, JSON;
 * - key caps, as printed on the keys the help text names: Tab, Home, End, Esc, Ctrl+C, ⌘C;
 * - Mac, a trade name ("⌘C на Mac").
 */
export const LATIN_SYMBOLS = ['Ctrl+C', '⌘C', 'PNG', 'CSV', 'JSON', 'Tab', 'Home', 'End', 'Esc', 'Mac'];

/**
 * The runs of Latin-alphabet words in `text` once URLs (scheme:// or a path ending in a file
 * name, such as "datasets/bad.json") and the `allowed` tokens (exact strings, longest first)
 * are taken out; an empty list means the text is in the page's language as far as letters go.
 */
export function latinRuns(text, allowed = LATIN_SYMBOLS) {
  let rest = ` ${text} `.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s«»"'()<>]+/gi, ' ')
    .replace(/(?:\.{0,2}\/)?(?:[\w.-]+\/)+[\w.-]+\.\w+/g, ' ');
  for (const token of [...allowed].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`(?<![A-Za-z])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g'), ' ');
  }
  return rest.match(/[A-Za-z][A-Za-z'’-]*(?:[\s\d.,:;–—-]+[A-Za-z][A-Za-z'’-]*)*/g) ?? [];
}

/**
 * Every text a reader can meet on `page`, each as { where, text, refusal }, for a language check:
 * the document's text nodes (outside script and style; inside `[lang=en]` and `cite` left out,
 * as the English contract allows), the title, the reading attributes (aria-label, aria-description,
 * title, alt, placeholder, value of a button), each <noscript>'s markup read as a page, and for
 * each ECharts instance the words of its option (series, legend, axis and data names, titles,
 * formatters with their {placeholders} taken out, the aria description) and every text it drew
 * on the canvas (axis labels as ECharts formatted them, axis names, legend, marker labels).
 * Text inside elements that are not rendered (display: none) is included: a screen reader or
 * a later state may show it.
 */
export function readerTexts(page) {
  return page.evaluate(() => {
    const found = [];
    const describe = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        parts.unshift(e.id ? `#${e.id}` : e.tagName.toLowerCase() + (e.classList[0] ? `.${e.classList[0]}` : ''));
        if (e.id) break;
      }
      return parts.join(' > ');
    };
    const exempt = (el) => Boolean(el.closest('[lang="en"], [lang^="en-"], cite'));
    const readTree = (root, where) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('script, style, template, noscript') || exempt(el)) continue;
        const text = node.textContent.replace(/\s+/g, ' ').trim();
        // `refusal`: inside a dataset refusal, which names places in the file (e2e/language.mjs).
        if (text) found.push({ where: where ?? describe(el), text, refusal: Boolean(el.closest('.data-bar__errors')) });
      }
      for (const el of root.querySelectorAll('[aria-label], [aria-description], [title], [alt], [placeholder], input[type=button], input[type=submit]')) {
        if (exempt(el)) continue;
        for (const name of ['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'value']) {
          if (name === 'value' && !/^(button|submit)$/.test(el.type)) continue;
          const value = el.getAttribute(name);
          if (value) found.push({ where: `${where ?? describe(el)} [${name}]`, text: value });
        }
      }
    };
    readTree(document.body);
    found.push({ where: 'document.title', text: document.title });
    for (const noscript of document.querySelectorAll('noscript')) {
      // With scripts on, a <noscript>'s content is text: read it as the markup it would be.
      const doc = new DOMParser().parseFromString(`<body>${noscript.textContent}</body>`, 'text/html');
      const lang = noscript.closest('[lang]')?.getAttribute('lang');
      if (lang && /^en/.test(lang)) continue;
      readTree(doc.body, 'noscript');
    }
    const TEXT_KEYS = new Set(['name', 'text', 'subtext', 'formatter', 'description']);
    for (const el of document.querySelectorAll('[_echarts_instance_]')) {
      const chart = globalThis.echarts?.getInstanceByDom(el);
      if (!chart) continue;
      const where = `chart #${el.id}`;
      const walk = (value, key, path) => {
        if (typeof value === 'string') {
          if (!TEXT_KEYS.has(key) && !(key === 'data' && /Axis/.test(path))) return;
          const text = value.replace(/\{[a-z@]+\d*\}/gi, ' ').replace(/<br\s*\/?>/gi, ' ').trim();
          if (text) found.push({ where: `${where} option ${path}`, text });
        } else if (Array.isArray(value)) {
          value.forEach((item) => walk(item, key, path));
        } else if (value && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) {
            // Emphasis and blur states repeat the styles; the label's fonts are no words.
            if (k === 'emphasis' || k === 'blur' || k === 'select' || k === 'textStyle') continue;
            walk(v, k, `${path}.${k}`);
          }
        }
      };
      walk(chart.getOption(), '', '');
      for (const drawn of chart.getZr().storage.getDisplayList(true)) {
        const text = drawn.style?.text;
        if (typeof text === 'string' && text.trim()) found.push({ where: `${where} canvas`, text: text.trim() });
      }
    }
    return found;
  });
}

/** The page's headline in each language, as src/messages/{en,ru,be}/phrases.txt write it for a
 * dataset of `count` programs. */
export function headlines(count) {
  return {
    en: `When will Belarus and Russia finish their ${count} integration programs?`,
    ru: `Когда Беларусь и Россия выполнят ${count} союзных программ?`,
    be: `Калі Беларусь і Расія выканаюць ${count} саюзных праграм?`,
  };
}
