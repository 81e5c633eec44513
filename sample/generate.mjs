#!/usr/bin/env node
// Generates the built-in OParl 1.1 sample data set for Herne (fictitious data).
//
//   node sample/generate.mjs
//
// Holds every object once, derives all embedded and standalone copies, writes
// sample/oparl/**.json and sample/files/*.pdf, then validates the output
// (links, back-references, copies, DST offsets, file sizes, PDF xref) and
// exits non-zero on any problem. No dependencies; Node >= 20.
//
// Content is made up ("Beispieldaten"). Real are only the public facts about
// the city (name, AGS, public buildings and their addresses).

import { mkdirSync, writeFileSync, rmSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';

const HERE = dirname(fileURLToPath(import.meta.url));
const ORIGIN = 'https://ris.herne.example';
const API = `${ORIGIN}/oparl/v1.1`;
const WEB = `${ORIGIN}/ris`;
const SCHEMA = 'https://schema.oparl.org/1.1/';
const T = (type) => `${SCHEMA}${type}`;
const LICENSE = 'https://creativecommons.org/publicdomain/zero/1.0/';
// The data reads as exported at this moment: no created/modified may be later.
const SNAPSHOT = '2026-11-20T18:00:00+01:00';
const SAMPLE_NOTE = 'Beispieldaten – fiktiver Inhalt, kein amtliches Dokument der Stadt Herne';

// ---------------------------------------------------------------------------
// Time helpers: local wall time in Europe/Berlin -> ISO 8601 with offset.
// EU rule: summer time (+02:00) from the last Sunday in March, 02:00 local,
// to the last Sunday in October, 03:00 local. Cross-checked with Intl in
// validate().
// ---------------------------------------------------------------------------
function lastSunday(year, month) {
  const d = new Date(Date.UTC(year, month, 0)); // last day of `month` (1-12)
  return d.getUTCDate() - d.getUTCDay();
}
function berlinOffset(date, time) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const key = m * 1e6 + d * 1e4 + hh * 100 + mm;
  const start = 3 * 1e6 + lastSunday(y, 3) * 1e4 + 200;
  const end = 10 * 1e6 + lastSunday(y, 10) * 1e4 + 300;
  return key >= start && key < end ? '+02:00' : '+01:00';
}
/** 'YYYY-MM-DD HH:MM' -> 'YYYY-MM-DDTHH:MM:SS+0X:00' */
function dt(s) {
  const [date, time = '00:00'] = s.split(' ');
  const t = time.length === 5 ? `${time}:00` : time;
  return `${date}T${t}${berlinOffset(date, time)}`;
}
function addDays(date, n) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const instant = (iso) => Date.parse(iso);
const maxIso = (...isos) => isos.filter(Boolean).reduce((a, b) => (instant(b) > instant(a) ? b : a));
const deDate = (date) => date.split('-').reverse().join('.');

// ---------------------------------------------------------------------------
// Static objects: system, body, legislative terms, locations, organizations,
// persons, memberships.
// ---------------------------------------------------------------------------
const U = {
  system: `${API}/system`,
  bodyList: `${API}/body`,
  body: `${API}/body/1`,
  org: (n) => `${API}/organization/${n}`,
  orgMeetings: (n) => `${API}/organization/${n}/meeting`,
  meeting: (n) => `${API}/meeting/${n}`,
  item: (n) => `${API}/agendaitem/${n}`,
  paper: (n) => `${API}/paper/${n}`,
  consultation: (n) => `${API}/consultation/${n}`,
  file: (n) => `${API}/file/${n}`,
  location: (n) => `${API}/location/${n}`,
  person: (n) => `${API}/person/${n}`,
  membership: (n) => `${API}/membership/${n}`,
  term: (n) => `${API}/legislativeterm/${n}`,
};

const TERMS = [
  { id: 1, name: 'Wahlperiode 2020–2025', startDate: '2020-11-01', endDate: '2025-10-31', created: '2020-11-02 09:00', modified: '2025-11-01 00:05' },
  { id: 2, name: 'Wahlperiode 2025–2030', startDate: '2025-11-01', endDate: '2030-10-31', created: '2025-10-20 09:00' },
];

const LOCATIONS = [
  { id: 1, description: 'Rathaus Herne, Ratssaal, Friedrich-Ebert-Platz 2, 44623 Herne', room: 'Ratssaal', streetAddress: 'Friedrich-Ebert-Platz 2', postalCode: '44623', subLocality: 'Herne-Mitte', locality: 'Herne', geo: [7.2193, 51.5388], label: 'Rathaus Herne', created: '2019-03-01 10:00' },
  { id: 2, description: 'Volkshaus Röhlinghausen, Am Alten Hof 28, 44651 Herne', room: 'Volkshaus Röhlinghausen', streetAddress: 'Am Alten Hof 28', postalCode: '44651', subLocality: 'Röhlinghausen', locality: 'Herne', geo: [7.166, 51.523], label: 'Volkshaus Röhlinghausen', created: '2019-03-01 10:05' },
  { id: 3, description: 'Rathaus Wanne, Sitzungssaal, Rathausstraße 6, 44649 Herne', room: 'Sitzungssaal', streetAddress: 'Rathausstraße 6', postalCode: '44649', subLocality: 'Wanne', locality: 'Herne', geo: [7.156, 51.5307], label: 'Rathaus Wanne', created: '2019-03-01 10:10' },
  { id: 4, description: 'Akademie Mont-Cenis, Mont-Cenis-Platz 1, 44627 Herne', room: 'Sitzungsraum', streetAddress: 'Mont-Cenis-Platz 1', postalCode: '44627', subLocality: 'Sodingen', locality: 'Herne', geo: [7.2561, 51.5357], label: 'Akademie Mont-Cenis', created: '2019-03-01 10:15' },
  { id: 5, description: 'Plangebiet des Bebauungsplans Nr. 251 „Wohnquartier Hauptstraße-Süd“ (Beispiel)', subLocality: 'Wanne', locality: 'Herne', geo: [7.1592, 51.5268], label: 'Plangebiet Bebauungsplan Nr. 251', created: '2022-05-10 10:30' },
  { id: 6, description: 'Rathaus Herne, Sitzungszimmer 1 (Raum 208), Friedrich-Ebert-Platz 2, 44623 Herne', room: 'Sitzungszimmer 1 (Raum 208)', streetAddress: 'Friedrich-Ebert-Platz 2', postalCode: '44623', subLocality: 'Herne-Mitte', locality: 'Herne', geo: [7.2193, 51.5388], label: 'Rathaus Herne', created: '2019-03-01 10:20' },
];

// type: G = Gremium (has a meeting list), V = Verwaltungsbereich, F = Fraktion
const ORGS = [
  { id: 1, kind: 'G', name: 'Rat der Stadt Herne', shortName: 'Rat', classification: 'Rat', post: ['Oberbürgermeister', 'Ratsmitglied'], created: '2020-11-05 09:00' },
  { id: 2, kind: 'G', name: 'Haupt- und Personalausschuss', shortName: 'HPA', classification: 'Ausschuss', sub: 1, post: ['Vorsitzender', 'Mitglied'], created: '2020-11-05 09:05' },
  { id: 12, kind: 'G', name: 'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren', shortName: 'ASAGS', classification: 'Ausschuss', sub: 1, post: ['Vorsitzende', 'Stellvertretender Vorsitzender', 'Mitglied', 'Sachkundiger Bürger', 'Beratendes Mitglied'], created: '2020-11-05 09:10' },
  { id: 14, kind: 'G', name: 'Ausschuss für Planung, Stadtentwicklung und Umwelt', shortName: 'APSU', classification: 'Ausschuss', sub: 1, post: ['Vorsitzender', 'Mitglied'], created: '2020-11-05 09:15' },
  { id: 21, kind: 'G', name: 'Bezirksvertretung Wanne', shortName: 'BV Wanne', classification: 'Bezirksvertretung', post: ['Bezirksbürgermeister', 'Mitglied'], created: '2020-11-05 09:20' },
  { id: 22, kind: 'G', name: 'Bezirksvertretung Sodingen', shortName: 'BV Sodingen', classification: 'Bezirksvertretung', post: ['Bezirksbürgermeisterin', 'Mitglied'], created: '2020-11-05 09:25' },
  { id: 31, kind: 'V', name: 'Fachbereich Soziales', shortName: 'FB Soziales', classification: 'Fachbereich', created: '2019-03-01 11:00' },
  { id: 32, kind: 'V', name: 'Fachbereich Finanzen', shortName: 'FB Finanzen', classification: 'Fachbereich', created: '2019-03-01 11:05' },
  { id: 33, kind: 'V', name: 'Fachbereich Stadtplanung und Bauordnung', shortName: 'FB Stadtplanung', classification: 'Fachbereich', created: '2019-03-01 11:10' },
  { id: 41, kind: 'F', name: 'Fraktion Soziale Mitte', shortName: 'Soziale Mitte', classification: 'Fraktion', sub: 1, created: '2020-11-05 10:00' },
  { id: 42, kind: 'F', name: 'Fraktion Zukunft Herne', shortName: 'Zukunft Herne', classification: 'Fraktion', sub: 1, created: '2020-11-05 10:05' },
  { id: 43, kind: 'F', name: 'Fraktion Bürgerforum Herne', shortName: 'Bürgerforum', classification: 'Fraktion', sub: 1, created: '2020-11-05 10:10' },
];
const ORG_TYPE = { G: 'Gremium', V: 'Verwaltungsbereich', F: 'Fraktion' };
const orgById = new Map(ORGS.map((o) => [o.id, o]));

