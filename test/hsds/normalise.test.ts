import { expect } from '@open-wc/testing';
import { readPhone, readServiceDetail } from '../../src/hsds/detail.js';
import { cleanText } from '../../src/core/sanitize.js';
import { plainText, readService, readServices, type HsdsService } from '../../src/hsds/normalise.js';
import { remember } from '../../src/hsds/remember.js';
import { textOf } from '../../src/hsds/text.js';

const fixture = async (path: string): Promise<unknown> => (await fetch(`/test/fixtures/hsds/${path}`)).json();

function service(raw: unknown): HsdsService {
  const result = readService(raw);
  if (!result || result === 'hidden') throw new Error('expected a service');
  return result;
}

describe('HSDS normaliser: the specification examples', () => {
  it('reads the full 3.0 service example for the list', async () => {
    const s = service(await fixture('3.0/service_full.json'));
    expect(s.id).to.equal('ac148810-d857-441c-9679-408f346de14b');
    expect(s.name).to.equal('Community Counselling');
    expect(s.temporarilyClosed).to.be.false;
    expect(s.description).to.match(/^Counselling Services provided by trained professionals/);
    expect(s.costs).to.deep.equal([{ amount: 35, currency: 'GBP', option: 'Under 18s and Over 60s', description: 'per 1 hour session' }]);
    expect(s.languages).to.deep.equal([{ code: 'ur', name: 'Urdu' }]);
    expect(s.places).to.have.length(1);
    expect(s.places[0]).to.deep.include({ names: ['MyRegion', 'MyVillage', 'MyCity'], street: '1-30 Main Street' });
    // The example's latitude 100 and longitude 101 are not on Earth: no point on the map.
    expect(s.places[0]!.latitude).to.equal(undefined);
    expect(s.rules).to.have.length(1);
    expect(s.rules[0]!.days.map((d) => d.weekday)).to.deep.equal([4, 5]);
  });

  it('reads the full 3.0 service example for the detail view', async () => {
    const raw = (await fixture('3.0/service_full.json')) as Record<string, unknown>;
    const d = readServiceDetail(raw);
    expect(d.url).to.equal('http://example.com/counselling');
    expect(d.email).to.equal('mailto:email@example.com');
    expect(d.organization).to.equal('Example Organization Inc.');
    expect(d.minimumAge).to.equal(12);
    expect(d.checked?.toISOString().slice(0, 10)).to.equal('2005-01-01');
    expect(d.documents[0]).to.match(/^Any official identification document/);
    expect(d.addresses).to.deep.equal([
      {
        name: 'MyCity Civic Center',
        lines: ['1-30 Main Street, MyVillage', 'ABC 1234 MyCity'],
        transportation: 'MyCity Civic Center is serviced by the number 1 Bus and is a short walk from the Main Street Metro Station',
      },
    ]);
    expect(d.accessibility[0]).to.match(/induction loops/);
    // The example's number is wrapped in quotes; the link dials it.
    expect(d.phones[0]).to.include({ number: '+44 1234 234567 (100)', href: 'tel:+441234234567' });
  });

  it('reads the 3.1 example and ignores its additions (capacities, additional_urls)', async () => {
    const s = service(await fixture('3.1-dev/service_full.json'));
    expect(s.name).to.be.a('string');
    expect(s.id).to.be.a('string');
  });

  it('reads a page of the service list with its paging', async () => {
    const result = readServices(await fixture('3.0/service_list.json'));
    expect(result.services).to.have.length(1);
    expect(result.skipped).to.equal(0);
    expect(result.page).to.deep.equal({ number: 1, total: 10, last: false });
  });
});

