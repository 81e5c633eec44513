import { expect } from '@open-wc/testing';
import { carried, parseResult, parseVotes, type ParsedResult, type ResultKind, type VoteTally } from '../../src/oparl/result.js';

/*
 * The result vocabulary and the vote parser, table-driven. The real strings come from the captures in
 * test/fixtures/oparl (origins in test/fixtures/README.md); a test below makes sure every result string in
 * those files has a row here, so a new capture cannot slip past unread.
 */

interface ExpectedVote {
  label?: string;
  yes?: number;
  no?: number;
  abstain?: number;
  recused?: number;
  unanimous?: true;
  majority?: true;
  conflicting?: true;
  groups?: Partial<Record<'yes' | 'no' | 'abstain' | 'recused', string>>;
}

interface Row {
  text: string;
  kind: ResultKind;
  inferred?: true;
  amended?: true;
  referredTo?: string;
  withdrawal?: ParsedResult['withdrawal'];
  table?: true;
  votes?: ExpectedVote[];
  /** Where the string was found. */
  source?: string;
}

const HUERTGENWALD = 'Hürtgenwald, meeting-list_page-15.json';
const KARLSRUHE = 'Karlsruhe meetings';
const SPEC = 'OParl spec example Meeting-01';
const HERNE = 'Herne sample data';

