// Serves the built-in sample data (sample/) as a real OParl server would: the placeholder origin
// https://ris.herne.example is rewritten to the serving origin, lists are split into pages with links,
// CORS headers are sent, and the sample PDFs are served for their access and download URLs.
// Used by the Vite dev server (npm start), Storybook, the test runner and the page tests.
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sample');
export const PLACEHOLDER_ORIGIN = 'https://ris.herne.example';
export const SAMPLE_PREFIX = '/sample/';
/** Small pages, so that the demo exercises paging as real servers (25 per page) do with more data. */
export const SAMPLE_PAGE_SIZE = 5;

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
    return json(200, rewriteOrigin(text, origin));
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
  const object = JSON.parse(rewriteOrigin(text, origin));
  if (!Array.isArray(object.data)) return json(200, JSON.stringify(object, null, 2));
  const self = `${origin}${SAMPLE_PREFIX}${relative}`;
  return json(200, JSON.stringify(page(object, self, searchParams), null, 2));
}

function page(list, self, searchParams) {
  const size = Number(searchParams.get('limit')) > 0 ? Math.min(Number(searchParams.get('limit')), 100) : SAMPLE_PAGE_SIZE;
  const totalPages = Math.max(1, Math.ceil(list.data.length / size));
  const current = Math.min(Math.max(1, Number(searchParams.get('page')) || 1), totalPages);
  const at = (n) => `${self}?page=${n}${searchParams.get('limit') ? `&limit=${size}` : ''}`;
  return {
    data: list.data.slice((current - 1) * size, current * size),
    pagination: { totalElements: list.data.length, elementsPerPage: size, currentPage: current, totalPages },
    links: {
      first: at(1),
      ...(current > 1 ? { prev: at(current - 1) } : {}),
      self: at(current),
      ...(current < totalPages ? { next: at(current + 1) } : {}),
      last: at(totalPages),
    },
  };
}

function rewriteOrigin(text, origin) {
  return text.replaceAll(`${PLACEHOLDER_ORIGIN}/`, `${origin}${SAMPLE_PREFIX}`);
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
