import { defineConfig } from 'vite';
// @ts-expect-error: plain JavaScript module without type declarations
import { sampleDataPlugin } from './scripts/server/sample-data.mjs';

// `npm start`: the demo page (index.html) on the built-in sample data, served by this dev server itself.
// The library and CDN builds live in scripts/build.mjs.
export default defineConfig({
  plugins: [sampleDataPlugin()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
