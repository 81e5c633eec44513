import { expect } from '@open-wc/testing';
import { clearFetchCache } from '../../src/core/fetch.js';
import {
  DiscoveryProblem,
  MeetingPager,
  decisionChoices,
  discover,
  filterGroups,
  groupOf,
  groupOrganizations,
  loadOrganizations,
  meetingWithAgenda,
  orderMeetings,
  organizationLabel,
  parseAddress,
  toProblem,
} from '../../src/configurator/discover.js';
import { MESSAGES } from '../../src/configurator/messages.js';
import { normaliseMeeting } from '../../src/oparl/normalise.js';
import type { OParlOrganizationInfo } from '../../src/oparl/types.js';
import { hits, mock } from '../helpers/mock-api.js';

const SAMPLE = `${location.origin}/sample/oparl/v1.1`;

const organization = (name: string, classification?: string, organizationType?: string): OParlOrganizationInfo => ({
  id: `https://x.example/organization/${encodeURIComponent(name)}`,
  name,
  shortName: undefined,
  classification,
  organizationType,
  meetingListUrl: undefined,
  web: undefined,
});

const meetingJson = (n: number, start: string, extra: Record<string, unknown> = {}) => ({
  id: `https://x.example/meeting/${n}`,
  type: 'https://schema.oparl.org/1.1/Meeting',
  name: `Sitzung ${n}`,
  start,
  ...extra,
});

/** Registers a chain of list pages linked as a real server links them. */
async function pagedList(pages: unknown[][], { withLast = true } = {}): Promise<{ first: string; ids: string[] }> {
  const slots = await Promise.all(pages.map(() => mock({ body: {} })));
  const urls = slots.map((slot) => slot.url);
  for (const [index, data] of pages.entries()) {
    const links: Record<string, string> = { first: urls[0]!, self: urls[index]! };
    if (index > 0) links['prev'] = urls[index - 1]!;
    if (index < pages.length - 1) links['next'] = urls[index + 1]!;
    if (withLast) links['last'] = urls[pages.length - 1]!;
    await mock({ replace: slots[index]!.id, body: { data, links } });
  }
  return { first: urls[0]!, ids: slots.map((slot) => slot.id) };
}

async function problemOf(promise: Promise<unknown>): Promise<DiscoveryProblem> {
  try {
    await promise;
  } catch (error) {
    return toProblem(error);
  }
  throw new Error('expected a problem');
}

