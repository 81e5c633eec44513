import { expect } from '@open-wc/testing';
import { BUILT_IN_CORE, fingerprint } from '../../../src/components/consent-banner/config.js';
import { defaultConfig } from '../../../src/components/consent-banner/default-config.js';
import { isCurrent, readRecord } from '../../../src/components/consent-banner/record.js';
import { configProblem } from '../../../src/components/consent-banner/validate.js';
import { setClock } from '../../../src/core/clock.js';
import { ALL, DAY, NONE, blockStorage, forget, store, testConfig } from './helpers.js';

describe('consent configuration check', () => {
  it('accepts the built-in configuration and the test configuration', () => {
    expect(configProblem(defaultConfig)).to.be.undefined;
    expect(configProblem(testConfig())).to.be.undefined;
  });

  it('names the missing field and what it must be', () => {
    const config = testConfig();
    const video: Record<string, unknown> = { ...config.services[2] };
    delete video['privacyUrl'];
    const problem = configProblem({ ...config, services: [config.services[0], config.services[1], video] });
    expect(problem).to.equal('„services[2].privacyUrl“ fehlt, erwartet: eine http(s)-Adresse');
  });

  it('names wrong values: validity over 13 months, a javascript: link, a duplicate id, an unknown adapter', () => {
    expect(configProblem(testConfig({ validityDays: 400 }))).to.equal('„validityDays“ ist ungültig, erwartet: eine ganze Zahl von 1 bis 395');
    expect(configProblem(testConfig({ imprintUrl: 'javascript:alert(1)' }))).to.contain('„imprintUrl“ ist ungültig');
    const config = testConfig();
    expect(configProblem({ ...config, services: [...config.services, config.services[2]] })).to.equal(
      '„services[4].id“ ist ungültig, erwartet: eine eindeutige Kennung aus Buchstaben, Ziffern, - und _',
    );
    expect(configProblem({ ...config, services: [{ ...config.services[1], adapter: 'matomo' }] })).to.contain('„services[0].adapter“');
  });

  it('names a wrong shape: no object, no services, a text that is neither a string nor {de, en}', () => {
    expect(configProblem('nur Text')).to.equal('„Konfiguration“ ist kein Objekt {…}');
    expect(configProblem(testConfig({ services: [] }))).to.contain('„services“ ist ungültig');
    expect(configProblem(testConfig({ text: { en: 'only English' } as never }))).to.contain('„text“ ist ungültig');
    expect(configProblem({ ...testConfig(), services: ['video'] })).to.equal('„services[0]“ ist kein Objekt {…}');
  });
});

describe('the built-in configuration', () => {
  it('has the same revision and services in the core as with its texts: all that decides whether a stored choice still holds', () => {
    expect(BUILT_IN_CORE.revision, 'change BUILT_IN_CORE in config.ts with default-config.ts').to.equal(defaultConfig.revision);
    expect(BUILT_IN_CORE.services.map((service) => [service.id, !!service.essential])).to.deep.equal(
      defaultConfig.services.map((service) => [service.id, !!service.essential]),
    );
  });

  it('its fingerprint changes with the revision and with the services, not with a text', () => {
    const builtIn = fingerprint(undefined);
    expect(builtIn).to.equal(fingerprint(JSON.stringify(BUILT_IN_CORE)));
    expect(fingerprint(JSON.stringify({ ...BUILT_IN_CORE, revision: 2 }))).not.to.equal(builtIn);
    expect(fingerprint(JSON.stringify({ ...BUILT_IN_CORE, services: [...BUILT_IN_CORE.services, { id: 'matomo' }] }))).not.to.equal(builtIn);
  });

  it('reproduces herne.de: essential cookies plus eTracker (through its adapter), ReadSpeaker, YouTube and Google Translate', () => {
    expect(defaultConfig.services.map((service) => service.id)).to.have.members(['essential', 'etracker', 'readspeaker', 'youtube', 'google-translate']);
    expect(defaultConfig.services.find((service) => service.id === 'etracker')!.adapter).to.equal('etracker');
    expect((defaultConfig.text as { de: string }).de).to.contain('Bitte beachten Sie, dass bei Aktivierung Daten, zum Beispiel Ihre IP-Adresse');
    expect((defaultConfig.text as { en: string }).en).to.contain('IP address');
  });
});

