import type { Catalogue } from '../../core/i18n.js';
import type { Topic } from '../../hsds/finder/catalogue.js';

/**
 * The texts of `<senior-service-finder>`'s start and result screens, German first, in plain language. The
 * detail view and the Merkliste have their own catalogue (detail.messages.ts), loaded with that view.
 */
export interface FinderMessages {
  title: string;
  intro: string;
  loading: string;
  errorTitle: string;
  idle: string;
  noData: string;
  skipped(count: number): string;
  incomplete: string;
  nav: string;
  back: string;
  newSearch: string;
  youAreHere: string;
  crumbs: { start: string; results: string; saved: string; detail: string };
  textSize: string;
  textSizes: string[];
  savedButton(count: number): string;
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  showButton: string;
  placeLabel: string;
  wholeCity: string;
  wholeDistrict(name: string): string;
  topicsHeading: string;
  allOffers: string;
  topics: Record<Topic, string>;
  offers(count: number): string;
  results: string;
  filtersHeading: string;
  filterGroups: string[];
  filters: Record<string, string>;
  found(count: number): string;
  nothingFound: string;
  relaxFilter(name: string): string;
  relaxPlace: string;
  relaxTopic: string;
  relaxQuery: string;
  more(count: number): string;
  removeTopic(topic: string): string;
  openNow: string;
  openUntil(time: string): string;
  closedNow: string;
  opens(when: string): string;
  today: string;
  todayWord: string;
  tomorrow: string;
  onDate(date: string, time: string): string;
  closedToday: string;
  noHours: string;
  comesToYou: string;
  wholeCityServed: string;
  free: string;
  costs: string;
  accessibility: string;
  temporarilyClosed: string;
  save: string;
  weekdaysShort: string[];
  and: string;
  hoursSuffix: string;
  showMap: string;
  /** Said beside "Karte anzeigen" on a page without a consent banner: where the map's images come from. */
  mapNote: (source: string) => string;
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const finderMessages: Catalogue<FinderMessages> = {
  de: {
    title: 'Angebote für ältere Menschen in Herne',
    intro: 'Wählen Sie ein Thema, suchen Sie mit einem Stichwort oder wählen Sie Ihren Stadtteil.',
    loading: 'Die Angebote werden geladen …',
    errorTitle: 'Die Angebote konnten nicht geladen werden.',
    idle: 'Es ist keine Datenquelle angegeben.',
    noData: 'Zurzeit sind keine Angebote eingetragen.',
    skipped: (n) => `${n === 1 ? 'Ein Eintrag konnte' : `${n} Einträge konnten`} nicht gelesen werden und ${n === 1 ? 'fehlt' : 'fehlen'} in der Liste.`,
    incomplete: 'Es konnten nicht alle Angebote geladen werden. Die Liste ist unvollständig.',
    nav: 'Navigation im Angebotsfinder',
    back: 'Zurück',
    newSearch: 'Neue Suche',
    youAreHere: 'Sie sind hier:',
    crumbs: { start: 'Start', results: 'Ergebnisse', saved: 'Merkliste', detail: 'Angebot' },
    textSize: 'Schriftgröße',
    textSizes: ['normal', 'groß', 'sehr groß'],
    savedButton: (n) => `Merkliste (${n})`,
    searchLabel: 'Suchbegriff',
    searchHint: 'Zum Beispiel: Pflegegrad, Demenz, Rente oder Nachbarschaft',
    searchButton: 'Suchen',
    showButton: 'Angebote anzeigen',
    placeLabel: 'Stadtteil',
    wholeCity: 'Ganz Herne',
    wholeDistrict: (name) => `${name}, ganzer Stadtbezirk`,
    topicsHeading: 'Themen',
    allOffers: 'Alle Angebote',
    topics: {
      alltag: 'Hilfe im Alltag',
      wohnen: 'Wohnen im Alter',
      beratung: 'Beratung',
      pflege: 'Pflege',
      gesundheit: 'Ärzte und Apotheken',
      gemeinschaft: 'Treffpunkte und Nachbarschaft',
      freizeit: 'Freizeit, Kultur und Ehrenamt',
      selbsthilfe: 'Selbsthilfe und Vorbeugung',
      sicherheit: 'Sicherheit',
      mobilitaet: 'Unterwegs sein',
      informationen: 'Informationen und digitale Hilfe',
    },
    offers: (n) => count(n, 'Angebot', 'Angebote'),
    results: 'Ergebnisse',
    filtersHeading: 'Auswahl eingrenzen',
    filterGroups: ['Öffnungszeit', 'Barrierefreiheit', 'Art des Angebots', 'Sprache'],
    filters: {
      jetzt: 'Jetzt geöffnet',
      heute: 'Heute geöffnet',
      kostenlos: 'Kostenlos',
      stufenlos: 'Stufenloser Zugang',
      aufzug: 'Aufzug',
      wc: 'Barrierefreies WC',
      schleife: 'Hörschleife',
      hausbesuch: 'Hausbesuche',
      telefon: 'Beratung am Telefon',
      angehoerige: 'Für Angehörige',
    },
    found: (n) => (n ? `${count(n, 'Angebot', 'Angebote')} gefunden` : 'Kein Angebot gefunden'),
    nothingFound: 'Für diese Auswahl gibt es kein Angebot.',
    relaxFilter: (name) => `„${name}“ weglassen`,
    relaxPlace: 'In ganz Herne suchen',
    relaxTopic: 'In allen Themen suchen',
    relaxQuery: 'Ohne Suchbegriff suchen',
    more: (n) => `Weitere Angebote zeigen (noch ${n})`,
    removeTopic: (topic) => `Thema „${topic}“ entfernen`,
    openNow: 'jetzt geöffnet',
    openUntil: (time) => `jetzt geöffnet bis ${time} Uhr`,
    closedNow: 'jetzt geschlossen',
    opens: (when) => `öffnet ${when} Uhr`,
    today: 'Heute',
    todayWord: 'heute',
    tomorrow: 'morgen',
    onDate: (date, time) => `am ${date} um ${time}`,
    closedToday: 'Heute geschlossen',
    noHours: 'Keine Öffnungszeiten angegeben',
    comesToYou: 'Kommt zu Ihnen',
    wholeCityServed: 'in ganz Herne',
    free: 'kostenlos',
    costs: 'Kosten',
    accessibility: 'Barrierefreiheit',
    temporarilyClosed: 'Vorübergehend geschlossen',
    save: 'Merken',
    weekdaysShort: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
    and: 'und',
    hoursSuffix: ' Uhr',
    showMap: 'Karte anzeigen',
    mapNote: (source) => `Die Karte lädt Kartenbilder von ${source}, erst wenn Sie „Karte anzeigen“ drücken.`,
  },
  en: () => import('./senior-service-finder.messages.en.js').then((module) => module.finderMessagesEn),
};
