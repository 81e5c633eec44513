import { CONSENT_CHANGE_EVENT, type ConsentApi } from '../../core/consent-client.js';
import { activateAllowed } from './activate.js';
import { BUILT_IN_CORE, RECORD_NAME, fingerprint } from './config.js';
import { ConsentChangeEvent } from './events.js';
import { readRecord } from './record.js';
import type { ConsentConfig, ConsentRecord } from './types.js';
import type * as UiModule from './consent-ui.js';

/*
 * The small core, without Lit and without UI: a returning visitor loads nothing else. It reads the
 * configuration (as far as deciding needs) and the stored choice, decides, activates, answers the API and
 * follows later content and other tabs. Everything else (the dialog, the gate placeholder, the eTracker
 * adapter, the configuration check and its messages, applying changes and writing a choice) lives in
 * consent-ui.ts, loaded by import() when something must show, change or be checked.
 */

type Ui = typeof UiModule;

/** Loads the lazy part. */
const ui = (): Promise<Ui> => import('./consent-ui.js');

/** Runs `use` with the lazy part, once it has loaded; a failure is logged, never thrown at the page. */
export const withUi = (use: (ui: Ui) => unknown): Promise<void> => ui().then(use).catch(console.error) as Promise<void>;

/**
 * @tagname consent-banner
 * @summary herne.de's consent dialog: nothing optional runs, and nothing goes to a third party, before a
 * person has agreed; refusing is as easy as agreeing.
 *
 * Reads its configuration from a child `<script type="application/json">` or the `config` URL (herne.de's
 * services when there is neither), reads the stored choice, activates what it allows
 * (`<template data-consent>`, `<script type="text/plain" data-consent>`, `<consent-gate>`) and asks with a
 * modal dialog when there is no valid choice. Any element with `data-consent-open` opens the settings.
 * This class is the small core; the dialog's code loads only when the dialog must show.
 *
 * @attr config - URL of a JSON configuration (used when there is no JSON child).
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

  /** The configuration in use (for the built-in one, without its texts); undefined while it loads and when it is invalid. */
  declare config?: ConsentConfig;
  /** Set when the configuration is invalid: the problem, in German. Nothing optional runs then. */
  declare configError?: string;
  /** @internal The fingerprint of the configuration's text (0 for the built-in configuration). */
  declare configFingerprint: number;
  /** The stored choice that applies; undefined before a choice and for a refusal by Global Privacy Control. */
  declare record?: ConsentRecord;
  /** Resolves once the configuration is checked and the stored choice applied (also when the configuration is invalid). */
  declare ready?: Promise<void>;
  /** @internal The services that may run now (the lazy part changes it when a choice changes). */
  allowed: readonly string[] = [];

  /** Activates blocked content the page gains later (while the banner is on the page). */
  #observer = new MutationObserver(() => this.isConnected && activateAllowed(this));

  connectedCallback(): void {
    this.ready ??= this.#start();
    // Both on window: a choice stored in another tab (`storage`), a click anywhere (it bubbles up to window).
    addEventListener('storage', this);
    addEventListener('click', this);
  }

  disconnectedCallback(): void {
    removeEventListener('storage', this);
    removeEventListener('click', this);
  }

  /** @internal Handles a choice stored in another tab (`storage`) and a click on a `data-consent-open` element. */
  handleEvent(event: Event): void {
    if ((event as StorageEvent).key == RECORD_NAME) void this.#ui('sync');
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
   * stays pending.
   */
  async whenGranted(service: string): Promise<void> {
    await this.ready;
    if (this.config?.services.every((known) => known.id != service)) throw Error(`<consent-banner>: „${service}“ unbekannt`);
    while (!this.has(service)) await new Promise((resolve) => document.addEventListener(CONSENT_CHANGE_EVENT, resolve, { once: true }));
  }

  /** Opens the settings (the second layer) with the current choice; focus returns to where it was. */
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- callers of ConsentApi.show() may ignore the promise
  show(): Promise<void> {
    return this.#ui('openDialog', true);
  }

  /** Allows every service, as the "Alle akzeptieren" button does. */
  acceptAll(): Promise<void> {
    return this.#ui('decide', 'all');
  }

  /** Refuses every optional service, as the "Alle ablehnen" button does. */
  rejectAll(): Promise<void> {
    return this.#ui('decide', 'none');
  }

  #ui(name: 'openDialog' | 'decide' | 'sync' | 'invalid', argument?: unknown): Promise<void> {
    return withUi((ui) => (ui[name] as (banner: ConsentBanner, argument: unknown) => unknown)(this, argument));
  }

  async #start(): Promise<void> {
    let config = BUILT_IN_CORE;
    let record: ConsentRecord | undefined;
    try {
      // The configuration is the banner's `<script type="application/json">` (it has no other scripts).
      let text = this.querySelector('script')?.text;
      const url = this.getAttribute('config');
      if (text == null && url) {
        const response = await fetch(url, { credentials: 'omit' });
        text = await response.text();
        if (!response.ok) throw Error(`HTTP ${response.status}`);
      }
      if (text != null) config = JSON.parse(text) as ConsentConfig;
      record = readRecord(config);
      // A configuration not checked before is checked (by the lazy part) before anything applies.
      if ((this.configFingerprint = fingerprint(text)) && record?.configFingerprint != this.configFingerprint) this.configError = (await ui()).check(this, config, record);
    } catch (error) {
      this.configError = String(error);
    }
    // The lazy part reports an invalid configuration (a console error naming the problem) and shows its consequences.
    if (this.configError) return this.#ui('invalid');
    this.config = config;
    this.record = record;
    this.allowed = config.services.filter((service) => service.essential || record?.choices[service.id]).map((service) => service.id);
    if (record) this.dispatchEvent(new ConsentChangeEvent(this.allowed, this.allowed));
    activateAllowed(this);
    this.#observer.observe(document, { childList: true, subtree: true });
    if (!record && !(config.respectGpc != false && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)) void this.#ui('openDialog');
  }
}
