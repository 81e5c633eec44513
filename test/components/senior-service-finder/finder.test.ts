import { expect } from '@open-wc/testing';
import { getHolidays } from 'feiertagejs';
import { detailMessages, type DetailMessages } from '../../../src/components/senior-service-finder/detail.messages.js';
import { OpeningFacts, findOffers } from '../../../src/hsds/finder/find.js';
import { easterSunday, holidaysOf } from '../../../src/hsds/finder/holidays.js';
import { todayLine } from '../../../src/components/senior-service-finder/hours.js';
import { buildCatalogue, placeByCode, summarise, toOffer, type Catalogue, type Offer } from '../../../src/hsds/finder/catalogue.js';
import { buildIndex } from '../../../src/hsds/finder/search.js';
import { finderMessages, type FinderMessages } from '../../../src/components/senior-service-finder/senior-service-finder.messages.js';
import { finderMessagesEn } from '../../../src/components/senior-service-finder/senior-service-finder.messages.en.js';
import { EMPTY_STATE, readHash, viewOf, writeHash, type FinderState } from '../../../src/hsds/finder/state.js';
import { holidayLines, weekLines } from '../../../src/components/senior-service-finder/week.js';
import { fromBerlinTime } from '../../../src/core/i18n.js';
import { readService, readServices, type HsdsService } from '../../../src/hsds/normalise.js';
import { dayNumber } from '../../../src/hsds/schedule.js';

const de: FinderMessages = finderMessages.de;
const deDetail: DetailMessages = detailMessages.de;
const at = (y: number, mo: number, d: number, h: number, mi = 0) => fromBerlinTime(y, mo, d, h, mi).getTime();
/** Monday, 23 November 2026, 10:15 in Herne. */
const MONDAY_MORNING = at(2026, 11, 23, 10, 15);

async function sampleCatalogue(): Promise<Catalogue> {
  return buildCatalogue(readServices(await (await fetch('/sample/hsds/services.json')).json()).services, { skipped: 0, incomplete: false });
}

function offer(raw: Record<string, unknown>): Offer {
  return toOffer(readService({ id: 'x', name: 'Test', ...raw }) as HsdsService);
}

const weekly = (byday: string, opens: string, closes: string) => ({ freq: 'WEEKLY', byday, opens_at: opens, closes_at: closes });
const keys = ['jetzt', 'heute', 'kostenlos', 'stufenlos', 'aufzug', 'wc', 'schleife', 'hausbesuch', 'telefon', 'angehoerige', 'sprache-tr'];

