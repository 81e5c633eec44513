import type { DiscoveryProblem, OrganizationGroupKind } from './discover.js';

/*
 * The embed builder's texts: German first, English for the page's English version (?lang=en).
 */

export type PageLocale = 'de' | 'en';

export interface ConfiguratorMessages {
  groups: Record<OrganizationGroupKind, string>;
  /** What to check, for each kind of bad address. */
  problem: (problem: DiscoveryProblem, timeoutSeconds: number) => string;
}

const de: ConfiguratorMessages = {
  groups: { council: 'Rat', committees: 'Ausschüsse', districts: 'Bezirksvertretungen', others: 'Weitere' },
  problem: (problem, timeoutSeconds) => {
    switch (problem.kind) {
      case 'not-a-url':
        return 'Das ist keine vollständige Internetadresse. Bitte geben Sie die Adresse der OParl-Schnittstelle mit https:// am Anfang ein, zum Beispiel https://ris.beispiel.de/oparl/v1/system.';
      case 'not-http':
        return 'Die Adresse muss mit https:// (oder http://) beginnen.';
      case 'not-found':
        return `Unter dieser Adresse gibt es nichts (HTTP ${problem.status ?? 404}). Prüfen Sie die Adresse auf Tippfehler.`;
      case 'http':
        return `Der Server hat mit einem Fehler geantwortet (HTTP ${problem.status ?? '?'}). Versuchen Sie es später noch einmal oder fragen Sie die Betreiber des Ratsinformationssystems.`;
      case 'unreachable':
        return 'Der Server war nicht erreichbar, oder er erlaubt keine Abfragen von dieser Seite aus (CORS). Prüfen Sie die Adresse und Ihre Internetverbindung; bleibt es so, fragen Sie die Betreiber des Ratsinformationssystems, ob sie Abfragen von anderen Seiten zulassen.';
      case 'timeout':
        return `Der Server hat nicht innerhalb von ${timeoutSeconds} Sekunden geantwortet. Versuchen Sie es später noch einmal.`;
      case 'not-json':
        return 'Unter dieser Adresse steht eine Webseite oder eine andere Datei, keine OParl-Schnittstelle. Gesucht ist die Adresse der Schnittstelle selbst; sie endet oft auf /oparl/v1/system oder /oparl/v1.1/system.';
      case 'not-oparl':
        return 'Die Antwort ist kein OParl-Objekt (System, Körperschaft, Gremium, Sitzung oder Tagesordnungspunkt). Prüfen Sie, ob die Adresse zur OParl-Schnittstelle gehört.';
      case 'no-bodies':
        return 'Das System nennt keine Körperschaft (Stadt oder Gemeinde). Geben Sie die Adresse einer Körperschaft oder eines Gremiums ein.';
    }
  },
};

const en: ConfiguratorMessages = {
  groups: { council: 'Council', committees: 'Committees', districts: 'District councils', others: 'Others' },
  problem: (problem, timeoutSeconds) => {
    switch (problem.kind) {
      case 'not-a-url':
        return 'This is not a complete web address. Please enter the address of the OParl interface starting with https://, for example https://ris.example.org/oparl/v1/system.';
      case 'not-http':
        return 'The address must start with https:// (or http://).';
      case 'not-found':
        return `There is nothing at this address (HTTP ${problem.status ?? 404}). Check the address for typing errors.`;
      case 'http':
        return `The server answered with an error (HTTP ${problem.status ?? '?'}). Try again later or ask the operators of the council information system.`;
      case 'unreachable':
        return 'The server could not be reached, or it does not allow requests from this page (CORS). Check the address and your connection; if it persists, ask the operators whether they allow requests from other sites.';
      case 'timeout':
        return `The server did not answer within ${timeoutSeconds} seconds. Try again later.`;
      case 'not-json':
        return 'This address holds a web page or another file, not an OParl interface. You need the address of the interface itself; it often ends in /oparl/v1/system or /oparl/v1.1/system.';
      case 'not-oparl':
        return 'The answer is no OParl object (System, Body, Organization, Meeting or AgendaItem). Check that the address belongs to the OParl interface.';
      case 'no-bodies':
        return 'The system names no body (city or municipality). Enter the address of a body or a committee.';
    }
  },
};

export const MESSAGES: Readonly<Record<PageLocale, ConfiguratorMessages>> = { de, en };