/** Every distinct `result` of the real captures, as found (spelling mistakes and run-together words included). */
const REAL: Row[] = [
  { source: HUERTGENWALD, text: 'ohne', kind: 'no-vote' },
  { source: HUERTGENWALD, text: 'Ohne', kind: 'no-vote' },
  { source: HUERTGENWALD, text: 'einstimmig, ohne Enthaltung', kind: 'adopted', inferred: true, votes: [{ unanimous: true, abstain: 0 }] },
  { source: HUERTGENWALD, text: 'einstimimig, ohne Enthaltung', kind: 'adopted', inferred: true, votes: [{ unanimous: true, abstain: 0 }] },
  { source: HUERTGENWALD, text: 'einstimmig, 0 Enthaltungen', kind: 'adopted', inferred: true, votes: [{ unanimous: true, abstain: 0 }] },
  { source: HUERTGENWALD, text: 'Einstimmig, 0 Enthaltungen', kind: 'adopted', inferred: true, votes: [{ unanimous: true, abstain: 0 }] },
  { source: HUERTGENWALD, text: 'einstimmig, 1 Enthaltung', kind: 'adopted', inferred: true, votes: [{ unanimous: true, abstain: 1 }] },
  { source: HUERTGENWALD, text: 'einstimmig, 2 Enthaltungen', kind: 'adopted', inferred: true, votes: [{ unanimous: true, abstain: 2 }] },
  { source: HUERTGENWALD, text: 'einstimmig, 3 Enthaltungen', kind: 'adopted', inferred: true, votes: [{ unanimous: true, abstain: 3 }] },
  {
    source: HUERTGENWALD,
    text: 'Einstimmig15-Ja-Stimmen, 0 Nein-Stimmen, 0 Enthaltungen',
    kind: 'adopted',
    inferred: true,
    votes: [{ unanimous: true, yes: 15, no: 0, abstain: 0 }],
  },
  {
    source: HUERTGENWALD,
    text: 'Einstimmig15 Ja-Stimmen, 0 Nein-Stimmen, 0 Enthaltungen',
    kind: 'adopted',
    inferred: true,
    votes: [{ unanimous: true, yes: 15, no: 0, abstain: 0 }],
  },
  { source: HUERTGENWALD, text: '11 Ja-Stimmen, 0 Nein-Stimmen, 4 Enthaltungen', kind: 'adopted', inferred: true, votes: [{ yes: 11, no: 0, abstain: 4 }] },
  { source: HUERTGENWALD, text: '10 Ja-Stimmen, 0 Nein-Stimmen, 5 Enthaltungen', kind: 'adopted', inferred: true, votes: [{ yes: 10, no: 0, abstain: 5 }] },
  { source: HUERTGENWALD, text: '12 Ja-Stimmen, 1 Nein-Stimme, 1 Enthaltung', kind: 'adopted', inferred: true, votes: [{ yes: 12, no: 1, abstain: 1 }] },
  { source: HUERTGENWALD, text: '6 Ja-Stimmen, 2 Nein-Stimmen, 6 Enthaltungen', kind: 'adopted', inferred: true, votes: [{ yes: 6, no: 2, abstain: 6 }] },
  {
    source: HUERTGENWALD,
    // Five votes on sub-questions, their labels run into the previous word; c) was rejected.
    text:
      'a) einstimmig, 0 Enthaltungenb) 9 Ja-Stimmen, 4 Nein-Stimmen, 1 Enthaltungc) 4 Ja-Stimmen, 10 Nein-Stimmend) 8 Ja-Stimmen, 4 Nein-Stimmen, 2 Enthaltungene) 9 Ja-Stimmen, 4 Nein-Stimmen, 1 Enthaltung',
    kind: 'partially',
    inferred: true,
    votes: [
      { label: 'a', unanimous: true, abstain: 0 },
      { label: 'b', yes: 9, no: 4, abstain: 1 },
      { label: 'c', yes: 4, no: 10 },
      { label: 'd', yes: 8, no: 4, abstain: 2 },
      { label: 'e', yes: 9, no: 4, abstain: 1 },
    ],
  },
  {
    source: HUERTGENWALD,
    // The chair's closing words glued to the tally: the tally is read, the prose is no faction note.
    text:
      'einstimmig, 0 EnthaltungenBürgermeister Claßen schließt die Sitzung um 21.15 Uhr. Alle nicht behandelten Tagesordnungspunkte werden auf die Tagesordnung der für den 06.05.2021 geplanten Sitzung des Haupt- und Finanzausschusses aufgenommen.',
    kind: 'adopted',
    inferred: true,
    votes: [{ unanimous: true, abstain: 0 }],
  },
  // Vote tables per faction whose cells ran together: "Gesamt:1809" could be 18/0/9 or 1/80/9. Not read.
  { source: HUERTGENWALD, text: 'JaNeinEnthaltungBM1CDU91FFH6SPD14GRÜNE11FDP3Gesamt:1809', kind: 'unknown', table: true },
  { source: HUERTGENWALD, text: 'JaNeinEnthaltungBM1CDU10FFH51SPD5GRÜNE11FDP3Gesamt7119', kind: 'unknown', table: true },
  { source: HUERTGENWALD, text: 'JaNeinEnthaltungBM1CDU81FFH6SPD5GRÜNE2FDP3Gesamt2510', kind: 'unknown', table: true },
  { source: HUERTGENWALD, text: 'Ohne Widerrede wird dem zugestimmt, es erfolgt keine Abstimmung.', kind: 'adopted' },
  { source: HUERTGENWALD, text: 'Ohne Widerrede wird dem Vorschlag zugestimmt, es erfolgt keine Abstimmung.', kind: 'adopted' },
  { source: KARLSRUHE, text: 'einstimmig beschlossen', kind: 'adopted', votes: [{ unanimous: true }] },
  { source: KARLSRUHE, text: 'mehrheitlich beschlossen', kind: 'adopted', votes: [{ majority: true }] },
  { source: KARLSRUHE, text: 'Zugestimmt zu geändertem Beschlusstext', kind: 'adopted-amended', amended: true },
  { source: KARLSRUHE, text: 'keine Abstimmung', kind: 'no-vote' },
  { source: KARLSRUHE, text: 'Kenntnisnahme', kind: 'noted' },
  { source: KARLSRUHE, text: 'Beratung im Fachgremium/Arbeitskreis', kind: 'referred', referredTo: 'Fachgremium/Arbeitskreis' },
  { source: KARLSRUHE, text: 'verwiesen in Fachausschuss', kind: 'referred', referredTo: 'Fachausschuss' },
  { source: KARLSRUHE, text: 'erledigt', kind: 'withdrawn', withdrawal: 'settled' },
  { source: KARLSRUHE, text: 'vorberaten ohne Änderungen', kind: 'recommended' },
  { source: SPEC, text: 'Geändert beschlossen', kind: 'adopted-amended', amended: true },
  { source: HERNE, text: 'einstimmig beschlossen', kind: 'adopted', votes: [{ unanimous: true }] },
  { source: HERNE, text: 'zur Kenntnis genommen', kind: 'noted' },
  {
    source: HERNE,
    text: 'geändert beschlossen (Ja: 14, Nein: 3, Enthaltungen: 1)',
    kind: 'adopted-amended',
    amended: true,
    votes: [{ yes: 14, no: 3, abstain: 1 }],
  },
  { source: HERNE, text: 'verwiesen an den Haupt- und Personalausschuss', kind: 'referred', referredTo: 'Haupt- und Personalausschuss' },
  {
    source: HERNE,
    text: 'mehrheitlich beschlossen, Ja: 10, Nein: 7, Enthaltungen: 1',
    kind: 'adopted',
    votes: [{ majority: true, yes: 10, no: 7, abstain: 1 }],
  },
  {
    source: HERNE,
    text: 'einstimmig, 1 Enthaltung (Fraktion Bürgerforum Herne)',
    kind: 'adopted',
    inferred: true,
    votes: [{ unanimous: true, abstain: 1, groups: { abstain: 'Fraktion Bürgerforum Herne' } }],
  },
  {
    source: HERNE,
    text: 'mehrheitlich abgelehnt (Ja: 3, Nein: 14, Enthaltungen: 1)',
    kind: 'rejected',
    votes: [{ majority: true, yes: 3, no: 14, abstain: 1 }],
  },
  { source: HERNE, text: 'vertagt', kind: 'postponed' },
];

