import { expect } from '@open-wc/testing';
import { EMPTY_STATE, readHash, viewOf, writeHash, type FinderState } from '../../../src/hsds/finder/state.js';

describe('State in the URL hash', () => {
  it('round-trips a prepared list', () => {
    const state: FinderState = { query: 'Tagespflege für Mama', topic: 'pflege', place: 'wanne.crange', filters: ['jetzt', 'stufenlos', 'sprache-tr'], saved: false, all: false };
    const hash = writeHash(state);
    expect(hash).to.equal('#thema=pflege&ort=wanne.crange&filter=jetzt%2Cstufenlos%2Csprache-tr&suche=Tagespflege+f%C3%BCr+Mama');
    expect(readHash(hash)).to.deep.equal(state);
    expect(viewOf(state)).to.equal('results');
  });

  it('keeps the page’s own keys and drops values it does not know', () => {
    expect(writeHash({ ...EMPTY_STATE, topic: 'wohnen' }, '#seite=2&thema=alt')).to.equal('#seite=2&thema=wohnen');
    expect(readHash('#thema=unbekannt&ort=mars&filter=jetzt,<script>,kostenlos,jetzt&angebot=abc')).to.deep.equal({
      query: '',
      filters: ['jetzt', 'kostenlos'],
      offer: 'abc',
      saved: false,
      all: false,
    });
    expect(writeHash(EMPTY_STATE)).to.equal('');
  });

  it('tells the three levels apart', () => {
    expect(viewOf(EMPTY_STATE)).to.equal('start');
    expect(viewOf({ ...EMPTY_STATE, all: true })).to.equal('results');
    expect(viewOf({ ...EMPTY_STATE, saved: true })).to.equal('saved');
    expect(viewOf({ ...EMPTY_STATE, topic: 'pflege', offer: 'x' })).to.equal('detail');
  });
});
