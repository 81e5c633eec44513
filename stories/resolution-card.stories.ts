import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypesOf, descriptionOf, renderElement } from '../.storybook/element-api.js';
import { mockBase, sampleOParl } from '../.storybook/sample-fetch.js';
import '../src/components/resolution-card/define.js';
import type { ResolutionCard, ResolutionCardData } from '../src/components/resolution-card/resolution-card.js';
import { setClock } from '../src/core/clock.js';
import type { AgendaItemInfo, OParlDocument } from '../src/oparl/types.js';

/*
 * <resolution-card> in every state, on the built-in sample data (fictitious Herne council data, see
 * sample/README.md) and, for the kinds the sample does not show, on data handed over as the `data` property.
 * "Now" is 23.11.2026: the Rat's meeting of 16.03.2027 is still to come.
 */

interface Args {
  src?: string;
  data?: ResolutionCardData;
  lang: string;
  'heading-level': number;
  timeout: number;
}

const NOW = new Date('2026-11-23T12:00:00+01:00');

/** An agenda item as the normaliser gives it, for the stories that hand data over. */
function item(fields: Partial<AgendaItemInfo>): AgendaItemInfo {
  return {
    kind: 'item',
    id: 'https://ris.herne.example/oparl/v1.1/agendaitem/99001',
    number: 'Ö 7',
    title: 'Sanierung der Turnhalle an der Grundschule Sodingen',
    subtitle: undefined,
    public: true,
    consultationUrl: undefined,
    result: undefined,
    resolutionText: undefined,
    resolutionFile: undefined,
    files: [],
    anchor: 'top-oe-7',
    meetingUrl: undefined,
    children: [],
    ...fields,
  };
}

const resolutionFile: OParlDocument = {
  id: undefined,
  name: 'Beschluss zu TOP Ö 4 (Vorlage 2021/0790)',
  typeLabel: 'PDF',
  mimeType: 'application/pdf',
  size: 1487,
  date: undefined,
  url: `${new URL('sample/', document.baseURI).href}files/asags-2021-12-08-top-oe4-beschluss.pdf`,
};

const meta: Meta<Args> = {
  title: 'resolution-card',
  component: 'resolution-card',
  parameters: { docs: { description: { component: descriptionOf('resolution-card') } } },
  args: { lang: 'de', 'heading-level': 2, timeout: 15 },
  argTypes: {
    ...argTypesOf('resolution-card'),
    lang: { control: 'inline-radio', options: ['de', 'en'], description: 'the page language (the lang attribute)' },
    data: { control: false, description: 'the data property: an agenda item handed over instead of src' },
  },
  decorators: [
    (story) => {
      // The Beratungsfolge depends on "now": pinned, so every story looks the same every day.
      setClock(NOW);
      return story();
    },
  ],
  render: (args) => {
    const card = renderElement('resolution-card', { ...args }) as ResolutionCard;
    if (args.data) card.data = args.data;
    return card;
  },
};
export default meta;

type Story = StoryObj<Args>;

// Result kinds (sample data where it has them)

