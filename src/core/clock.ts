/*
 * The widgets' notion of "now" (upcoming meetings, "open now"). Tests and stories pin it with `setClock`;
 * page tests pin the browser clock instead.
 */
let pinned: (() => number) | undefined;

/** Milliseconds since the epoch, as Date.now(), unless a clock is pinned. */
export function now(): number {
  return pinned ? pinned() : Date.now();
}

/** Pins the clock to a fixed instant or a function; `undefined` restores the real clock. */
export function setClock(clock: number | Date | (() => number) | undefined): void {
  if (clock === undefined) pinned = undefined;
  else if (typeof clock === 'function') pinned = clock;
  else {
    const fixed = typeof clock === 'number' ? clock : clock.getTime();
    pinned = () => fixed;
  }
}
