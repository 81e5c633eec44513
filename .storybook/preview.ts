/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import './preview.css';
import './sample-fetch.js';

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    lang: {
      description: 'Sprache der Widgets',
      toolbar: { title: 'Sprache', icon: 'globe', items: [{ value: 'de', title: 'Deutsch' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'de' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals['lang'] as string | undefined) ?? 'de';
      return story();
    },
  ],
};
export default preview;