// Fictitious persons (placeholder names), no contact data.
const PERSONS = [
  { id: 1, givenName: 'Erika', familyName: 'Mustermann', formOfAddress: 'Ratsfrau', gender: 'female', status: ['Ratsfrau'],
    memberships: [
      { org: 1, role: 'Ratsmitglied', onBehalfOf: 41, votingRight: true, startDate: '2020-11-01' },
      { org: 12, role: 'Vorsitzende', onBehalfOf: 41, votingRight: true, startDate: '2020-11-10' },
      { org: 41, role: 'Mitglied', votingRight: true, startDate: '2020-11-01' },
    ] },
  { id: 2, givenName: 'Jonas', familyName: 'Beispiel', title: ['Dr.'], formOfAddress: 'Ratsherr', gender: 'male', status: ['Ratsherr'],
    memberships: [
      { org: 1, role: 'Ratsmitglied', onBehalfOf: 42, votingRight: true, startDate: '2020-11-01' },
      { org: 12, role: 'Stellvertretender Vorsitzender', onBehalfOf: 42, votingRight: true, startDate: '2020-11-10' },
      { org: 2, role: 'Mitglied', onBehalfOf: 42, votingRight: true, startDate: '2020-11-10' },
    ] },
  { id: 3, givenName: 'Hanna', familyName: 'Musterfrau', formOfAddress: 'Ratsfrau', gender: 'female', status: ['Ratsfrau'],
    memberships: [
      { org: 1, role: 'Ratsmitglied', onBehalfOf: 43, votingRight: true, startDate: '2020-11-01' },
      { org: 12, role: 'Mitglied', onBehalfOf: 43, votingRight: true, startDate: '2020-11-10' },
    ] },
  { id: 4, givenName: 'Murat', familyName: 'Beispielmann', formOfAddress: 'Herr', gender: 'male', status: ['Sachkundiger Bürger'],
    memberships: [
      { org: 12, role: 'Sachkundiger Bürger', onBehalfOf: 41, votingRight: true, startDate: '2020-11-10' },
    ] },
  { id: 5, givenName: 'Lena', familyName: 'Platzhalter', formOfAddress: 'Frau', gender: 'female', status: ['Mitglied des Seniorenbeirates'],
    memberships: [
      { org: 12, role: 'Beratendes Mitglied (Seniorenbeirat)', votingRight: false, startDate: '2020-11-10' },
    ] },
];

// ---------------------------------------------------------------------------
// Papers (Vorlagen). Their consultations (Beratungsfolge) are derived from the
// agenda items below that carry `consult: { paper, role, authoritative }`.
// ---------------------------------------------------------------------------
const PAPERS = [
  { id: 2101, reference: '2021/0700', paperType: 'Beschlussvorlage', date: '2021-10-12', created: '2021-10-12 10:00', underDirectionOf: [32],
    name: 'Haushaltssatzung und Haushaltsplan der Stadt Herne für das Haushaltsjahr 2022',
    mainFile: { slug: 'vorlage-2021-0700', name: 'Vorlage 2021/0700' },
    auxiliaryFile: [
      { slug: 'vorlage-2021-0700-anlage-1', name: 'Anlage 1 – Entwurf der Haushaltssatzung 2022' },
      { slug: 'vorlage-2021-0700-anlage-2', name: 'Anlage 2 – Teilergebnisplan Produktbereich 05 Soziale Leistungen' },
    ] },
  { id: 2104, reference: '2021/0790', paperType: 'Beschlussvorlage', date: '2021-11-15', created: '2021-11-15 10:00', underDirectionOf: [31],
    name: 'Förderrichtlinie für die ZWAR-Netzwerke in Herne (Zwischen Arbeit und Ruhestand)',
    subordinatedPaper: [2113],
    mainFile: { slug: 'vorlage-2021-0790', name: 'Vorlage 2021/0790' },
    auxiliaryFile: [{ slug: 'vorlage-2021-0790-anlage-1', name: 'Anlage 1 – Entwurf der Förderrichtlinie ZWAR-Netzwerke' }] },
  { id: 2105, reference: '2021/0799', paperType: 'Mitteilungsvorlage', date: '2021-11-16', created: '2021-11-16 10:00', underDirectionOf: [31],
    name: 'Bericht über die Arbeit des Seniorenbeirates 2021',
    mainFile: { slug: 'vorlage-2021-0799', name: 'Mitteilungsvorlage 2021/0799' },
    auxiliaryFile: [{ slug: 'vorlage-2021-0799-anlage-1', name: 'Anlage – Jahresbericht des Seniorenbeirates 2021' }] },
  { id: 2107, reference: '2021/0815', paperType: 'Beschlussvorlage', date: '2021-11-17', created: '2021-11-17 10:00', underDirectionOf: [31],
    name: 'Kommunale Pflegeplanung der Stadt Herne 2022–2026',
    mainFile: { slug: 'vorlage-2021-0815', name: 'Vorlage 2021/0815' },
    auxiliaryFile: [
      { slug: 'vorlage-2021-0815-anlage-1', name: 'Anlage 1 – Kommunale Pflegeplanung 2022–2026 (Bericht)' },
      { slug: 'vorlage-2021-0815-anlage-2', name: 'Anlage 2 – Stellungnahme der Kommunalen Konferenz Alter und Pflege' },
    ] },
  { id: 2108, reference: '2021/0826', paperType: 'Anfrage', date: '2021-11-18', created: '2021-11-18 10:00', underDirectionOf: [31],
    originatorOrganization: [43], originatorPerson: [3],
    name: 'Anfrage der Fraktion Bürgerforum Herne: Barrierefreier Wohnraum für ältere Menschen in Herne',
    mainFile: { slug: 'anfrage-2021-0826', name: 'Anfrage 2021/0826' },
    auxiliaryFile: [{ slug: 'anfrage-2021-0826-antwort', name: 'Antwort der Verwaltung', date: '2021-12-03' }] },
  { id: 2109, reference: '2021/0835', paperType: 'Beschlussvorlage', date: '2021-11-19', created: '2021-11-19 10:00', underDirectionOf: [31],
    name: 'Seniorenberatung in den Stadtbezirken;\nhier: Verlängerung der Kooperationsverträge mit den Wohlfahrtsverbänden 2022–2024',
    mainFile: { slug: 'vorlage-2021-0835', name: 'Vorlage 2021/0835' },
    auxiliaryFile: [{ slug: 'vorlage-2021-0835-anlage-1', name: 'Anlage 1 – Mustervertrag Seniorenberatung' }] },
  { id: 2110, reference: '2021/0840', paperType: 'Antrag', date: '2021-11-22', created: '2021-11-22 10:00', underDirectionOf: [31],
    originatorOrganization: [43], originatorPerson: [3],
    name: 'Antrag der Fraktion Bürgerforum Herne: Kostenloses Seniorenticket ab 70 Jahren',
    mainFile: { slug: 'antrag-2021-0840', name: 'Antrag 2021/0840' } },
  { id: 2111, reference: '2021/0842', paperType: 'Antrag', date: '2021-11-23', created: '2021-11-23 10:00', underDirectionOf: [31],
    originatorOrganization: [41],
    name: 'Antrag der Fraktion Soziale Mitte: Quartiersentwicklung Röhlinghausen;\nhier: Einrichtung eines Quartiersbüros',
    mainFile: { slug: 'antrag-2021-0842', name: 'Antrag 2021/0842' } },
  { id: 2112, reference: '2021/0850', paperType: 'Mitteilungsvorlage', date: '2021-11-24', created: '2021-11-24 10:00', underDirectionOf: [31],
    name: 'Arbeitsmarktprogramm 2022 des Jobcenters Herne',
    mainFile: { slug: 'vorlage-2021-0850', name: 'Mitteilungsvorlage 2021/0850' },
    auxiliaryFile: [{ slug: 'vorlage-2021-0850-anlage-1', name: 'Anlage – Arbeitsmarkt- und Integrationsprogramm 2022' }] },
  { id: 2113, reference: '2021/0853', paperType: 'Änderungsantrag', date: '2021-11-30', created: '2021-11-30 10:00', underDirectionOf: [31],
    originatorOrganization: [42], originatorPerson: [2], superordinatedPaper: [2104],
    name: 'Änderungsantrag der Fraktion Zukunft Herne zur Vorlage 2021/0790 (Förderrichtlinie ZWAR-Netzwerke)',
    mainFile: { slug: 'aenderungsantrag-2021-0853', name: 'Änderungsantrag 2021/0853' } },
  { id: 2120, reference: '2022/0311', paperType: 'Beschlussvorlage', date: '2022-05-10', created: '2022-05-10 10:30', underDirectionOf: [33],
    location: [5],
    name: 'Bebauungsplan Nr. 251 „Wohnquartier Hauptstraße-Süd“;\nhier: Aufstellungsbeschluss',
    mainFile: { slug: 'vorlage-2022-0311', name: 'Vorlage 2022/0311' },
    auxiliaryFile: [{ slug: 'vorlage-2022-0311-anlage-1', name: 'Anlage 1 – Übersichtsplan Geltungsbereich' }] },
  { id: 2204, reference: '2026/0418', paperType: 'Beschlussvorlage', date: '2026-08-20', created: '2026-08-20 10:00', underDirectionOf: [31],
    name: 'Handlungskonzept „Älter werden in Herne“ 2027–2032',
    mainFile: { slug: 'vorlage-2026-0418', name: 'Vorlage 2026/0418' },
    auxiliaryFile: [
      { slug: 'vorlage-2026-0418-anlage-1', name: 'Anlage 1 – Handlungskonzept „Älter werden in Herne“ 2027–2032' },
      { slug: 'vorlage-2026-0418-anlage-2', name: 'Anlage 2 – Ergebnisse der Seniorenbefragung 2026' },
    ] },
];

