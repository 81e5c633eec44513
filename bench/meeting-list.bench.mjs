// <meeting-list>: the requests it takes for "the next five meetings" of a committee with 2,000 past meetings
// on a server that pages its meeting list oldest first, 25 to a page (as real OParl servers do). Figures, not
// pass/fail: the target (at most 3 requests for the list) is printed beside them.

export const title = '<meeting-list>: requests for the next five meetings of a committee with 2,000 past meetings';

const PAGE_SIZE = 25;
const PAST = 2000;

/** A fake OParl server: one Organization and its meeting list, `past` meetings before now and `upcoming` after. */
function fakeServer(base, { past, upcoming, now }) {
  const day = 86_400_000;
  const meetings = [];
  for (let index = 0; index < past + upcoming; index += 1) {
    // Past meetings every 3 days back from yesterday, upcoming ones every 7 days from tomorrow; oldest first.
    const start = index < past ? now - (past - index) * 3 * day : now + (index - past + 1) * 7 * day;
    meetings.push({
      id: `${base}/meeting/${index + 1}`,
      type: 'https://schema.oparl.org/1.1/Meeting',
      name: `${index + 1}. Sitzung des Ausschusses`,
      start: new Date(start).toISOString(),
      end: new Date(start + 2 * 3_600_000).toISOString(),
      organization: [`${base}/organization/1`],
    });
  }
  const pages = Math.max(1, Math.ceil(meetings.length / PAGE_SIZE));
  const pageUrl = (n) => `${base}/organization/1/meeting${n === 1 ? '' : `?page=${n}`}`;
  return (url) => {
    const { pathname, searchParams } = new URL(url);
    if (pathname.endsWith('/organization/1')) {
      return { id: `${base}/organization/1`, type: 'https://schema.oparl.org/1.1/Organization', name: 'Ausschuss für Soziales', meeting: pageUrl(1) };
    }
    const page = Math.min(pages, Math.max(1, Number(searchParams.get('page')) || 1));
    return {
      data: meetings.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      pagination: { totalElements: meetings.length, elementsPerPage: PAGE_SIZE, currentPage: page, totalPages: pages },
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

export async function run({ browser, origin, log }) {
  const typical = await requestsFor(browser, origin, { past: PAST, upcoming: 6 });
  const list = typical.requested.filter((url) => url.includes('/meeting'));
  log(`next five of ${PAST} past + 6 upcoming (${PAGE_SIZE} per page): ${list.length} list requests + 1 for the committee (target: at most 3 for the list); ${typical.shown} shown`);
  log(`  requested: ${typical.requested.join(', ')}`);
  // Where the boundary between past and upcoming falls on the pages decides whether one more page is needed.
  const counts = [];
  for (let upcoming = 0; upcoming <= PAGE_SIZE + 5; upcoming += 1) {
    const { requested } = await requestsFor(browser, origin, { past: PAST, upcoming });
    counts.push(requested.filter((url) => url.includes('/meeting')).length);
  }
  const worst = Math.max(...counts);
  const over = counts.filter((count) => count > 3).length;
  log(`over 0 to ${PAGE_SIZE + 5} upcoming meetings: ${Math.min(...counts)} to ${worst} list requests; more than 3 in ${over} of ${counts.length} cases (the last page held no past meeting)`);
}
