// Storybook runs as static files, without the Node sample server, so this small in-browser copy of it answers
// the stories' requests: OParl objects and paged lists from sample/, and failing endpoints for error states.
// @ts-expect-error: plain JavaScript module without type declarations
import { pageOfList, rewriteOrigin } from '../scripts/server/paging.mjs';
// @ts-expect-error: plain JavaScript module without type declarations
import { answerHsdsApi } from '../scripts/server/hsds-api.mjs';

/** Where the sample data is served ("http://localhost:6006/sample/"). */
export const sampleBase = new URL('sample/', document.baseURI).href;
/** Endpoints that fail on purpose, for the error stories. */
export const mockBase = `${sampleBase}mock/`;

const realFetch = window.fetch.bind(window);

function json(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

async function answerMock(path: string, signal: AbortSignal | undefined): Promise<Response> {
  if (path === 'hang') {
    // Never answers; only an abort (the widget's time-out) ends it.
    return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
  }
  if (path === 'broken-json') return json(200, '{"id": "x", "name": "kaputt\u0001');
  if (path === 'empty-list') return json(404, JSON.stringify({ error: 'Die angeforderte Ressource wurde nicht gefunden.', code: 802 }));
  if (path === 'meeting-index/upcoming.json') {
    // A mirror index file (<meeting-list src>) whose committee fails to load: the list is partial.
    const meeting = { id: `${sampleBase}oparl/v1.1/meeting/5301`, type: 'https://schema.oparl.org/1.1/Meeting', name: '5. Sitzung des Ausschusses für Soziales', start: '2027-02-10T16:00:00+01:00', organization: [`${mockBase}status/500`] };
    return json(200, JSON.stringify({ type: 'https://schema.herne.de/herne-widgets/meeting-index/1', kind: 'upcoming', data: [meeting] }));
  }
  const status = /^status\/(\d{3})$/.exec(path)?.[1];
  if (status) return json(Number(status), JSON.stringify({ error: `HTTP ${status}` }));
  return json(404, '{}');
}

async function answerSample(url: URL): Promise<Response> {
  const path = url.href.slice(sampleBase.length).split(/[?#]/)[0]!;
  const file = await realFetch(`${sampleBase}${path}.json`);
  if (!file.ok) return json(404, JSON.stringify({ type: 'https://schema.oparl.org/1.1/Error', message: 'Nicht gefunden' }));
  const object = JSON.parse(rewriteOrigin(await file.text(), sampleBase) as string) as { data?: unknown[] };
  const body: unknown = Array.isArray(object.data) ? pageOfList(object, `${sampleBase}${path}`, url.searchParams) : object;
  return json(200, JSON.stringify(body));
}

window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  // An HSDS API base among the mocks ("mock/status/500") is asked for ".../services?page=1": same answer.
  if (url.href.startsWith(mockBase)) return answerMock(url.href.slice(mockBase.length).replace(/\/services\?.*$/, ''), init?.signal ?? undefined);
  if (url.href.startsWith(`${sampleBase}oparl/`)) return answerSample(url);
  if (url.href.startsWith(`${sampleBase}hsds/api`)) {
    const readPage = async (): Promise<unknown> => (await realFetch(`${sampleBase}hsds/services.json`)).json();
    const answer = (await answerHsdsApi(url.pathname.slice(new URL(`${sampleBase}hsds/api`).pathname.length), url.searchParams, readPage)) as { status: number; body: string };
    return json(answer.status, answer.body);
  }
  return realFetch(input, init);
};

/** The URL of a sample OParl object ("meeting/4711"). */
export const sampleOParl = (path: string) => `${sampleBase}oparl/v1.1/${path}`;
