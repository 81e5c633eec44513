import { expect } from '@open-wc/testing';
import { consentChild, consentConfig, consentFormProblem, parseCookies, serviceId, type ConsentForm } from '../../src/configurator/consent-form.js';
import { optionsFromManifest } from '../../src/configurator/options.js';

/** The shape `cem analyze` writes (trimmed to what the builder reads). */
const MANIFEST = {
  schemaVersion: '1.0.0',
  modules: [
    { kind: 'javascript-module', path: 'src/core/widget-element.ts', declarations: [{ kind: 'class', name: 'WidgetElement', attributes: [{ name: 'timeout' }] }] },
    {
      kind: 'javascript-module',
      path: 'src/components/senior-service-finder/senior-service-finder.ts',
      declarations: [
        {
          kind: 'class',
          tagName: 'senior-service-finder',
          customElement: true,
          attributes: [
            { name: 'src', type: { text: 'string | undefined' }, description: 'An HSDS 3.x API base URL.' },
            { name: 'map', type: { text: 'boolean' }, default: 'false', description: 'Offers a map of the results;\nits tiles load only when asked.' },
            { name: 'stale-after-months', type: { text: 'number' }, default: '12', description: 'After how many months.' },
            { name: 'new-thing', type: { text: 'string' }, default: "'x'", description: 'Something the builder has no words for.' },
            { name: 'heading-level', type: { text: 'number' }, default: 'DEFAULT_HEADING_LEVEL', description: 'The level of the main heading.', inheritedFrom: { name: 'WidgetElement' } },
          ],
        },
      ],
    },
  ],
};

const validForm = (): ConsentForm => ({
  privacyUrl: 'https://www.herne.de/datenschutz',
  imprintUrl: 'https://www.herne.de/impressum',
  revision: '1',
  services: [
    {
      name: 'Matomo Statistik',
      category: 'Statistik',
      provider: 'Stadt Herne',
      purpose: 'Zählt Besuche.',
      data: 'gekürzte IP-Adresse',
      cookies: '_pk_id*, 13 Monate\n_pk_ses*, 30 Minuten',
      privacyUrl: 'https://www.herne.de/datenschutz#matomo',
    },
  ],
});

describe('configurator options and consent form', () => {
  it('makes one field per manifest attribute, typed by the manifest, without the ones the builder sets itself', () => {
    const fields = optionsFromManifest(MANIFEST, 'senior-service-finder', ['src'], 'de');
    expect(fields.map((field) => [field.name, field.kind, field.defaultValue, field.label])).to.deep.equal([
      ['map', 'boolean', 'false', 'Karte anbieten'],
      ['stale-after-months', 'number', '12', 'Hinweis auf alte Einträge nach Monaten'],
      ['new-thing', 'text', 'x', 'new-thing'],
      ['heading-level', 'number', undefined, 'Überschriftenebene'],
    ]);
    // An attribute without German wording is explained in the manifest's words.
    expect(fields[2]!.help).to.equal('Something the builder has no words for.');
    expect(fields[0]!.help).to.match(/^Bietet eine Karte/);
  });

  it('uses the manifest text as the English explanation, and knows nothing of elements the manifest lacks', () => {
    const fields = optionsFromManifest(MANIFEST, 'senior-service-finder', ['src'], 'en');
    expect(fields[0]).to.include({ label: 'Offer a map', help: 'Offers a map of the results; its tiles load only when asked.' });
    expect(optionsFromManifest(MANIFEST, 'meeting-agenda', [], 'de')).to.deep.equal([]);
    expect(optionsFromManifest({ nonsense: true }, 'senior-service-finder', [], 'de')).to.deep.equal([]);
  });

  it('builds a configuration the banner accepts, with ids from names and cookies from lines', () => {
    expect(consentFormProblem(validForm())).to.equal(undefined);
    expect(serviceId('Karten von OpenStreetMap (Kacheln)')).to.equal('karten-von-openstreetmap-kacheln');
    expect(parseCookies(' _pk_id*, 13 Monate \n\nsession')).to.deep.equal([{ name: '_pk_id*', lifetime: '13 Monate' }, { name: 'session', lifetime: '' }]);
    const config = consentConfig(validForm());
    expect(config['revision']).to.equal(1);
    expect((config['services'] as { id: string }[])[0]!.id).to.equal('matomo-statistik');
  });

  it('names the first wrong field as the banner names it, with the label of the form', () => {
    const form = validForm();
    form.services[0]!.privacyUrl = 'javascript:alert(1)';
    expect(consentFormProblem(form)).to.equal('Dienst 1, Link zur Datenschutzerklärung: „services[0].privacyUrl“ ist ungültig, erwartet: eine http(s)-Adresse');
    const noImprint = { ...validForm(), imprintUrl: '' };
    expect(consentFormProblem(noImprint)).to.match(/^Link zum Impressum: „imprintUrl“ ist ungültig/);
    const noServices = { ...validForm(), services: [] };
    expect(consentFormProblem(noServices)).to.match(/^Dienste: .*nicht leere Liste/);
    const cookieWithoutLifetime = validForm();
    cookieWithoutLifetime.services[0]!.cookies = '_pk_id*';
    expect(consentFormProblem(cookieWithoutLifetime)).to.match(/^Dienst 1, Cookies:/);
  });

  it('writes the JSON child so that no value can close the script element', () => {
    const form = validForm();
    form.services[0]!.purpose = '</script><img src=x onerror=alert(1)>';
    const child = consentChild(form);
    expect(child.match(/<\/script>/g)).to.have.length(1);
    expect(child).to.match(/^<script type="application\/json">\n\{/);
    const json = child.slice('<script type="application/json">\n'.length, -'\n</script>'.length);
    expect((JSON.parse(json) as { services: { purpose: string }[] }).services[0]!.purpose).to.equal(form.services[0]!.purpose);
  });
});