describe('configurator discovery', () => {
  beforeEach(() => clearFetchCache());

  describe('addresses', () => {
    it('accepts http(s) URLs and paths on this server, and names what is wrong otherwise', () => {
      expect(parseAddress(' https://ris.example.org/oparl/v1/system ', 'http://here/')).to.equal('https://ris.example.org/oparl/v1/system');
      expect(parseAddress('/sample/oparl/v1.1/system', 'http://here/x/')).to.equal('http://here/sample/oparl/v1.1/system');
      expect(() => parseAddress('ris.example.org/oparl', 'http://here/')).to.throw(DiscoveryProblem).with.property('kind', 'not-a-url');
      expect(() => parseAddress('', 'http://here/')).to.throw(DiscoveryProblem).with.property('kind', 'not-a-url');
      expect(() => parseAddress('ftp://ris.example.org/', 'http://here/')).to.throw(DiscoveryProblem).with.property('kind', 'not-http');
    });
  });

  describe('bodies', () => {
    it('finds the body of the sample System through its body list', async () => {
      const found = await discover(`${SAMPLE}/system`, {});
      expect(found.bodies.map((body) => body.name)).to.deep.equal(['Stadt Herne']);
      expect(found.bodies[0]!.organizationListUrl).to.equal(`${SAMPLE}/body/1/organization`);
      expect(found.preselect).to.deep.equal({});
    });

    it('climbs from an agenda item through its meeting and committee to the body, preselecting each', async () => {
      const found = await discover(`${SAMPLE}/agendaitem/20117`, {});
      expect(found.bodies.map((body) => body.id)).to.deep.equal([`${SAMPLE}/body/1`]);
      expect(found.preselect).to.deep.equal({
        agendaItem: `${SAMPLE}/agendaitem/20117`,
        meeting: `${SAMPLE}/meeting/4711`,
        organization: `${SAMPLE}/organization/12`,
        body: `${SAMPLE}/body/1`,
      });
    });

    it('reports an HTML page, a 404, a server error, a non-OParl JSON, an unreachable server and a time-out, each in German', async () => {
      const html = await mock({ body: '<!doctype html><title>Rathaus</title>', headers: { 'content-type': 'text/html' } });
      const missing = await mock({ status: 404, body: '' });
      const failing = await mock({ status: 500, body: '' });
      const foreign = await mock({ body: { hello: 'world' } });
      const hanging = await mock({ hang: true });
      const cases: [() => Promise<unknown>, string, RegExp][] = [
        [() => discover(html.url, {}), 'not-json', /keine OParl-Schnittstelle/],
        [() => discover(missing.url, {}), 'not-found', /gibt es nichts \(HTTP 404\)/],
        [() => discover(failing.url, { timeoutMs: 2000 }), 'http', /HTTP 500/],
        [() => discover(foreign.url, {}), 'not-oparl', /kein OParl-Objekt/],
        [() => discover('http://127.0.0.1:9/oparl', {}), 'unreachable', /CORS/],
        [() => discover(hanging.url, { timeoutMs: 300 }), 'timeout', /nicht innerhalb von 1 Sekunden/],
      ];
      for (const [promise, kind, text] of cases) {
        const problem = await problemOf(promise());
        expect(problem.kind).to.equal(kind);
        expect(MESSAGES.de.problem(problem, 1)).to.match(text);
        expect(MESSAGES.en.problem(problem, 1)).to.be.a('string').and.not.equal(MESSAGES.de.problem(problem, 1));
      }
    });
  });

  describe('organisations', () => {
    it('groups the sample committees as Rat, Ausschüsse, Bezirksvertretungen and others, sorted by name', async () => {
      const found = await discover(`${SAMPLE}/body/1`, {});
      const groups = groupOrganizations(await loadOrganizations(found.bodies[0]!, {}));
      expect(groups.map((group) => [MESSAGES.de.groups[group.kind], group.organizations.length])).to.deep.equal([
        ['Rat', 1],
        ['Ausschüsse', 3],
        ['Bezirksvertretungen', 2],
        ['Weitere', 6],
      ]);
      expect(groups[1]!.organizations.map(organizationLabel)).to.deep.equal([
        'Ausschuss für Planung, Stadtentwicklung und Umwelt (APSU)',
        'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren (ASAGS)',
        'Haupt- und Personalausschuss (HPA)',
      ]);
    });

    it('tells a district council from a council and a committee by classification or name', () => {
      expect(groupOf(organization('Ortschaftsrat Nord', 'Ortschaftsrat'))).to.equal('districts');
      expect(groupOf(organization('Rat der Stadt Bonn'))).to.equal('council');
      expect(groupOf(organization('Stadtrat', 'Stadtrat'))).to.equal('council');
      expect(groupOf(organization('Jugendhilfeausschuss'))).to.equal('committees');
      expect(groupOf(organization('Fraktion Beispiel', 'Fraktion', 'Fraktion'))).to.equal('others');
    });

    it('filters by every word typed, ignoring case and accents', () => {
      const groups = groupOrganizations([organization('Ausschuss für Soziales', 'Ausschuss'), organization('Rat der Stadt', 'Rat')]);
      expect(filterGroups(groups, 'SOZIALES fur').map((group) => group.organizations.map((o) => o.name))).to.deep.equal([['Ausschuss für Soziales']]);
      expect(filterGroups(groups, '   ')).to.equal(groups);
      expect(filterGroups(groups, 'Kultur')).to.deep.equal([]);
    });
  });

  describe('meetings', () => {
    it('orders upcoming meetings soonest first, then past ones newest first; a running meeting is upcoming', () => {
      const meetings = [
        meetingJson(1, '2026-11-23T09:00:00+01:00', { end: '2026-11-23T12:00:00+01:00' }),
        meetingJson(2, '2027-01-01T10:00:00+01:00'),
        meetingJson(3, '2021-01-01T10:00:00+01:00'),
        meetingJson(4, '2026-12-01T10:00:00+01:00', { cancelled: true }),
        meetingJson(5, '2025-01-01T10:00:00+01:00'),
        meetingJson(6, ''),
      ].map((raw) => normaliseMeeting(raw));
      const ordered = orderMeetings(meetings, Date.parse('2026-11-23T10:00:00+01:00'));
      expect(ordered.upcoming.map((meeting) => meeting.name)).to.deep.equal(['Sitzung 1', 'Sitzung 4', 'Sitzung 2']);
      expect(ordered.upcoming[1]!.cancelled).to.be.true;
      expect(ordered.past.map((meeting) => meeting.name)).to.deep.equal(['Sitzung 5', 'Sitzung 3']);
    });

    it('reads the newest page first and then one older page per step, never the whole list at once', async () => {
      const { first, ids } = await pagedList([
        [meetingJson(1, '2019-01-01T10:00:00+01:00')],
        [meetingJson(2, '2020-01-01T10:00:00+01:00')],
        [meetingJson(3, '2021-01-01T10:00:00+01:00')],
        [meetingJson(4, '2027-01-01T10:00:00+01:00')],
      ]);
      const pager = new MeetingPager(first);
      expect(pager.hasMore).to.be.true;
      await pager.loadMore({});
      expect(pager.meetings.map((meeting) => meeting.name)).to.deep.equal(['Sitzung 1', 'Sitzung 4']);
      expect([await hits(ids[1]!), await hits(ids[2]!)]).to.deep.equal([0, 0]);
      expect(pager.hasMore).to.be.true;
      await pager.loadMore({});
      expect(pager.meetings.map((meeting) => meeting.name)).to.deep.equal(['Sitzung 1', 'Sitzung 4', 'Sitzung 3']);
      expect(await hits(ids[1]!)).to.equal(0);
      await pager.loadMore({});
      expect(pager.hasMore).to.be.false;
      expect(pager.meetings).to.have.length(4);
      expect(await hits(ids[0]!)).to.equal(1);
    });

    it('reads forwards one page per step through links.next when the list names no last page', async () => {
      const { first } = await pagedList([[meetingJson(1, '2019-01-01T10:00:00+01:00')], [meetingJson(2, '2020-01-01T10:00:00+01:00')]], { withLast: false });
      const pager = new MeetingPager(first);
      await pager.loadMore({});
      expect(pager.meetings.map((meeting) => meeting.name)).to.deep.equal(['Sitzung 1']);
      expect(pager.hasMore).to.be.true;
      await pager.loadMore({});
      expect(pager.meetings.map((meeting) => meeting.name)).to.deep.equal(['Sitzung 1', 'Sitzung 2']);
      expect(pager.hasMore).to.be.false;
    });

    it('reads all seven sample meetings of the social committee (two pages of five) and marks the cancelled one', async () => {
      const pager = new MeetingPager(`${SAMPLE}/organization/12/meeting`);
      await pager.loadMore({});
      expect(pager.hasMore).to.be.false;
      const ordered = orderMeetings(pager.meetings, Date.parse('2026-11-23T10:00:00+01:00'));
      expect(ordered.upcoming.map((meeting) => meeting.id)).to.deep.equal([`${SAMPLE}/meeting/5301`]);
      expect(ordered.past.map((meeting) => meeting.id.split('/').pop())).to.deep.equal(['5210', '4748', '4733', '4711', '4702', '4690']);
      expect(ordered.past.find((meeting) => meeting.cancelled)?.id).to.equal(`${SAMPLE}/meeting/4733`);
    });

    it('lists the agenda items of a meeting, sub-items after their parent', async () => {
      const pager = new MeetingPager(`${SAMPLE}/organization/12/meeting`);
      await pager.loadMore({});
      const meeting = await meetingWithAgenda(pager.meetings.find((m) => m.id.endsWith('/4711'))!, {});
      const numbers = decisionChoices(meeting).map((item) => item.number);
      expect(numbers.slice(0, 7)).to.deep.equal(['Ö 1', 'Ö 2', 'Ö 3', 'Ö 4', 'Ö 4.1', 'Ö 4.2', 'Ö 5']);
      expect(numbers.at(-1)).to.equal('N 3');
    });
  });
});