// ---------------------------------------------------------------------------
// Meetings with their agenda items. Item fields:
//   n = number, t = name, pub = public (default true), r = result,
//   rt = resolutionText, rf = resolutionFile, aux = auxiliaryFile,
//   consult = { paper, role, authoritative }, created = 'YYYY-MM-DD HH:MM'
// ---------------------------------------------------------------------------
const ZK = 'zur Kenntnis genommen';
const EB = 'einstimmig beschlossen';

const MEETINGS = [
  { id: 4690, org: [12], name: '20. Sitzung des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren',
    start: '2021-09-15 16:00', end: '2021-09-15 18:10', state: 'durchgeführt', loc: 6, created: '2020-12-15 10:00',
    invitation: { slug: 'asags-2021-09-15-einladung', name: 'Einladung', date: '2021-09-01' },
    resultsProtocol: { slug: 'asags-2021-09-15-niederschrift', name: 'Niederschrift (öffentlicher Teil)', date: '2021-10-06' },
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 19. Sitzung vom 16.06.2021', r: EB },
      { n: 'Ö 2', t: 'Pflege- und Wohnberatung der Stadt Herne;\nhier: Tätigkeitsbericht 2020', r: ZK },
      { n: 'Ö 3', t: 'Seniorengerechte Quartiersentwicklung;\nhier: Sachstand der Quartiersprojekte in Herne-Mitte und Wanne', r: ZK,
        aux: [{ slug: 'asags-2021-09-15-top-3-praesentation', name: 'Präsentation Quartiersprojekte' }] },
      { n: 'Ö 4', t: 'Mitteilungen des Vorsitzenden und der Verwaltung', r: ZK },
      { n: 'N 1', t: 'Personalangelegenheit', pub: false, r: ZK },
    ] },
  { id: 4702, org: [12], name: '21. Sitzung des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren',
    start: '2021-10-27 16:00', end: '2021-10-27 17:35', state: 'durchgeführt', loc: 6, created: '2020-12-15 10:05',
    invitation: { slug: 'asags-2021-10-27-einladung', name: 'Einladung', date: '2021-10-13' },
    resultsProtocol: { slug: 'asags-2021-10-27-niederschrift', name: 'Niederschrift (öffentlicher Teil)', date: '2021-11-17' },
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 20. Sitzung vom 15.09.2021', r: EB },
      { n: 'Ö 2', t: 'Haushaltsplanentwurf 2022;\nhier: Einbringung des Teilergebnisplans Soziale Leistungen', r: ZK },
      { n: 'Ö 3', t: 'ZWAR-Netzwerke in Herne;\nhier: Vorstellung der Netzwerkarbeit', r: ZK },
      { n: 'Ö 4', t: 'Mitteilungen des Vorsitzenden und der Verwaltung', r: ZK },
    ] },
  { id: 4706, org: [22], name: '12. Sitzung der Bezirksvertretung Sodingen',
    start: '2021-11-04 16:00', end: '2021-11-04 17:20', state: 'durchgeführt', loc: 4, created: '2020-12-15 10:07',
    invitation: { slug: 'bv-sodingen-2021-11-04-einladung', name: 'Einladung', date: '2021-10-21' },
    resultsProtocol: { slug: 'bv-sodingen-2021-11-04-niederschrift', name: 'Niederschrift', date: '2021-11-25' },
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 11. Sitzung vom 23.09.2021', r: EB },
      { n: 'Ö 2', t: 'Seniorenberatung im Stadtbezirk Sodingen;\nhier: Vorstellung des Beratungsangebots', r: ZK },
      { n: 'Ö 3', t: 'Verwendung bezirksbezogener Mittel 2021;\nhier: Zuschuss für den Seniorentreff Sodingen', r: EB },
      { n: 'Ö 4', t: 'Mitteilungen der Bezirksbürgermeisterin und der Verwaltung', r: ZK },
    ] },
  // THE key meeting of the demo.
  { id: 4711, org: [12], name: '22. Sitzung des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren',
    start: '2021-12-08 16:00', end: '2021-12-08 17:50', state: 'durchgeführt', loc: 2, created: '2020-12-15 10:10',
    participant: [1, 2, 3, 4, 5],
    invitation: { slug: 'asags-2021-12-08-einladung', name: 'Einladung', date: '2021-11-26' },
    auxiliaryFile: [{ slug: 'asags-2021-12-08-nachtrag', name: 'Nachtrag zur Tagesordnung', date: '2021-12-01' }],
    resultsProtocol: { slug: 'asags-2021-12-08-niederschrift', name: 'Niederschrift (öffentlicher Teil)', date: '2022-01-12' },
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 21. Sitzung vom 27.10.2021 (öffentlicher Teil)', r: EB },
      { n: 'Ö 2', t: 'Einwohnerfragestunde', r: ZK },
      { n: 'Ö 3', t: 'Seniorenberatung in den Stadtbezirken;\nhier: Jahresbericht 2020/2021', r: ZK,
        aux: [{ slug: 'asags-2021-12-08-top-oe3-praesentation', name: 'Präsentation Jahresbericht Seniorenberatung 2020/2021' }] },
      { n: 'Ö 4', t: 'Förderrichtlinie für die ZWAR-Netzwerke in Herne (Zwischen Arbeit und Ruhestand)',
        consult: { paper: 2104, role: 'Entscheidung', authoritative: true },
        r: 'geändert beschlossen (Ja: 14, Nein: 3, Enthaltungen: 1)',
        rt: 'Der Ausschuss für Soziales, Arbeit, Gesundheit und Senioren beschließt die Förderrichtlinie für die ZWAR-Netzwerke in Herne in der Fassung der Anlage 1 zur Vorlage 2021/0790 mit folgenden Änderungen (Änderungsantrag 2021/0853 der Fraktion Zukunft Herne):\n1. In Nr. 3.2 wird der jährliche Zuschuss je Netzwerk von 2.500 € auf 3.000 € erhöht.\n2. In Nr. 5 wird die Frist für den Verwendungsnachweis vom 31. März auf den 30. Juni des Folgejahres verlegt.\nDie Förderrichtlinie tritt am 1. Januar 2022 in Kraft.',
        rf: { slug: 'asags-2021-12-08-top-oe4-beschluss', name: 'Beschluss zu TOP Ö 4 (Vorlage 2021/0790)', date: '2021-12-09' } },
      { n: 'Ö 4.1', t: 'Änderungsantrag der Fraktion Zukunft Herne zur Vorlage 2021/0790', created: '2021-11-30 14:00',
        consult: { paper: 2113, role: 'Entscheidung', authoritative: true },
        r: 'mehrheitlich beschlossen, Ja: 10, Nein: 7, Enthaltungen: 1' },
      { n: 'Ö 4.2', t: 'Stellungnahme des Seniorenbeirates zur Förderrichtlinie ZWAR-Netzwerke', created: '2021-12-01 09:00', r: ZK,
        aux: [{ slug: 'asags-2021-12-08-top-oe4-2-stellungnahme', name: 'Stellungnahme des Seniorenbeirates vom 29.11.2021', date: '2021-12-01' }] },
      { n: 'Ö 5', t: 'Kommunale Pflegeplanung der Stadt Herne 2022–2026;\nhier: Beschlussempfehlung an den Rat',
        consult: { paper: 2107, role: 'Vorberatung', authoritative: false },
        r: EB,
        rt: 'Der Ausschuss für Soziales, Arbeit, Gesundheit und Senioren empfiehlt dem Rat, die Kommunale Pflegeplanung der Stadt Herne 2022–2026 in der Fassung der Anlage 1 zur Vorlage 2021/0815 zu beschließen.' },
      { n: 'Ö 6', t: 'Antrag der Fraktion Soziale Mitte: Quartiersentwicklung Röhlinghausen;\nhier: Einrichtung eines Quartiersbüros',
        consult: { paper: 2111, role: 'Entscheidung', authoritative: true },
        r: 'verwiesen an den Haupt- und Personalausschuss',
        rt: 'Der Antrag wird ohne Sachdebatte zur Beratung und Entscheidung an den Haupt- und Personalausschuss verwiesen, da er die Einrichtung einer Stelle betrifft.' },
      { n: 'Ö 7', t: 'Anfrage der Fraktion Bürgerforum Herne: Wohnen im Alter – barrierefreier Wohnraum für ältere Menschen',
        consult: { paper: 2108, role: 'Kenntnisnahme', authoritative: false }, r: ZK },
      { n: 'Ö 8', t: 'Haushaltsplanentwurf 2022;\nhier: Teilergebnisplan Produktbereich 05 Soziale Leistungen',
        consult: { paper: 2101, role: 'Vorberatung', authoritative: false },
        r: 'mehrheitlich beschlossen (Ja: 12, Nein: 5, Enthaltungen: 1)' },
      { n: 'Ö 9', t: 'Seniorenberatung in den Stadtbezirken;\nhier: Verlängerung der Kooperationsverträge mit den Wohlfahrtsverbänden 2022–2024',
        consult: { paper: 2109, role: 'Entscheidung', authoritative: true },
        r: 'einstimmig, 1 Enthaltung (Fraktion Bürgerforum Herne)',
        rt: 'Der Ausschuss für Soziales, Arbeit, Gesundheit und Senioren beschließt, die Kooperationsverträge über die Seniorenberatung in den Stadtbezirken mit den Verbänden der freien Wohlfahrtspflege zu den in der Vorlage 2021/0835 genannten Bedingungen bis zum 31.12.2024 zu verlängern.',
        rf: { slug: 'asags-2021-12-08-top-oe9-beschluss', name: 'Beschluss zu TOP Ö 9 (Vorlage 2021/0835)', date: '2021-12-09' } },
      { n: 'Ö 10', t: 'Antrag der Fraktion Bürgerforum Herne: Kostenloses Seniorenticket ab 70 Jahren',
        consult: { paper: 2110, role: 'Entscheidung', authoritative: true },
        r: 'mehrheitlich abgelehnt (Ja: 3, Nein: 14, Enthaltungen: 1)' },
      { n: 'Ö 11', t: 'Netzwerk Demenz Herne;\nhier: Tätigkeitsbericht 2021', r: ZK,
        aux: [{ slug: 'asags-2021-12-08-top-oe11-bericht', name: 'Tätigkeitsbericht Netzwerk Demenz 2021' }] },
      { n: 'Ö 12', t: 'Bericht über die Arbeit des Seniorenbeirates 2021',
        consult: { paper: 2105, role: 'Kenntnisnahme', authoritative: false }, r: 'vertagt' },
      { n: 'Ö 13', t: 'Arbeitsmarktprogramm 2022 des Jobcenters Herne',
        consult: { paper: 2112, role: 'Kenntnisnahme', authoritative: false }, r: ZK,
        aux: [{ slug: 'asags-2021-12-08-top-oe13-praesentation', name: 'Präsentation des Jobcenters Herne' }] },
      { n: 'Ö 14', t: 'Anfragen der Ausschussmitglieder', r: ZK },
      { n: 'Ö 15', t: 'Mitteilungen des Vorsitzenden und der Verwaltung' }, // deliberately no result
      { n: 'N 1', t: 'Genehmigung der Niederschrift über die 21. Sitzung vom 27.10.2021 (nichtöffentlicher Teil)', pub: false, r: EB },
      { n: 'N 2', t: 'Grundstücksangelegenheit', pub: false, r: EB },
      { n: 'N 3', t: 'Personalangelegenheit', pub: false, r: ZK },
    ] },
  { id: 4716, org: [2], name: '10. Sitzung des Haupt- und Personalausschusses',
    start: '2021-12-14 15:00', end: '2021-12-14 16:40', state: 'durchgeführt', loc: 1, created: '2020-12-15 11:00',
    invitation: { slug: 'hpa-2021-12-14-einladung', name: 'Einladung', date: '2021-12-01' },
    auxiliaryFile: [{ slug: 'hpa-2021-12-14-nachtrag', name: 'Nachtrag zur Tagesordnung', date: '2021-12-09' }],
    resultsProtocol: { slug: 'hpa-2021-12-14-niederschrift', name: 'Niederschrift (öffentlicher Teil)', date: '2022-01-11' },
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 9. Sitzung vom 09.11.2021', r: EB },
      { n: 'Ö 2', t: 'Kommunale Pflegeplanung der Stadt Herne 2022–2026',
        consult: { paper: 2107, role: 'Vorberatung', authoritative: false }, r: EB },
      { n: 'Ö 3', t: 'Antrag der Fraktion Soziale Mitte: Quartiersentwicklung Röhlinghausen;\nhier: Einrichtung eines Quartiersbüros', created: '2021-12-09 10:00',
        consult: { paper: 2111, role: 'Entscheidung', authoritative: true },
        r: 'mehrheitlich beschlossen (Ja: 9, Nein: 5, Enthaltungen: 1)',
        rt: 'Der Haupt- und Personalausschuss beschließt, im Stadtteil Röhlinghausen zum 1. April 2022 ein Quartiersbüro einzurichten. Die Verwaltung wird beauftragt, hierfür eine halbe Stelle für das Quartiersmanagement in den Stellenplan 2022 aufzunehmen und Fördermittel des Landes zu beantragen.',
        rf: { slug: 'hpa-2021-12-14-top-oe3-beschluss', name: 'Beschluss zu TOP Ö 3 (Antrag 2021/0842)', date: '2021-12-15' } },
      { n: 'Ö 4', t: 'Mitteilungen der Verwaltung', r: ZK },
      { n: 'N 1', t: 'Personalangelegenheit', pub: false, r: EB },
      { n: 'N 2', t: 'Personalangelegenheit', pub: false, r: 'mehrheitlich beschlossen' },
    ] },
  { id: 4720, org: [1], name: '14. Sitzung des Rates der Stadt Herne',
    start: '2021-12-21 15:00', end: '2021-12-21 19:40', state: 'durchgeführt', loc: 1, created: '2020-12-15 11:30',
    invitation: { slug: 'rat-2021-12-21-einladung', name: 'Einladung', date: '2021-12-07' },
    auxiliaryFile: [{ slug: 'rat-2021-12-21-nachtrag', name: 'Nachtrag zur Tagesordnung', date: '2021-12-15' }],
    resultsProtocol: { slug: 'rat-2021-12-21-niederschrift', name: 'Niederschrift (öffentlicher Teil)', date: '2022-01-25' },
    verbatimProtocol: { slug: 'rat-2021-12-21-wortprotokoll', name: 'Wortprotokoll', date: '2022-02-08' },
    items: [
      { n: 'Ö 1', t: 'Eröffnung der Sitzung und Feststellung der Beschlussfähigkeit', r: ZK },
      { n: 'Ö 2', t: 'Einwohnerfragestunde', r: ZK },
      { n: 'Ö 3', t: 'Haushaltssatzung und Haushaltsplan der Stadt Herne für das Haushaltsjahr 2022',
        consult: { paper: 2101, role: 'Entscheidung', authoritative: true },
        r: 'mehrheitlich beschlossen (Ja: 38, Nein: 16, Enthaltungen: 2)',
        rt: 'Der Rat der Stadt Herne beschließt die Haushaltssatzung der Stadt Herne für das Haushaltsjahr 2022 mit ihren Anlagen in der Fassung der Vorlage 2021/0700 unter Berücksichtigung der Veränderungsliste vom 14.12.2021.',
        rf: { slug: 'rat-2021-12-21-top-oe3-beschluss', name: 'Beschluss zu TOP Ö 3 (Vorlage 2021/0700)', date: '2021-12-22' } },
      { n: 'Ö 4', t: 'Kommunale Pflegeplanung der Stadt Herne 2022–2026',
        consult: { paper: 2107, role: 'Entscheidung', authoritative: true },
        r: EB,
        rt: 'Der Rat der Stadt Herne beschließt die Kommunale Pflegeplanung 2022–2026 nach § 7 des Alten- und Pflegegesetzes Nordrhein-Westfalen (APG NRW) in der Fassung der Anlage 1 zur Vorlage 2021/0815. Die Verwaltung wird beauftragt, dem Ausschuss für Soziales, Arbeit, Gesundheit und Senioren jährlich über den Stand der Umsetzung zu berichten.',
        rf: { slug: 'rat-2021-12-21-top-oe4-beschluss', name: 'Beschluss zu TOP Ö 4 (Vorlage 2021/0815)', date: '2021-12-22' } },
      { n: 'Ö 5', t: 'Anfragen von Ratsmitgliedern', r: ZK },
      { n: 'Ö 6', t: 'Mitteilungen des Oberbürgermeisters', r: ZK },
      { n: 'N 1', t: 'Vergabeangelegenheit', pub: false, r: EB },
      { n: 'N 2', t: 'Grundstücksangelegenheit', pub: false, r: 'mehrheitlich beschlossen' },
    ] },
  { id: 4733, org: [12], name: '23. Sitzung des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren',
    start: '2022-02-16 16:00', end: '2022-02-16 18:00', state: 'eingeladen', cancelled: true, loc: 6, created: '2021-12-20 09:00',
    invitation: { slug: 'asags-2022-02-16-einladung', name: 'Einladung', date: '2022-02-02' },
    auxiliaryFile: [{ slug: 'asags-2022-02-16-absage', name: 'Absage der Sitzung', date: '2022-02-10' }],
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 22. Sitzung vom 08.12.2021 (öffentlicher Teil)' },
      { n: 'Ö 2', t: 'Bericht über die Arbeit des Seniorenbeirates 2021',
        consult: { paper: 2105, role: 'Kenntnisnahme', authoritative: false } },
      { n: 'Ö 3', t: 'Hitzeschutz für ältere Menschen;\nhier: Entwurf eines Hitzeaktionsplans für Herne' },
      { n: 'Ö 4', t: 'Anfragen der Ausschussmitglieder' },
      { n: 'Ö 5', t: 'Mitteilungen des Vorsitzenden und der Verwaltung' },
      { n: 'N 1', t: 'Grundstücksangelegenheit', pub: false },
    ] },
  { id: 4748, org: [12], name: '24. Sitzung des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren',
    start: '2022-03-30 16:00', end: '2022-03-30 17:30', state: 'durchgeführt', loc: 6, created: '2021-12-20 09:05',
    invitation: { slug: 'asags-2022-03-30-einladung', name: 'Einladung', date: '2022-03-16' },
    resultsProtocol: { slug: 'asags-2022-03-30-niederschrift', name: 'Niederschrift (öffentlicher Teil)', date: '2022-04-27' },
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 22. Sitzung vom 08.12.2021 (öffentlicher Teil)', r: EB },
      { n: 'Ö 2', t: 'Bericht über die Arbeit des Seniorenbeirates 2021',
        consult: { paper: 2105, role: 'Kenntnisnahme', authoritative: false }, r: ZK },
      { n: 'Ö 3', t: 'Hitzeschutz für ältere Menschen;\nhier: Entwurf eines Hitzeaktionsplans für Herne', r: ZK,
        aux: [{ slug: 'asags-2022-03-30-top-oe3-hitzeaktionsplan', name: 'Entwurf Hitzeaktionsplan Herne 2022' }] },
      { n: 'Ö 4', t: 'Mitteilungen des Vorsitzenden und der Verwaltung', r: ZK },
      { n: 'N 1', t: 'Grundstücksangelegenheit', pub: false, r: EB },
    ] },
  { id: 4750, org: [21], name: '15. Sitzung der Bezirksvertretung Wanne',
    start: '2022-06-14 16:00', end: '2022-06-14 18:05', state: 'durchgeführt', loc: 3, created: '2021-12-20 10:00',
    invitation: { slug: 'bv-wanne-2022-06-14-einladung', name: 'Einladung', date: '2022-05-31' },
    resultsProtocol: { slug: 'bv-wanne-2022-06-14-niederschrift', name: 'Niederschrift', date: '2022-07-05' },
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 14. Sitzung vom 03.05.2022', r: EB },
      { n: 'Ö 2', t: 'Bebauungsplan Nr. 251 „Wohnquartier Hauptstraße-Süd“;\nhier: Aufstellungsbeschluss',
        consult: { paper: 2120, role: 'Anhörung', authoritative: false }, r: EB },
      { n: 'Ö 3', t: 'Verwendung bezirksbezogener Mittel 2022', r: EB },
      { n: 'Ö 4', t: 'Mitteilungen des Bezirksbürgermeisters und der Verwaltung', r: ZK },
    ] },
  { id: 4752, org: [14], name: '12. Sitzung des Ausschusses für Planung, Stadtentwicklung und Umwelt',
    start: '2022-06-21 17:00', end: '2022-06-21 19:15', state: 'durchgeführt', loc: 1, created: '2021-12-20 10:05',
    invitation: { slug: 'apsu-2022-06-21-einladung', name: 'Einladung', date: '2022-06-07' },
    resultsProtocol: { slug: 'apsu-2022-06-21-niederschrift', name: 'Niederschrift (öffentlicher Teil)', date: '2022-07-12' },
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 11. Sitzung vom 10.05.2022', r: EB },
      { n: 'Ö 2', t: 'Klimaanpassungskonzept der Stadt Herne;\nhier: Sachstandsbericht 2022', r: ZK },
      { n: 'Ö 3', t: 'Bebauungsplan Nr. 251 „Wohnquartier Hauptstraße-Süd“;\nhier: Aufstellungsbeschluss',
        consult: { paper: 2120, role: 'Entscheidung', authoritative: true },
        r: 'mehrheitlich beschlossen (Ja: 13, Nein: 2, Enthaltungen: 3)',
        rt: 'Der Ausschuss für Planung, Stadtentwicklung und Umwelt beschließt gemäß § 2 Abs. 1 BauGB die Aufstellung des Bebauungsplans Nr. 251 „Wohnquartier Hauptstraße-Süd“ für den in Anlage 1 zur Vorlage 2022/0311 dargestellten Geltungsbereich. Der Beschluss ist ortsüblich bekannt zu machen.' },
      { n: 'Ö 4', t: 'Mitteilungen der Verwaltung', r: ZK },
      { n: 'N 1', t: 'Grundstücksangelegenheit', pub: false, r: EB },
    ] },
  { id: 5210, org: [12], name: '4. Sitzung des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren',
    start: '2026-09-16 16:00', end: '2026-09-16 17:45', state: 'durchgeführt', loc: 2, created: '2025-12-10 09:00',
    invitation: { slug: 'asags-2026-09-16-einladung', name: 'Einladung', date: '2026-09-02' },
    resultsProtocol: { slug: 'asags-2026-09-16-niederschrift', name: 'Niederschrift (öffentlicher Teil)', date: '2026-10-07' },
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 3. Sitzung vom 17.06.2026 (öffentlicher Teil)', r: EB },
      { n: 'Ö 2', t: 'Handlungskonzept „Älter werden in Herne“ 2027–2032;\nhier: Beschlussempfehlung an den Rat',
        consult: { paper: 2204, role: 'Vorberatung', authoritative: false }, r: EB,
        rt: 'Der Ausschuss für Soziales, Arbeit, Gesundheit und Senioren empfiehlt dem Rat, das Handlungskonzept „Älter werden in Herne“ 2027–2032 in der Fassung der Anlage 1 zur Vorlage 2026/0418 zu beschließen.' },
      { n: 'Ö 3', t: 'Hitzeschutz für ältere Menschen;\nhier: Bilanz des Hitzeaktionsplans im Sommer 2026', r: ZK },
      { n: 'Ö 4', t: 'Anfragen der Ausschussmitglieder', r: ZK },
      { n: 'Ö 5', t: 'Mitteilungen des Vorsitzenden und der Verwaltung', r: ZK },
      { n: 'N 1', t: 'Personalangelegenheit', pub: false, r: ZK },
    ] },
  { id: 5236, org: [2], name: '4. Sitzung des Haupt- und Personalausschusses',
    start: '2026-10-13 15:00', end: '2026-10-13 16:20', state: 'durchgeführt', loc: 1, created: '2025-12-10 09:10',
    invitation: { slug: 'hpa-2026-10-13-einladung', name: 'Einladung', date: '2026-09-29' },
    resultsProtocol: { slug: 'hpa-2026-10-13-niederschrift', name: 'Niederschrift (öffentlicher Teil)', date: '2026-11-03' },
    items: [
      { n: 'Ö 1', t: 'Genehmigung der Niederschrift über die 3. Sitzung vom 08.09.2026', r: EB },
      { n: 'Ö 2', t: 'Handlungskonzept „Älter werden in Herne“ 2027–2032',
        consult: { paper: 2204, role: 'Vorberatung', authoritative: false },
        r: 'mehrheitlich beschlossen, Ja: 11, Nein: 4, Enthaltungen: 0' },
      { n: 'Ö 3', t: 'Mitteilungen der Verwaltung', r: ZK },
      { n: 'N 1', t: 'Personalangelegenheit', pub: false, r: EB },
    ] },
  // Upcoming, scheduled only: no invitation, no end time, empty agenda.
  { id: 5301, org: [12], name: '5. Sitzung des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren',
    start: '2027-02-10 16:00', state: 'terminiert', loc: 6, created: '2026-10-28 10:00',
    items: [] },
  // Upcoming, invited: agenda published, no results yet.
  { id: 5320, org: [1], name: '9. Sitzung des Rates der Stadt Herne',
    start: '2027-03-16 15:00', end: '2027-03-16 19:00', state: 'eingeladen', loc: 1, created: '2026-10-28 10:30',
    invitation: { slug: 'rat-2027-03-16-einladung', name: 'Einladung', date: '2026-11-19' },
    items: [
      { n: 'Ö 1', t: 'Eröffnung der Sitzung und Feststellung der Beschlussfähigkeit' },
      { n: 'Ö 2', t: 'Einwohnerfragestunde' },
      { n: 'Ö 3', t: 'Handlungskonzept „Älter werden in Herne“ 2027–2032',
        consult: { paper: 2204, role: 'Entscheidung', authoritative: true } },
      { n: 'Ö 4', t: 'Seniorenbeirat der Stadt Herne;\nhier: Bestellung der Mitglieder für die Amtszeit 2027–2032' },
      { n: 'Ö 5', t: 'Anfragen von Ratsmitgliedern' },
      { n: 'Ö 6', t: 'Mitteilungen des Oberbürgermeisters' },
      { n: 'N 1', t: 'Grundstücksangelegenheit', pub: false },
      { n: 'N 2', t: 'Vergabeangelegenheit', pub: false },
    ] },
];

