import type { StorybookConfig } from '@storybook/web-components-vite';
import { customElementsManifest } from './manifest-plugin.js';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  // The sample data is served as static files; .storybook/sample-fetch.ts answers OParl requests from them,
  // so `storybook dev` and the static build work offline alike.
  staticDirs: [{ from: '../sample', to: '/sample' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), customElementsManifest()] }),
};
export default config;
