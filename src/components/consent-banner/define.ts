import { ConsentBanner } from './consent-banner.js';
import { ConsentGate } from './consent-gate.js';

/*
 * The CDN's consent-banner.js: this file and what it imports statically are the small core (no Lit), which
 * has a budget of 1.5 KB. It registers with the plain guard (a tag already taken, say by herne-widgets.js on
 * the same page, is left alone) rather than core/define.ts's defineElement: that one's version warning and
 * re-registration under a second tag cost 0.16 KB here, about a tenth of the budget. A partner who registers
 * the classes under tags of their own uses defineElement from the package as usual.
 */
if (!customElements.get('consent-banner')) customElements.define('consent-banner', ConsentBanner);
if (!customElements.get('consent-gate')) customElements.define('consent-gate', ConsentGate);

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBanner;
    'consent-gate': ConsentGate;
  }
}
