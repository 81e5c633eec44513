import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypesOf, descriptionOf, renderElement } from '../.storybook/element-api.js';
import { mockBase, sampleBase } from '../.storybook/sample-fetch.js';
import '../src/components/senior-service-finder/define.js';
import type { SeniorServiceFinder } from '../src/components/senior-service-finder/senior-service-finder.js';
import { setClock } from '../src/core/clock.js';

/*
 * <senior-service-finder> in every state, on the built-in sample data (fictitious offers for older people in
 * Herne, see sample/hsds/README.md). "Now" is Monday 23.11.2026, 10:15: the counselling offices are open.
 * A story's screen is set through the URL hash (results, detail, Merkliste), as a shared link would do.
 */

interface Args {
  src?: string;
  data?: unknown;
  lang: string;
  map: boolean;
  'stale-after-months': number;
  /** The URL hash the story opens with. */
  hash: string;
  /** Saved offer ids (the Merkliste) and text size (1–3), as if kept from an earlier visit. */
  saved: string[];
  textSize: number;
}

const NOW = new Date('2026-11-23T10:15:00+01:00');
const SAMPLE = `${sampleBase}hsds/services.json`;
const PREFIX = 'herne-widgets.senior-service-finder.';
/** Seniorenberatung Herne-Mitte, Tagespflege Sodingen and Seniorenberatung Sodingen (checked in 2024). */
const COUNSELLING = '5e2a0001-0000-4000-8000-000000000009';
const DAY_CARE = '5e2a0001-0000-4000-8000-000000000371';
const OLD_ENTRY = '5e2a0001-0000-4000-8000-000000000068';

const meta: Meta<Args> = {
  title: 'senior-service-finder',
  component: 'senior-service-finder',
  parameters: { docs: { description: { component: descriptionOf('senior-service-finder') } } },
  args: { src: SAMPLE, lang: 'de', map: false, 'stale-after-months': 12, hash: '', saved: [], textSize: 1 },
  argTypes: {
    ...argTypesOf('senior-service-finder'),
    lang: { control: 'inline-radio', options: ['de', 'en'], description: 'the page language (the lang attribute)' },
    hash: { control: 'text', description: 'Zustand in der Adresse, z. B. thema=pflege&filter=jetzt' },
    textSize: { control: { type: 'inline-radio' }, options: [1, 2, 3] },
    saved: { control: false },
    data: { control: false, description: 'the data property: HSDS services handed over instead of src' },
  },
  decorators: [
    (story, { args }) => {
      // Opening hours depend on "now": pinned, so every story looks the same every day.
      setClock(NOW);
      history.replaceState(history.state, '', `${location.pathname}${location.search}${args.hash ? `#${args.hash}` : ''}`);
      try {
        localStorage.setItem(`${PREFIX}merkliste`, JSON.stringify(args.saved));
        localStorage.setItem(`${PREFIX}text-size`, String(args.textSize));
      } catch {
        // Storage refused: the story shows an empty Merkliste in normal size.
      }
      return story();
    },
  ],
  render: (args) => {
    const finder = renderElement('senior-service-finder', { ...args }) as SeniorServiceFinder;
    if (args.data !== undefined) finder.data = args.data;
    return finder;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The first screen: topic tiles with counts, one search box, the district choice. */
export const Start: Story = {};

/** While the data loads (this endpoint never answers): a polite status message. */
export const Loading: Story = { args: { src: `${mockBase}hang` } };

/** A topic opened from its tile: count, filters with counts, cards with today's hours. */
export const Results: Story = { args: { hash: 'thema=pflege' } };

/** Search words and filters, as a social worker would send them as a link. */
export const ResultsFromLink: Story = { args: { hash: 'thema=beratung&ort=herne-mitte&filter=jetzt,stufenlos&suche=Rente' } };

/** No offer for this combination: the finder offers to leave out the last filter and says what that brings. */
export const EmptyResult: Story = { args: { hash: 'thema=sicherheit&filter=hausbesuch,schleife' } };

/** One offer: call, e-mail, way, website; the number in large type; weekly hours in words; who, how, what to bring. */
export const Detail: Story = { args: { hash: `thema=beratung&angebot=${COUNSELLING}` } };

/** An entry last checked more than twelve months ago gets a soft warning. */
export const DetailStale: Story = { args: { hash: `angebot=${OLD_ENTRY}` } };

/** The Merkliste, kept on the device, printable in large type. */
export const Merkliste: Story = { args: { hash: 'merkliste=1', saved: [COUNSELLING, DAY_CARE, 'nicht-mehr-da'] } };

/** The server answers with an error: plain German and "Erneut versuchen". */
export const Error: Story = { args: { src: `${mockBase}status/500` } };

/** The answer is not valid JSON. */
export const BrokenJson: Story = { args: { src: `${mockBase}broken-json` } };

/** Half-broken data: the readable services are shown and the finder says how many could not be read. */
export const PartialData: Story = {
  args: {
    src: undefined,
    data: [
      { id: 'a', name: 'Seniorentreff Beispiel', description: 'Kaffee und Gespräche.', attributes: [{ link_type: 'topic', value: 'gemeinschaft' }] },
      { id: 'b' },
      'kaputt',
      { id: 'c', name: 42 },
      { id: 'd', name: 'Hausnotruf Beispiel', service_areas: [{ name: 'Ganz Herne' }], attributes: [{ link_type: 'topic', value: 'alltag' }] },
    ],
  },
};

/** An HSDS API whose second page fails: what arrived is shown, and the list says it is incomplete. */
export const IncompleteApi: Story = { args: { src: `${sampleBase}hsds/api/fail-from-page-2` } };

/** The same offers read page by page from the HSDS API emulation. */
export const FromApi: Story = { args: { src: `${sampleBase}hsds/api/` } };

/** English. */
export const English: Story = { args: { lang: 'en', hash: 'thema=pflege' } };

/** Text size "A++" (remembered from an earlier visit). */
export const LargeText: Story = { args: { textSize: 3, hash: 'thema=gemeinschaft' } };

/** With the optional map: nothing is loaded until "Karte anzeigen" is pressed (then tiles from OpenStreetMap). */
export const WithMap: Story = { args: { map: true, hash: 'thema=beratung' } };

/** No data source given. */
export const NoSource: Story = { args: { src: undefined } };
