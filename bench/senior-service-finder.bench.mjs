/* global structuredClone, Event */
// <senior-service-finder> with 2,000 generated services (built from the fictitious sample data, varied).
//
// The budget "loading (parse and index) at most 100 ms" is the way from JSON text to a catalogue that
// can be searched: JSON.parse + normalise (HSDS services to the offers the finder uses; the element's User
// Timing measure "senior-service-finder:normalise") + search index (prepareSearch, the search chunk already
// fetched). Each is a median of its own, the budgeted figure is the median of the per-run sums. Beside it, as
// extra lines: the first screen rendered (the element's own updates and layout, without normalising), the
// total to the first screen and to search ready, and one keystroke's search + filter + render.
//
// The budgeted figure is the median of 21 loads in one page (code warmed up by a first load that is not
// counted, the previous load's garbage collected and a pause between loads). A first visit is slower: one more line
// loads a fresh page each time (code not yet optimised, heap still small), as a figure beside the budget.
// Figures, not pass/fail: the budgets are printed beside them, with the machine's load average.
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

export const title = '<senior-service-finder>: load and keystroke with 2,000 services';

const SERVICES = 2000;
/** Warm runs (median of these) and fresh-page runs. */
const LOAD_RUNS = 21;
const COLD_RUNS = 5;
const QUERIES = ['Pflegeberatung', 'Demenz Cafe', 'Rente', 'Nachbarschaft Wanne', 'Essen auf Rädern', 'Tagespflege', 'Hausnotruf', 'Sicherheit', 'Arzt Sodingen', 'Beratung Eickel'];
const LOAD_BUDGET_MS = 100;
const KEY_BUDGET_MS = 16;
const PAGE = '/bench/pages/senior-service-finder.html';

const QUARTERS = ['Herne-Mitte', 'Baukau-Ost', 'Holsterhausen', 'Herne-Süd', 'Wanne', 'Crange', 'Baukau-West', 'Eickel', 'Röhlinghausen', 'Wanne-Süd', 'Sodingen', 'Börnig', 'Holthausen', 'Horsthausen'];
const PREFIXES = ['Nachbarschaftstreff', 'Stadtteilbüro', 'Seniorenkreis', 'Beratungsstelle', 'Café', 'Gruppe', 'Dienst', 'Initiative', 'Zentrum', 'Verein'];

/** 2,000 services: the 39 sample services over and over, each copy with its own id, name, quarter and hours. */
function generate() {
  const sample = JSON.parse(readFileSync(new URL('../sample/hsds/services.json', import.meta.url), 'utf8')).contents;
  return Array.from({ length: SERVICES }, (_, i) => {
    const service = structuredClone(sample[i % sample.length]);
    const quarter = QUARTERS[i % QUARTERS.length];
    service.id = `bench-${i}`;
    service.name = i < sample.length ? service.name : `${PREFIXES[i % PREFIXES.length]} ${quarter} ${Math.floor(i / sample.length)}: ${service.name}`;
    service.description = `${service.description} Im Stadtteil ${quarter}, Angebot Nummer ${i}.`;
    const address = service.service_at_locations?.[0]?.location?.addresses?.[0];
    if (address) address.region = quarter;
    for (const schedule of service.schedules ?? []) {
      if (schedule.freq === 'WEEKLY' && schedule.opens_at) schedule.opens_at = `${String(8 + (i % 3)).padStart(2, '0')}:00`;
    }
    return service;
  });
}

/** The search chunk the built element imports, so that fresh pages can fetch it before the clock runs. */
function searchChunk() {
  const main = readFileSync(new URL('../dist/cdn/senior-service-finder.js', import.meta.url), 'utf8');
  const name = readdirSync(new URL('../dist/cdn/chunks/', import.meta.url)).find((file) => file.startsWith('search-') && main.includes(`chunks/${file}`));
  return name && `/dist/cdn/chunks/${name}`;
}

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const quartiles = (values) => [sorted(values)[Math.floor((values.length - 1) / 4)], sorted(values)[Math.ceil(((values.length - 1) * 3) / 4)]];
const ms = (value) => `${value.toFixed(1)} ms`;

/** In the page: loads the finder once from the JSON text and times each step. */
async function loadOnce(keep) {
  const stage = document.getElementById('stage');
  const element = document.createElement('senior-service-finder');
  element.setAttribute('no-hash', '');
  const loaded = new Promise((resolve, reject) => {
    element.addEventListener('widget-loaded', resolve, { once: true });
    element.addEventListener('widget-error', reject, { once: true });
  });
  performance.clearMeasures('senior-service-finder:normalise');
  const t0 = performance.now();
  const data = JSON.parse(window.benchText);
  const t1 = performance.now();
  element.data = data;
  stage.append(element);
  await loaded;
  element.getBoundingClientRect();
  const t2 = performance.now();
  await element.prepareSearch();
  const t3 = performance.now();
  const normalise = performance.getEntriesByName('senior-service-finder:normalise').at(-1)?.duration ?? NaN;
  if (keep) window.benchElement = element;
  else element.remove();
  return { parse: t1 - t0, normalise, index: t3 - t2, budgeted: t1 - t0 + normalise + (t3 - t2), render: t2 - t1 - normalise, screen: t2 - t0, ready: t3 - t0 };
}

