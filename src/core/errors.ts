/** Why loading data failed. Each kind has its own plain-language message in the catalogues. */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'invalid-json' | 'invalid-data';

/** A failed load, with enough detail to explain it to a person and to a developer. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  readonly kind: LoadErrorKind;
  /** The URL that failed, when the failure is tied to one request. */
  readonly url: string | undefined;
  /** The HTTP status for `kind: 'http'`. */
  readonly status: number | undefined;
  /** The parsed JSON body of an HTTP error response, if it had one (some servers explain errors there). */
  readonly body: unknown;

  constructor(kind: LoadErrorKind, message: string, options: { url?: string; status?: number; body?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.url = options.url;
    this.status = options.status;
    this.body = options.body;
  }
}

/** Thrown by data layers when JSON parsed but does not have the expected shape. */
export function invalidData(message: string, url?: string): LoadError {
  return new LoadError('invalid-data', message, url === undefined ? {} : { url });
}

/** Turns anything thrown into a LoadError, so rendering never sees an unknown value. */
export function toLoadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new LoadError('invalid-data', message, { cause: error });
}

export function isAbortError(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === 'AbortError';
}
