// Where the test browsers are. They come from Debian (apt-get install chromium firefox-esr), never from a
// download by a test tool; CHROME_PATH and FIREFOX_PATH override.
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function chromiumPath() {
  return process.env.CHROME_PATH || CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

export function firefoxPath() {
  return process.env.FIREFOX_PATH || FIREFOX_CANDIDATES.find((path) => existsSync(path));
}

/** Flags for headless Chromium on a machine whose only network is loopback. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Test pages run side by side in tabs; a tab in the background must not have its timers and frames slowed.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];