// ---------------------------------------------------------------------------
// Minimal valid PDF (one A4 page, Helvetica, WinAnsiEncoding).
// ---------------------------------------------------------------------------
const WIN_ANSI = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
function pdfText(str) {
  const bytes = [];
  for (const ch of str) {
    const c = ch.codePointAt(0);
    let b = WIN_ANSI[ch] ?? (c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : 0x3f);
    if (b === 0x28 || b === 0x29 || b === 0x5c) bytes.push(0x5c); // escape ( ) \
    bytes.push(b);
  }
  return Buffer.from([0x28, ...bytes, 0x29]);
}
function pdfUtf16Hex(str) {
  let hex = 'FEFF';
  for (let i = 0; i < str.length; i++) hex += str.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}
function wrap(text, width = 88) {
  const out = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line && (line + ' ' + word).length > width) { out.push(line); line = word; } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}
function makePdf(title, heading, bodyLines) {
  const parts = [Buffer.from('BT\n/F2 13 Tf\n16 TL\n56 780 Td\n')];
  for (const l of wrap(heading, 72)) parts.push(pdfText(l), Buffer.from(' Tj T*\n'));
  parts.push(Buffer.from('/F1 11 Tf\n14 TL\nT*\n'));
  for (const l of bodyLines.flatMap((x) => wrap(x))) parts.push(pdfText(l), Buffer.from(' Tj T*\n'));
  parts.push(Buffer.from('ET\n'));
  const stream = Buffer.concat(parts);
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('endstream')]),
    Buffer.from(`<< /Title ${pdfUtf16Hex(title)} /Subject (Beispieldaten) /Producer (herne-widgets sample/generate.mjs) >>`),
  ];
  const chunks = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    offset += chunk.length;
    chunks.push(chunk);
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(Buffer.from(xref));
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------
// Build the graph: records with JS references; ids for agenda items,
// consultations, files and memberships are assigned afterwards in order of
// creation (so "oldest first by id" matches "oldest first by created").
// ---------------------------------------------------------------------------
const allFiles = []; // { rec, pdf, parentKind, parent }
function fileRec(spec, defaults) {
  const date = spec.date ?? defaults.date;
  const rec = {
    spec, date, name: spec.name, slug: spec.slug,
    created: dt(`${date} ${spec.time ?? defaults.time ?? '09:00'}`),
    context: defaults.context,
    backref: defaults.backref, // { key: 'meeting'|'agendaItem'|'paper', target: record }
  };
  rec.modified = rec.created;
  allFiles.push(rec);
  return rec;
}

