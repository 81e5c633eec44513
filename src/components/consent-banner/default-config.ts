import type { ConsentConfig } from './types.js';

/*
 * herne.de's services, as its cookie dialog describes them today. Loaded with the dialog only; the core knows
 * the ids and which is essential (BUILT_IN_CORE) and the fingerprint of this text (BUILT_IN_FINGERPRINT), both
 * in config.ts; a test keeps them in step: change BUILT_IN_FINGERPRINT with any change here.
 * Provider details, cookie names and lifetimes follow the providers' own documentation; Herne's
 * data-protection officer should confirm them before release.
 */

const GOOGLE = { de: 'Google Ireland Limited, Dublin, Irland', en: 'Google Ireland Limited, Dublin, Ireland' };
const GOOGLE_PRIVACY = 'https://policies.google.com/privacy';
const HERNE_PRIVACY = 'https://www.herne.de/Datenschutz/';
const SESSION = { de: 'Sitzung', en: 'session' };
const USA = { de: '; eine Übermittlung in die USA ist möglich.', en: '; a transfer to the USA is possible.' };

/** The built-in configuration: essential cookies plus eTracker, ReadSpeaker, Google Translate and YouTube. */
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
        de: 'Technisch notwendig für die Seite und ihre Funktionen, etwa die Suche und das Speichern dieser Auswahl.',
        en: 'Technically necessary for the site and its functions, such as the search and storing this choice.',
      },
      data: { de: 'Keine Übertragung an Dritte.', en: 'Nothing goes to third parties.' },
      cookies: [{ name: 'herne_consent', lifetime: { de: '180 Tage', en: '180 days' } }],
      privacyUrl: HERNE_PRIVACY,
    },
    {
      id: 'etracker',
      adapter: 'etracker',
      category: { de: 'Statistik', en: 'Statistics' },
      name: 'eTracker',
      provider: 'etracker GmbH, Hamburg',
      purpose: {
        de: 'Statistik über die Nutzung von herne.de. Ohne Einwilligung läuft sie ohne Cookies; mit Einwilligung darf eTracker Cookies setzen, etwa um wiederkehrende Besuche zu erkennen.',
        en: 'Statistics on how herne.de is used. Without consent it runs without cookies; with consent eTracker may set cookies, for example to recognise returning visits.',
      },
      data: {
        de: 'Gekürzte IP-Adresse, besuchte Seiten, Browser- und Geräteangaben.',
        en: 'Shortened IP address, pages visited, browser and device details.',
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
      purpose: { de: 'Vorlesen der Seite.', en: 'Reading the page aloud.' },
      data: { de: 'IP-Adresse, Text der Seite, Browserangaben.', en: 'IP address, text of the page, browser details.' },
      cookies: [{ name: '_rspkrLoadCore', lifetime: SESSION }],
      privacyUrl: 'https://www.readspeaker.com/privacy-policy/',
    },
    {
      id: 'google-translate',
      category: { de: 'Externe Dienste', en: 'External services' },
      name: { de: 'Google Übersetzer', en: 'Google Translate' },
      provider: GOOGLE,
      purpose: { de: 'Übersetzen der Seite.', en: 'Translating the page.' },
      data: { de: `IP-Adresse, Text der Seite, Browserangaben${USA.de}`, en: `IP address, text of the page, browser details${USA.en}` },
      cookies: [{ name: 'googtrans', lifetime: SESSION }],
      privacyUrl: GOOGLE_PRIVACY,
    },
    {
      id: 'youtube',
      category: { de: 'Externe Medien', en: 'External media' },
      name: 'YouTube',
      provider: GOOGLE,
      purpose: { de: 'Eingebettete Videos zeigen.', en: 'Showing embedded videos.' },
      data: { de: `IP-Adresse, Browser- und Geräteangaben, besuchte Seite${USA.de}`, en: `IP address, browser and device details, page visited${USA.en}` },
      cookies: [
        { name: 'YSC', lifetime: SESSION },
        { name: 'VISITOR_INFO1_LIVE', lifetime: { de: '6 Monate', en: '6 months' } },
      ],
      privacyUrl: GOOGLE_PRIVACY,
    },
  ],
};