/** The forms named in the issue and the research, and the traps a parser falls into. */
const HARD: Row[] = [
  { text: '23 Ja- Stimmen, 0 Nein- Stimmen, 1 Enthaltung', kind: 'adopted', inferred: true, votes: [{ yes: 23, no: 0, abstain: 1 }] },
  { text: 'Ja: 6, Nein: 3, Enthaltungen: 0', kind: 'adopted', inferred: true, votes: [{ yes: 6, no: 3, abstain: 0 }] },
  { text: '4 Ja / 14 Nein / 0 Enthaltungen', kind: 'rejected', inferred: true, votes: [{ yes: 4, no: 14, abstain: 0 }] },
  { text: 'einstimmig', kind: 'adopted', inferred: true, votes: [{ unanimous: true }] },
  { text: 'mehrheitlich', kind: 'adopted', inferred: true, votes: [{ majority: true }] },
  { text: 'einstimmig, 1 Enthaltung CDU-Fraktion', kind: 'adopted', inferred: true, votes: [{ unanimous: true, abstain: 1, groups: { abstain: 'CDU-Fraktion' } }] },
  // Word first without colons: "6 Nein" must not be read.
  { text: 'Ja 6 Nein 3 Enthaltung 0', kind: 'adopted', inferred: true, votes: [{ yes: 6, no: 3, abstain: 0 }] },
  { text: 'bei Stimmengleichheit abgelehnt (Ja: 7, Nein: 7)', kind: 'rejected', votes: [{ yes: 7, no: 7 }] },
  { text: '7 Ja-Stimmen, 7 Nein-Stimmen', kind: 'rejected', inferred: true, votes: [{ yes: 7, no: 7 }] },
  { text: 'Unverändert beschlossen', kind: 'adopted' },
  { text: 'ungeändert beschlossen', kind: 'adopted' },
  { text: 'mit Änderungen beschlossen', kind: 'adopted-amended', amended: true },
  { text: 'Beschlussvorschlag in der Fassung des Änderungsantrags zugestimmt', kind: 'adopted-amended', amended: true },
  { text: 'Änderungsantrag abgelehnt', kind: 'rejected' },
  { text: 'teilweise zugestimmt, teilweise abgelehnt', kind: 'partially' },
  { text: 'in Teilen beschlossen', kind: 'partially' },
  { text: 'nicht beschlossen', kind: 'rejected' },
  { text: 'Dem Antrag wurde nicht zugestimmt.', kind: 'rejected' },
  { text: 'zur weiteren Beratung in den Ausschuss für Finanzen verwiesen', kind: 'referred', referredTo: 'Ausschuss für Finanzen' },
  { text: 'Überweisung an den Rat', kind: 'referred', referredTo: 'Rat' },
  { text: 'Weiterbehandlung im Bauausschuss', kind: 'referred', referredTo: 'Bauausschuss' },
  { text: 'auf die nächste Sitzung verschoben', kind: 'postponed' },
  { text: 'zurückgestellt', kind: 'postponed' },
  { text: 'Antrag zurückgezogen', kind: 'withdrawn', withdrawal: 'withdrawn' },
  { text: 'von der Tagesordnung abgesetzt', kind: 'withdrawn', withdrawal: 'removed' },
  { text: 'nicht zur Abstimmung gestellt', kind: 'no-vote' },
  { text: 'entfällt', kind: 'no-vote' },
  { text: 'einstimmig empfohlen', kind: 'recommended', votes: [{ unanimous: true }] },
  { text: 'mit Änderungen empfohlen', kind: 'recommended', amended: true },
  { text: 'Beschlussempfehlung an den Rat', kind: 'recommended' },
  { text: 'Der Ausschuss nimmt die Ausführungen zur Kenntnis.', kind: 'noted' },
  { text: 'Stellungnahme zur Kenntnis genommen', kind: 'noted' },
  { text: 'gewählt', kind: 'adopted' },
  { text: 'genehmigt', kind: 'adopted' },
  { text: 'siehe Dokument Abstimmungsergebnisse', kind: 'unknown' },
  { text: 'Aushang im Foyer', kind: 'unknown' },
  { text: '(kein Text vorhanden)', kind: 'unknown' },
  { text: 'einstimmig bei einer Enthaltung und zwei Befangenen', kind: 'adopted', inferred: true, votes: [{ unanimous: true, abstain: 1, recused: 2 }] },
  { text: 'mehrheitlich bei 3 Gegenstimmen der Fraktion Zukunft Herne beschlossen', kind: 'adopted', votes: [{ majority: true, no: 3, groups: { no: 'Fraktion Zukunft Herne' } }] },
  { text: 'nicht einstimmig beschlossen', kind: 'adopted' },
  { text: 'ohne Gegenstimmen beschlossen', kind: 'adopted', votes: [{ no: 0 }] },
  { text: 'Abstimmung: 12 dafür, 3 dagegen, 1 Stimmenthaltung', kind: 'adopted', inferred: true, votes: [{ yes: 12, no: 3, abstain: 1 }] },
  // A count stated twice with different values is dropped, not picked.
  { text: 'Ja: 6, Nein: 3, Ja: 7', kind: 'unknown', votes: [{ no: 3, conflicting: true }] },
  // "einstimmig" and votes against cannot both be true: shown, flagged.
  { text: 'einstimmig, 2 Nein-Stimmen', kind: 'unknown', votes: [{ unanimous: true, no: 2, conflicting: true }] },
  // Numbers that are not votes.
  { text: 'für 4 Jahre vertagt', kind: 'postponed' },
  { text: 'Haushaltsjahr 2021 Ja', kind: 'unknown' },
  { text: 'beschlossen; Zuschuss 2.500 € für 3 Jahre', kind: 'adopted' },
  { text: '', kind: 'none' },
  { text: '   \n ', kind: 'none' },
];

