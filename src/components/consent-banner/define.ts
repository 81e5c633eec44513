import { defineElement } from '../../core/define.js';
import { ConsentBanner } from './consent-banner.js';
import { ConsentGate } from './consent-gate.js';

// The CDN's consent-banner.js: this file and what it imports statically are the small core (no Lit).
defineElement('consent-banner', ConsentBanner);
defineElement('consent-gate', ConsentGate);

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBanner;
    'consent-gate': ConsentGate;
  }
}
