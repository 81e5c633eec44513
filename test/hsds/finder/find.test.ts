import { expect } from '@open-wc/testing';
import { OpeningFacts, findOffers } from '../../../src/hsds/finder/find.js';
import type { Catalogue, Offer } from '../../../src/hsds/finder/catalogue.js';
import { buildIndex } from '../../../src/hsds/finder/search.js';
import { EMPTY_STATE, type FinderState } from '../../../src/hsds/finder/state.js';
import { finderMessages, type FinderMessages } from '../../../src/components/senior-service-finder/senior-service-finder.messages.js';
import { dayNumber } from '../../../src/hsds/schedule.js';
import { FILTER_KEYS, MONDAY_MORNING, at, offer, sampleCatalogue, weekly } from './helpers.js';

const de: FinderMessages = finderMessages.de;

describe('Finding offers: filters, counts, the way out of an empty result', () => {
  let catalogue: Catalogue;
  const facts = () => new OpeningFacts(MONDAY_MORNING);
  const find = (state: Partial<FinderState>) => findOffers(catalogue, { ...EMPTY_STATE, ...state }, facts(), FILTER_KEYS, buildIndex(catalogue.offers, (t) => de.topics[t]));
  before(async () => (catalogue = await sampleCatalogue()));

  it('lists all offers by name without words', () => {
    const all = find({ all: true }).offers.map((o) => o.service.name);
    expect(all).to.have.length(catalogue.offers.length);
    expect(all[0]).to.equal('Ambulanter Pflegedienst Anadolu (Beispiel)');
  });

  it('narrows by topic and place; services for the whole city count everywhere', () => {
    const care = find({ topic: 'pflege', place: 'sodingen' }).offers.map((o) => o.service.name);
    expect(care).to.include.members(['Tagespflege Sodingen', 'Ambulanter Pflegedienst Anadolu (Beispiel)']);
    expect(care).to.not.include('Kurzzeitpflege im Haus am Kanal');
  });

  it('counts, for each filter, how many of the current results have it', () => {
    const result = find({ topic: 'beratung' });
    for (const key of FILTER_KEYS) {
      const has = (o: Offer): boolean => {
        if (key === 'jetzt') return facts().status(o).open;
        if (key === 'heute') return facts().hoursToday(o).length > 0;
        if (key.startsWith('sprache-')) return o.languages.includes(key.slice(8));
        return o.features.has(key as never);
      };
      const expected = result.offers.filter(has).length;
      expect(result.counts.get(key), key).to.equal(expected);
    }
    const free = result.counts.get('kostenlos')!;
    expect(free).to.be.greaterThan(0);
    expect(find({ topic: 'beratung', filters: ['kostenlos'] }).offers).to.have.length(free);
  });

  it('combines filters with AND, and "jetzt geöffnet" follows the clock', () => {
    const open = find({ filters: ['jetzt'] }).offers.map((o) => o.service.name);
    // Monday 10:15: the counselling office is open, the Tuesday course and the monthly ZWAR meeting are not.
    expect(open).to.include('Seniorenberatung Herne-Mitte');
    expect(open).to.not.include('Sicher auf den Beinen: Bewegungskurs');
    expect(open).to.not.include('ZWAR-Netzwerk Eickel/Röhlinghausen');
    const openAndLift = find({ filters: ['jetzt', 'aufzug'] }).offers;
    expect(openAndLift.every((o) => o.features.has('aufzug'))).to.be.true;
    expect(openAndLift.length).to.be.lessThan(open.length);
  });

  it('offers to drop the last filter when a combination finds nothing, with the count it would give', () => {
    const result = find({ topic: 'sicherheit', filters: ['hausbesuch', 'schleife'] });
    expect(result.offers).to.deep.equal([]);
    const { next, ...step } = result.relaxation!;
    expect(step).to.deep.equal({ kind: 'filter', filter: 'schleife', count: find({ topic: 'sicherheit', filters: ['hausbesuch'] }).offers.length });
    expect(next).to.deep.include({ topic: 'sicherheit', filters: ['hausbesuch'] });
  });

  it('without filters offers the whole city, then all topics, then no words', () => {
    expect(find({ topic: 'wohnen', place: 'sodingen.boernig' }).relaxation?.kind).to.equal('place');
    expect(find({ topic: 'sicherheit', query: 'Apotheke' }).relaxation?.kind).to.equal('topic');
    const { next, ...step } = find({ query: 'Zahnarzt' }).relaxation!;
    expect(step).to.deep.equal({ kind: 'query', count: catalogue.offers.length });
    // Without words the list shows every offer.
    expect(next).to.deep.include({ query: '', all: true });
  });
});

describe('Opening facts and the Herne clock', () => {
  const openMornings = () => offer({ schedules: [weekly('MO,TU,WE,TH,FR', '09:00', '12:00')] });

  it('look up the day and minute in Herne for their instant, once', () => {
    const facts = new OpeningFacts(MONDAY_MORNING);
    expect(facts.clock).to.equal(facts.clock);
    expect(facts.clock).to.deep.equal({ day: dayNumber(2026, 11, 23), minute: 10 * 60 + 15 });
    expect(facts.status(openMornings())).to.deep.equal({ open: true, closesAt: 12 * 60 });
  });

  it('at the lunch hour say when the office opens again', () => {
    const facts = new OpeningFacts(at(2026, 11, 23, 13, 0));
    expect(facts.status(openMornings())).to.deep.equal({ open: false, next: { day: dayNumber(2026, 11, 24), minute: 9 * 60 } });
  });
});
