// `engines` in package.json tells the truth: every installed dependency supports each Node line it names, so
// `npm install` prints no EBADENGINE warning (issue 10.10), and this machine's Node is one of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import semver from 'semver';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const supported = manifest.engines.node;
/** The first release of each Node line the range names (20.19.0, 22.13.0, 24.0.0). */
const firstReleases = supported.split('||').map((range) => semver.minVersion(range.trim()).version);

describe('engines', () => {
  it('names Node lines every dependency supports', () => {
    const unsupported = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path || !entry.engines?.node) continue;
      for (const version of firstReleases) {
        if (!semver.satisfies(version, entry.engines.node)) unsupported.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version} needs Node ${entry.engines.node}, not ${version}`);
      }
    }
    assert.deepEqual(unsupported, []);
  });

  it('includes the Node this runs on', () => {
    assert.ok(semver.satisfies(process.version, supported), `${process.version} is not in ${supported}`);
  });
});
