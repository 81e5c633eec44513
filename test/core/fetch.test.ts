import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/core/errors.js';
import { clearFetchCache, fetchJson, parseRetryAfter } from '../../src/core/fetch.js';
import { hits, mock } from '../helpers/mock-api.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('fetchJson', () => {
  beforeEach(() => clearFetchCache());

  it('parses a JSON answer', async () => {
    const { url } = await mock({ body: { name: 'Rat' } });
    expect(await fetchJson(url)).to.deep.equal({ name: 'Rat' });
  });

  it('reports an HTTP error with its status and the parsed error body', async () => {
    const { url } = await mock({ status: 404, body: { code: 802 } });
    const error = (await rejection(fetchJson(url))) as LoadError;
    expect(error).to.be.instanceOf(LoadError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.body).to.deep.equal({ code: 802 });
  });

  it('reports invalid JSON as its own kind', async () => {
    const { url } = await mock({ body: '{"name": "Rat", \u0001 kaputt' });
    const error = (await rejection(fetchJson(url))) as LoadError;
    expect(error.kind).to.equal('invalid-json');
  });

  it('times out a server that never answers', async () => {
    const { url } = await mock({ hang: true });
    const started = performance.now();
    const error = (await rejection(fetchJson(url, { timeoutMs: 300 }))) as LoadError;
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('reports a refused connection as a network error', async () => {
    const error = (await rejection(fetchJson('http://127.0.0.1:9/nothing', { timeoutMs: 5000 }))) as LoadError;
    expect(error.kind).to.equal('network');
  });

  it('refuses URLs that are not http(s)', async () => {
    const error = (await rejection(fetchJson('javascript:alert(1)'))) as LoadError;
    expect(error.kind).to.equal('network');
  });

  it('retries 503 answers, honouring Retry-After, and then succeeds', async () => {
    const { id, url } = await mock({ body: { ok: true }, failTimes: 2, failStatus: 503, retryAfter: 0 });
    expect(await fetchJson(url)).to.deep.equal({ ok: true });
    expect(await hits(id)).to.equal(3);
  });

  for (const status of [429, 502, 504]) {
    it(`retries ${status}`, async () => {
      const { id, url } = await mock({ body: { ok: true }, failTimes: 1, failStatus: status, retryAfter: 0 });
      expect(await fetchJson(url)).to.deep.equal({ ok: true });
      expect(await hits(id)).to.equal(2);
    });
  }

  it('gives up after the retries with the last status', async () => {
    const { id, url } = await mock({ body: { ok: true }, failTimes: 10, failStatus: 503, retryAfter: 0 });
    const error = (await rejection(fetchJson(url, { retries: 2 }))) as LoadError;
    expect(error.status).to.equal(503);
    expect(await hits(id)).to.equal(3);
  });

  it('does not retry a 500 or a 404', async () => {
    const { id, url } = await mock({ body: {}, failTimes: 5, failStatus: 500, retryAfter: 0 });
    await rejection(fetchJson(url));
    expect(await hits(id)).to.equal(1);
  });

  it('does not wait when the server asks for a longer pause than it is worth', async () => {
    const { id, url } = await mock({ body: {}, failTimes: 5, failStatus: 503, retryAfter: 3600 });
    const error = (await rejection(fetchJson(url))) as LoadError;
    expect(error.status).to.equal(503);
    expect(await hits(id)).to.equal(1);
  });

  it('makes one request for ten identical calls in flight', async () => {
    const { id, url } = await mock({ body: { n: 1 }, delayMs: 150 });
    const results = await Promise.all(Array.from({ length: 10 }, () => fetchJson(url)));
    expect(results.every((result) => (result as { n: number }).n === 1)).to.equal(true);
    expect(await hits(id)).to.equal(1);
  });

  it('answers from the short cache afterwards', async () => {
    const { id, url } = await mock({ body: { n: 2 } });
    await fetchJson(url);
    await fetchJson(url);
    expect(await hits(id)).to.equal(1);
    clearFetchCache(url);
    await fetchJson(url);
    expect(await hits(id)).to.equal(2);
  });

  it('treats relative and absolute forms of one URL as the same request', async () => {
    const { id, url } = await mock({ body: { n: 3 }, delayMs: 100 });
    const relative = new URL(url).pathname;
    await Promise.all([fetchJson(url), fetchJson(relative)]);
    expect(await hits(id)).to.equal(1);
  });

  it('rejects an aborted caller with an AbortError but keeps the request for the others', async () => {
    const { id, url } = await mock({ body: { n: 4 }, delayMs: 300 });
    const controller = new AbortController();
    const first = fetchJson(url, { signal: controller.signal });
    const second = fetchJson(url);
    controller.abort();
    const error = (await rejection(first)) as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(await second).to.deep.equal({ n: 4 });
    expect(await hits(id)).to.equal(1);
  });

  it('cancels the request when its only caller aborts, and a later call starts afresh', async () => {
    const { id, url } = await mock({ body: { n: 5 }, delayMs: 400 });
    const controller = new AbortController();
    const first = fetchJson(url, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(((await rejection(first)) as DOMException).name).to.equal('AbortError');
    expect(await fetchJson(url)).to.deep.equal({ n: 5 });
    expect(await hits(id)).to.equal(2);
  });

  it('does not cache failures', async () => {
    const { id, url } = await mock({ body: { ok: 1 }, failTimes: 1, failStatus: 500 });
    await rejection(fetchJson(url));
    expect(await fetchJson(url)).to.deep.equal({ ok: 1 });
    expect(await hits(id)).to.equal(2);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter('Wed, 08 Dec 2021 16:00:10 GMT', Date.parse('2021-12-08T16:00:00Z'))).to.equal(10_000);
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('bald')).to.equal(undefined);
  });
});
