/**
 * A lazy chunk's import() that can be tried again. Chromium (150, at least) keeps a failed module fetch for the
 * page's life: the same import() fails again at once, without asking the server, so "Erneut versuchen" could
 * never load the chunk after a dropped connection. After a failure, the next try asks for the address the
 * browser named in its error with `?retry=N` added: a new module to the browser, the same file to the server.
 * (Firefox and Chromium name the address; where an error does not, the same import() is tried again.)
 */
export function importAgain<T>(load: () => Promise<T>): () => Promise<T> {
  let failedAddress: string | undefined;
  let tries = 0;
  return () => {
    const attempt = failedAddress ? (import(/* @vite-ignore */ `${failedAddress}?retry=${tries}`) as Promise<T>) : load();
    return attempt.catch((error: unknown) => {
      failedAddress ??= addressIn(error);
      tries += 1;
      throw error;
    });
  };
}

/** The module address in a failed import()'s message ("Failed to fetch dynamically imported module: https://…"). */
function addressIn(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /\bhttps?:\/\/[^\s?#]+/.exec(message)?.[0];
}
