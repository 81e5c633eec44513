import type { ConsentApi } from '../../core/consent-client.js';
import { now } from '../../core/clock.js';
import { activateAllowed } from './activate.js';
import { BUILT_IN_CORE, fingerprint } from './config.js';
import type { ConsentChangeEvent } from './events.js';
import type { ConsentConfig, ConsentRecord } from './types.js';
import type * as UiModule from './consent-ui.js';

/*
 * The small core, without Lit and without UI: all a returning visitor with a valid choice loads. Its one fast
 * path: the cookie holds a record that has not expired and was checked against this very configuration (the
 * fingerprint of the JSON child's text, or of the built-in configuration); then it applies the choice,
 * activates, answers the API and follows later content and other tabs. Everything else loads consent-ui.ts
 * by import(): a first visit, an expired, foreign or broken cookie, a `config` URL, a configuration not seen
 * before or an invalid one, Global Privacy Control without a choice, the dialog, the gate placeholder,
 * applying and storing a choice. Keep this file small: it has a budget of 1.5 KB min+gzip.
 */

type Ui = typeof UiModule;

/** Loads the lazy part (once; later calls get the same module). */
const loadUi = (): Promise<Ui> => import('./consent-ui.js');

/** Runs `task` with the lazy part, loading it first; a failure is logged, never thrown at the page. */
export async function withUi(task: (lazy: Ui) => unknown): Promise<void> {
  try {
    await task(await loadUi());
  } catch (error) {
    console.error(error);
  }
}

/**
 * @tagname consent-banner
 * @summary herne.de's consent dialog: nothing optional runs, and nothing goes to a third party, before a
 * person has agreed; refusing is as easy as agreeing.
 *
 * Reads its configuration from a child `<script type="application/json">` or the `config` URL (herne.de's
 * services when there is neither), reads the stored choice, activates what it allows
 * (`<template data-consent>`, `<script type="text/plain" data-consent>`, `<consent-gate>`) and asks with a
 * modal dialog when there is no valid choice. Any element with `data-consent-open` opens the settings.
 * This class is the small core; the dialog's code loads only when it is needed.
 *
 * @attr config - URL of a JSON configuration (used when there is no JSON child; loads the dialog's code on every page).
 * @fires consent-change - {@link ConsentChangeEvent} on every applied choice, naming the granted services and what changed.
 * @csspart dialog - the `<dialog>`.
 * @csspart actions - the row of buttons.
 * @csspart button - every button of the dialog (all share the part, so a theme recolours them only together).
 * @csspart service - one service in the settings.
 * @cssprop --consent-banner-button-background - background of every button (default: the accent colour).
 * @cssprop --consent-banner-button-color - text colour of every button.
 * @cssprop --consent-banner-backdrop - the backdrop behind the modal dialog.
 */
export class ConsentBanner extends HTMLElement implements ConsentApi {
  /** @internal Reloads the page after a withdrawal had to stop scripts that ran (tests set it; `location.reload()` when unset). */
  declare static reload?: () => void;

  /** The configuration in use (for the built-in one, only its services' ids); undefined while it loads and when it is invalid. */
  declare config?: ConsentConfig;
  /** Set when the configuration is invalid: the problem, in German. Nothing optional runs then. */
  declare configError?: string;
  /** @internal The fingerprint of the configuration's text (see config.ts). */
  declare configFingerprint: number;
  /** The stored choice that applies; undefined before a choice and for a refusal by Global Privacy Control. */
  declare record?: ConsentRecord;
  /** Resolves once the configuration is checked and the stored choice applied (also when the configuration is invalid). */
  declare ready?: Promise<void>;
  /** @internal The dialog and what it remembers, once it has opened (consent-ui.ts). */
  declare dialogState?: UiModule.DialogState;
  /** @internal The services that may run now. */
  allowed: readonly string[] = [];