function project(result: ParsedResult): Row {
  const row: Row = { text: '', kind: result.kind };
  if (result.inferred) row.inferred = true;
  if (result.amended) row.amended = true;
  if (result.referredTo !== undefined) row.referredTo = result.referredTo;
  if (result.withdrawal !== undefined) row.withdrawal = result.withdrawal;
  if (result.unreadableTable) row.table = true;
  if (result.votes.length) row.votes = result.votes.map(projectVote);
  return row;
}

function projectVote(tally: VoteTally): ExpectedVote {
  const vote: ExpectedVote = { ...tally.counts };
  if (tally.label) vote.label = tally.label;
  if (tally.unanimous) vote.unanimous = true;
  if (tally.majority) vote.majority = true;
  if (tally.conflicting) vote.conflicting = true;
  if (Object.keys(tally.groups).length) vote.groups = tally.groups;
  return vote;
}

function check(row: Row): void {
  const expected: Row = { ...row };
  delete expected.source;
  const actual = { ...project(parseResult(row.text)), text: row.text };
  expect(actual, JSON.stringify(row.text)).to.deep.equal(expected);
}

/** Every `result` string in a JSON value. */
function results(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((entry) => results(entry, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['result'] === 'string') found.add(record['result']);
    Object.values(record).forEach((entry) => results(entry, found));
  }
  return found;
}

