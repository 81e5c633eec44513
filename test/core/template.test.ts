import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { html } from '../../src/core/template.js';
import { startTranslator, wrapWordsForReadAloud } from '../helpers/page-tools.mjs';

// Lit keeps references to the nodes it rendered; tools that rewrite text take them out of the page.
describe('templates under tools that rewrite text', () => {
  const view = (number: string, title: string, items: string[]) =>
    html`<div>
      <h2>${number}: ${title} (Stand)</h2>
      ${number === 'Ö 2' ? html`<p>geändert</p>` : html`<p>neu ${title}</p>`}
      <ul>
        ${items.map((item) => html`<li>${item} – Punkt</li>`)}
      </ul>
    </div>`;

  for (const [name, rewrite] of [
    ['a translator’s <font><font>', (root: Element) => startTranslator({ root }).stop()],
    ['a read-aloud tool’s word spans', (root: Element) => {
      wrapWordsForReadAloud(root);
    }],
  ] as const) {
    it(`renders changed text as plain text after ${name}, and nothing twice`, () => {
      const root = document.createElement('div');
      document.body.append(root);
      render(view('Ö 1', 'Haushalt', ['eins', 'zwei']), root);
      rewrite(root);
      expect(() => render(view('Ö 2', 'Schulen', ['drei']), root)).not.to.throw();
      const text = root.textContent.replace(/\s+/g, ' ').trim();
      expect(text).to.match(/^Ö 2: Schulen \(Stand\) geändert drei – Punkt$/i);
      expect(() => render(view('Ö 3', 'Schulen', ['vier', 'fünf', 'sechs']), root)).not.to.throw();
      expect(root.querySelectorAll('li')).to.have.length(3);
      expect(root.querySelector('h2')!.textContent.replace(/\s+/g, ' ').trim()).to.match(/^Ö 3: Schulen \(Stand\)$/i);
      root.remove();
    });
  }
});
