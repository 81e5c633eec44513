import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ConsentBanner } from '../src/components/consent-banner/consent-banner.js';
import { defaultConfig } from '../src/components/consent-banner/default-config.js';
import type { ConsentConfig } from '../src/components/consent-banner/types.js';
import { type Args, consentMeta, NONE, until } from './consent-page.js';

/* <consent-banner> in every state, with herne.de's built-in configuration, on the small page of consent-page.ts. */

// title and component written out: Storybook's indexer reads them without running the file.
const meta: Meta<Args> = { title: 'consent-banner', component: 'consent-banner', ...consentMeta('consent-banner') };
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

