import { expect } from '@open-wc/testing';
import { buildSnippet, escapeAttribute, scriptAddress } from '../../src/configurator/snippet.js';

describe('configurator snippet', () => {
  it('builds the script tag and the element with its attributes in order', () => {
    const snippet = buildSnippet({
      cdnBase: 'https://cdn.example.org/hw',
      tag: 'meeting-agenda',
      attributes: [['organization', 'https://example.org/oparl/org/1'], ['heading-level', '3'], ['lang', '']],
    });
    expect(snippet).to.equal(
      '<script type="module" src="https://cdn.example.org/hw/meeting-agenda.js"></script>\n'
        + '<meeting-agenda organization="https://example.org/oparl/org/1" heading-level="3"></meeting-agenda>',
    );
  });

  it('writes a boolean option as a bare attribute', () => {
    const snippet = buildSnippet({ cdnBase: 'https://cdn/x', tag: 'senior-service-finder', attributes: [['src', 'https://h/api/'], ['map', true], ['no-hash', undefined]] });
    expect(snippet.split('\n')[1]).to.equal('<senior-service-finder src="https://h/api/" map></senior-service-finder>');
  });

  it('escapes attribute values so untrusted URLs cannot break out of the attribute', () => {
    expect(escapeAttribute('a"><script>&')).to.equal('a&quot;&gt;&lt;script&gt;&amp;');
  });

  it('keeps the base slash once and rejects names that are not custom elements', () => {
    expect(scriptAddress('https://cdn/x/', 'resolution-card')).to.equal('https://cdn/x/resolution-card.js');
    expect(() => buildSnippet({ cdnBase: 'x', tag: 'div', attributes: [] })).to.throw();
  });
});
