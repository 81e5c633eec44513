import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type Args, consentMeta, NONE } from './consent-page.js';

/* <consent-gate>: a third-party embed that loads only after consent, on the small page of consent-page.ts. */

// title and component written out: Storybook's indexer reads them without running the file.
const meta: Meta<Args> = { title: 'consent-gate', component: 'consent-gate', ...consentMeta('consent-gate') };
export default meta;
type Story = StoryObj<Args>;

/** Refused (or not yet asked): the placeholder says what would load from where, with "Einmal laden". */
export const Placeholder: Story = { args: { stored: NONE } };

/** The placeholder in English. */
export const PlaceholderEnglish: Story = { args: { stored: NONE, lang: 'en' } };

/** Allowed: the embed instead of its placeholder, in the same box. */
export const Allowed: Story = { args: { stored: { youtube: true } } };

/** A gate without a banner on the page: only "Einmal laden". */
export const WithoutBanner: Story = { args: { withoutBanner: true } };