describe('Herne profile', () => {
  it('reads topics, features, languages and the quarter from attributes and the address', () => {
    const o = offer({
      attributes: [
        { link_type: 'topic', taxonomy_term: { code: 'pflege', name: 'Pflege' } },
        { link_type: 'cost', taxonomy_term: { code: 'kostenlos', name: 'Kostenlos' } },
        { link_type: 'audience', value: 'Angehoerige' },
      ],
      languages: [{ code: 'de' }, { code: 'tur' }],
      service_at_locations: [
        {
          location: {
            addresses: [{ address_1: 'Hauptstraße 1', city: 'Herne', region: 'Röhlinghausen', address_type: 'physical' }],
            accessibility: [{ description: 'Aufzug vorhanden', attributes: [{ link_type: 'accessibility', taxonomy_term: { code: 'aufzug', name: 'Aufzug' } }] }],
          },
        },
      ],
    });
    expect(o.topics).to.deep.equal(['pflege']);
    expect([...o.features].sort()).to.deep.equal(['angehoerige', 'aufzug', 'kostenlos']);
    expect(o.languages).to.deep.equal(['tr']);
    expect(o.place?.code).to.equal('eickel.roehlinghausen');
    expect([...o.places].sort()).to.deep.equal(['eickel', 'eickel.roehlinghausen']);
    expect(o.wholeCity).to.be.false;
  });

  it('takes a free-of-charge note from the fees or from zero-cost options', () => {
    expect(offer({ fees_description: 'Kostenlos, ohne Anmeldung.' }).features.has('kostenlos')).to.be.true;
    expect(offer({ cost_options: [{ amount: 0 }] }).features.has('kostenlos')).to.be.true;
    expect(offer({ fees_description: 'Nicht kostenlos: 5 Euro' }).features.has('kostenlos')).to.be.false;
  });

  it('reads the places a service without an address serves', () => {
    const city = offer({ service_areas: [{ name: 'Ganz Herne' }] });
    expect(city.wholeCity).to.be.true;
    const district = offer({ service_areas: [{ name: 'Wanne' }] });
    expect(district.place).to.equal(undefined);
    expect([...district.places]).to.include.members(['wanne', 'wanne.crange', 'wanne.baukau-west']);
  });

  it('knows the four districts and their quarters', () => {
    expect(placeByCode('sodingen.boernig')).to.deep.equal({ code: 'sodingen.boernig', name: 'Börnig', district: 'sodingen' });
    expect(placeByCode('wanne')?.name).to.equal('Wanne');
    expect(placeByCode('nowhere')).to.equal(undefined);
  });

  it('summarises a description as its first sentence', () => {
    expect(summarise('Erster Satz. Zweiter Satz.')).to.equal('Erster Satz.');
    const long = summarise(`${'Wort '.repeat(60)}Ende.`)!;
    expect(long).to.match(/^Wort( Wort)+ …$/);
    expect(long.length).to.be.at.most(160);
    // Only the first line counts: its sentence, else the whole line.
    expect(summarise('Treffpunkt im Quartier\nMittagstisch. Spiele.')).to.equal('Treffpunkt im Quartier');
    expect(summarise('Beratung zu Hause.\nAuch am Telefon.')).to.equal('Beratung zu Hause.');
    expect(summarise('Ohne Punkt')).to.equal('Ohne Punkt');
    expect(summarise(undefined)).to.equal(undefined);
  });

  it('reads the same offer again the same way (remembered codes and places)', () => {
    const raw = { attributes: [{ link_type: 'district', value: 'Crange' }, { link_type: 'topic', taxonomy_term: { code: 'Wohnen' } }], service_areas: [{ name: 'Wanne' }] };
    const [first, second] = [offer(raw), offer(raw)];
    expect(first.topics).to.deep.equal(['wohnen']);
    expect(second.topics).to.deep.equal(first.topics);
    expect(second.place).to.equal(first.place);
    expect(first.place?.code).to.equal('wanne.crange');
    expect([...second.places].sort()).to.deep.equal(['wanne', 'wanne.baukau-west', 'wanne.crange', 'wanne.wanne']);
  });
});

