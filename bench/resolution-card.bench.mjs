// <resolution-card>: how many requests until a decision is on screen, what loads after it, and whether ten
// cards that share papers and meetings fetch any URL twice. Pages: bench/pages/resolution-card*.html (the ten
// cards' page is where the agenda joins them once it is in the bench: add its script and tag there).

export const title = '<resolution-card>: requests (sample data)';

/** Records every fetch() of the page and every widget event, with the number of fetches made by then. */
function recordInPage() {
  const fetches = [];
  const events = [];
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    fetches.push(new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, document.baseURI).pathname);
    return realFetch(input, init);
  };
  for (const type of ['widget-loaded', 'widget-error', 'resolution-settled']) {
    document.addEventListener(
      type,
      (event) => {
        const element = event.composedPath()[0];
        events.push({ type, tag: element.localName, index: [...document.querySelectorAll(element.localName)].indexOf(element), fetches: fetches.length, at: Math.round(performance.now()) });
      },
      true,
    );
  }
  window.__bench = { fetches, events };
}

/** Resolves once every widget on the page has loaded (or failed) and every card has settled. */
function allSettled() {
  const { events } = window.__bench;
  const widgets = [...document.querySelectorAll('body *')].filter((element) => element.localName.includes('-') && window.customElements.get(element.localName));
  const cards = widgets.filter((element) => element.localName === 'resolution-card').length;
  const loaded = new Set(events.filter((event) => event.type !== 'resolution-settled').map((event) => `${event.tag}#${event.index}`));
  const settled = events.filter((event) => event.type === 'resolution-settled').length;
  return widgets.length > 0 && loaded.size >= widgets.length && settled >= cards;
}

async function openBenchPage(browser, url) {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  await page.addInitScript(recordInPage);
  await page.goto(url);
  await page.waitForFunction(allSettled, null, { timeout: 60_000, polling: 50 });
  // Lazy parts (paper chips of an agenda, say) may still start: wait until the network is quiet.
  await page.waitForLoadState('networkidle');
  const recorded = await page.evaluate(() => ({
    ...window.__bench,
    // When each script file of the card was asked for and arrived (its lazy chunks included).
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => ({ name: new URL(entry.name).pathname, start: Math.round(entry.startTime), end: Math.round(entry.responseEnd) })),
  }));
  await context.close();
  return recorded;
}

const oparl = (paths) => paths.filter((path) => path.startsWith('/sample/oparl/'));
const short = (path) => path.replace('/sample/oparl/v1.1/', '');
const repeated = (paths) => [...new Set(paths.filter((path, index) => paths.indexOf(path) !== index))];

export async function run({ browser, origin, requests, log }) {
  // One card, from an AgendaItem URL.
  let before = requests.length;
  const single = await openBenchPage(browser, `${origin}/bench/pages/resolution-card.html`);
  const loaded = single.events.find((event) => event.type === 'widget-loaded');
  const settled = single.events.find((event) => event.type === 'resolution-settled');
  const first = single.fetches.slice(0, loaded.fetches);
  const later = single.fetches.slice(loaded.fetches);
  log(`One card (agendaitem/20117), first render of the decision after ${first.length} request(s) (budget: 1): ${first.map(short).join(', ')}`);
  log(`  rendered at ${loaded.at} ms after navigation start; complete at ${settled.at} ms`);
  log(`  then ${later.length} request(s) for meeting, committee, paper and Beratungsfolge: ${later.map(short).join(', ')}`);
  // The element's file, then the reading code (with the item's request), then the rest (after the first render).
  for (const script of single.scripts) {
    log(`  code: ${script.name.replace('/dist/cdn/', '').replace(/-[\w-]{8}\.js$/, '.js')} asked for at ${script.start} ms, there at ${script.end} ms`);
  }
  const singleServer = oparl(requests.slice(before));
  log(`  server saw ${singleServer.length} OParl request(s), ${repeated(singleServer).length} URL(s) more than once`);

  // Ten cards sharing papers and meetings (and, once added to the page, the agenda).
  before = requests.length;
  const many = await openBenchPage(browser, `${origin}/bench/pages/resolution-cards.html`);
  const server = oparl(requests.slice(before));
  const twice = repeated(server);
  const widgets = new Set(many.events.filter((event) => event.type !== 'resolution-settled').map((event) => `${event.tag}#${event.index}`));
  const lastSettled = Math.max(...many.events.filter((event) => event.type === 'resolution-settled').map((event) => event.at));
  log(`Page with ${widgets.size} widget(s) (${[...new Set([...widgets].map((key) => key.split('#')[0]))].join(', ')}), all complete at ${lastSettled} ms:`);
  log(`  ${server.length} OParl request(s) for ${new Set(server).size} distinct URL(s); fetch() calls in the page: ${oparl(many.fetches).length}`);
  log(`  URLs fetched more than once: ${twice.length} (budget: none)${twice.length ? ` ${twice.map(short).join(', ')}` : ''}`);
  if (first.length > 1 || twice.length) throw new Error('a request budget was exceeded');
}
