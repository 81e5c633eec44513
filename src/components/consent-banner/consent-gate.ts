import { withUi } from './consent-banner.js';

/**
 * @tagname consent-gate
 * @summary A third-party embed (a YouTube video, say) that loads only after consent. Until then a
 * placeholder of the same size names the provider and the data transferred and offers "Einmal laden" and
 * "Immer erlauben"; nothing is requested from the provider before, not even a thumbnail.
 *
 * The embed is the content of a child `<template>`; the `width` and `height` of its first element give the
 * box's proportions (16:9 when it has none). The embed fills the same box, so nothing moves when it
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
  /** @internal Set once the lazy part hides the placeholder on every choice that allows the service. */
  declare followsChoices?: boolean;

  connectedCallback(): void {
    // The box gets its size here, in the core, before the placeholder's code arrives, and the embed fills it:
    // nothing moves. Styles set by a script are allowed under a strict CSP. A definite width keeps min-height
    // from widening the box through the ratio. The embed's width and height attributes give the ratio; without
    // them (a wrapper) the second declaration is invalid and the first, 16/9, stays. (`cssText` ends each
    // declaration with ";", so these are appended to the element's own.)
    const media = this.querySelector('template')?.content.firstElementChild as HTMLElement | null | undefined;
    this.style.cssText += `display:block;position:relative;width:100%;min-height:var(--consent-gate-min-height,15rem);aspect-ratio:16/9;aspect-ratio:${media?.getAttribute('width')}/${media?.getAttribute('height')}`;
    if (media) media.style.cssText += 'position:absolute;inset:0;width:100%;height:100%;border:0';
    // Allowed: the banner activates the embed. Otherwise the lazy part shows the placeholder.
    if (!document.querySelector('consent-banner')?.has(this.getAttribute('service')!)) void withUi((lazy) => lazy.gate(this));
  }
}
