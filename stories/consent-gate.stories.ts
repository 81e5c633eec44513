import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypesOf, descriptionOf } from '../.storybook/element-api.js';
import { type Args, NONE, page, storeChoice } from './consent-page.js';

/* <consent-gate>: a third-party embed that loads only after consent, on the small page of consent-page.ts. */

const meta: Meta<Args> = {
  title: 'consent-gate',
  component: 'consent-gate',
  parameters: { docs: { description: { component: descriptionOf('consent-gate') } } },
  args: { lang: 'de' },
  argTypes: {
    ...argTypesOf('consent-gate'),
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

/** Refused (or not yet asked): the placeholder says what would load from where, with "Einmal laden". */
export const Placeholder: Story = { args: { stored: NONE } };

/** The placeholder in English. */
export const PlaceholderEnglish: Story = { args: { stored: NONE, lang: 'en' } };

/** Allowed: the embed instead of its placeholder, in the same box. */
export const Allowed: Story = { args: { stored: { youtube: true } } };

/** A gate without a banner on the page: only "Einmal laden". */
export const WithoutBanner: Story = { args: { withoutBanner: true } };
