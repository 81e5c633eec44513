/*
 * The Merkliste and the text size stay on the visitor's device in localStorage (no cookies, nothing sent).
 * Storage may be missing or refuse (private windows, sandboxed frames, full quota): the finder then simply
 * forgets when the page closes.
 */
const PREFIX = 'herne-widgets.senior-service-finder.';

export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(PREFIX + key);
    else globalThis.localStorage?.setItem(PREFIX + key, value);
  } catch {
    // Not stored; the setting still holds for this visit.
  }
}

/** The saved offer ids; anything that is not a list of short strings reads as empty. */
export function readSavedIds(): string[] {
  try {
    const value: unknown = JSON.parse(readStored('merkliste') ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && id.length <= 200).slice(0, 200) : [];
  } catch {
    return [];
  }
}

export function writeSavedIds(ids: readonly string[]): void {
  writeStored('merkliste', ids.length ? JSON.stringify(ids) : null);
}
