import type { ConsentConfig } from './types.js';

/*
 * herne.de's services, as its cookie dialog describes them today. Loaded with the dialog only; the core knows
 * the ids, the revision and the adapter from config.ts (BUILT_IN_CORE), and a test keeps both in step.
 * Provider details, cookie names and lifetimes follow the providers' own documentation; Herne's
 * data-protection officer should confirm them before release.
 */

const GOOGLE = 'Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland';
const GOOGLE_EN = 'Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland';
const GOOGLE_PRIVACY = 'https://policies.google.com/privacy';
const HERNE_PRIVACY = 'https://www.herne.de/Datenschutz/';
const SESSION = { de: 'Sitzung', en: 'session' };

/** The built-in configuration: essential cookies plus eTracker, ReadSpeaker, YouTube and Google Translate. */
export const defaultConfig: ConsentConfig = {
  revision: 1,
  privacyUrl: HERNE_PRIVACY,
  imprintUrl: 'https://www.herne.de/Impressum/',
  text: {
    de:
      'herne.de setzt sogenannte essentielle Cookies ein. Diese Cookies sind für das Bereitstellen der Internetseite, ihrer ' +
      'Funktionen wie der Suche und individuellen Einstellungsmöglichkeiten technisch notwendig und können nicht abgewählt ' +
      'werden. Darüber hinaus können Sie individuell einstellen, welche Cookies Sie bei der Nutzung von externen Webdiensten ' +
      'auf den Seiten von herne.de zulassen möchten. Bitte beachten Sie, dass bei Aktivierung Daten, zum Beispiel Ihre ' +
      'IP-Adresse, an den jeweiligen Anbieter übertragen werden können.',
    en:
      'herne.de uses so-called essential cookies. These cookies are technically necessary to provide the website and its ' +
      'functions, such as the search and individual settings, and cannot be deselected. In addition, you can choose which ' +
      'cookies you allow when you use external web services on the pages of herne.de. Please note that when a service is ' +
      'activated, data such as your IP address may be transferred to its provider.',
  },
  services: [
    {
      id: 'essential',
      essential: true,
      category: { de: 'Essenziell', en: 'Essential' },
      name: { de: 'Essenzielle Cookies', en: 'Essential cookies' },
      provider: { de: 'Stadt Herne', en: 'City of Herne' },
      purpose: {
        de: 'Technisch notwendig für die Internetseite und ihre Funktionen wie die Suche und individuelle Einstellungen, zum Beispiel für das Speichern dieser Auswahl.',
        en: 'Technically necessary for the website and its functions, such as the search and individual settings, for example to store this choice.',
      },
      data: { de: 'Keine Übertragung an Dritte.', en: 'Nothing is transferred to third parties.' },
      cookies: [{ name: 'herne_consent', lifetime: { de: '180 Tage', en: '180 days' } }],
      privacyUrl: HERNE_PRIVACY,
    },
    {
      id: 'etracker',
      adapter: 'etracker',
      category: { de: 'Statistik', en: 'Statistics' },
      name: 'eTracker',
      provider: { de: 'etracker GmbH, Erste Brunnenstraße 1, 20459 Hamburg', en: 'etracker GmbH, Erste Brunnenstraße 1, 20459 Hamburg, Germany' },
      purpose: {
        de: 'Statistische Auswertung der Nutzung von herne.de. Ohne Ihre Einwilligung läuft sie ohne Cookies; mit Ihrer Einwilligung darf eTracker Cookies setzen, um die Auswertung zu verfeinern, zum Beispiel um wiederkehrende Besuche zu erkennen.',
        en: 'Statistical analysis of how herne.de is used. Without your consent it runs without cookies; with your consent eTracker may set cookies to refine the analysis, for example to recognise returning visits.',
      },
      data: {
        de: 'Ihre IP-Adresse (gekürzt gespeichert), besuchte Seiten und Zeitpunkt, Browser- und Geräteangaben; mit Einwilligung eine Kennung zum Wiedererkennen.',
        en: 'Your IP address (stored shortened), pages visited and time, browser and device details; with consent an identifier to recognise you.',
      },
      cookies: [
        { name: '_et_coid', lifetime: { de: '2 Jahre', en: '2 years' } },
        { name: 'et_allow_cookies', lifetime: { de: '480 Tage', en: '480 days' } },
        { name: 'BT_pdc', lifetime: { de: '1 Jahr', en: '1 year' } },
        { name: 'BT_sdc', lifetime: SESSION },
        { name: 'BT_ctst', lifetime: SESSION },
        { name: 'isSdEnabled', lifetime: { de: '24 Stunden', en: '24 hours' } },
      ],
      privacyUrl: 'https://www.etracker.com/datenschutz/',
    },
    {
      id: 'readspeaker',
      category: { de: 'Externe Dienste', en: 'External services' },
      name: 'ReadSpeaker',
      provider: { de: 'ReadSpeaker B.V., Niederlande', en: 'ReadSpeaker B.V., the Netherlands' },
      purpose: { de: 'Vorlesen der Seiteninhalte.', en: 'Reading the page aloud.' },
      data: {
        de: 'Ihre IP-Adresse, Adresse und Text der vorgelesenen Seite, Browserangaben.',
        en: 'Your IP address, the address and text of the page read aloud, browser details.',
      },
      cookies: [{ name: '_rspkrLoadCore', lifetime: SESSION }],
      privacyUrl: 'https://www.readspeaker.com/privacy-policy/',
    },
    {
      id: 'google-translate',
      category: { de: 'Externe Dienste', en: 'External services' },
      name: { de: 'Google Übersetzer', en: 'Google Translate' },
      provider: { de: GOOGLE, en: GOOGLE_EN },
      purpose: { de: 'Übersetzen der Seite in andere Sprachen.', en: 'Translating the page into other languages.' },
      data: {
        de: 'Ihre IP-Adresse, der Text der Seite, Browser- und Geräteangaben; eine Übermittlung in die USA ist möglich.',
        en: 'Your IP address, the text of the page, browser and device details; a transfer to the USA is possible.',
      },
      cookies: [{ name: 'googtrans', lifetime: SESSION }],
      privacyUrl: GOOGLE_PRIVACY,
    },
    {
      id: 'youtube',
      category: { de: 'Externe Medien', en: 'External media' },
      name: 'YouTube',
      provider: { de: GOOGLE, en: GOOGLE_EN },
      purpose: { de: 'Anzeigen eingebetteter Videos.', en: 'Showing embedded videos.' },
      data: {
        de: 'Ihre IP-Adresse, Browser- und Geräteangaben, die aufgerufene Seite; eine Übermittlung in die USA ist möglich.',
        en: 'Your IP address, browser and device details, the page you are on; a transfer to the USA is possible.',
      },
      cookies: [
        { name: 'YSC', lifetime: { de: 'Sitzung (bei YouTube)', en: 'session (at YouTube)' } },
        { name: 'VISITOR_INFO1_LIVE', lifetime: { de: '6 Monate (bei YouTube)', en: '6 months (at YouTube)' } },
      ],
      privacyUrl: GOOGLE_PRIVACY,
    },
  ],
};
