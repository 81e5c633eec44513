// <meeting-list>: the requests it takes for "the next five meetings" of a committee with 2,000 past meetings
// on a server that pages its meeting list oldest first, 25 to a page (as real OParl servers do), once on a
// server that honours `created_since` (as OParl requires) and once on one that ignores it. Figures, not
// pass/fail: the target (at most 3 requests in all, the committee's included) is printed beside them.

export const title = '<meeting-list>: requests for the next five meetings of a committee with 2,000 past meetings';

const PAGE_SIZE = 25;
const PAST = 2000;
const TARGET = 3;
const DAY = 86_400_000;

/**
 * A fake OParl server: one Organization and its meeting list, `past` meetings before now and `upcoming` after,
 * each created six weeks before it starts. With `honoursFilter`, `created_since` keeps the meetings created
 * since then, and the list's links keep the filter, as the specification asks.
 */
function fakeServer(base, { past, upcoming, now, honoursFilter, everyDays = 3 }) {
  const meetings = [];
  for (let index = 0; index < past + upcoming; index += 1) {
    // Past meetings every 3 days (or `everyDays`) back from now, upcoming ones every 7 days from now (or
    // `everyDays`); oldest first.
    const start = index < past ? now - (past - index) * everyDays * DAY : now + (index - past + 1) * Math.max(7, everyDays) * DAY;
    meetings.push({
      id: `${base}/meeting/${index + 1}`,
      type: 'https://schema.oparl.org/1.1/Meeting',
      name: `${index + 1}. Sitzung des Ausschusses`,
      start: new Date(start).toISOString(),
      end: new Date(start + 2 * 3_600_000).toISOString(),
      created: new Date(start - 42 * DAY).toISOString(),
      organization: [`${base}/organization/1`],
    });
  }
  return (url) => {
    const { pathname, searchParams } = new URL(url);
    if (pathname.endsWith('/organization/1')) {
      return { id: `${base}/organization/1`, type: 'https://schema.oparl.org/1.1/Organization', name: 'Ausschuss für Soziales', meeting: `${base}/organization/1/meeting` };
    }
    const since = honoursFilter ? searchParams.get('created_since') : null;
    const listed = since === null ? meetings : meetings.filter((meeting) => Date.parse(meeting.created) >= Date.parse(since));
    const pages = Math.max(1, Math.ceil(listed.length / PAGE_SIZE));
    const pageUrl = (n) => {
      const query = [since === null ? '' : `created_since=${since}`, n === 1 ? '' : `page=${n}`].filter(Boolean).join('&');
      return `${base}/organization/1/meeting${query ? `?${query}` : ''}`;
    };
    const page = Math.min(pages, Math.max(1, Number(searchParams.get('page')) || 1));
    return {
      data: listed.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      pagination: { totalElements: listed.length, elementsPerPage: PAGE_SIZE, currentPage: page, totalPages: pages },
      links: { first: pageUrl(1), ...(page > 1 ? { prev: pageUrl(page - 1) } : {}), ...(page < pages ? { next: pageUrl(page + 1) } : {}), last: pageUrl(pages) },
    };
  };
}

/** Loads the list once in a fresh page and returns the URLs it requested from the fake server. */
async function requestsFor(browser, origin, scenario) {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  const now = Date.parse('2026-11-23T10:00:00+01:00');
  await page.clock.setFixedTime(new Date(now));
  const base = `${origin}/bench/fake-oparl`;
  const answer = fakeServer(base, { ...scenario, now });
  const requested = [];
  await page.route(`${base}/**`, (route) => {
    requested.push(route.request().url().slice(base.length));
    return route.fulfill({ contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(answer(route.request().url())) });
  });
  await page.route(`${origin}/bench/fake-page.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="de"><meta charset="utf-8"><script type="module" src="/dist/cdn/meeting-list.js"></script><meeting-list organization="${base}/organization/1" count="5"></meeting-list></html>`,
    }),
  );
  await page.goto(`${origin}/bench/fake-page.html`);
  await page.locator('meeting-list li[part~="meeting"]').first().waitFor();
  const shown = await page.locator('meeting-list li[part~="meeting"]').count();
  await context.close();
  return { requested, shown };
}

const SERVERS = [
  { name: 'honours created_since', honoursFilter: true },
  { name: 'ignores created_since', honoursFilter: false },
];

export async function run({ browser, origin, log }) {
  for (const { name, honoursFilter } of SERVERS) {
    log(`server that ${name}:`);
    const typical = await requestsFor(browser, origin, { past: PAST, upcoming: 6, honoursFilter });
    log(`  next five of ${PAST} past + 6 upcoming (${PAGE_SIZE} per page): ${typical.requested.length} requests in all, the committee's included (target: at most ${TARGET}); ${typical.shown} shown`);
    log(`    requested: ${typical.requested.join(', ')}`);
    // Where the boundary between past and upcoming falls on the pages decides whether one more page is needed.
    const counts = [];
    for (let upcoming = 0; upcoming <= PAGE_SIZE + 5; upcoming += 1) {
      const { requested } = await requestsFor(browser, origin, { past: PAST, upcoming, honoursFilter });
      counts.push(requested.length);
    }
    const over = counts.filter((count) => count > TARGET).length;
    log(`  over 0 to ${PAGE_SIZE + 5} upcoming meetings: ${Math.min(...counts)} to ${Math.max(...counts)} requests in all; more than ${TARGET} in ${over} of ${counts.length} cases (the last page held no past meeting)`);
    const monthly = await requestsFor(browser, origin, { past: 200, upcoming: 6, honoursFilter, everyDays: 28 });
    log(`  a committee meeting every four weeks (200 past, 6 planned): ${monthly.requested.length} requests in all; ${monthly.shown} shown`);
  }
}
