import { expect } from '@open-wc/testing';
import type { LoadError } from '../../src/core/errors.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import { isStaticFile, loadHsds, servicesPageUrl } from '../../src/hsds/load.js';
import { hits, mock } from '../helpers/mock-api.js';

async function rejection(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    return error as LoadError;
  }
  throw new Error('expected the promise to reject');
}

describe('HSDS loading', () => {
  beforeEach(() => clearFetchCache());

  it('tells a static file from an API base', () => {
    expect(isStaticFile('/sample/hsds/services.json')).to.be.true;
    expect(isStaticFile('https://api.example/hsds/')).to.be.false;
    expect(isStaticFile('https://api.example/hsds?x=1.json')).to.be.false;
    expect(servicesPageUrl('https://api.example/hsds/', 3)).to.equal('https://api.example/hsds/services?full=true&page=3&per_page=100');
  });

  it('loads the built-in sample file', async () => {
    const result = await loadHsds('/sample/hsds/services.json');
    expect(result.services.length).to.be.greaterThan(30);
    expect(result.skipped).to.equal(0);
    expect(result.incomplete).to.be.false;
  });

  it('reads every page of the API emulation', async () => {
    const result = await loadHsds('/sample/hsds/api');
    const file = await loadHsds('/sample/hsds/services.json');
    expect(result.services.map((s) => s.id)).to.deep.equal(file.services.map((s) => s.id));
  });

  it('keeps the pages before a failing page and says the list is incomplete', async () => {
    const result = await loadHsds('/sample/hsds/api/fail-from-page-2');
    expect(result.incomplete).to.be.true;
    expect(result.services).to.have.length(10);
  });

  it('stops when a server answers every page with the same services', async () => {
    const { id, url } = await mock({ body: { total_pages: 50, page_number: 1, last_page: false, contents: [{ id: 'a', name: 'A' }] } });
    const result = await loadHsds(url);
    expect(result.services).to.have.length(1);
    expect(await hits(id)).to.equal(2);
  });

  it('times out a server that never answers', async () => {
    const { url } = await mock({ hang: true });
    expect((await rejection(loadHsds(url, undefined, 300))).kind).to.equal('timeout');
  });

  it('fails with the right kind when the first page fails', async () => {
    expect((await rejection(loadHsds((await mock({ status: 500 })).url))).kind).to.equal('http');
    expect((await rejection(loadHsds((await mock({ body: '{"contents": [' })).url))).kind).to.equal('invalid-json');
    expect((await rejection(loadHsds((await mock({ body: { message: 'kein HSDS' } })).url))).kind).to.equal('invalid-data');
  });
});