const meetings = MEETINGS.map((m) => {
  const org = orgById.get(m.org[0]);
  const startDate = m.start.split(' ')[0];
  const rec = { ...m, startIso: dt(m.start), endIso: m.end ? dt(m.end) : undefined, createdIso: dt(m.created), items: [] };
  const ctx = `${org.name} – ${m.name}, ${deDate(startDate)}`;
  for (const slot of ['invitation', 'resultsProtocol', 'verbatimProtocol']) {
    if (m[slot]) rec[slot] = fileRec(m[slot], { context: ctx, backref: { key: 'meeting', target: rec } });
  }
  rec.auxiliaryFile = (m.auxiliaryFile ?? []).map((f) => fileRec(f, { context: ctx, backref: { key: 'meeting', target: rec } }));
  const defaultItemCreated = m.invitation ? `${addDays(m.invitation.date, -1)} 11:00` : m.created;
  const resultDay = `${addDays(startDate, 1)} 10:00`;
  rec.items = m.items.map((it, order) => {
    const item = {
      meeting: rec, order, number: it.n, name: it.t, public: it.pub ?? true,
      result: it.r, resolutionText: it.rt, consult: it.consult,
      created: dt(it.created ?? defaultItemCreated),
    };
    const itemCtx = `${ctx}, TOP ${it.n}: ${it.t.split('\n')[0]}`;
    if (it.rf) item.resolutionFile = fileRec(it.rf, { date: addDays(startDate, 1), context: itemCtx, backref: { key: 'agendaItem', target: item } });
    item.auxiliaryFile = (it.aux ?? []).map((f) => fileRec(f, { date: addDays(startDate, -7), context: itemCtx, backref: { key: 'agendaItem', target: item } }));
    item.modified = maxIso(item.created, it.r || it.rt ? dt(resultDay) : undefined,
      ...[item.resolutionFile, ...item.auxiliaryFile].filter(Boolean).map((f) => f.modified));
    return item;
  });
  return rec;
});

