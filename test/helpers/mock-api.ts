/** Client for the programmable test endpoint in scripts/server/mock-api.mjs. */
export interface MockAnswer {
  status?: number;
  /** JSON value, or a raw string (for broken JSON). "{{origin}}" becomes the test server's origin. */
  body?: unknown;
  /** A file of the repository to serve, e.g. "test/fixtures/oparl/bonn_meeting.json". */
  file?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Never answer. */
  hang?: boolean;
  /** Answer `failStatus` (503) this many times before succeeding. */
  failTimes?: number;
  failStatus?: number;
  retryAfter?: number | string;
  /** The id of an answer registered before, to give its URL a new answer. */
  replace?: string;
  /** Answers for exact raw query strings (without "?"), e.g. a list filtered by `created_since`. */
  queries?: Record<string, Pick<MockAnswer, 'status' | 'body' | 'headers'>>;
}

export async function mock(answer: MockAnswer): Promise<{ id: string; url: string }> {
  const response = await fetch('/mock/register', { method: 'POST', body: JSON.stringify(answer) });
  return (await response.json()) as { id: string; url: string };
}

/** How many requests reached a registered answer. */
export async function hits(id: string): Promise<number> {
  const response = await fetch(`/mock/hits/${id}`);
  return ((await response.json()) as { hits: number }).hits;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
