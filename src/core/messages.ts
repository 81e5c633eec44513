import type { LoadError } from './errors.js';
import type { Catalogue } from './i18n.js';

/** Texts every widget shares: loading, the causes of errors, retrying. */
export interface CoreMessages {
  retry: string;
  tryLater: string;
  /** One plain sentence on what went wrong. */
  cause(error: LoadError): string;
}

export const coreMessages: Catalogue<CoreMessages> = {
  de: {
    retry: 'Erneut versuchen',
    tryLater: 'Bitte versuchen Sie es gleich noch einmal.',
    cause(error) {
      switch (error.kind) {
        case 'network':
          return 'Der Server war nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung.';
        case 'timeout':
          return 'Der Server hat nicht rechtzeitig geantwortet.';
        case 'invalid-json':
          return 'Die Antwort des Servers ist beschädigt und kann nicht gelesen werden.';
        case 'invalid-data':
          return 'Die Antwort des Servers hat nicht das erwartete Format.';
        case 'http':
          if (error.status === 404 || error.status === 410) return `Die Daten wurden auf dem Server nicht gefunden (Fehler ${error.status}).`;
          if (error.status === 401 || error.status === 403) return `Die Daten sind nicht öffentlich verfügbar (Fehler ${error.status}).`;
          if (error.status === 429) return 'Der Server ist gerade überlastet (Fehler 429).';
          return `Der Server meldet eine Störung (Fehler ${error.status ?? 'unbekannt'}).`;
      }
    },
  },
  en: () => import('./messages.en.js').then((module) => module.coreMessagesEn),
};