describe('the fingerprint of a configuration', () => {
  it('is the built-in configuration’s without a text, and tells texts apart', () => {
    const builtIn = fingerprint(undefined);
    expect(fingerprint('')).to.equal(builtIn);
    expect(fingerprint('{"revision":1}')).not.to.equal(builtIn);
    expect(fingerprint('{"revision":1}')).to.equal(fingerprint('{"revision":1}'));
    expect(fingerprint('{"revision":1}')).not.to.equal(fingerprint('{"revision":2}'));
  });
});

describe('reading the stored choice', () => {
  beforeEach(forget);
  afterEach(() => setClock(undefined));
  const config = testConfig();

  it('reads a current record from the cookie or from localStorage', () => {
    store({ choices: ALL }, 'cookie');
    expect(readRecord(config)?.choices).to.deep.equal(ALL);
    forget();
    store({ choices: NONE }, 'storage');
    expect(readRecord(config)?.choices).to.deep.equal(NONE);
  });

  it('prefers the cookie (shared by subdomains, rewritten with every choice); localStorage when the cookie has none that is current', () => {
    store({ choices: ALL, given: Date.now() - 2 * DAY }, 'cookie');
    store({ choices: NONE, given: Date.now() - DAY }, 'storage');
    expect(readRecord(config)?.choices).to.deep.equal(ALL);
    store({ choices: ALL, given: Date.now() - 200 * DAY, expires: Date.now() - DAY }, 'cookie');
    expect(readRecord(config)?.choices).to.deep.equal(NONE);
  });

  it('counts a broken, foreign or expired cookie as no choice', () => {
    document.cookie = 'herne_consent=%7B%22kaputt; path=/';
    expect(readRecord(config)).to.be.undefined;
    document.cookie = `herne_consent=${encodeURIComponent('{"consent":"yes"}')}; path=/`;
    expect(readRecord(config)).to.be.undefined;
    store({ choices: ALL, given: Date.now() - 181 * DAY, expires: Date.now() - DAY }, 'cookie');
    expect(readRecord(config)).to.be.undefined;
  });

  it('expires with the clock: 180 days after the choice', () => {
    const record = store({ choices: ALL, given: Date.UTC(2025, 0, 1), expires: Date.UTC(2025, 0, 1) + 180 * DAY });
    setClock(Date.UTC(2025, 0, 1) + 179 * DAY);
    expect(isCurrent(record, config)).to.be.true;
    setClock(Date.UTC(2025, 0, 1) + 180 * DAY);
    expect(isCurrent(record, config)).to.be.false;
  });

  it('asks again after a higher revision or a new service when something was allowed', () => {
    const consent = store({ choices: { ...NONE, video: true } });
    expect(isCurrent(consent, config)).to.be.true;
    expect(isCurrent(consent, testConfig({ revision: 2 }))).to.be.false;
    expect(isCurrent({ ...consent, choices: { stats: false, video: true } }, config), 'without the reader service').to.be.false;
  });

  it('does not ask again after a refusal, whatever changed, until it expires', () => {
    const refusal = store({ choices: NONE });
    expect(isCurrent(refusal, testConfig({ revision: 2 }))).to.be.true;
    expect(isCurrent({ ...refusal, choices: { video: false } }, config)).to.be.true;
  });

  it('survives storage that throws', () => {
    const undo = blockStorage();
    try {
      expect(readRecord(config)).to.be.undefined;
    } finally {
      undo();
    }
  });
});