const papers = PAPERS.map((p) => {
  const rec = { ...p, createdIso: dt(p.created), consultations: [] };
  const ctx = `Vorlage ${p.reference} (${p.paperType}): ${p.name.replace('\n', ' ')}`;
  rec.mainFileRec = fileRec(p.mainFile, { date: p.date, time: p.created.split(' ')[1], context: ctx, backref: { key: 'paper', target: rec } });
  rec.auxFileRecs = (p.auxiliaryFile ?? []).map((f) => fileRec(f, { date: p.date, time: p.created.split(' ')[1], context: ctx, backref: { key: 'paper', target: rec } }));
  return rec;
});
const paperRecById = new Map(papers.map((p) => [p.id, p]));

const consultations = [];
for (const m of meetings) {
  for (const item of m.items) {
    if (!item.consult) continue;
    const paper = paperRecById.get(item.consult.paper);
    if (!paper) throw new Error(`unknown paper ${item.consult.paper}`);
    const c = {
      paper, item, meeting: m, organization: m.org, role: item.consult.role, authoritative: item.consult.authoritative,
      created: maxIso(paper.createdIso, item.created),
    };
    c.modified = maxIso(c.created, item.modified);
    item.consultation = c;
    paper.consultations.push(c);
    consultations.push(c);
  }
}
// Beratungsfolge in chronological order of the meetings
for (const p of papers) p.consultations.sort((a, b) => instant(a.meeting.startIso) - instant(b.meeting.startIso));

const memberships = [];
for (const p of PERSONS) for (const ms of p.memberships) memberships.push({ person: p, ...ms, created: dt('2020-11-10 12:00') });

// Assign ids in order of creation (stable tie-break: definition order).
function assignIds(records, first, createdOf = (r) => r.created) {
  records.map((r, i) => [r, i]).sort(([a, i], [b, j]) => instant(createdOf(a)) - instant(createdOf(b)) || i - j)
    .forEach(([r], k) => { r.id = first + k; });
}
const allItems = meetings.flatMap((m) => m.items);
assignIds(allItems, 20101);
assignIds(consultations, 8101);
assignIds(allFiles, 60001);
memberships.forEach((m, i) => { m.id = i + 1; });

// Meeting/paper modified: bumped by every embedded change.
for (const m of meetings) {
  const files = [m.invitation, m.resultsProtocol, m.verbatimProtocol, ...m.auxiliaryFile].filter(Boolean);
  m.modifiedIso = maxIso(m.createdIso, ...files.map((f) => f.modified), ...m.items.map((i) => i.modified));
}
for (const p of papers) {
  p.modifiedIso = maxIso(p.createdIso, p.mainFileRec.modified, ...p.auxFileRecs.map((f) => f.modified), ...p.consultations.map((c) => c.modified));
}

// PDFs
for (const f of allFiles) {
  f.fileName = `${f.slug}.pdf`;
  f.pdf = makePdf(f.name, f.name, [f.context, `Datum: ${deDate(f.date)}`, '', SAMPLE_NOTE]);
  f.size = f.pdf.length;
  f.sha1 = createHash('sha1').update(f.pdf).digest('hex');
}

// ---------------------------------------------------------------------------
// Serialisers. `embedded` form omits back-references; `standalone` adds them.
// ---------------------------------------------------------------------------
const locById = new Map(LOCATIONS.map((l) => [l.id, l]));
function locationObj(id) {
  const l = locById.get(id);
  const o = { id: U.location(l.id), type: T('Location'), description: l.description };
  if (l.room) o.room = l.room;
  if (l.streetAddress) o.streetAddress = l.streetAddress;
  if (l.postalCode) o.postalCode = l.postalCode;
  if (l.subLocality) o.subLocality = l.subLocality;
  o.locality = l.locality;
  o.geojson = { type: 'Feature', geometry: { type: 'Point', coordinates: l.geo }, properties: { name: l.label } };
  o.created = dt(l.created);
  o.modified = dt(l.modified ?? l.created);
  return o;
}
function fileObj(f, standalone = false) {
  const o = { id: U.file(f.id), type: T('File'), name: f.name, fileName: f.fileName, mimeType: 'application/pdf', date: f.date, size: f.size, sha1Checksum: f.sha1, accessUrl: `${ORIGIN}/files/${f.slug}.pdf`, downloadUrl: `${ORIGIN}/files/download/${f.slug}.pdf` };
  if (standalone) {
    const t = f.backref.target;
    const urlOf = { meeting: U.meeting, paper: U.paper };
    o[f.backref.key] = [(urlOf[f.backref.key] ?? U.item)(t.id)];
  }
  o.created = f.created;
  o.modified = f.modified;
  return o;
}
function itemObj(it, standalone = false) {
  const o = { id: U.item(it.id), type: T('AgendaItem') };
  if (standalone) o.meeting = U.meeting(it.meeting.id);
  o.number = it.number;
  o.order = it.order;
  o.name = it.name;
  o.public = it.public;
  if (it.consultation) o.consultation = U.consultation(it.consultation.id);
  if (it.result) o.result = it.result;
  if (it.resolutionText) o.resolutionText = it.resolutionText;
  if (it.resolutionFile) o.resolutionFile = fileObj(it.resolutionFile);
  if (it.auxiliaryFile.length) o.auxiliaryFile = it.auxiliaryFile.map((f) => fileObj(f));
  o.created = it.created;
  o.modified = it.modified;
  o.web = `${WEB}/tagesordnungspunkt/${it.id}`;
  return o;
}
function meetingObj(m) {
  const o = { id: U.meeting(m.id), type: T('Meeting'), name: m.name, meetingState: m.state };
  if (m.cancelled) o.cancelled = true;
  o.start = m.startIso;
  if (m.endIso) o.end = m.endIso;
  o.location = locationObj(m.loc);
  o.organization = m.org.map(U.org);
  if (m.participant) o.participant = m.participant.map(U.person);
  if (m.invitation) o.invitation = fileObj(m.invitation);
  if (m.resultsProtocol) o.resultsProtocol = fileObj(m.resultsProtocol);
  if (m.verbatimProtocol) o.verbatimProtocol = fileObj(m.verbatimProtocol);
  if (m.auxiliaryFile.length) o.auxiliaryFile = m.auxiliaryFile.map((f) => fileObj(f));
  o.agendaItem = m.items.map((i) => itemObj(i));
  o.created = m.createdIso;
  o.modified = m.modifiedIso;
  o.web = `${WEB}/sitzung/${m.id}`;
  return o;
}
function consultationObj(c, standalone = false) {
  const o = { id: U.consultation(c.id), type: T('Consultation') };
  if (standalone) o.paper = U.paper(c.paper.id);
  o.agendaItem = U.item(c.item.id);
  o.meeting = U.meeting(c.meeting.id);
  o.organization = c.organization.map(U.org);
  o.authoritative = c.authoritative;
  o.role = c.role;
  o.created = c.created;
  o.modified = c.modified;
  return o;
}
function paperObj(p) {
  const o = { id: U.paper(p.id), type: T('Paper'), body: U.body, name: p.name, reference: p.reference, date: p.date, paperType: p.paperType };
  if (p.relatedPaper) o.relatedPaper = p.relatedPaper.map(U.paper);
  if (p.superordinatedPaper) o.superordinatedPaper = p.superordinatedPaper.map(U.paper);
  if (p.subordinatedPaper) o.subordinatedPaper = p.subordinatedPaper.map(U.paper);
  o.mainFile = fileObj(p.mainFileRec);
  if (p.auxFileRecs.length) o.auxiliaryFile = p.auxFileRecs.map((f) => fileObj(f));
  if (p.location) o.location = p.location.map(locationObj);
  if (p.originatorPerson) o.originatorPerson = p.originatorPerson.map(U.person);
  o.underDirectionOf = p.underDirectionOf.map(U.org);
  if (p.originatorOrganization) o.originatorOrganization = p.originatorOrganization.map(U.org);
  o.consultation = p.consultations.map((c) => consultationObj(c));
  o.created = p.createdIso;
  o.modified = p.modifiedIso;
  o.web = `${WEB}/vorlage/${p.id}`;
  return o;
}
function termObj(t, standalone = false) {
  const o = { id: U.term(t.id), type: T('LegislativeTerm') };
  if (standalone) o.body = U.body;
  Object.assign(o, { name: t.name, startDate: t.startDate, endDate: t.endDate, created: dt(t.created), modified: dt(t.modified ?? t.created) });
  return o;
}
function membershipObj(ms, standalone = false) {
  const o = { id: U.membership(ms.id), type: T('Membership') };
  if (standalone) o.person = U.person(ms.person.id);
  o.organization = U.org(ms.org);
  o.role = ms.role;
  o.votingRight = ms.votingRight;
  o.startDate = ms.startDate;
  if (ms.onBehalfOf) o.onBehalfOf = U.org(ms.onBehalfOf);
  o.created = ms.created;
  o.modified = ms.created;
  return o;
}
function personObj(p) {
  const name = [...(p.title ?? []), p.givenName, p.familyName].join(' ');
  const o = { id: U.person(p.id), type: T('Person'), body: U.body, name, familyName: p.familyName, givenName: p.givenName, formOfAddress: p.formOfAddress };
  if (p.title) o.title = p.title;
  o.gender = p.gender;
  o.status = p.status;
  o.membership = memberships.filter((m) => m.person === p).map((m) => membershipObj(m));
  o.keyword = ['Beispieldaten', 'fiktive Person'];
  o.created = dt('2020-11-10 12:00');
  o.modified = dt('2020-11-10 12:00');
  o.web = `${WEB}/person/${p.id}`;
  return o;
}
function orgObj(org) {
  const o = { id: U.org(org.id), type: T('Organization'), body: U.body, name: org.name, shortName: org.shortName, organizationType: ORG_TYPE[org.kind], classification: org.classification };
  const ms = memberships.filter((m) => m.org === org.id);
  if (ms.length) o.membership = ms.map((m) => U.membership(m.id));
  if (org.kind === 'G') o.meeting = U.orgMeetings(org.id);
  if (org.post) o.post = org.post;
  if (org.sub) o.subOrganizationOf = U.org(org.sub);
  o.created = dt(org.created);
  o.modified = dt(org.created);
  o.web = `${WEB}/gremium/${org.id}`;
  return o;
}
const SYSTEM = {
  id: U.system, type: T('System'), oparlVersion: SCHEMA,
  license: LICENSE,
  body: U.bodyList,
  name: 'Ratsinformationssystem der Stadt Herne (Beispieldaten)',
  contactEmail: 'ratsbuero@herne.example',
  contactName: 'Ratsbüro (Beispieldaten)',
  website: `${WEB}/`,
  created: dt('2019-03-01 09:00'),
  modified: dt('2025-11-01 00:05'),
  web: `${WEB}/`,
};
function bodyObj() {
  const terms = TERMS.map((t) => termObj(t));
  const loc = locationObj(1);
  return {
    id: U.body, type: T('Body'), system: U.system,
    shortName: 'Herne', name: 'Stadt Herne', website: 'https://www.herne.de',
    license: LICENSE, licenseValidSince: dt('2019-03-01 00:00'), oparlSince: dt('2019-03-01 00:00'),
    ags: '05916000', rgs: '059160000000',
    contactEmail: 'ratsbuero@herne.example', contactName: 'Ratsbüro (Beispieldaten)',
    classification: 'Kreisfreie Stadt',
    organization: `${U.body}/organization`, person: `${U.body}/person`, meeting: `${U.body}/meeting`, paper: `${U.body}/paper`,
    agendaItem: `${U.body}/agendaItem`, consultation: `${U.body}/consultation`, file: `${U.body}/file`,
    locationList: `${U.body}/locationList`, legislativeTermList: `${U.body}/legislativeTermList`, membership: `${U.body}/membership`,
    legislativeTerm: terms,
    location: loc,
    keyword: ['Beispieldaten'],
    created: dt('2019-03-01 09:00'),
    modified: maxIso(dt('2019-03-01 09:00'), loc.modified, ...terms.map((t) => t.modified)),
    web: `${WEB}/`,
  };
}
function listObj(data) {
  const byId = (a, b) => Number(a.id.split('/').pop()) - Number(b.id.split('/').pop());
  const sorted = [...data].sort(byId);
  return { data: sorted, pagination: { totalElements: sorted.length, elementsPerPage: sorted.length, currentPage: 1, totalPages: 1 }, links: {} };
}

