import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypesOf, descriptionOf, renderElement } from '../.storybook/element-api.js';
import { mockBase, sampleOParl } from '../.storybook/sample-fetch.js';
import '../src/components/meeting-agenda/define.js';
import { setClock } from '../src/core/clock.js';

/*
 * <meeting-agenda> in every state, on the built-in sample data (fictitious Herne council data, see
 * sample/README.md) and on failing endpoints. Unless a story says otherwise, "now" is 23.11.2026, so the
 * Sozialausschuss' next meeting is the one of 10.02.2027.
 */

interface Args {
  src?: string;
  organization?: string;
  'heading-level': number;
  timeout: number;
  lang: string;
  /** The pinned "now" of the story (not an attribute). */
  now: string;
}

const meta: Meta<Args> = {
  title: 'meeting-agenda',
  component: 'meeting-agenda',
  parameters: { docs: { description: { component: descriptionOf('meeting-agenda') } } },
  args: { lang: 'de', 'heading-level': 2, timeout: 15, now: '2026-11-23T10:00:00+01:00' },
  argTypes: {
    ...argTypesOf('meeting-agenda'),
    lang: { control: 'inline-radio', options: ['de', 'en'], description: 'the page language (the lang attribute)' },
    now: { control: 'text', description: 'pinned "now" for the story (not an attribute)' },
  },
  render: (args) => {
    setClock(Date.parse(args.now));
    return renderElement('meeting-agenda', { ...args });
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The key meeting: public and non-public parts, sub-items, results, files, documents, paper chips. */
export const Meeting: Story = { args: { src: sampleOParl('meeting/4711') } };

/** The same meeting in English. */
export const English: Story = { args: { src: sampleOParl('meeting/4711'), lang: 'en' } };

/** A committee: its next meeting (here with an agenda not yet published and no end time). */
export const CommitteeNextMeeting: Story = { args: { organization: sampleOParl('organization/12') } };

/** A committee with no meeting planned: its latest one, and a note that says so. */
export const CommitteeLatestMeeting: Story = { args: { organization: sampleOParl('organization/12'), now: '2027-06-01T10:00:00+02:00' } };

/** A cancelled meeting: struck through, with a notice, the agenda kept for information. */
export const Cancelled: Story = { args: { src: sampleOParl('meeting/4733') } };

/** While the meeting runs. */
export const Running: Story = { args: { src: sampleOParl('meeting/4711'), now: '2021-12-08T16:45:00+01:00' } };

/** An upcoming council meeting: agenda and invitation published, no results yet. */
export const Upcoming: Story = { args: { src: sampleOParl('meeting/5320') } };

/** Empty agenda: "Die Tagesordnung ist noch nicht veröffentlicht." */
export const EmptyAgenda: Story = { args: { src: sampleOParl('meeting/5301') } };

/** Loading: a server that does not answer (the status stays until the time-out). */
export const Loading: Story = { args: { src: `${mockBase}hang`, timeout: 3600 } };

/** Error: the meeting does not exist (HTTP 404). */
export const NotFound: Story = { args: { src: `${mockBase}status/404` } };

/** Error: the server fails (HTTP 500). */
export const ServerError: Story = { args: { src: `${mockBase}status/500` } };

/** Error: the answer is not valid JSON (as the Braunschweig ALLRIS capture). */
export const BrokenJson: Story = { args: { src: `${mockBase}broken-json` } };

/** Error: no answer within the time-out (2 seconds here). */
export const TimedOut: Story = { args: { src: `${mockBase}hang`, timeout: 2 } };

/** Nothing configured: the note for the web editor. */
export const NoSource: Story = { args: {} };
