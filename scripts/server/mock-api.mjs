// A programmable HTTP endpoint for tests: a test registers an answer (status, body, headers, delay, a hang,
// failures before success) and gets a URL for it; the server counts how often each URL was requested.
// POST /mock/register {status, body, file, headers, delayMs, hang, failTimes, failStatus, retryAfter, replace, queries} -> {id, url}
// GET  /mock/r/<id>      the registered answer (a "{{origin}}" in the body becomes the serving origin)
// GET  /mock/hits/<id>   {hits}
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const answers = new Map();
let counter = 0;

const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'retry-after' };

/**
 * @param {{ method: string, pathname: string, search?: string, body: () => Promise<string>, origin: string, closed: Promise<void> }} request
 * @returns {Promise<{status: number, headers: Record<string,string>, body: string} | undefined | 'hang'>}
 */
export async function answerMockRequest({ method, pathname, search = '', body, origin, closed }) {
  if (!pathname.startsWith('/mock/')) return undefined;
  if (method === 'POST' && pathname === '/mock/register') {
    const spec = JSON.parse(await body());
    if (spec.file) {
      const path = normalize(spec.file).replace(/^(\.\.[/\\])+/, '');
      spec.body = await readFile(join(ROOT, path), 'utf8');
    }
    // `replace` gives an existing URL a new answer (for objects that link to each other).
    const id = spec.replace && answers.has(spec.replace) ? spec.replace : `${Date.now().toString(36)}-${(counter += 1)}`;
    answers.set(id, { ...spec, hits: answers.get(id)?.hits ?? 0 });
    return reply(200, JSON.stringify({ id, url: `${origin}/mock/r/${id}` }));
  }
  const hits = /^\/mock\/hits\/([\w-]+)$/.exec(pathname);
  if (hits) return reply(200, JSON.stringify({ hits: answers.get(hits[1])?.hits ?? 0 }));
  const match = /^\/mock\/r\/([\w-]+)/.exec(pathname);
  const spec = match && answers.get(match[1]);
  if (!spec) return reply(404, JSON.stringify({ error: 'unbekannte Mock-Antwort' }));
  spec.hits += 1;
  if (spec.hang) {
    await closed;
    return 'hang';
  }
  if (spec.delayMs) await Promise.race([new Promise((resolve) => setTimeout(resolve, spec.delayMs)), closed]);
  if (spec.failTimes && spec.hits <= spec.failTimes) {
    return reply(spec.failStatus ?? 503, JSON.stringify({ error: 'überlastet' }), spec.retryAfter === undefined ? {} : { 'retry-after': String(spec.retryAfter) });
  }
  // `queries` answers an exact raw query string ("created_since=2025-07-11T00:00:00Z") on its own, as a
  // server that honours a filter does; any other query gets the answer itself.
  const answer = spec.queries?.[search] ?? spec;
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null);
  return reply(answer.status ?? 200, text.replaceAll('{{origin}}', origin), answer.headers ?? {});
}

function reply(status, body, headers = {}) {
  return { status, headers: { ...CORS, 'content-type': 'application/json; charset=utf-8', ...headers }, body };
}

/** Koa middleware for @web/test-runner / @web/dev-server. */
export function mockApiKoaMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/mock/')) return next();
    const closed = new Promise((resolve) => ctx.req.on('close', resolve));
    const answer = await answerMockRequest({
      method: ctx.method,
      pathname: ctx.path,
      search: ctx.querystring,
      origin: ctx.origin,
      closed,
      body: () =>
        new Promise((resolve, reject) => {
          let data = '';
          ctx.req.setEncoding('utf8');
          ctx.req.on('data', (chunk) => (data += chunk));
          ctx.req.on('end', () => resolve(data));
          ctx.req.on('error', reject);
        }),
    });
    if (!answer || answer === 'hang') return;
    ctx.status = answer.status;
    ctx.set(answer.headers);
    ctx.body = answer.body;
  };
}
