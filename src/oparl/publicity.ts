/*
 * OParl's `public` is three-valued: true, false, or not stated (many servers leave it out). Every text about it
 * picks one of three; kept in a module of its own, so that the message catalogues that use it load nothing else.
 */

/** The text for public, not public, or unknown publicity. */
export function byPublicity<T>(publicity: boolean | undefined, texts: { public: T; closed: T; unknown: T }): T {
  if (publicity === true) return texts.public;
  if (publicity === false) return texts.closed;
  return texts.unknown;
}
