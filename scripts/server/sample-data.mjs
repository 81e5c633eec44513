// Serves the built-in sample data (sample/) as a real OParl server would: the placeholder origin
// https://ris.herne.example is rewritten to the serving origin, lists are split into pages with links,
// CORS headers are sent, and the sample PDFs are served for their access and download URLs.
// Used by the Vite dev server (npm start), Storybook, the test runner and the page tests.
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerHsdsApi } from './hsds-api.mjs';
import { pageOfList, rewriteOrigin } from './paging.mjs';

export const SAMPLE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sample');
export const SAMPLE_PREFIX = '/sample/';

const CORS = { 'access-control-allow-origin': '*' };

/**
 * Answers a request for a path under /sample/, or returns undefined for any other path.
 * @param {string} pathname
 * @param {URLSearchParams} searchParams
 * @param {string} origin e.g. http://localhost:5173
 * @returns {Promise<{status: number, headers: Record<string, string>, body: string | Buffer} | undefined>}
 */
export async function answerSampleRequest(pathname, searchParams, origin) {
  if (!pathname.startsWith(SAMPLE_PREFIX)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(SAMPLE_PREFIX.length))).replace(/^(\.\.[/\\])+/, '');
  if (relative.startsWith('files/')) return answerFile(relative);
  if (relative === 'hsds/api' || relative.startsWith('hsds/api/')) {
    return answerHsdsApi(relative.slice('hsds/api'.length), searchParams, async () => JSON.parse(await readFile(join(SAMPLE_ROOT, 'hsds', 'services.json'), 'utf8')));
  }
  if (relative.startsWith('hsds/') || relative.endsWith('.json')) return answerStatic(relative, origin);
  return answerOParl(relative, searchParams, origin);
}

async function answerFile(relative) {
  const download = relative.startsWith('files/download/');
  const file = join(SAMPLE_ROOT, 'files', relative.replace(/^files\/(download\/)?/, ''));
  try {
    const body = await readFile(file);
    const name = file.split('/').pop();
    return {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        ...(download ? { 'content-disposition': `attachment; filename="${name}"` } : {}),
      },
      body,
    };
  } catch {
    return notFound();
  }
}

async function answerStatic(relative, origin) {
  try {
    const text = await readFile(join(SAMPLE_ROOT, relative), 'utf8');
    return json(200, rewriteOrigin(text, `${origin}${SAMPLE_PREFIX}`));
  } catch {
    return notFound();
  }
}

async function answerOParl(relative, searchParams, origin) {
  let text;
  try {
    text = await readFile(join(SAMPLE_ROOT, `${relative.replace(/\/$/, '')}.json`), 'utf8');
  } catch {
    return notFound();
  }
  const object = JSON.parse(rewriteOrigin(text, `${origin}${SAMPLE_PREFIX}`));
  if (!Array.isArray(object.data)) return json(200, JSON.stringify(object, null, 2));
  const self = `${origin}${SAMPLE_PREFIX}${relative}`;
  return json(200, JSON.stringify(pageOfList(object, self, searchParams), null, 2));
}

function json(status, body) {
  return { status, headers: { ...CORS, 'content-type': 'application/json; charset=utf-8' }, body };
}

function notFound() {
  return json(404, JSON.stringify({ type: 'https://schema.oparl.org/1.1/Error', message: 'Nicht gefunden' }));
}

/** Connect-style middleware (Vite, Storybook). */
export function sampleDataMiddleware() {
  return async (req, res, next) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const answer = await answerSampleRequest(url.pathname, url.searchParams, url.origin).catch(() => undefined);
    if (!answer) return next();
    res.statusCode = answer.status;
    for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
    res.end(answer.body);
  };
}

/** A Vite plugin that serves the sample data in the dev server and the preview server. */
export function sampleDataPlugin() {
  return {
    name: 'herne-sample-data',
    configureServer(server) {
      server.middlewares.use(sampleDataMiddleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(sampleDataMiddleware());
    },
  };
}