  /** Activates blocked content the page gains later. */
  #observer = new MutationObserver(() => {
    if (this.isConnected) activateAllowed(this);
  });

  connectedCallback(): void {
    this.ready ??= this.#start();
    // Both on window: a choice stored in another tab (`storage`), a click anywhere (it bubbles up to window).
    // Added once however often the banner connects (the same listener object); a banner off the page ignores them.
    addEventListener('storage', this);
    addEventListener('click', this);
  }

  /** @internal Handles a choice stored in another tab (`storage`) and a click on a `data-consent-open` element. */
  handleEvent(event: Event): void {
    if (!this.isConnected) return;
    if ((event as StorageEvent).key === 'herne_consent') void withUi((lazy) => lazy.sync(this));
    else if (event.composedPath().some((node) => (node as Element).hasAttribute?.('data-consent-open'))) {
      event.preventDefault();
      void this.show();
    }
  }

  /** True when `service` may run now: allowed by the person, or essential. False for a service the configuration does not list. */
  has(service: string): boolean {
    return this.allowed.includes(service);
  }

  /**
   * Resolves once `service` is allowed (at once if it is). Rejects, with an Error naming it, when the
   * configuration does not list `service`: nobody can be asked for it. While the configuration is invalid it
   * stays pending. (A service not allowed yet is waited for, or rejected, by the lazy part.)
   */
  async whenGranted(service: string): Promise<void> {
    await this.ready;
    if (!this.has(service)) await (await loadUi()).granted(this, service);
  }

  /** Opens the settings (the second layer) with the current choice; focus returns to where it was. */
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- callers of ConsentApi.show() may ignore the promise
  show(): Promise<void> {
    return withUi((lazy) => lazy.show(this, true));
  }

  /** Allows every service, as the "Alle akzeptieren" button does. */
  acceptAll(): Promise<void> {
    return withUi((lazy) => lazy.decide(this, 'all'));
  }

  /** Refuses every optional service, as the "Alle ablehnen" button does. */
  rejectAll(): Promise<void> {
    return withUi((lazy) => lazy.decide(this, 'none'));
  }

  /**
   * @internal Applies a configuration and a choice: the allowed services, the `consent-change` event and
   * activation. `changed`: what a new choice changed; when the page applies its stored choice, every allowed
   * service (and no event without a choice).
   */
  use(config: ConsentConfig, record: ConsentRecord | undefined, changed?: readonly string[]): void {
    this.config = config;
    this.record = record;
    this.allowed = config.services.filter((service) => service.essential || record?.choices[service.id]).map((service) => service.id);
    // The stored choice applied on load announces every allowed service; no choice, no event.
    const announced = changed ?? (record ? this.allowed : undefined);
    if (announced) {
      this.dispatchEvent(Object.assign(new Event('consent-change', { bubbles: true, composed: true }), { granted: this.allowed, changed: announced }) satisfies ConsentChangeEvent);
    }
    activateAllowed(this);
    this.#observer.observe(document, { childList: true, subtree: true });
  }

  /** The fast path (see above); anything else is the lazy part's. Never throws. */
  async #start(): Promise<void> {
    // The configuration is the banner's `<script type="application/json">` (it has no other scripts).
    const text = this.querySelector('script')?.text;
    this.configFingerprint = fingerprint(text);
    try {
      // Any cookie whose name ends so is read: a look-alike's record fails the fingerprint, and the lazy part reads exactly.
      const cookie = /herne_consent=([^;]+)/.exec(document.cookie)?.[1];
      const record = cookie ? (JSON.parse(decodeURIComponent(cookie)) as ConsentRecord) : undefined;
      if (record?.configFingerprint === this.configFingerprint && now() < record.expires && !this.hasAttribute('config')) {
        this.use(text ? (JSON.parse(text) as ConsentConfig) : BUILT_IN_CORE, record);
        return;
      }
    } catch {
      /* a broken or foreign cookie, or cookies that throw: the lazy part decides */
    }
    await withUi((lazy) => lazy.start(this));
  }
}
