import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypesOf, descriptionOf } from '../.storybook/element-api.js';
import type { ConsentBanner } from '../src/components/consent-banner/consent-banner.js';
import { defaultConfig } from '../src/components/consent-banner/default-config.js';
import type { ConsentConfig } from '../src/components/consent-banner/types.js';
import { type Args, NONE, page, storeChoice, until } from './consent-page.js';

/* <consent-banner> in every state, with herne.de's built-in configuration, on the small page of consent-page.ts. */

const meta: Meta<Args> = {
  title: 'consent-banner',
  component: 'consent-banner',
  parameters: { docs: { description: { component: descriptionOf('consent-banner') } } },
  args: { lang: 'de' },
  argTypes: {
    ...argTypesOf('consent-banner'),
    lang: { control: 'inline-radio', options: ['de', 'en'], description: 'the page language (the lang attribute)' },
    stored: { control: 'object', description: 'the stored choice when the story starts (none: first visit)' },
    jsonChild: { control: 'object', description: "the banner's JSON child: a configuration of its own (none: the built-in one)" },
  },
  render: (args) => {
    storeChoice(args.stored);
    return page(args);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The first visit: the modal question, three equal buttons, no close button. */
export const FirstVisit: Story = {};

/** The first visit in English. */
export const English: Story = { args: { lang: 'en' } };

/** The settings, reached from the first layer ("Einstellungen"): every switch off, details per service. */
export const Settings: Story = {
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector<ConsentBanner>('consent-banner')!;
    const button = await until(() => [...(banner.querySelectorAll<HTMLButtonElement>(':scope > dialog button') ?? [])].find((candidate) => candidate.textContent === 'Einstellungen'));
    button.click();
  },
};

/** The settings reopened later (any `data-consent-open`): the current choice, here YouTube allowed. */
export const SettingsWithAChoice: Story = { args: { stored: { youtube: true }, openSettings: true } };

/** Everything refused: the video's placeholder, nothing loaded, no question. */
export const AllRefused: Story = { args: { stored: NONE } };

/** Everything allowed. */
export const AllAllowed: Story = { args: { stored: { etracker: true, readspeaker: true, 'google-translate': true, youtube: true } } };

/** eTracker allowed alone: it may set cookies (nothing shows on the page; the status line says so). */
export const EtrackerAllowed: Story = { args: { stored: { etracker: true } } };

/** ReadSpeaker allowed alone: its button appears. */
export const ReadSpeakerAllowed: Story = { args: { stored: { readspeaker: true } } };

/** Google Translate allowed alone: its widget appears. */
export const GoogleTranslateAllowed: Story = { args: { stored: { 'google-translate': true } } };

/** YouTube allowed alone: the video instead of its placeholder, in the same box. */
export const YouTubeAllowed: Story = { args: { stored: { youtube: true } } };

/** An invalid configuration: nothing optional, no question; the settings say so (the console names the problem). */
export const InvalidConfiguration: Story = {
  args: { jsonChild: { ...defaultConfig, validityDays: 999 } satisfies ConsentConfig, openSettings: true },
};

/** On a legal page (here: every page of this story) the question does not block: the page stays readable. */
export const LegalPageNotBlocking: Story = {
  args: { jsonChild: { ...defaultConfig, legalPages: [location.pathname] } satisfies ConsentConfig },
};

