import { expect, fixture, html } from '@open-wc/testing';
import { nestedCss, scopeCss } from '../../src/core/scoped-styles.js';

/*
 * An element's CSS, written for `:host`, reaches the element and what it renders, and nothing else on the page:
 * through `@scope` where the browser knows it, nested in a rule for the tag where it does not (Firefox ESR 140).
 * Both ways are checked in every test browser.
 */
const CSS = `:host { display: block; color: rgb(1, 2, 3); }
  :host([data-size='big']) { font-size: 30px; }
  p { margin-top: 7px; }
  @media (min-width: 1px) { .x-note { padding-left: 9px; } }`;

let counter = 0;

async function styledBy(makeCss: (tag: string, cssText: string) => string) {
  counter += 1;
  const tag = `x-scoped-${counter}`;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(makeCss(tag, CSS));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const page = await fixture<HTMLElement>(html`<div><p class="x-note">page</p></div>`);
  const element = document.createElement(tag);
  element.dataset.size = 'big';
  element.innerHTML = '<p class="x-note">widget</p>';
  page.append(element);
  const [outside, inside] = [...page.querySelectorAll('p')] as HTMLParagraphElement[];
  return { element, outside: getComputedStyle(outside!), inside: getComputedStyle(inside!), host: getComputedStyle(element), remove: () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet)) };
}

for (const [name, makeCss] of [
  ['the rule this browser gets (scopeCss)', scopeCss],
  ['the nested rule for browsers without @scope (nestedCss)', nestedCss],
] as const) {
  describe(`scoped styles: ${name}`, () => {
    it('styles the element as :host and :host(<selector>), and what it renders', async () => {
      const { host, inside, remove } = await styledBy(makeCss);
      try {
        expect(host.display).to.equal('block');
        expect(host.color).to.equal('rgb(1, 2, 3)');
        expect(host.fontSize).to.equal('30px');
        expect(inside.marginTop).to.equal('7px');
        expect(inside.paddingLeft).to.equal('9px');
      } finally {
        remove();
      }
    });

    it('leaves the page around it alone', async () => {
      const { outside, remove } = await styledBy(makeCss);
      try {
        expect(outside.marginTop).to.not.equal('7px');
        expect(outside.paddingLeft).to.equal('0px');
        expect(outside.color).to.not.equal('rgb(1, 2, 3)');
      } finally {
        remove();
      }
    });
  });
}
