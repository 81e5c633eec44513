import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { berlinParts, formatDate, formatFileSize, fromBerlinTime, LocalizeController, resolveLang, toLocale, type Catalogue } from '../../src/core/i18n.js';

describe('i18n', () => {
  it('maps language tags to the supported locales, German by default', () => {
    expect(toLocale('en-GB')).to.equal('en');
    expect(toLocale('EN')).to.equal('en');
    expect(toLocale('de-CH')).to.equal('de');
    expect(toLocale('tr')).to.equal('de');
    expect(toLocale(undefined)).to.equal('de');
  });

  it('takes the element’s lang, else the closest [lang] across shadow roots, else <html lang>', async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="en"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(resolveLang(inner)).to.equal('en');
    inner.setAttribute('lang', 'de');
    expect(resolveLang(inner)).to.equal('de');
    const loose = document.createElement('span');
    expect(resolveLang(loose)).to.equal(document.documentElement.lang || 'de');
  });

  it('formats dates in Europe/Berlin whatever the computer’s zone, across the DST change', () => {
    // 30 Oct 2021 was summer time (+02:00), 31 Oct 2021 after 03:00 winter time (+01:00).
    expect(formatDate(new Date('2021-10-30T14:00:00Z'), 'de', { timeStyle: 'short' })).to.equal('16:00');
    expect(formatDate(new Date('2021-10-31T14:00:00Z'), 'de', { timeStyle: 'short' })).to.equal('15:00');
    expect(formatDate(new Date('2021-12-08T15:00:00Z'), 'de', { weekday: 'long', day: 'numeric', month: 'long' })).to.equal('Mittwoch, 8. Dezember');
    expect(formatDate(new Date('2021-12-08T15:00:00Z'), 'en', { weekday: 'long', day: 'numeric', month: 'long' })).to.equal('Wednesday 8 December');
  });

  it('finds the instant of a Berlin wall-clock time, also around the DST change', () => {
    expect(fromBerlinTime(2021, 12, 8, 16, 0).toISOString()).to.equal('2021-12-08T15:00:00.000Z');
    expect(fromBerlinTime(2021, 7, 1, 18, 0).toISOString()).to.equal('2021-07-01T16:00:00.000Z');
    // 28 Mar 2021, 02:30 does not exist in Berlin: it moves forward an hour.
    expect(berlinParts(fromBerlinTime(2021, 3, 28, 2, 30)).hour).to.equal(3);
    // 31 Oct 2021, 02:30 exists twice: the first, still in summer time.
    expect(fromBerlinTime(2021, 10, 31, 2, 30).toISOString()).to.equal('2021-10-31T00:30:00.000Z');
  });

  it('formats file sizes and hides zero or unknown sizes', () => {
    expect(formatFileSize(82930, 'de')).to.equal('83 kB');
    expect(formatFileSize(1500, 'de')).to.equal('1,5 kB');
    expect(formatFileSize(2_500_000, 'en')).to.equal('2.5 MB');
    expect(formatFileSize(0, 'de')).to.equal(undefined);
    expect(formatFileSize(undefined, 'de')).to.equal(undefined);
    expect(formatFileSize(Number.NaN, 'de')).to.equal(undefined);
  });

  describe('LocalizeController', () => {
    let loads = 0;
    const catalogue: Catalogue<{ hello: string }> = {
      de: { hello: 'Hallo' },
      en: () => {
        loads += 1;
        return Promise.resolve({ hello: 'Hello' });
      },
    };
    class TestGreeting extends LitElement {
      readonly localize = new LocalizeController(this);
      protected override scheduleUpdate(): void | Promise<unknown> {
        const pending = this.localize.prepare([catalogue]);
        return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
      }
      override render() {
        return html`${this.localize.messages(catalogue).hello}`;
      }
    }
    customElements.define('test-greeting', TestGreeting);

    it('renders German without loading anything', async () => {
      const el = await fixture<TestGreeting>(html`<test-greeting lang="de"></test-greeting>`);
      expect(el.shadowRoot!.textContent).to.equal('Hallo');
      expect(loads).to.equal(0);
    });

    it('loads English before the first render, once for all elements, and follows lang changes', async () => {
      const el = await fixture<TestGreeting>(html`<test-greeting lang="en"></test-greeting>`);
      expect(el.shadowRoot!.textContent).to.equal('Hello');
      await fixture<TestGreeting>(html`<test-greeting lang="en"></test-greeting>`);
      expect(loads).to.equal(1);
      el.setAttribute('lang', 'de');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('Hallo');
    });

    it('falls back to German when a language cannot load', async () => {
      const broken: Catalogue<{ hello: string }> = { de: { hello: 'Hallo' }, en: () => Promise.reject(new Error('offline')) };
      class TestBroken extends LitElement {
        readonly localize = new LocalizeController(this);
        override render() {
          return html`${this.localize.messages(broken).hello}`;
        }
      }
      customElements.define('test-broken-greeting', TestBroken);
      const el = await fixture<TestBroken>(html`<test-broken-greeting lang="en"></test-broken-greeting>`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(el.shadowRoot!.textContent).to.equal('Hallo');
    });
  });
});
