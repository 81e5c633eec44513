import { expect } from '@open-wc/testing';
import { languageName } from '../../../src/hsds/finder/texts.js';

// Issue 10.5: a language the browser has no own name for is not shown with its English name.
describe('language names in the finder', () => {
  it('names a language in the page’s language and, where the browser knows it, in its own', () => {
    expect(languageName('tr', 'de')).to.equal('Türkisch (Türkçe)');
    expect(languageName('en', 'de')).to.equal('Englisch (English)');
  });

  it('never mixes in English where the browser lacks the language’s own name', () => {
    const name = languageName('ku', 'de');
    expect(name).to.match(/^Kurdisch/);
    expect(name).not.to.contain('Kurdish');
  });
});