describe('HSDS normaliser: tolerance', () => {
  it('accepts a bare array and a single service', () => {
    expect(readServices([{ id: 'a', name: 'A' }]).services).to.have.length(1);
    expect(readServices({ id: 'a', name: 'A' }).services).to.have.length(1);
  });

  it('rejects what is no service list at all', () => {
    expect(() => readServices({ error: 'nope' })).to.throw(TypeError);
    expect(() => readServices('text')).to.throw(TypeError);
    expect(() => readServices(null)).to.throw(TypeError);
  });

  it('counts broken entries and duplicate ids, and hides inactive and defunct services without counting them', () => {
    const result = readServices({
      contents: [
        { id: 'a', name: 'Gut' },
        { id: 'b' },
        { name: 'ohne id' },
        'kaputt',
        null,
        { id: 'a', name: 'Doppelt' },
        { id: 'c', name: 'Alt', status: 'defunct' },
        { id: 'd', name: 'Pause', status: 'inactive' },
        { id: 'e', name: 'Umbau', status: 'temporarily closed' },
      ],
    });
    expect(result.services.map((s) => s.name)).to.deep.equal(['Gut', 'Umbau']);
    expect(result.services[1]!.temporarilyClosed).to.be.true;
    expect(result.skipped).to.equal(5);
  });

  it('survives wrong types in every field', () => {
    expect(readService({ id: 42, name: ['not', 'a', 'name'] })).to.equal(undefined);
    const t = service({
      id: 'x',
      name: 'Name',
      description: 12,
      phones: 'not a list',
      schedules: { opens_at: '09:00' },
      service_at_locations: [{ location: { addresses: [{ address_1: { a: 1 } }], latitude: 'north', longitude: 7 } }, 5],
      languages: [{ code: 'tur' }, { code: '<script>' }, { name: 'Plattdeutsch' }],
      attributes: [{ link_type: 'topic', taxonomy_term: { code: 'Pflege', name: 'Pflege' } }, { nothing: true }],
      cost_options: [{ amount: -3, currency: 'euro' }],
      minimum_age: 'sixty',
      assured_date: 'gestern',
      service_areas: [{ name: 'Ganz Herne' }, { name: 7 }],
    });
    expect(t.description).to.equal('12');
    expect(t.rules).to.deep.equal([]);
    expect(t.places).to.deep.equal([{ names: [], attributes: [] }]);
    expect(t.languages).to.deep.equal([{ code: 'tr' }, { name: 'Plattdeutsch' }]);
    expect(t.attributes).to.deep.equal([{ type: 'topic', code: 'pflege', label: 'Pflege' }]);
    expect(t.costs).to.deep.equal([{}]);
    expect(t.areas).to.deep.equal(['Ganz Herne', '7']);
    const d = readServiceDetail(t.source);
    expect(d.phones).to.deep.equal([]);
    expect(d.addresses).to.deep.equal([]);
    expect(d.minimumAge).to.equal(undefined);
    expect(d.checked).to.equal(undefined);
  });

  it('lets only http(s), mailto and tel through as links', () => {
    const d = readServiceDetail({ id: 'x', name: 'N', url: 'javascript:alert(1)', email: 'a@b.de" onmouseover="x', phones: [{ number: 'javascript:alert(1)' }] });
    expect(d.url).to.equal(undefined);
    expect(d.email).to.equal(undefined);
    expect(d.phones).to.deep.equal([]);
  });

  it('shows descriptions as text: tags dropped, entities decoded, nothing interpreted', () => {
    expect(plainText('<p>Hilfe <b>zu Hause</b></p><p>Zweiter&nbsp;Absatz &amp; mehr</p>')).to.equal('Hilfe zu Hause\nZweiter Absatz & mehr');
    expect(plainText('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('gives German national numbers +49 for the tel: link and keeps the number as written', () => {
    expect(readPhone({ number: '02323 16-1234' })).to.deep.equal({ number: '02323 16-1234', href: 'tel:+492323161234' });
    expect(readPhone({ number: '0049 2323 161234' })?.href).to.equal('tel:+492323161234');
    expect(readPhone({ number: 'kein Telefon' })).to.equal(undefined);
  });

  it('prefers the service-at-location hours over the building hours, and the service hours over both', () => {
    const location = { id: 'l', location_type: 'physical', schedules: [{ byday: 'SA', opens_at: '08:00', closes_at: '20:00' }] };
    const atLocation = service({ id: 's', name: 'S', service_at_locations: [{ location, schedules: [{ byday: 'MO', opens_at: '09:00', closes_at: '10:00' }] }] });
    expect(atLocation.rules[0]!.days[0]!.weekday).to.equal(1);
    const building = service({ id: 's', name: 'S', service_at_locations: [{ location }] });
    expect(building.rules[0]!.days[0]!.weekday).to.equal(6);
    const own = service({ id: 's', name: 'S', schedules: [{ byday: 'TU', opens_at: '09:00', closes_at: '10:00' }], service_at_locations: [{ location }] });
    expect(own.rules[0]!.days[0]!.weekday).to.equal(2);
  });
});

describe('HSDS text helpers', () => {
  it('reads text exactly as cleanText does, on its fast path too', () => {
    const samples = [
      'Herne', '09:00', 'Mo–Fr 9–12 Uhr', '„Vergissmeinnicht“ – Café…', 'n/a', 'NULL', '-', '', '  Herne  ', 'a  b', 'a\tb',
      'Zeile 1\nZeile 2', 'a\r\nb', 'a\u00a0b', 'a\u2007b', 'a\u202fb', 'a\u200bb', 'a\u202eb', 'a\u2066b', '\ufeffHerne', 'a\u2028b', 'a\u3000b', 'a\u1680b',
      'ä ö ü ß é', 'Привет', 'مرحبا', '日本', 'x\u0007y', 42, null, undefined, { evil: true }, ['a'],
    ];
    for (const value of samples) {
      expect(textOf(value), JSON.stringify(value)).to.equal(cleanText(value));
      expect(textOf(value, true), JSON.stringify(value)).to.equal(cleanText(value, { multiline: true }));
    }
  });

  it('remembers each key’s answer, undefined too', () => {
    let calls = 0;
    const half = remember((n: number) => {
      calls += 1;
      return n % 2 ? undefined : n / 2;
    });
    expect([half(4), half(4), half(3), half(3)]).to.deep.equal([2, 2, undefined, undefined]);
    expect(calls).to.equal(2);
  });
});