// ---------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------
const urlToPath = (url) => join(HERE, ...url.slice(ORIGIN.length + 1).split('/')) + '.json';
// --check: generate in memory and compare with the files on disk instead of writing.
const CHECK = process.argv.includes('--check');
const errors = [];
const err = (msg) => errors.push(msg);
const generated = new Set(); // absolute paths
function emit(path, content) {
  generated.add(path);
  if (CHECK) {
    if (!existsSync(path)) err(`stale output: ${relative(HERE, path)} missing (run node sample/generate.mjs)`);
    else if (!readFileSync(path).equals(content)) err(`stale output: ${relative(HERE, path)} differs (run node sample/generate.mjs)`);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
if (!CHECK) {
  rmSync(join(HERE, 'oparl'), { recursive: true, force: true });
  rmSync(join(HERE, 'files'), { recursive: true, force: true });
}
function write(url, obj) {
  const path = urlToPath(url);
  if (generated.has(path)) throw new Error(`written twice: ${url}`);
  emit(path, Buffer.from(JSON.stringify(obj, null, 2) + '\n'));
}

const body = bodyObj();
write(U.system, SYSTEM);
write(U.bodyList, listObj([body]));
write(U.body, body);

const orgObjs = ORGS.map(orgObj);
orgObjs.forEach((o) => write(o.id, o));
write(body.organization, listObj(orgObjs));

const meetingObjs = meetings.map(meetingObj);
meetingObjs.forEach((o) => write(o.id, o));
write(body.meeting, listObj(meetingObjs));
for (const org of ORGS.filter((o) => o.kind === 'G')) {
  write(U.orgMeetings(org.id), listObj(meetingObjs.filter((m) => m.organization.includes(U.org(org.id)))));
}

const itemObjs = allItems.map((i) => itemObj(i, true));
itemObjs.forEach((o) => write(o.id, o));
write(body.agendaItem, listObj(itemObjs));

const paperObjs = papers.map(paperObj);
paperObjs.forEach((o) => write(o.id, o));
write(body.paper, listObj(paperObjs));

const consultationObjs = consultations.map((c) => consultationObj(c, true));
consultationObjs.forEach((o) => write(o.id, o));
write(body.consultation, listObj(consultationObjs));

const fileObjs = allFiles.map((f) => fileObj(f, true));
fileObjs.forEach((o) => write(o.id, o));
write(body.file, listObj(fileObjs));
for (const f of allFiles) emit(join(HERE, 'files', `${f.slug}.pdf`), f.pdf);

// Locations with back-references to every object that embeds them.
const locationObjs = LOCATIONS.map((l) => {
  const base = locationObj(l.id);
  const back = {};
  if (l.id === 1) back.bodies = [U.body];
  const ms = meetings.filter((m) => m.loc === l.id).map((m) => U.meeting(m.id));
  if (ms.length) back.meetings = ms;
  const ps = papers.filter((p) => p.location?.includes(l.id)).map((p) => U.paper(p.id));
  if (ps.length) back.papers = ps;
  const { created, modified, ...rest } = base;
  return { ...rest, ...back, created, modified };
});
locationObjs.forEach((o) => write(o.id, o));
write(body.locationList, listObj(locationObjs));

const termObjs = TERMS.map((t) => termObj(t, true));
termObjs.forEach((o) => write(o.id, o));
write(body.legislativeTermList, listObj(termObjs));

const personObjs = PERSONS.map(personObj);
personObjs.forEach((o) => write(o.id, o));
write(body.person, listObj(personObjs));

const membershipObjs = memberships.map((m) => membershipObj(m, true));
membershipObjs.forEach((o) => write(o.id, o));
write(body.membership, listObj(membershipObjs));

// ---------------------------------------------------------------------------
// Validate what was written (reads the files back from disk).
// ---------------------------------------------------------------------------
const BACKREFS = {
  AgendaItem: ['meeting'], Consultation: ['paper'], File: ['meeting', 'paper', 'agendaItem'],
  Location: ['bodies', 'organizations', 'persons', 'meetings', 'papers'], LegislativeTerm: ['body'], Membership: ['person'],
};
const typeName = (o) => (typeof o?.type === 'string' && o.type.startsWith(SCHEMA) ? o.type.slice(SCHEMA.length) : null);
const load = (path) => JSON.parse(readFileSync(path, 'utf8'));
const berlinFmt = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

function walkFiles(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walkFiles(p) : [p];
  });
}
const jsonPaths = walkFiles(join(HERE, 'oparl')).filter((p) => p.endsWith('.json'));
const pdfPaths = walkFiles(join(HERE, 'files'));
for (const p of [...jsonPaths, ...pdfPaths]) if (!generated.has(p)) err(`unexpected file ${relative(HERE, p)} (not produced by the generator)`);
const docs = new Map(jsonPaths.map((p) => [p, load(p)]));
// Objects as read back from disk, by type (own files only, not list files)
const ofType = (tn) => [...docs.values()].filter((d) => !Array.isArray(d.data) && typeName(d) === tn && typeof d.id === 'string').sort((a, b) => Number(a.id.split('/').pop()) - Number(b.id.split('/').pop()));
const diskMeetings = ofType('Meeting');
const diskItems = ofType('AgendaItem');
const diskPapers = ofType('Paper');
const diskConsultations = ofType('Consultation');
const diskFiles = ofType('File');
const diskOrgs = ofType('Organization');
const counts = {};
let urlRefs = 0;
let embeddedChecked = 0;

