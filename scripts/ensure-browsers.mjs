// Checks for Debian's Chromium and Firefox ESR. As root with apt-get it installs them; otherwise it says
// exactly what to run. Test tools never download browsers of their own here.
import { spawnSync } from 'node:child_process';
import { chromiumPath, firefoxPath } from './browsers.mjs';

export function ensureBrowsers({ chromium = true, firefox = true } = {}) {
  const missing = [];
  if (chromium && !chromiumPath()) missing.push('chromium');
  if (firefox && !firefoxPath()) missing.push('firefox-esr');
  if (missing.length === 0) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`Installing Debian's ${missing.join(' and ')} ...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
    if (install && install.status === 0 && (!chromium || chromiumPath()) && (!firefox || firefoxPath())) return true;
  }
  console.error(
    `The tests need ${missing.join(' and ')}, which is not installed.\n` +
      `Install it with:\n\n    sudo apt-get install -y ${missing.join(' ')}\n\n` +
      'or point CHROME_PATH / FIREFOX_PATH at an installed Chromium / Firefox.',
  );
  return false;
}
