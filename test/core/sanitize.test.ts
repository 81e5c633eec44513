import { expect } from '@open-wc/testing';
import { asArray, cleanDate, cleanNumber, cleanText, CONTACT_SCHEMES, safeUrl, slugify } from '../../src/core/sanitize.js';

describe('sanitize', () => {
  it('slugifies German names to ASCII words joined by dashes (anchors, districts, consent service ids)', () => {
    expect(slugify('Ö 15')).to.equal('oe-15');
    expect(slugify('  Matomo Statistik! ')).to.equal('matomo-statistik');
    expect(slugify('Herne-Mitte / Süd, Straße')).to.equal('herne-mitte-sued-strasse');
    expect(slugify('–')).to.equal('');
  });

  it('treats "", "N/A", placeholders and whitespace as absent', () => {
    for (const blank of ['', '   ', 'N/A', 'n/a', 'NA', 'null', '-', '\u00a0', '\t\n']) expect(cleanText(blank), JSON.stringify(blank)).to.equal(undefined);
    expect(cleanText('  Rat  der   Stadt ')).to.equal('Rat der Stadt');
    expect(cleanText(42)).to.equal('42');
    expect(cleanText({ de: 'x' })).to.equal(undefined);
    expect(cleanText(['x'])).to.equal(undefined);
  });

  it('strips control characters, zero-width characters and bidirectional overrides', () => {
    expect(cleanText('Haus\u0000halt\u0007 \u202Etxet\u202C \u200Bplan\uFEFF')).to.equal('Haushalt txet plan');
  });

  it('keeps line breaks only where asked, normalising them', () => {
    expect(cleanText('Titel;\r\nhier:   Bericht\n\n\n\nEnde', { multiline: true })).to.equal('Titel;\nhier: Bericht\n\nEnde');
    expect(cleanText('Titel;\r\nhier: Bericht')).to.equal('Titel; hier: Bericht');
  });

  it('makes links only from http(s), and from mailto/tel where allowed', () => {
    expect(safeUrl('https://www.herne.de/a b')).to.equal(undefined);
    expect(safeUrl(' https://www.herne.de/x ')).to.equal('https://www.herne.de/x');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//evil.example', 'http://', 42, null]) {
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
    }
    expect(safeUrl('mailto:seniorenberatung@herne.example')).to.equal(undefined);
    expect(safeUrl('mailto:seniorenberatung@herne.example', CONTACT_SCHEMES)).to.equal('mailto:seniorenberatung@herne.example');
    expect(safeUrl('tel:+49232316', CONTACT_SCHEMES)).to.equal('tel:+49232316');
    expect(safeUrl('/sample/x', undefined, 'http://127.0.0.1:8000/page')).to.equal('http://127.0.0.1:8000/sample/x');
  });

  it('reads numbers, arrays and dates defensively', () => {
    expect(cleanNumber('12')).to.equal(12);
    expect(cleanNumber('zwölf')).to.equal(undefined);
    expect(cleanNumber(Number.POSITIVE_INFINITY)).to.equal(undefined);
    expect(asArray({ a: 1 })).to.deep.equal([{ a: 1 }]);
    expect(asArray(undefined)).to.deep.equal([]);
    expect(cleanDate('2021-12-08T16:00:00+01:00')?.toISOString()).to.equal('2021-12-08T15:00:00.000Z');
    expect(formatDay(cleanDate('2021-12-08'))).to.equal('2021-12-08');
    expect(cleanDate('gestern')).to.equal(undefined);
    expect(cleanDate('2021-13-45T99:00:00Z')).to.equal(undefined);
  });
});

function formatDay(date: Date | undefined): string | undefined {
  return date?.toISOString().slice(0, 10);
}