const CAPTURES = [
  'huertgenwald/meeting-list_page-15.json',
  'karlsruhe/meetings/10023.json',
  'karlsruhe/meetings/10476.json',
  'karlsruhe/meetings/9611.json',
  'karlsruhe/meetings/9835.json',
  'karlsruhe/meetings/2233.json',
  'meine-stadt-transparent/bonn_meeting.json',
  'meine-stadt-transparent/wuppertal_meeting.json',
  'spec-examples/Meeting-01.json',
];

describe('result vocabulary and vote parser', () => {
  describe('real result strings', () => {
    for (const row of REAL) it(`${row.source}: ${JSON.stringify(row.text).slice(0, 90)} → ${row.kind}`, () => check(row));

    it('has a row for every result string in the real captures', async () => {
      const found = new Set<string>();
      for (const path of CAPTURES) {
        const response = await fetch(`/test/fixtures/oparl/${path}`);
        expect(response.ok, path).to.be.true;
        results(await response.json(), found);
      }
      const known = new Set(REAL.map((row) => row.text.trim()));
      const missing = [...found].filter((text) => !known.has(text.trim()));
      expect(missing).to.deep.equal([]);
      expect(found.size).to.be.at.least(30);
    });
  });

  describe('hard cases', () => {
    for (const row of HARD) it(`${JSON.stringify(row.text).slice(0, 90)} → ${row.kind}`, () => check(row));
  });

  it('covers every row of the vocabulary', () => {
    const kinds = new Set([...REAL, ...HARD].map((row) => row.kind));
    const vocabulary: ResultKind[] = [
      'adopted',
      'adopted-amended',
      'rejected',
      'partially',
      'noted',
      'referred',
      'postponed',
      'withdrawn',
      'no-vote',
      'recommended',
      'unknown',
      'none',
    ];
    expect([...kinds].sort()).to.deep.equal([...vocabulary].sort());
  });

  it('keeps the raw text, whitespace tidied', () => {
    expect(parseResult('  mehrheitlich\n beschlossen ').text).to.equal('mehrheitlich beschlossen');
    expect(parseResult(undefined).text).to.be.undefined;
  });

  it('never invents a count: "einstimmig" gives no numbers', () => {
    const [tally] = parseVotes('einstimmig beschlossen');
    expect(tally!.counts).to.deep.equal({});
  });

  it('does not split on a lone "c)" in a sentence', () => {
    expect(parseVotes('siehe Anlage c) 12 Ja, 3 Nein').map((tally) => tally.label)).to.deep.equal([undefined]);
  });

  it('decides whether a vote carried only from what the text states', () => {
    const [only] = parseVotes('1 Enthaltung');
    expect(carried(only!)).to.be.undefined;
    expect(carried(parseVotes('7 Ja, 7 Nein')[0]!)).to.be.false;
    expect(carried(parseVotes('einstimmig')[0]!)).to.be.true;
  });

  it('reads hostile text as text and finds nothing in it', () => {
    const result = parseResult('<img src=x onerror=alert(1)> javascript:alert(1)');
    expect(result.kind).to.equal('unknown');
    expect(result.votes).to.deep.equal([]);
    expect(result.text).to.equal('<img src=x onerror=alert(1)> javascript:alert(1)');
  });

  it('stays fast on long, repetitive input (no catastrophic backtracking)', () => {
    const started = performance.now();
    parseResult(`${'Ja-Stimmen Nein- Enthaltungen 1 '.repeat(400)}${'a'.repeat(5000)}`);
    parseResult('einstimm'.repeat(3000));
    expect(performance.now() - started).to.be.below(500);
  });
});
