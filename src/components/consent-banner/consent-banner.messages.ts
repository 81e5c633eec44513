import type { Catalogue } from '../../core/i18n.js';

/** The texts of the dialog and of the gate placeholder; the services' texts come from the configuration. English must have each key (the type checks it). */
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

export const consentMessages: Catalogue<ConsentMessages> = {
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
  en: () => import('./consent-banner.messages.en.js').then((module) => module.consentMessagesEn),
};
