/**
 * A committee on a fake OParl server (the mock API): its Organization and its meeting list, paged oldest
 * first, with a chosen answer to the list filtered by `created_since`, and the requests it received in order.
 */
import { mock, type MockAnswer } from './mock-api.js';

type Json = Record<string, unknown>;

const DAY = 86_400_000;

/** A meeting starting `days` after `now` (negative: before), two hours long, created six weeks before it. */
export function datedMeeting(n: number, now: Date, days: number): Json {
  const start = now.getTime() + days * DAY;
  return {
    id: `https://ris.example/meeting/${n}`,
    type: 'https://schema.oparl.org/1.1/Meeting',
    name: `${n}. Sitzung`,
    start: new Date(start).toISOString(),
    end: new Date(start + 2 * 3_600_000).toISOString(),
    created: new Date(start - 42 * DAY).toISOString(),
  };
}

/**
 * How the server answers `<list>?<filter>`: `honoured` (only the meetings created since then, paged as the
 * whole list is), `ignored` (the whole list's first page, as if there were no query), or a fixed answer.
 */
export type FilterAnswer = 'honoured' | 'ignored' | Pick<MockAnswer, 'status' | 'body'>;

export interface FakeCommittee {
  organization: string;
  /** The meeting list's first page (a Body may link it too). */
  list: string;
  /** The requests to the mock API since this was set up or `clearRequests()`, by name: "committee", "page 2", "recent 1" … */
  requests(): string[];
  clearRequests(): void;
}

const chunks = <T>(items: T[], size: number): T[][] => {
  const pages: T[][] = [];
  for (let at = 0; at < items.length; at += size) pages.push(items.slice(at, at + size));
  return pages.length > 0 ? pages : [[]];
};

/** Registers linked list pages; page 1 at `firstUrl` when given (its answer is then returned, not registered). */
async function listPages(pages: Json[][], firstUrl?: string): Promise<{ urls: string[]; firstId: string | undefined; bodies: Json[] }> {
  const urls: string[] = [];
  const ids: (string | undefined)[] = [];
  for (const [index] of pages.entries()) {
    const slot = index === 0 && firstUrl ? { url: firstUrl, id: undefined } : await mock({ body: {} });
    urls.push(slot.url);
    ids.push(slot.id);
  }
  const last = pages.length - 1;
  const bodies = pages.map((data, index) => ({
    data,
    links: {
      first: urls[0],
      self: urls[index],
      ...(index > 0 ? { prev: urls[index - 1] } : {}),
      ...(index < last ? { next: urls[index + 1] } : {}),
      last: urls[last],
    },
  }));
  for (const [index, body] of bodies.entries()) {
    const id = ids[index];
    if (id !== undefined) await mock({ replace: id, body });
  }
  return { urls, firstId: ids[0], bodies };
}

/**
 * `meetings` oldest first; `filter` is the exact query string the widget is expected to send
 * (`created_since=…`): any other query gets the unfiltered answer, so a wrongly written one shows up.
 */
export async function fakeCommittee(meetings: Json[], options: { pageSize: number; filter: string; since: Date; answer: FilterAnswer }): Promise<FakeCommittee> {
  const { pageSize, filter, since, answer } = options;
  const names = new Map<string, string>();
  const whole = await listPages(chunks(meetings, pageSize));
  whole.urls.forEach((url, index) => names.set(url, `page ${index + 1}`));
  const filteredUrl = `${whole.urls[0]}?${filter}`;
  names.set(filteredUrl, 'recent 1');
  let queries: MockAnswer['queries'];
  if (answer === 'honoured') {
    const recent = meetings.filter((meeting) => Date.parse(String(meeting['created'])) >= since.getTime());
    const filtered = await listPages(chunks(recent, pageSize), filteredUrl);
    filtered.urls.forEach((url, index) => names.set(url, `recent ${index + 1}`));
    queries = { [filter]: { body: filtered.bodies[0] } };
  } else if (answer !== 'ignored') {
    queries = { [filter]: answer };
  }
  await mock({ replace: whole.firstId!, body: whole.bodies[0], ...(queries ? { queries } : {}) });
  const organization = await mock({ body: { id: 'https://ris.example/organization/1', type: 'https://schema.oparl.org/1.1/Organization', name: 'Ausschuss für Soziales', meeting: whole.urls[0] } });
  names.set(organization.url, 'committee');
  // Resource timings hold the requests in the order they were sent; the buffer is cleared so it cannot fill up.
  performance.clearResourceTimings();
  return {
    organization: organization.url,
    list: whole.urls[0]!,
    requests: () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/mock/r/'))
        .map((entry) => names.get(entry.name) ?? entry.name),
    clearRequests: () => performance.clearResourceTimings(),
  };
}