/** In the page: keystrokes on the results screen ("Alle Angebote") with two filters on, as a person types. */
async function typeQueries(queries) {
  const element = window.benchElement;
  const shadow = element.shadowRoot;
  const allTile = [...shadow.querySelectorAll('.tile')].at(-1);
  const offers = Number(/\d+/.exec(allTile.textContent.split('Alle Angebote')[1])?.[0]);
  allTile.click();
  await element.updateComplete;
  for (const name of ['Kostenlos', 'Stufenloser Zugang']) {
    [...shadow.querySelectorAll('.toggle')].find((button) => button.textContent.includes(name)).click();
    await element.updateComplete;
  }
  const keys = [];
  const counts = [];
  for (const query of queries) {
    const input = shadow.querySelector('#query');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    for (let i = 1; i <= query.length; i += 1) {
      const start = performance.now();
      input.value = query.slice(0, i);
      input.dispatchEvent(new Event('input'));
      await element.updateComplete;
      element.getBoundingClientRect();
      keys.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    counts.push(`"${query}": ${shadow.querySelector('#count').textContent.trim()}`);
  }
  element.remove();
  return { keys, counts, offers };
}

async function openPage(context, origin, body) {
  const page = await context.newPage();
  await page.route('**/bench/fake/services.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(`${origin}${PAGE}`);
  await page.waitForFunction(() => customElements.get('senior-service-finder'));
  await page.evaluate(async () => (window.benchText = await (await fetch('/bench/fake/services.json')).text()));
  return page;
}

/**
 * Between loads: the last load's garbage collected (a visitor's page does not start with 60 MB of it) and a
 * pause, so that no collector's work for one load falls into the next.
 */
const settle = async (page) => {
  await page.evaluate(() => globalThis.gc?.());
  await page.waitForTimeout(50);
};

export async function run({ browser, origin, log }) {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const body = JSON.stringify({ total_items: SERVICES, total_pages: 1, page_number: 1, last_page: true, contents: generate() });
  const loadBefore = loadavg()[0];

  // Warm: one page, loaded again and again (the first load fetches the search chunk and is not counted).
  const page = await openPage(context, origin, body);
  await page.evaluate(loadOnce, false);
  const loads = [];
  for (let i = 0; i < LOAD_RUNS; i += 1) {
    await settle(page);
    loads.push(await page.evaluate(loadOnce, false));
  }
  const loadWarm = loadavg()[0];

  // Cold: a fresh page each time, the search chunk fetched (not run) before the clock starts.
  const chunk = searchChunk();
  const colds = [];
  for (let i = 0; i < COLD_RUNS; i += 1) {
    const fresh = await openPage(context, origin, body);
    if (chunk) await fresh.evaluate((url) => import(url), chunk);
    await settle(fresh);
    colds.push(await fresh.evaluate(loadOnce, false));
    await fresh.close();
  }

  await settle(page);
  await page.evaluate(loadOnce, true);
  const { keys, counts, offers } = await page.evaluate(typeQueries, QUERIES);
  const loadAfter = loadavg()[0];

  const pick = (runs, key) => median(runs.map((times) => times[key]));
  const spread = (runs, key) => quartiles(runs.map((times) => times[key])).map((value) => value.toFixed(1)).join('–');
  const budgeted = pick(loads, 'budgeted');
  const cold = pick(colds, 'budgeted');
  const key = median(keys);
  const verdict = (value, budget) => (value <= budget ? 'ok' : 'OVER');
  log(`${offers} services (${(body.length / 1e6).toFixed(1)} MB of HSDS JSON), headless Chromium`);
  // Shared machines vary a lot; the load average tells how busy this one was (the bench itself keeps about one core busy).
  log(`  machine: ${cpus().length} cores, load average (1 min) ${loadBefore.toFixed(2)} before, ${loadWarm.toFixed(2)} after the warm loads, ${loadAfter.toFixed(2)} at the end`);
  log(`loading (parse + normalise + index), median of ${LOAD_RUNS}: ${ms(budgeted)} (middle half ${spread(loads, 'budgeted')})   budget at most ${LOAD_BUDGET_MS} ms: ${verdict(budgeted, LOAD_BUDGET_MS)}`);
  log(`  JSON.parse ${ms(pick(loads, 'parse'))}, normalise ${ms(pick(loads, 'normalise'))}, search index ${ms(pick(loads, 'index'))} (medians)`);
  log(`  on a fresh page each time (code not yet optimised), median of ${COLD_RUNS}: ${ms(cold)} = parse ${ms(pick(colds, 'parse'))} + normalise ${ms(pick(colds, 'normalise'))} + index ${ms(pick(colds, 'index'))}`);
  log(`first screen rendered (after normalising), median: ${ms(pick(loads, 'render'))}; JSON text to first screen ${ms(pick(loads, 'screen'))}, to search ready ${ms(pick(loads, 'ready'))}`);
  log(`keystroke (search + filter + render), median of ${keys.length}: ${key.toFixed(2)} ms   budget at most ${KEY_BUDGET_MS} ms: ${verdict(key, KEY_BUDGET_MS)}`);
  log(`  slowest keystroke ${ms(Math.max(...keys))}; with "Kostenlos" and "Stufenloser Zugang" on: ${counts.join('; ')}`);
  await context.close();
}
