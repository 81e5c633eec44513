// The mirror's memory stays flat: it holds a small index per listed object, never the objects. A body of heavy
// papers (16 KB titles, 16 MB in all) is mirrored, fully and then incrementally, by a mirror process whose V8
// heap is capped at 32 MB, a third of what holding the papers would take; its live heap (measured right after
// a full garbage collection) must stay under 20 MB. scripts/bench-mirror.mjs does the same for 55,000 objects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureMirror, measureResume } from '../../scripts/bench-mirror.mjs';

describe('mirror memory', () => {
  it('stays flat on a heavy body under a 32 MB heap, full and incremental', async () => {
    const { full, incremental, recent, changes } = await measureMirror({ meetings: 40, papers: 1000, paperWords: 2000, heapMb: 32, sampleMs: 100, changeShare: 0.01 });
    for (const [label, run] of [['full', full], ['incremental', incremental], ['incremental (newest changed)', recent]]) {
      assert.equal(run.summary.errors, 0, `${label}: ${run.summary.problems.join('; ')}`);
      assert.ok(run.peakHeapBytes < 20 * 1048576, `${label} run: peak live heap ${(run.peakHeapBytes / 1048576).toFixed(1)} MB`);
    }
    assert.equal(full.summary.objects, 1 + 1 + 20 + 40 + 1000 + 3);
    assert.equal(incremental.summary.changed, changes);
    // system, bodies, and the four lists once each (one page of changes)
    assert.ok(incremental.requests <= 6, `${incremental.requests} requests for ${changes} changes`);
  });

  it('stays flat when a run resumes an interrupted one (the journal is read line by line)', async () => {
    const { interrupted, resumed } = await measureResume({ meetings: 40, papers: 1000, paperWords: 2000, heapMb: 32, sampleMs: 100, abortAfterPages: 6 });
    assert.equal(interrupted.summary.aborted, true);
    assert.equal(resumed.summary.errors, 0, resumed.summary.problems.join('; '));
    assert.equal(resumed.summary.objects, 1 + 1 + 20 + 40 + 1000 + 3);
    for (const [label, run] of [['interrupted', interrupted], ['resumed', resumed]]) {
      assert.ok(run.peakHeapBytes < 20 * 1048576, `${label} run: peak live heap ${(run.peakHeapBytes / 1048576).toFixed(1)} MB`);
    }
    // 13 list pages in all (organisations, meetings, 10 of papers, locations). The 6 written before the abort
    // are not asked for again: the resumed run asks for the system, the bodies and the other 7 pages at most.
    console.log(`interrupted: ${interrupted.requests} requests, ${(interrupted.peakHeapBytes / 1048576).toFixed(1)} MB; resumed: ${resumed.requests} requests, ${(resumed.peakHeapBytes / 1048576).toFixed(1)} MB`);
    assert.ok(resumed.requests <= 2 + 13 - 6, `${resumed.requests} requests in the resumed run`);
  });
});