describe('Finding offers: filters, counts, the way out of an empty result', () => {
  let catalogue: Catalogue;
  const facts = () => new OpeningFacts(MONDAY_MORNING);
  const find = (state: Partial<FinderState>) => findOffers(catalogue, { ...EMPTY_STATE, ...state }, facts(), keys, buildIndex(catalogue.offers, (t) => de.topics[t]));
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
    for (const key of keys) {
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

describe('Opening hours on cards (Europe/Berlin, pinned clock)', () => {
  const office = offer({
    schedules: [weekly('MO,TU,WE,TH', '09:00', '12:00'), weekly('MO,TU,WE,TH', '14:00', '16:00'), weekly('FR', '09:00', '12:00')],
  });
  const line = (o: Offer, instant: number, m: FinderMessages = de) => todayLine(o, new OpeningFacts(instant), m, m === de ? 'de' : 'en');

  it('shows split hours today and "jetzt geöffnet bis"', () => {
    expect(line(office, MONDAY_MORNING)).to.deep.equal({ today: 'Heute 9–12 und 14–16 Uhr', status: 'jetzt geöffnet bis 12 Uhr', open: true });
  });

  it('in the lunch break says when it opens again today', () => {
    expect(line(office, at(2026, 11, 23, 12, 30)).status).to.equal('öffnet heute 14 Uhr');
  });

  it('on Friday afternoon says "öffnet Mo 9 Uhr"', () => {
    expect(line(office, at(2026, 11, 27, 13, 0))).to.deep.equal({ today: 'Heute 9–12 Uhr', status: 'öffnet Mo 9 Uhr', open: false });
  });

  it('is closed on a public holiday and skips it', () => {
    // Friday 25 December 2026, Christmas Day; Thursday evening before it.
    expect(line(office, at(2026, 12, 25, 10, 0))).to.deep.equal({ today: 'Heute geschlossen', status: 'öffnet Mo 9 Uhr', open: false });
    expect(line(office, at(2026, 12, 24, 17, 0)).status).to.equal('öffnet Mo 9 Uhr');
  });

  it('stays open on holidays when the service says so', () => {
    const emergency = offer({ schedules: [{ freq: 'DAILY', opens_at: '00:00', closes_at: '00:00' }], attributes: [{ link_type: 'schedule', value: 'feiertags-geoeffnet' }] });
    expect(line(emergency, at(2026, 12, 25, 3, 0))).to.deep.equal({ today: 'Heute 0–24 Uhr', status: 'jetzt geöffnet', open: true });
  });

  it('names the date of a monthly meeting more than a week away', () => {
    const zwar = offer({ schedules: [{ freq: 'MONTHLY', byday: '2WE', opens_at: '18:00', closes_at: '20:00' }] });
    // After the 2nd Wednesday of November (11th): next is 9 December.
    expect(line(zwar, MONDAY_MORNING).status).to.equal('öffnet am 9.12. um 18 Uhr');
    expect(line(zwar, MONDAY_MORNING, finderMessagesEn).status).to.equal('opens on 9 Dec at 18:00');
  });

  it('says plainly when there are no hours, or shows the words of hours it cannot evaluate', () => {
    expect(line(offer({}), MONDAY_MORNING)).to.deep.equal({ today: 'Keine Öffnungszeiten angegeben', open: false });
    expect(line(offer({ schedules: [{ description: 'Nach Vereinbarung' }] }), MONDAY_MORNING).today).to.equal('Nach Vereinbarung');
  });

  it('speaks English with 24-hour times', () => {
    expect(line(office, MONDAY_MORNING, finderMessagesEn)).to.deep.equal({ today: 'Today 9:00–12:00 and 14:00–16:00', status: 'open now until 12:00', open: true });
  });
});

describe('Weekly hours in words (detail view)', () => {
  const today = dayNumber(2026, 11, 23);
  it('joins weekdays with equal split hours and lists monthly rules and validity', () => {
    const o = offer({
      schedules: [
        weekly('MO,TU,WE,TH', '09:00', '12:00'),
        weekly('MO,TU,WE,TH', '14:00', '16:00'),
        weekly('FR', '09:00', '12:30'),
        { freq: 'MONTHLY', byday: '2WE', opens_at: '15:00', closes_at: '17:00' },
        { freq: 'MONTHLY', byday: '-1FR', opens_at: '09:00', closes_at: '11:00' },
        { freq: 'WEEKLY', byday: 'SA', opens_at: '10:00', closes_at: '12:00', valid_from: '2027-01-01' },
        { ...weekly('SU', '10:00', '11:00'), valid_to: '2026-01-31' },
      ],
    });
    expect(weekLines(o, today, de, deDetail, 'de')).to.deep.equal([
      'Montag bis Donnerstag: 9–12 und 14–16 Uhr',
      'Freitag: 9–12:30 Uhr',
      'Jeden 2. Mittwoch im Monat: 15–17 Uhr',
      'Jeden letzten Freitag im Monat: 9–11 Uhr',
      'Samstag: 10–12 Uhr (ab 1.1.2027)',
    ]);
  });

  it('names the public holidays of the next two weeks on which it would open', () => {
    const o = offer({ schedules: [weekly('MO,TU,WE,TH,FR', '09:00', '12:00')] });
    expect(holidayLines(o, dayNumber(2026, 12, 20), deDetail, 'de')).to.deep.equal([
      'An Feiertagen geschlossen.',
      'Am Freitag, 25. Dezember geschlossen (1. Weihnachtstag).',
      'Am Freitag, 1. Januar geschlossen (Neujahr).',
    ]);
    expect(holidayLines(o, today, deDetail, 'de')).to.deep.equal(['An Feiertagen geschlossen.']);
  });
});

describe('NRW public holidays', () => {
  it('match feiertagejs for NW from 2000 to 2060', () => {
    for (let year = 2000; year <= 2060; year += 1) {
      const ours = [...holidaysOf(year).keys()].map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10)).sort();
      // Two holidays can fall on one day (1 May and Ascension Day in 2008): compare days.
      const theirs = [...new Set(getHolidays(year, 'NW').map((holiday) => holiday.dateString))].sort();
      expect(ours, String(year)).to.deep.equal(theirs);
    }
  });

  it('compute Easter Sunday', () => {
    expect(easterSunday(2026)).to.equal(dayNumber(2026, 4, 5));
    expect(easterSunday(2027)).to.equal(dayNumber(2027, 3, 28));
  });
});

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