function checkObject(o, where) {
  const tn = typeName(o);
  if (!o.id || !tn) { err(`${where}: object without id/type`); return; }
  for (const k of ['created', 'modified']) if (!o[k]) err(`${where}: ${o.id} lacks ${k}`);
  if (o.created && o.modified && instant(o.modified) < instant(o.created)) err(`${where}: ${o.id} modified before created`);
  if (instant(o.modified) > instant(SNAPSHOT)) err(`${where}: ${o.id} modified after the snapshot date ${SNAPSHOT}`);
}
function walk(value, visit, path = [], parent = null) {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, [...path, i], parent));
  else if (value && typeof value === 'object') {
    visit(value, path, parent);
    for (const [k, v] of Object.entries(value)) walk(v, visit, [...path, k], value);
  } else visit(value, path, parent);
}

for (const [path, doc] of docs) {
  const rel = relative(HERE, path).split(sep).join('/');
  const isList = Array.isArray(doc.data);
  if (isList) {
    const ids = doc.data.map((o) => Number(String(o.id).split('/').pop()));
    if (ids.some((id, i) => i && id <= ids[i - 1])) err(`${rel}: list not sorted by id ascending`);
    for (const o of doc.data) {
      const own = urlToPath(o.id);
      if (!docs.has(own)) err(`${rel}: list item ${o.id} has no own file`);
      else if (!isDeepStrictEqual(docs.get(own), o)) err(`${rel}: list item ${o.id} differs from its own file`);
    }
  } else {
    if (typeof doc.id !== 'string' || !typeName(doc)) { err(`${rel}: not an OParl object or list`); continue; }
    if (urlToPath(doc.id) !== path) err(`${rel}: id ${doc.id} does not map to this file`);
    const tn = typeName(doc);
    counts[tn] = (counts[tn] ?? 0) + 1;
  }
  walk(doc, (v, p, parent) => {
    if (typeof v === 'string') {
      if (v.startsWith(`${ORIGIN}/oparl/`)) {
        urlRefs++;
        if (!docs.has(urlToPath(v))) err(`${rel} ${p.join('.')}: dangling link ${v}`);
      } else if (v.startsWith(`${ORIGIN}/files/`)) {
        const name = v.slice(`${ORIGIN}/files/`.length).replace(/^download\//, '');
        if (!existsSync(join(HERE, 'files', name))) err(`${rel} ${p.join('.')}: missing file ${v}`);
      }
      if (DATE_TIME_RE.test(v)) {
        const want = berlinFmt.formatToParts(new Date(v)).find((x) => x.type === 'timeZoneName').value.replace('GMT', '');
        if (v.slice(-6) !== want) err(`${rel} ${p.join('.')}: ${v} has wrong Europe/Berlin offset (expected ${want})`);
      } else if (/^\d{4}-\d{2}-\d{2}T/.test(v)) err(`${rel} ${p.join('.')}: bad date-time ${v}`);
      if (/&(amp|lt|gt|quot|#\d+);/.test(v)) err(`${rel} ${p.join('.')}: HTML escaping in ${v}`);
      return;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v) || !typeName(v)) return;
    checkObject(v, rel);
    const tn = typeName(v);
    // Embedded objects (nested, not a list entry and not the file's own object)
    const isTop = p.length === 0 || (isList && p.length === 2 && p[0] === 'data');
    if (!isTop) {
      embeddedChecked++;
      const own = urlToPath(v.id);
      if (!docs.has(own)) { err(`${rel}: embedded ${v.id} has no own file`); return; }
      const standalone = docs.get(own);
      const keys = BACKREFS[tn] ?? [];
      const stripped = Object.fromEntries(Object.entries(standalone).filter(([k]) => !keys.includes(k)));
      if (!isDeepStrictEqual(stripped, v)) err(`${rel}: embedded ${v.id} differs from ${relative(HERE, own)} (besides back-references)`);
      for (const k of keys) if (k in v) err(`${rel}: embedded ${v.id} carries back-reference ${k}`);
      const parentId = parent?.id ?? null;
      if (parentId && keys.length) {
        const refs = keys.flatMap((k) => [standalone[k]].flat()).filter(Boolean);
        if (!refs.includes(parentId)) err(`${relative(HERE, own)}: back-reference to ${parentId} missing`);
      }
    }
    if (tn === 'Location' && v.geojson) {
      const g = v.geojson;
      const [lon, lat] = g.geometry?.coordinates ?? [];
      if (g.type !== 'Feature' || g.geometry?.type !== 'Point') err(`${v.id}: geojson is not a Feature Point`);
      if (!(lon > 7.0 && lon < 7.4 && lat > 51.4 && lat < 51.6)) err(`${v.id}: coordinates [${lon}, ${lat}] not [lon, lat] in Herne`);
    }
  });
}

// Meeting-level checks
for (const m of diskMeetings) {
  m.agendaItem.forEach((a, i) => { if (a.order !== i) err(`${m.id}: ${a.id} order ${a.order} != ${i}`); });
  if (m.end && instant(m.end) <= instant(m.start)) err(`${m.id}: end not after start`);
}
// Consultation <-> agenda item <-> meeting <-> paper
for (const c of diskConsultations) {
  const item = docs.get(urlToPath(c.agendaItem));
  if (item?.consultation !== c.id) err(`${c.id}: agenda item ${c.agendaItem} does not link back`);
  if (item?.meeting !== c.meeting) err(`${c.id}: meeting ${c.meeting} != agenda item's meeting ${item?.meeting}`);
  const meeting = docs.get(urlToPath(c.meeting));
  if (!meeting?.agendaItem.some((a) => a.id === c.agendaItem)) err(`${c.id}: agenda item not in meeting`);
  if (JSON.stringify(meeting?.organization) !== JSON.stringify(c.organization)) err(`${c.id}: organization differs from meeting`);
  const paper = docs.get(urlToPath(c.paper));
  if (!paper?.consultation.some((x) => x.id === c.id)) err(`${c.id}: not embedded in its paper`);
}
for (const a of diskItems) {
  if (a.consultation && !docs.has(urlToPath(a.consultation))) err(`${a.id}: consultation missing`);
  if (a.public === false && (a.consultation || a.auxiliaryFile || a.resolutionFile)) err(`${a.id}: non-public item with files/paper`);
}
// Every Gremium's meeting list holds exactly its meetings
for (const org of diskOrgs.filter((o) => o.meeting)) {
  const list = docs.get(urlToPath(org.meeting));
  const want = diskMeetings.filter((m) => m.organization.includes(org.id)).map((m) => m.id);
  if (JSON.stringify(list.data.map((m) => m.id)) !== JSON.stringify(want)) err(`${org.meeting}: wrong meetings`);
}
// Files: size and checksum equal the PDF on disk; PDF xref offsets valid
for (const f of diskFiles) {
  const path = join(HERE, 'files', f.accessUrl.split('/').pop());
  const buf = readFileSync(path);
  if (buf.length !== f.size) err(`${f.id}: size ${f.size} != ${buf.length}`);
  if (createHash('sha1').update(buf).digest('hex') !== f.sha1Checksum) err(`${f.id}: sha1 mismatch`);
  const text = buf.toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  if (!text.startsWith('%PDF-1.4') || text.slice(startxref, startxref + 4) !== 'xref') { err(`${path}: bad startxref`); continue; }
  const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((x) => Number(x[1]));
  entries.forEach((off, i) => { if (!text.startsWith(`${i + 1} 0 obj`, off)) err(`${path}: xref entry ${i + 1} wrong`); });
  const len = /\/Length (\d+) >>\nstream\n/.exec(text);
  if (!len || text.slice(len.index + len[0].length + Number(len[1]), len.index + len[0].length + Number(len[1]) + 9) !== 'endstream') err(`${path}: bad stream length`);
}
if (pdfPaths.length !== diskFiles.length) err(`files/: ${pdfPaths.length} PDFs for ${diskFiles.length} File objects`);

// Summary
const totalBytes = [...jsonPaths, ...pdfPaths].reduce((s, p) => s + statSync(p).size, 0);
console.log(`OParl sample data ${CHECK ? 'checked in' : 'written to'} ${relative(process.cwd(), HERE) || '.'}/`);
console.log(`  objects: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
console.log(`  ${jsonPaths.length} JSON files, ${pdfPaths.length} PDFs, ${(totalBytes / 1024).toFixed(0)} KiB`);
console.log(`  checked ${urlRefs} OParl links, ${embeddedChecked} embedded copies`);
if (process.argv.includes('--summary')) {
  for (const m of diskMeetings) {
    console.log(`  meeting ${m.id.split('/').pop()} ${m.start} ${m.meetingState}${m.cancelled ? ' (abgesagt)' : ''} ${orgById.get(Number(m.organization[0].split('/').pop())).shortName}: ${m.agendaItem.length} TOP`);
    for (const a of m.agendaItem) console.log(`    ${a.id.split('/').pop()} ${a.number.padEnd(6)} ${a.result ?? '–'}${a.consultation ? `  [${a.consultation.split('/').pop()}]` : ''}`);
  }
  for (const p of diskPapers) console.log(`  paper ${p.id.split('/').pop()} ${p.reference} ${p.paperType}: ${p.consultation.map((c) => `${c.id.split('/').pop()}@${c.meeting.split('/').pop()}/${c.agendaItem.split('/').pop()} ${c.role}`).join(' → ')}`);
}
if (totalBytes > 1024 * 1024) err(`sample/ is ${totalBytes} bytes (> 1 MiB)`);
if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log('  validation passed');