/** "mehrheitlich beschlossen" in the Rat, with votes, text, file and the whole path of the paper. */
export const Beschlossen: Story = { args: { src: sampleOParl('agendaitem/20141') } };
/** "geändert beschlossen (Ja: 14, Nein: 3, Enthaltungen: 1)": the note that the decision departs from the paper. */
export const GeaendertBeschlossen: Story = { name: 'Geändert beschlossen', args: { src: sampleOParl('agendaitem/20117') } };
/** "mehrheitlich abgelehnt (Ja: 3, Nein: 14, Enthaltungen: 1)". */
export const Abgelehnt: Story = { args: { src: sampleOParl('agendaitem/20123') } };
/** Five votes on sub-questions, c) rejected: "teilweise", derived from the votes (Hürtgenwald's real text). */
export const TeilweiseBeschlossen: Story = {
  args: {
    data: {
      agendaItem: item({
        result:
          'a) einstimmig, 0 Enthaltungenb) 9 Ja-Stimmen, 4 Nein-Stimmen, 1 Enthaltungc) 4 Ja-Stimmen, 10 Nein-Stimmend) 8 Ja-Stimmen, 4 Nein-Stimmen, 2 Enthaltungene) 9 Ja-Stimmen, 4 Nein-Stimmen, 1 Enthaltung',
      }),
    },
  },
};
export const ZurKenntnisGenommen: Story = { args: { src: sampleOParl('agendaitem/20120') } };
/** "verwiesen an den Haupt- und Personalausschuss", and the decision there in the Beratungsfolge. */
export const Verwiesen: Story = { args: { src: sampleOParl('agendaitem/20119') } };
/** "vertagt", with the cancelled meeting in between and the later step. */
export const Vertagt: Story = { args: { src: sampleOParl('agendaitem/20125') } };
export const Zurueckgezogen: Story = { name: 'Zurückgezogen', args: { data: { agendaItem: item({ result: 'Antrag zurückgezogen' }) } } };
export const Abgesetzt: Story = { args: { data: { agendaItem: item({ result: 'von der Tagesordnung abgesetzt' }) } } };
export const KeineAbstimmung: Story = { args: { data: { agendaItem: item({ result: 'keine Abstimmung' }) } } };
/** Pre-deliberation: the committee recommends, the Rat decides. */
export const Empfohlen: Story = { args: { data: { agendaItem: item({ result: 'einstimmig empfohlen' }) } } };
export const Unbekannt: Story = { args: { data: { agendaItem: item({ result: 'siehe Dokument Abstimmungsergebnisse' }) } } };
/** A vote table whose cells ran together (Hürtgenwald): said so, no number read. */
export const UnlesbareTabelle: Story = { args: { data: { agendaItem: item({ result: 'JaNeinEnthaltungBM1CDU91FFH6SPD14GRÜNE11FDP3Gesamt:1809' }) } } };
/** Ö 15 without a result. */
export const OhneErgebnis: Story = { args: { src: sampleOParl('agendaitem/20128') } };
/** On the agenda of the Rat's next meeting (16.03.2027): "Wie geht es weiter?". */
export const Anstehend: Story = { args: { src: sampleOParl('agendaitem/20180') } };

// Votes and texts

/** "einstimmig, 1 Enthaltung (Fraktion Bürgerforum Herne)": the group is kept. */
export const StimmenMitFraktion: Story = { args: { src: sampleOParl('agendaitem/20122') } };
export const StimmenZusammengeschrieben: Story = {
  args: { data: { agendaItem: item({ result: 'Einstimmig15-Ja-Stimmen, 0 Nein-Stimmen, 0 Enthaltungen' }) } },
};
export const LangerBeschlusstext: Story = {
  args: {
    data: {
      agendaItem: item({
        result: 'mehrheitlich beschlossen (Ja: 38, Nein: 16, Enthaltungen: 2)',
        resolutionText: Array.from(
          { length: 12 },
          (_, index) => `${index + 1}. Der Rat beauftragt die Verwaltung, die Maßnahme ${index + 1} des Sanierungskonzepts umzusetzen und dem Ausschuss halbjährlich zu berichten.`,
        ).join('\n'),
      }),
    },
  },
};
export const NurBeschlussdatei: Story = { args: { data: { agendaItem: item({ result: 'einstimmig beschlossen', resolutionFile }) } } };
/** No text and no file: "Beschlusstext liegt nicht vor" and the minutes of the meeting. */
export const OhneBeschlusstext: Story = { args: { src: sampleOParl('agendaitem/20114') } };

// Access, partial data, inputs

export const NichtOeffentlich: Story = { name: 'Nicht öffentlich', args: { src: sampleOParl('agendaitem/20129') } };
/** The meeting answers 500 and the consultation 403: the decision stands, notes where the rest would be. */
export const TeilweiseGeladen: Story = {
  name: 'Teilweise geladen (verknüpfte Objekte fehlen)',
  args: {
    data: {
      agendaItem: item({
        result: 'mehrheitlich beschlossen (Ja: 9, Nein: 5, Enthaltungen: 1)',
        meetingUrl: `${mockBase}status/500`,
        consultationUrl: `${mockBase}status/403`,
      }),
    },
  },
};
/** A paper (2026/0418): two steps done, the Rat's decision still to come. */
export const VorlageAlsEingabe: Story = { args: { src: sampleOParl('paper/2204') } };
/** A consultation: the decision of its agenda item (HPA, 14.12.2021). */
export const BeratungAlsEingabe: Story = { args: { src: sampleOParl('consultation/8114') } };

// Loading and errors

export const Laden: Story = { args: { src: `${mockBase}hang`, timeout: 600 } };
export const Fehler: Story = { args: { src: `${mockBase}status/500` } };
export const FehlerhaftesJson: Story = { args: { src: `${mockBase}broken-json` } };

export const Englisch: Story = { args: { src: sampleOParl('agendaitem/20117'), lang: 'en' } };
