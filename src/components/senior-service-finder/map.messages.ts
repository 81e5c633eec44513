import type { Catalogue } from '../../core/i18n.js';

/** Texts of the finder's optional map (loaded with the map). */
export interface MapMessages {
  hideMap: string;
  consent(host: string): string;
  giveConsent: string;
  label: string;
  failed: string;
}

export const mapMessages: Catalogue<MapMessages> = {
  de: {
    hideMap: 'Karte ausblenden',
    consent: (host) => `Die Karte lädt Kartenbilder von ${host}. Dafür brauchen wir Ihre Einwilligung.`,
    giveConsent: 'Einwilligung geben',
    label: 'Karte der gefundenen Angebote',
    failed: 'Die Karte konnte nicht geladen werden. Die Liste enthält alle Angebote.',
  },
  en: () => import('./map.messages.en.js').then((module) => module.mapMessagesEn),
};
