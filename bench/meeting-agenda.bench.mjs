// <meeting-agenda>: render time of a 300-item agenda against a hand-written vanilla DOM baseline that builds
// the same markup from the same data (both measured in this run, in this browser), and the requests it takes
// to render. Figures, not pass/fail: budgets are printed beside them.

export const title = '<meeting-agenda>: 300-item render against a vanilla DOM baseline, and requests';

const RUNS = 25;

/** A meeting shaped like a real OParl 1.1 answer, with `count` embedded agenda items. */
function bigMeeting(origin, count) {
  const base = `${origin}/bench/fake`;
  const files = (n) => [{ id: `${base}/file/${n}`, type: 'https://schema.oparl.org/1.1/File', name: `Anlage ${n}`, mimeType: 'application/pdf', size: 1000 + n * 37, accessUrl: `${base}/file/${n}.pdf` }];
  return {
    id: `${base}/meeting/1`,
    type: 'https://schema.oparl.org/1.1/Meeting',
    name: '1. Sitzung des Rates',
    start: '2021-12-08T16:00:00+01:00',
    end: '2021-12-08T21:30:00+01:00',
    location: { room: 'Ratssaal', streetAddress: 'Friedrich-Ebert-Platz 2', postalCode: '44623', locality: 'Herne' },
    agendaItem: Array.from({ length: count }, (_, i) => ({
      id: `${base}/agendaitem/${i}`,
      type: 'https://schema.oparl.org/1.1/AgendaItem',
      number: i % 10 === 0 ? `Ö ${i / 10 + 1}` : `Ö ${Math.floor(i / 10) + 1}.${i % 10}`,
      name: `Tagesordnungspunkt ${i + 1} zum Thema Seniorenarbeit im Stadtbezirk;\nhier: Bericht der Verwaltung`,
      public: i < count - 20,
      order: i,
      result: i % 3 === 0 ? 'einstimmig beschlossen' : undefined,
      auxiliaryFile: i % 4 === 0 ? files(i) : undefined,
    })),
    created: '2021-11-01T10:00:00+01:00',
    modified: '2021-12-09T10:00:00+01:00',
  };
}

/**
 * The baseline: the same markup built with createElement/textContent from the raw JSON, in a shadow root with
 * the widget's own style sheets, so that both sides pay the same for style and layout.
 */
