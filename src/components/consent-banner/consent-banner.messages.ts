import type { Catalogue } from '../../core/i18n.js';

/** The texts of the dialog and of the gate placeholder; the services' texts come from the configuration. */
export interface ConsentMessages {
  title: string;
  settingsTitle: string;
  /** Said before anybody consents (Art. 7(3) GDPR). */
  withdrawal: string;
  settingsIntro: string;
  privacy: string;
  imprint: string;
  acceptAll: string;
  rejectAll: string;
  settings: string;
  save: string;
  alwaysOn: string;
  details(name: string): string;
  provider: string;
  purpose: string;
  data: string;
  cookies: string;
  noCookies: string;
  providerPrivacy: string;
  /** When neither cookies nor localStorage can be written. */
  storageOff: string;
  /** In the settings, when withdrawing would have to stop scripts that already ran. */
  reloadNote: string;
  error: string;
  close: string;
  /** The placeholder's title when neither the service nor the embed has a name. */
  externalContent: string;
  gateText(provider: string, data: string): string;
  loadOnce: string;
  allowAlways: string;
  gateUnavailable: string;
}

// Both languages are bundled (the dialog is one lazy file already), so the catalogue is plain objects.
export const consentMessages = {
  de: {
    title: 'Cookie-Einstellungen',
    settingsTitle: 'Cookies und externe Dienste',
    withdrawal: 'Ihre Auswahl können Sie jederzeit ändern oder widerrufen.',
    settingsIntro: 'Wählen Sie, welche Dienste Sie zulassen. Ohne Ihre Zustimmung bleiben sie aus.',
    privacy: 'Datenschutz',
    imprint: 'Impressum',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    settings: 'Einstellungen',
    save: 'Auswahl speichern',
    alwaysOn: 'immer aktiv',
    details: (name) => `Details zu ${name}`,
    provider: 'Anbieter',
    purpose: 'Zweck',
    data: 'Übertragene Daten',
    cookies: 'Cookies und Speicherdauer',
    noCookies: 'Keine',
    providerPrivacy: 'Datenschutzhinweise des Anbieters',
    storageOff: 'Ihr Browser speichert keine Cookies: Ihre Auswahl gilt nur auf dieser Seite.',
    reloadNote: 'Widerrufen Sie eine Einwilligung, lädt die Seite neu, damit der Dienst endet.',
    error: 'Die Einstellungen sind wegen eines Fehlers gerade nicht verfügbar. Externe Dienste werden nicht geladen.',
    close: 'Schließen',
    externalContent: 'Externer Inhalt',
    gateText: (provider, data) => `Dieser Inhalt kommt von ${provider}. Beim Laden gehen diese Daten an den Anbieter: ${data}`,
    loadOnce: 'Einmal laden',
    allowAlways: 'Immer erlauben',
    gateUnavailable: 'Dieser externe Inhalt kann gerade nicht geladen werden.',
  },
  en: {
    title: 'Cookie settings',
    settingsTitle: 'Cookies and external services',
    withdrawal: 'You can change or withdraw your choice at any time.',
    settingsIntro: 'Choose which services you allow. Without your consent they stay off.',
    privacy: 'Privacy',
    imprint: 'Legal notice',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    settings: 'Settings',
    save: 'Save choice',
    alwaysOn: 'always on',
    details: (name) => `Details on ${name}`,
    provider: 'Provider',
    purpose: 'Purpose',
    data: 'Data transferred',
    cookies: 'Cookies and lifetime',
    noCookies: 'None',
    providerPrivacy: 'The provider’s privacy notice',
    storageOff: 'Your browser keeps no cookies: your choice only applies on this page.',
    reloadNote: 'Withdrawing a consent reloads the page, so that the service stops.',
    error: 'The settings are not available right now because of an error. External services are not loaded.',
    close: 'Close',
    externalContent: 'External content',
    gateText: (provider, data) => `This content comes from ${provider}. Loading it sends these data to the provider: ${data}`,
    loadOnce: 'Load once',
    allowAlways: 'Always allow',
    gateUnavailable: 'This external content cannot be loaded right now.',
  },
} satisfies Catalogue<ConsentMessages>;
