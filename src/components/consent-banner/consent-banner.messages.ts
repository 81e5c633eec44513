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
    settingsTitle: 'Einstellungen für Cookies und externe Dienste',
    withdrawal: 'Ihre Auswahl können Sie jederzeit ändern oder widerrufen.',
    settingsIntro: 'Wählen Sie, welche Dienste Sie zulassen. Ohne Ihre Zustimmung bleiben alle ausgeschaltet.',
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
    storageOff: 'Ihr Browser erlaubt keine Cookies. Ihre Auswahl gilt deshalb nur, bis Sie diese Seite verlassen.',
    reloadNote: 'Wenn Sie eine Einwilligung widerrufen, wird die Seite neu geladen, damit der Dienst beendet wird.',
    error: 'Die Cookie-Einstellungen können wegen eines Fehlers in der Konfiguration gerade nicht angezeigt werden. Es werden keine externen Dienste geladen.',
    close: 'Schließen',
    externalContent: 'Externer Inhalt',
    gateText: (provider, data) => `Dieser Inhalt wird von ${provider} bereitgestellt. Wenn Sie ihn laden, werden Daten an den Anbieter übertragen: ${data}`,
    loadOnce: 'Einmal laden',
    allowAlways: 'Immer erlauben',
    gateUnavailable: 'Dieser Inhalt eines externen Anbieters kann gerade nicht geladen werden.',
  },
  en: {
    title: 'Cookie settings',
    settingsTitle: 'Settings for cookies and external services',
    withdrawal: 'You can change or withdraw your choice at any time.',
    settingsIntro: 'Choose which services you allow. Without your consent all of them stay off.',
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
    cookies: 'Cookies and how long they are kept',
    noCookies: 'None',
    providerPrivacy: 'The provider’s privacy notice',
    storageOff: 'Your browser does not allow cookies. Your choice therefore only applies until you leave this page.',
    reloadNote: 'If you withdraw a consent, the page reloads so that the service stops.',
    error: 'The cookie settings cannot be shown right now because of an error in the configuration. No external services are loaded.',
    close: 'Close',
    externalContent: 'External content',
    gateText: (provider, data) => `This content is provided by ${provider}. If you load it, data is transferred to the provider: ${data}`,
    loadOnce: 'Load once',
    allowAlways: 'Always allow',
    gateUnavailable: 'This content from an external provider cannot be loaded right now.',
  },
} satisfies Catalogue<ConsentMessages>;
