// Unit and component tests in real browsers: Debian's Chromium (puppeteer-core) and Firefox ESR (puppeteer
// over WebDriver BiDi). `BROWSERS=chromium` or `BROWSERS=firefox` runs one.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin, setViewportPlugin, emulateMediaPlugin, sendKeysPlugin } from '@web/test-runner-commands/plugins';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from './scripts/browsers.mjs';
import { manifestTestRunnerPlugin } from './scripts/custom-elements-manifest.mjs';
import { sampleDataKoaMiddleware } from './scripts/server/koa-sample-data.mjs';
import { mockApiKoaMiddleware } from './scripts/server/mock-api.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
      // Each test file in a browser context (a window) of its own: pages side by side as tabs of one window
      // are hidden, and a hidden page gets no animation frames, on which fixtures wait.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: true,
        extraPrefsFirefox: { 'network.proxy.type': 0, 'browser.shell.checkDefaultBrowser': false },
      },
      createPage: async ({ browser }) => tolerateScreenOrientation(await browser.newPage()),
      concurrency: 1,
    }),
  );
}

/**
 * Puppeteer 24 sends emulation.setScreenOrientationOverride with every viewport over WebDriver BiDi; Firefox ESR
 * 140 does not know the command, and the call fails while the viewport itself is being set. The tests do not
 * depend on the screen's orientation: that failure is let through, once the page has its new width.
 */
function tolerateScreenOrientation(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
      if (viewport?.width) await page.waitForFunction((width) => window.innerWidth === width, { timeout: 5000 }, viewport.width);
    }
  };
  return page;
}

/** A module worker is started by its built name (`finder.worker.js`); here its TypeScript source is served. */
function workerSources(context, next) {
  const source = context.path.replace(/\.worker\.js$/, '.worker.ts');
  if (source !== context.path && existsSync(`.${source}`)) context.url = context.url.replace(context.path, source);
  return next();
}

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  browsers,
  testsFinishTimeout: 240_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 15_000 } },
  middleware: [workerSources, mockApiKoaMiddleware(), sampleDataKoaMiddleware()],
  plugins: [
    a11ySnapshotPlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
    sendKeysPlugin(),
    // The stories' controls come from the custom elements manifest; the story tests import the stories.
    manifestTestRunnerPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter('.test-results/unit.json')],
};