function vanillaRender(stage, meeting, sheets) {
  const host = document.createElement('div');
  stage.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const el = (tag, attrs = {}, text) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const article = el('article', { part: 'base' });
  const header = el('header', { part: 'header' });
  header.append(el('div', { role: 'heading', 'aria-level': '2', class: 'meeting-title' }, meeting.name));
  const dl = el('dl');
  const date = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'full', timeStyle: 'short' }).format(new Date(meeting.start));
  dl.append(el('dt', {}, 'Termin'), el('dd', {}, date), el('dt', {}, 'Ort'), el('dd', {}, `${meeting.location.room}, ${meeting.location.streetAddress}`));
  header.append(dl);
  article.append(header);
  const section = el('section');
  section.append(el('div', { role: 'heading', 'aria-level': '3' }, 'Tagesordnung'));
  const list = el('ol', { class: 'agenda' });
  for (const item of meeting.agendaItem) {
    const [title, subtitle] = item.name.split('\n');
    const li = el('li', { id: `top-${item.number.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, part: 'item', tabindex: '-1' });
    const row = el('div', { class: 'row' });
    const body = el('div', { class: 'item-body' });
    const heading = el('div', { role: 'heading', 'aria-level': '5', class: 'item-title' });
    heading.append(el('span', { class: 'visually-hidden' }, `${item.number}: `), title);
    body.append(heading);
    if (subtitle) body.append(el('p', { class: 'item-subtitle' }, subtitle));
    const meta = el('p', { class: 'meta' });
    meta.append(el('span', { class: item.public ? 'publicity' : 'publicity closed' }, item.public ? 'öffentlich' : 'nicht öffentlich'));
    body.append(meta);
    if (item.result) {
      const result = el('p', { class: 'result' });
      result.append(el('strong', {}, 'Ergebnis:'), ` ${item.result}`);
      body.append(result);
    }
    if (item.auxiliaryFile) {
      const files = el('ul', { class: 'files' });
      for (const file of item.auxiliaryFile) {
        const link = el('a', { href: file.accessUrl }, `${file.name} (PDF, ${(file.size / 1000).toFixed(1)} kB)`);
        const entry = el('li');
        entry.append(link);
        files.append(entry);
      }
      body.append(files);
    }
    row.append(el('span', { class: 'number', part: 'number' }, item.number), body, el('a', { class: 'permalink', href: `#${li.id}` }, '#'));
    li.append(row);
    list.append(li);
  }
  section.append(list);
  article.append(section);
  root.append(article);
  return host;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export async function run({ browser, origin, log }) {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  const meeting = bigMeeting(origin, 300);
  await page.route('**/bench/fake/meeting/1', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(meeting) }));
  await page.goto(`${origin}/bench/pages/meeting-agenda.html`);
  await page.waitForFunction(() => customElements.get('meeting-agenda'));

  const timings = await page.evaluate(
    async ({ runs, src, vanillaSource }) => {
      const vanilla = new Function(`return (${vanillaSource})`)();
      const stage = document.getElementById('stage');
      // Warm the shared fetch cache once: what is measured is "data in memory to DOM complete".
      const raw = await (await fetch(src)).json();
      const once = async () => {
        const element = document.createElement('meeting-agenda');
        const loaded = new Promise((resolve) => element.addEventListener('widget-loaded', resolve, { once: true }));
        const start = performance.now();
        element.setAttribute('src', src);
        stage.append(element);
        await loaded;
        // Style and layout are part of "on screen"; both sides pay for them.
        element.getBoundingClientRect();
        const time = performance.now() - start;
        element.remove();
        return time;
      };
      await once();
      // The baseline gets the widget's style sheets.
      const probe = document.createElement('meeting-agenda');
      const probed = new Promise((resolve) => probe.addEventListener('widget-loaded', resolve, { once: true }));
      probe.setAttribute('src', src);
      stage.append(probe);
      await probed;
      const sheets = [...probe.shadowRoot.adoptedStyleSheets];
      probe.remove();
      const widget = [];
      const baseline = [];
      for (let i = 0; i < runs; i += 1) {
        widget.push(await once());
        const start = performance.now();
        const host = vanilla(stage, raw, sheets);
        host.getBoundingClientRect();
        baseline.push(performance.now() - start);
        host.remove();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { widget, baseline };
    },
    { runs: RUNS, src: `${origin}/bench/fake/meeting/1`, vanillaSource: vanillaRender.toString() },
  );
  const widget = median(timings.widget);
  const baseline = median(timings.baseline);
  log(`300 agenda items, median of ${RUNS} runs, data in memory to DOM complete, style and layout included:`);
  log(`  <meeting-agenda>        ${widget.toFixed(1)} ms`);
  log(`  vanilla DOM baseline    ${baseline.toFixed(1)} ms`);
  log(`  ratio                   ${(widget / baseline).toFixed(2)}x   (budget: at most 2x)  ${widget / baseline <= 2 ? 'ok' : 'OVER'}`);

  // Requests until the first render, from the sample data through the sample server.
  const counted = await page.evaluate(async () => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const count = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/sample/oparl/')).map((entry) => new URL(entry.name).pathname);
    performance.clearResourceTimings();
    const one = document.createElement('meeting-agenda');
    const loaded = new Promise((resolve) => one.addEventListener('widget-loaded', resolve, { once: true }));
    one.setAttribute('src', '/sample/oparl/v1.1/meeting/4711');
    stage.append(one);
    await loaded;
    const single = count();
    // Five agendas with the same src, after the cache has expired: one request in all.
    performance.clearResourceTimings();
    const src = '/sample/oparl/v1.1/meeting/4690';
    const five = Array.from({ length: 5 }, () => {
      const element = document.createElement('meeting-agenda');
      element.setAttribute('src', src);
      return element;
    });
    const allLoaded = Promise.all(five.map((element) => new Promise((resolve) => element.addEventListener('widget-loaded', resolve, { once: true }))));
    stage.append(...five);
    await allLoaded;
    const shared = count().filter((path) => path.endsWith('/meeting/4690'));
    return { single, shared };
  });
  log(`requests until the agenda of meeting 4711 is rendered: ${counted.single.length} (${counted.single.join(', ')})`);
  log(`  budget: one for the meeting (agenda items embedded) plus one for the committee's name`);
  log(`requests for the meeting when five agendas with the same src load together: ${counted.shared.length} (budget: one)`);
  await context.close();
}
