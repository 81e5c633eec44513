import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypesOf, descriptionOf, renderElement } from '../.storybook/element-api.js';
import { mockBase, sampleOParl } from '../.storybook/sample-fetch.js';
import '../src/components/meeting-list/define.js';
import { setClock } from '../src/core/clock.js';

/*
 * <meeting-list> in every state, on the built-in sample data (fictitious Herne council data, see
 * sample/README.md) and on failing endpoints. Unless a story says otherwise, "now" is 23.11.2026, so the
 * Sozialausschuss' next meeting is the one of 10.02.2027.
 */

interface Args {
  organization?: string;
  body?: string;
  src?: string;
  count: number;
  show: string;
  from?: string;
  to?: string;
  'agenda-url'?: string;
  feed?: string;
  'heading-level': number;
  timeout: number;
  lang: string;
  /** The pinned "now" of the story (not an attribute). */
  now: string;
}

const meta: Meta<Args> = {
  title: 'meeting-list',
  component: 'meeting-list',
  parameters: { docs: { description: { component: descriptionOf('meeting-list') } } },
  args: { count: 5, show: 'upcoming', lang: 'de', 'heading-level': 2, timeout: 15, now: '2026-11-23T10:00:00+01:00' },
  argTypes: {
    ...argTypesOf('meeting-list'),
    show: { ...argTypesOf('meeting-list')['show'], control: 'inline-radio', options: ['upcoming', 'past', 'both'] },
    lang: { control: 'inline-radio', options: ['de', 'en'], description: 'the page language (the lang attribute)' },
    now: { control: 'text', description: 'pinned "now" for the story (not an attribute)' },
  },
  render: (args) => {
    setClock(Date.parse(args.now));
    return renderElement('meeting-list', { ...args });
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A committee's next meetings; the agenda opens in place. */
export const Committee: Story = { args: { organization: sampleOParl('organization/12') } };

/** The whole council: the next meetings of every committee, each with its committee's name. */
export const Council: Story = { args: { body: sampleOParl('body/1') } };

/** Next and past meetings together; a cancelled one struck through with its notice. */
export const Both: Story = { args: { organization: sampleOParl('organization/12'), show: 'both', count: 3 } };

/** A meeting that is running now ("läuft gerade"). */
export const Running: Story = { args: { organization: sampleOParl('organization/12'), now: '2027-02-10T16:30:00+01:00' } };

/** An upcoming cancelled meeting ("abgesagt"). */
export const Cancelled: Story = { args: { organization: sampleOParl('organization/12'), count: 2, now: '2022-02-01T10:00:00+01:00' } };

/** None planned: "Zurzeit sind keine Sitzungen geplant" with the last one. */
export const NonePlanned: Story = { args: { organization: sampleOParl('organization/12'), now: '2027-04-01T10:00:00+02:00' } };

/** Agenda links to the city's own page, and a calendar to subscribe to. */
export const LinksAndFeed: Story = {
  args: { organization: sampleOParl('organization/12'), 'agenda-url': '/politik/sitzung?src={id}', feed: 'https://ris.herne.example/herne-widgets/organizations/12/meetings.ics' },
};

/** Partial: a mirror index file (`src`) whose committee cannot be loaded; the meeting's name stands in, with a note. */
export const Partial: Story = { args: { src: `${mockBase}meeting-index/upcoming.json` } };

/** In English. */
export const English: Story = { args: { organization: sampleOParl('organization/12'), show: 'both', count: 2, lang: 'en' } };

/** Loading: a server that does not answer (the status stays until the time-out). */
export const Loading: Story = { args: { organization: `${mockBase}hang`, timeout: 3600 } };

/** Error: the server fails (HTTP 500), with "Erneut versuchen". */
export const ServerError: Story = { args: { organization: `${mockBase}status/500` } };

/** Nothing configured: the note for the web editor. */
export const NoSource: Story = { args: {} };
