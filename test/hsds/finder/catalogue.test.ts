import { expect } from '@open-wc/testing';
import { placeByCode, summarise } from '../../../src/hsds/finder/catalogue.js';
import { offer } from './helpers.js';

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
