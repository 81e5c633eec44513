/*
 * The shapes of the configuration and of the stored record. Types only: nothing here reaches the bundles.
 */

/** A text in German, optionally also in English ("de" is shown when "en" is missing). */
export type LocalizedText = string | { readonly de: string; readonly en?: string };

/** A cookie a service sets, as the dialog lists it. Withdrawal deletes first-party cookies of these names. */
export interface ConsentCookie {
  /** The cookie's name; a trailing `*` matches every name that starts with the rest (`_pk_id*`). */
  readonly name: string;
  /** How long it lives, as people read it: "2 Jahre", "Sitzung". */
  readonly lifetime: LocalizedText;
}

/** One service a person can allow or refuse (or, with `essential`, one that always runs). */
export interface ConsentService {
  /** What `has()`, `data-consent` and `<consent-gate service>` name: letters, digits, `-` and `_`. */
  readonly id: string;
  /** The heading it is listed under ("Statistik", "Externe Medien"). */
  readonly category: LocalizedText;
  readonly name: LocalizedText;
  /** Who runs it, with address when outside Germany. */
  readonly provider: LocalizedText;
  readonly purpose: LocalizedText;
  /** Which data reach the provider when it runs ("IP-Adresse, ..."). */
  readonly data: LocalizedText;
  readonly cookies: readonly ConsentCookie[];
  /** The provider's privacy notice. */
  readonly privacyUrl: string;
  /** Technically necessary: shown as "immer aktiv", always granted, never asked. */
  readonly essential?: boolean;
  /** A built-in adapter: `etracker` switches eTracker's cookies through its own API instead of blocking it. */
  readonly adapter?: 'etracker';
}

/** The configuration of `<consent-banner>`: a child `<script type="application/json">` or the `config` URL. */
export interface ConsentConfig {
  /** Raise it when services, purposes or texts change in substance: everybody who consented is asked again. */
  readonly revision: number;
  /** How long a choice is kept, in days: 180 when missing, at most 395 (13 months). */
  readonly validityDays?: number;
  /** The cookie's domain, so that subdomains share the choice ("herne.de"); the page's host when missing. */
  readonly cookieDomain?: string;
  /** The Datenschutzerklärung. */
  readonly privacyUrl: string;
  /** The Impressum. */
  readonly imprintUrl: string;
  /** Path prefixes on which the dialog must not block reading; the paths of the two links above when missing. */
  readonly legalPages?: readonly string[];
  /** Whether the Global Privacy Control signal counts as a refusal (default true). */
  readonly respectGpc?: boolean;
  /** A first-party URL that receives each new record by `navigator.sendBeacon` (proof of consent). */
  readonly endpoint?: string;
  /** The first layer's text; herne.de's text when missing. */
  readonly text?: LocalizedText;
  readonly services: readonly ConsentService[];
}

/** How a choice was given. */
export type ConsentMethod = 'all' | 'none' | 'custom';

/** The stored choice: a first-party cookie and a localStorage entry, both named `herne_consent`. */
export interface ConsentRecord {
  /** The format of the record. */
  readonly v: 1;
  /** A random id, kept when the person changes the choice, so that a log can show the history. */
  readonly id: string;
  /** The configuration's revision the choice was made under. */
  readonly revision: number;
  /** When the choice was made (milliseconds since the epoch). */
  readonly given: number;
  /** When it expires. */
  readonly expires: number;
  /** Per non-essential service: allowed or not. */
  readonly choices: Readonly<Record<string, boolean>>;
  readonly method: ConsentMethod;
  /** The language of the dialog the choice was made in. */
  readonly lang: string;
  /**
   * The fingerprint of the configuration's text this record was last checked against (0 for the built-in
   * one): while it matches, the core applies the choice without loading the configuration check.
   */
  readonly configFingerprint: number;
}
