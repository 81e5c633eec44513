// herne-widgets mirror on a generated body (5,000 meetings, 50,000 papers); see scripts/bench-mirror.mjs.
import { runMirrorBench } from '../scripts/bench-mirror.mjs';

export const title = 'herne-widgets mirror: 5,000 meetings, 50,000 papers (emulated OParl server)';

export async function run({ log }) {
  await runMirrorBench({ log });
}
