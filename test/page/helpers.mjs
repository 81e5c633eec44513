// Shared pieces of the page-level tests: a static server for the built dist/cdn files and test pages (with a
// strict Content-Security-Policy), Debian's Chromium driven by playwright-core, axe, and request recording.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browsers.mjs';
import { answerSampleRequest } from '../../scripts/server/sample-data.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const STRICT_CSP = "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.pdf': 'application/pdf', '.svg': 'image/svg+xml', '.png': 'image/png' };

/**
 * Serves the repository root read-only (dist/cdn, test/page/pages, test/fixtures), and the sample data under
 * /sample/. HTML pages get `csp` as Content-Security-Policy (the strict one unless given; `false` for none).
 * `routes` may answer paths first.
 * @returns {Promise<{ origin: string, requests: string[], close: () => Promise<void> }>}
 */
export async function startServer({ host = '127.0.0.1', port = 0, csp = STRICT_CSP, routes = {} } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    requests.push(url.pathname + url.search);
    try {
      // Browsers ask for a favicon on every page; the test pages have none.
      if (url.pathname === '/favicon.ico' && !routes[url.pathname]) {
        res.writeHead(204);
        return res.end();
      }
      const route = routes[url.pathname];
      if (route) return await route(req, res, url);
      const sample = await answerSampleRequest(url.pathname, url.searchParams, url.origin);
      if (sample) {
        res.writeHead(sample.status, sample.headers);
        return res.end(sample.body);
      }
      const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(ROOT, path.endsWith('/') ? `${path}index.html` : path);
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, ...(type.startsWith('text/html') && csp ? { 'content-security-policy': csp } : {}) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address();
  return {
    origin: `http://${host}:${actual}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

/**
 * `routes` plus a mirror's output folder served under /mirror/, with the headers the mirror writes for static
 * hosts (JSON or iCalendar, CORS open), for the tests of widgets reading `herne-widgets mirror` files.
 * @param {Record<string, Function>} routes
 * @param {string} folder
 */
export function withMirrorFolder(routes, folder) {
  async function serveMirror(_req, res, url) {
    const path = normalize(decodeURIComponent(url.pathname.slice('/mirror/'.length))).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(folder, path));
      res.writeHead(200, { 'content-type': extname(path) === '.json' ? 'application/json; charset=utf-8' : 'text/calendar; charset=utf-8', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  }
  return new Proxy(routes, { get: (target, path) => target[path] ?? (String(path).startsWith('/mirror/') ? serveMirror : undefined) });
}

export async function launchChromium(extraArgs = []) {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium is missing: sudo apt-get install -y chromium');
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--headless')), ...extraArgs], headless: true });
}

/**
 * Opens a page that records console errors, uncaught exceptions, CSP violations and every request URL.
 * @returns {Promise<{ page: import('playwright-core').Page, context: import('playwright-core').BrowserContext, problems: string[], requests: string[] }>}
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', ...options });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    // A failed response is reported with its URL below; the console's own line for it says less.
    if (/^Failed to load resource/.test(message.text())) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, context, problems, requests };
}

let axeSource;
/** Runs axe (WCAG 2.0/2.1 A and AA) in the page; injected by evaluation, so the page's CSP stays strict. */
export async function axe(page, include) {
  axeSource ??= await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (selector) => {
    const context = selector ? { include: [[selector]] } : document;
    const { violations } = await window.axe.run(context, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`);
  }, include);
  return result;
}

/** The hosts that requests went to, other than `allowedOrigin`'s. */
export function foreignRequests(requests, allowedHost = '127.0.0.1') {
  return requests.filter((url) => {
    if (!/^https?:/.test(url)) return false;
    return new URL(url).hostname !== allowedHost;
  });
}

/**
 * Puts the page-tool stand-ins (translator, read-aloud, reach; test/helpers/page-tools.mjs) on
 * `window.pageTools`, by evaluation like axe, so the page's CSP stays strict. With `early`, before the page's
 * own scripts (call it before `goto`).
 */
export async function installPageTools(page, { early = false } = {}) {
  const tools = await import('../helpers/page-tools.mjs');
  const source = `window.pageTools = { ${Object.entries(tools).map(([name, fn]) => `${name}: ${fn.toString()}`).join(', ')} };`;
  if (early) await page.addInitScript(source);
  else await page.evaluate(source);
}
