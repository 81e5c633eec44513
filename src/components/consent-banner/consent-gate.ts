import { VERSION } from '../../core/version.js';
import { withUi } from './consent-banner.js';

/**
 * @tagname consent-gate
 * @summary A third-party embed (a YouTube video, say) that loads only after consent. Until then a
 * placeholder of the same size names the provider and the data transferred and offers "Einmal laden" and
 * "Immer erlauben"; nothing is requested from the provider before, not even a thumbnail.
 *
 * The embed is the content of a child `<template>`; the `width` and `height` of its first element that has
 * both give the box's proportions (16:9 otherwise). The embed fills the same box, so nothing moves when it
 * replaces the placeholder, nor when a withdrawal puts the placeholder back. Works without a
 * `<consent-banner>` too: then only "Einmal laden" is offered.
 *
 * @attr service - The service id from the banner's configuration ("youtube").
 * @slot - The `<template>` with the embed; the activated embed appears here.
 * @csspart placeholder - the placeholder box.
 * @csspart button - the placeholder's buttons.
 * @cssprop --consent-gate-min-height - the least height of the box, so the placeholder's text fits (default 15rem).
 */
export class ConsentGate extends HTMLElement {
  static version = VERSION;

  connectedCallback(): void {
    if (!this.shadowRoot) {
      this.attachShadow({ mode: 'open' }).append(document.createElement('slot'));
      // The box gets its size here, in the core, before the placeholder's code arrives, and the embed fills it:
      // nothing moves.
      const media = this.querySelector('template')?.content.querySelector<HTMLElement>('[width][height]');
      const ratio = media ? `${media.getAttribute('width')}/${media.getAttribute('height')}` : '16/9';
      // A definite width keeps min-height from widening the box through the ratio.
      this.style.cssText += `;display:block;position:relative;inline-size:100%;min-height:var(--consent-gate-min-height,15rem);aspect-ratio:${ratio}`;
      if (media) media.style.cssText += ';position:absolute;inset:0;width:100%;height:100%;border:0';
    }
    // Allowed: the banner activates the embed. Otherwise the lazy part shows the placeholder.
    if (!document.querySelector('consent-banner')?.has(this.getAttribute('service')!)) void withUi((ui) => ui.renderGate(this));
  }
}
