import { render, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isAbortError } from '../core/errors.js';
import { formatDate } from '../core/i18n.js';
import { html } from '../core/template.js';
import { finderMessages } from '../components/senior-service-finder/senior-service-finder.messages.js';
import { PLACE_LIST, TOPICS, type Topic } from '../hsds/finder/catalogue.js';
import { EMPTY_STATE, writeHash } from '../hsds/finder/state.js';
import type { AgendaItemInfo, MeetingInfo, OParlOrganizationInfo } from '../oparl/types.js';
import { EMPTY_SERVICE, consentChild, consentFormProblem, type ConsentForm, type ServiceForm } from './consent-form.js';
import {
  MeetingPager,
  decisionChoices,
  discover,
  filterGroups,
  groupOrganizations,
  loadOrganizations,
  meetingWithAgenda,
  orderMeetings,
  organizationLabel,
  parseAddress,
  toProblem,
  type Discovery,
  type OrganizationGroup,
} from './discover.js';
import { MESSAGES, type PageLocale } from './messages.js';
import { optionsFromManifest, type OptionField } from './options.js';
import { buildSnippet } from './snippet.js';

/*
 * The embed builder page (dist/cdn/configurator.html): find the data, see the element, copy the tag. One
 * state object, rendered with Lit into the page's light DOM on every change. Data comes from discover.ts,
 * the options from the custom elements manifest, the code from snippet.ts.
 */

type What = 'next' | 'meeting' | 'decision' | 'finder' | 'consent';
type Tag = 'meeting-agenda' | 'resolution-card' | 'senior-service-finder' | 'consent-banner';

const TAG_OF: Record<What, Tag> = {
  next: 'meeting-agenda',
  meeting: 'meeting-agenda',
  decision: 'resolution-card',
  finder: 'senior-service-finder',
  consent: 'consent-banner',
};

/** The attributes the builder sets from its own choices, so they are no option fields. */
const OWN_ATTRIBUTES: Record<Tag, string[]> = {
  'meeting-agenda': ['src', 'organization'],
  'resolution-card': ['src'],
  'senior-service-finder': ['src'],
  'consent-banner': ['config'],
};

/** The elements' code, loaded only for the preview that shows them. */
const LOADERS: Record<Tag, () => Promise<unknown>> = {
  'meeting-agenda': () => import('../components/meeting-agenda/define.js'),
  'resolution-card': () => import('../components/resolution-card/define.js'),
  'senior-service-finder': () => import('../components/senior-service-finder/define.js'),
  'consent-banner': () => Promise.resolve(),
};

const params = new URLSearchParams(location.search);
const locale: PageLocale = params.get('lang') === 'en' ? 'en' : 'de';
const messages = MESSAGES[locale];
/** German first; the English text where the page is shown in English. */
const t = (german: string, english: string): string => (locale === 'en' ? english : german);
const DEV = (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;
const timeoutSeconds = Math.max(1, Number(params.get('timeout')) || 15);
const requestOptions = () => ({ timeoutMs: timeoutSeconds * 1000 });

/** The element files' address: the page's configuration (meta herne-widgets-cdn), else the page's own folder. */
function cdnBase(): string {
  const configured = document.querySelector<HTMLMetaElement>('meta[name="herne-widgets-cdn"]')?.content.trim();
  if (configured) return new URL(configured, location.href).href;
  return new URL(DEV ? '/dist/cdn/' : '.', location.href).href;
}

interface State {
  address: string;
  busy: string | undefined;
  problem: string | undefined;
  discovery: Discovery | undefined;
  bodyId: string | undefined;
  organizations: OParlOrganizationInfo[];
  groups: OrganizationGroup[];
  filter: string;
  organizationId: string | undefined;
  pager: MeetingPager | undefined;
  meetingsProblem: string | undefined;
  meetingId: string | undefined;
  agendaItems: AgendaItemInfo[];
  agendaItemId: string | undefined;
  what: What;
  /** Option values by attribute name, shared by the elements that have the attribute (heading-level, timeout). */
  options: Record<string, string | boolean>;
  lang: string;
  finderSrc: string;
  finderTopic: string;
  finderPlace: string;
  consent: ConsentForm;
  manifest: unknown;
  manifestProblem: boolean;
  copyStatus: string;
}

const state: State = {
  address: params.get('oparl') ?? '',
  busy: undefined,
  problem: undefined,
  discovery: undefined,
  bodyId: undefined,
  organizations: [],
  groups: [],
  filter: '',
  organizationId: undefined,
  pager: undefined,
  meetingsProblem: undefined,
  meetingId: undefined,
  agendaItems: [],
  agendaItemId: undefined,
  what: 'next',
  options: {},
  lang: '',
  finderSrc: params.get('hsds') ?? '',
  finderTopic: '',
  finderPlace: '',
  consent: {
    privacyUrl: '',
    imprintUrl: '',
    revision: '1',
    services: [{ ...EMPTY_SERVICE }],
  },
  manifest: undefined,
  manifestProblem: false,
  copyStatus: '',
};

const root = document.getElementById('configurator')!;
/** Each load gets a number; an answer to an older one is dropped (the person has typed on). */
let generation = 0;

function update(changes: Partial<State> = {}): void {
  Object.assign(state, changes);
  render(view(), root);
  updatePreview();
}

// ---------------------------------------------------------------------------------------------------------
// Loading

async function loadAddress(): Promise<void> {
  let url: string;
  try {
    url = parseAddress(state.address, location.href);
  } catch (error) {
    update({ problem: messages.problem(toProblem(error), timeoutSeconds) });
    return;
  }
  const mine = ++generation;
  update({ busy: t('Die Adresse wird gelesen …', 'Reading the address …'), problem: undefined });
  try {
    const discovery = await discover(url, requestOptions());
    if (mine !== generation) return;
    const bodyId = discovery.preselect.body ?? discovery.bodies[0]?.id;
    const body = discovery.bodies.find((candidate) => candidate.id === bodyId);
    update({ busy: t('Die Gremien werden geladen …', 'Loading the committees …') });
    const organizations = body ? await loadOrganizations(body, requestOptions()) : [];
    if (mine !== generation) return;
    // Only now, with the address and its committees read, does the new source replace the previous valid choice.
    update({ discovery, bodyId, pager: undefined, meetingId: undefined, agendaItems: [], agendaItemId: undefined });
    if (discovery.preselect.agendaItem) update({ what: 'decision' });
    else if (discovery.preselect.meeting) update({ what: 'meeting' });
    await showOrganizations(mine, organizations);
  } catch (error) {
    if (isAbortError(error) || mine !== generation) return;
    update({ busy: undefined, problem: messages.problem(toProblem(error), timeoutSeconds) });
  }
}

async function loadBody(mine: number): Promise<void> {
  const body = state.discovery?.bodies.find((candidate) => candidate.id === state.bodyId);
  if (!body) return;
  update({ busy: t('Die Gremien werden geladen …', 'Loading the committees …') });
  let organizations: OParlOrganizationInfo[];
  try {
    organizations = await loadOrganizations(body, requestOptions());
  } catch (error) {
    if (mine === generation) update({ busy: undefined, problem: messages.problem(toProblem(error), timeoutSeconds) });
    return;
  }
  if (mine !== generation) return;
  await showOrganizations(mine, organizations);
}

/** The committees of the chosen body, the preselected (or first with meetings) chosen, and its meetings. */
async function showOrganizations(mine: number, organizations: OParlOrganizationInfo[]): Promise<void> {
  const preselected = state.discovery?.preselect.organization;
  const withMeetings = organizations.filter((organization) => organization.meetingListUrl !== undefined);
  const organizationId = organizations.some((organization) => organization.id === preselected) ? preselected : withMeetings[0]?.id;
  update({ organizations, groups: groupOrganizations(organizations), organizationId, busy: undefined });
  await loadMeetings(mine);
}

async function loadMeetings(mine: number): Promise<void> {
  const organization = state.organizations.find((candidate) => candidate.id === state.organizationId);
  if (!organization?.meetingListUrl) {
    update({ pager: undefined, meetingId: undefined, agendaItems: [], agendaItemId: undefined, meetingsProblem: undefined });
    return;
  }
  const pager = new MeetingPager(organization.meetingListUrl);
  update({ pager, meetingId: undefined, agendaItems: [], agendaItemId: undefined, meetingsProblem: undefined });
  await loadMoreMeetings(mine, pager);
}

async function loadMoreMeetings(mine: number, pager: MeetingPager): Promise<void> {
  update({ busy: t('Die Sitzungen werden geladen …', 'Loading the meetings …') });
  try {
    await pager.loadMore(requestOptions());
  } catch (error) {
    if (mine !== generation || pager !== state.pager) return;
    update({ busy: undefined, meetingsProblem: messages.problem(toProblem(error), timeoutSeconds) });
    return;
  }
  if (mine !== generation || pager !== state.pager) return;
  const preselected = state.discovery?.preselect.meeting;
  let meetingId = state.meetingId;
  if (meetingId === undefined) {
    const ordered = orderMeetings(pager.meetings, Date.now());
    meetingId = pager.meetings.some((meeting) => meeting.id === preselected) ? preselected : (ordered.upcoming[0] ?? ordered.past[0])?.id;
  }
  update({ busy: undefined, meetingId });
  // The agenda is read only for a decision: a meeting list rarely embeds it, so it costs a request.
  if (state.what === 'decision') await loadAgenda(mine);
}

async function loadAgenda(mine: number): Promise<void> {
  const meeting = state.pager?.meetings.find((candidate) => candidate.id === state.meetingId);
  if (!meeting) return;
  let full: MeetingInfo;
  try {
    full = await meetingWithAgenda(meeting, requestOptions());
  } catch (error) {
    if (mine !== generation) return;
    update({ meetingsProblem: messages.problem(toProblem(error), timeoutSeconds) });
    return;
  }
  if (mine !== generation || meeting.id !== state.meetingId) return;
  const agendaItems = decisionChoices(full);
  const preselected = state.discovery?.preselect.agendaItem;
  const withResult = agendaItems.find((item) => item.result !== undefined);
  const agendaItemId = agendaItems.some((item) => item.id === preselected) ? preselected : (withResult ?? agendaItems[0])?.id;
  update({ agendaItems, agendaItemId });
}

async function loadManifest(): Promise<void> {
  const address = document.querySelector<HTMLMetaElement>('meta[name="herne-widgets-manifest"]')?.content || 'custom-elements.json';
  try {
    const response = await fetch(new URL(DEV ? '/dist/custom-elements.json' : address, location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    update({ manifest: (await response.json()) as unknown });
  } catch {
    update({ manifestProblem: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
// The snippet

type Attributes = [string, string | true | undefined][];

/** The element's attributes from the choices, or what is still missing. */
function attributes(): { tag: Tag; attributes: Attributes; child?: string } | { missing: string } {
  const tag = TAG_OF[state.what];
  const own: Attributes = [];
  switch (state.what) {
    case 'next':
      if (!state.organizationId) return { missing: t('Wählen Sie zuerst ein Gremium.', 'Choose a committee first.') };
      own.push(['organization', state.organizationId]);
      break;
    case 'meeting':
      if (!state.meetingId) return { missing: t('Wählen Sie zuerst eine Sitzung.', 'Choose a meeting first.') };
      own.push(['src', state.meetingId]);
      break;
    case 'decision':
      if (!state.agendaItemId) return { missing: t('Wählen Sie zuerst einen Tagesordnungspunkt.', 'Choose an agenda item first.') };
      own.push(['src', state.agendaItemId]);
      break;
    case 'finder': {
      if (!state.finderSrc.trim()) return { missing: t('Geben Sie zuerst die HSDS-Adresse der Angebote ein.', 'Enter the HSDS address of the offers first.') };
      own.push(['src', new URL(state.finderSrc.trim(), location.href).href]);
      break;
    }
    case 'consent': {
      const problem = consentFormProblem(state.consent);
      if (problem) return { missing: problem };
      return { tag, attributes: optionAttributes(tag), child: consentChild(state.consent) };
    }
  }
  return { tag, attributes: [...own, ...optionAttributes(tag)] };
}

function optionAttributes(tag: Tag): Attributes {
  const list: Attributes = optionFields(tag).map((field) => {
    const value = state.options[field.name];
    if (field.kind === 'boolean') return [field.name, value === true ? true : undefined];
    return [field.name, typeof value === 'string' ? value.trim() : undefined];
  });
  if (state.lang) list.push(['lang', state.lang]);
  return list;
}

function optionFields(tag: Tag): OptionField[] {
  return optionsFromManifest(state.manifest, tag, OWN_ATTRIBUTES[tag], locale);
}

function currentSnippet(): string | undefined {
  const result = attributes();
  if ('missing' in result) return undefined;
  return buildSnippet({ cdnBase: cdnBase(), tag: result.tag, attributes: result.attributes, ...(result.child === undefined ? {} : { child: result.child }) });
}

// ---------------------------------------------------------------------------------------------------------
// Preview

let previewed: string | undefined;

/** Puts the real element into the preview when the code changed (not on every keystroke elsewhere). */
function updatePreview(): void {
  const container = document.getElementById('cfg-preview-stage');
  if (!container) return;
  const snippet = currentSnippet();
  if (snippet === previewed) return;
  previewed = snippet;
  const result = attributes();
  if ('missing' in result || result.tag === 'consent-banner') {
    container.replaceChildren();
    return;
  }
  const element = document.createElement(result.tag);
  for (const [name, value] of result.attributes) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== undefined && value !== '') element.setAttribute(name, value);
  }
  // The finder would write its state into this page's address; the prepared link is shown apart.
  if (result.tag === 'senior-service-finder') element.setAttribute('no-hash', '');
  container.replaceChildren(element);
  LOADERS[result.tag]().catch(() => {
    container.replaceChildren(paragraph(t('Das Element konnte nicht geladen werden.', 'The element could not be loaded.')));
  });
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

// ---------------------------------------------------------------------------------------------------------
// Copying

async function copy(): Promise<void> {
  const field = document.getElementById('cfg-code') as HTMLTextAreaElement | null;
  const snippet = currentSnippet();
  if (!field || snippet === undefined) return;
  update({ copyStatus: '' });
  try {
    await navigator.clipboard.writeText(snippet);
    update({ copyStatus: t('Der Code ist kopiert. Fügen Sie ihn im HTML-Modus Ihres Redaktionssystems ein.', 'The code is copied. Paste it in the HTML mode of your CMS.') });
    return;
  } catch {
    // No clipboard access (an old browser, or not allowed): select the text instead.
  }
  field.focus();
  field.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  update({
    copyStatus: copied
      ? t('Der Code ist kopiert. Fügen Sie ihn im HTML-Modus Ihres Redaktionssystems ein.', 'The code is copied. Paste it in the HTML mode of your CMS.')
      : t('Kopieren war nicht möglich. Der Code ist markiert: Drücken Sie Strg+C (Mac: Cmd+C).', 'Copying was not possible. The code is selected: press Ctrl+C (Mac: Cmd+C).'),
  });
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function meetingLabel(meeting: MeetingInfo): string {
  const date = meeting.start
    ? formatDate(meeting.start, locale, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', ...(meeting.dateOnly ? {} : { hour: '2-digit', minute: '2-digit' }) })
    : '';
  const cancelled = meeting.cancelled ? ` – ${t('abgesagt', 'cancelled')}` : '';
  return `${date}${meeting.name ? `, ${meeting.name}` : ''}${cancelled}`;
}

function agendaItemLabel(item: AgendaItemInfo): string {
  const result = item.result ? ` – ${item.result}` : '';
  return `${item.number ? `${item.number} ` : ''}${item.title}${result}`;
}

function view(): TemplateResult {
  return html`
    <header class="cfg-header">
      <p class="cfg-kicker">herne-widgets</p>
      <h1>${t('Einbettung erstellen', 'Create an embed code')}</h1>
      <p>
        ${t(
          'Wählen Sie, was auf Ihrer Seite erscheinen soll. Die Vorschau zeigt das echte Element; den HTML-Code fügen Sie in Ihr Redaktionssystem ein.',
          'Choose what your page should show. The preview shows the real element; paste the HTML code into your CMS.',
        )}
      </p>
      <p><a href=${languageLink()} hreflang=${locale === 'en' ? 'de' : 'en'} lang=${locale === 'en' ? 'de' : 'en'}>${locale === 'en' ? 'Deutsch' : 'English'}</a></p>
    </header>
    <main class="cfg-main">
      <div class="cfg-status cfg-visually-hidden" role="status">${state.busy ?? ''}</div>
      ${whatStep()} ${state.what === 'finder' ? finderStep() : nothing} ${state.what === 'consent' ? consentStep() : nothing}
      ${state.what === 'finder' || state.what === 'consent' ? nothing : sourceStep()} ${optionsStep()} ${previewStep()} ${codeStep()}
    </main>
  `;
}

function languageLink(): string {
  const next = new URLSearchParams(location.search);
  if (locale === 'en') next.delete('lang');
  else next.set('lang', 'en');
  const query = next.toString();
  return query ? `?${query}` : location.pathname;
}

function choose(what: What): void {
  update({ what, copyStatus: '' });
  if (what === 'decision' && state.agendaItems.length === 0) void loadAgenda(generation);
}

function whatStep(): TemplateResult {
  const choices: [What, string, string][] = [
    ['next', t('Nächste Sitzung dieses Gremiums (aktualisiert sich selbst)', "This committee's next meeting (updates itself)"), t('Zeigt immer die nächste Sitzung des Gremiums, nach der letzten Sitzung die folgende.', 'Always shows the next meeting of the committee.')],
    ['meeting', t('Diese Sitzung', 'This meeting'), t('Zeigt die Tagesordnung einer bestimmten Sitzung.', 'Shows the agenda of one meeting.')],
    ['decision', t('Ein Beschluss', 'One decision'), t('Zeigt das Ergebnis eines Tagesordnungspunkts mit Beschlusstext und Beratungsfolge.', 'Shows the result of one agenda item.')],
    ['finder', t('Angebote für ältere Menschen', 'Offers for older people'), t('Die Suche nach Angeboten in Herne, auf Wunsch mit Karte.', 'The search for offers in Herne, with a map if you like.')],
    ['consent', t('Cookie-Einstellungen', 'Cookie settings'), t('Das Cookie-Banner für Ihre Seite mit Ihren Diensten.', 'The consent banner for your site with your services.')],
  ];
  return html`
    <fieldset class="cfg-step">
      <legend><h2>${t('Was möchten Sie einbetten?', 'What do you want to embed?')}</h2></legend>
      ${choices.map(
        ([what, label, help]) => html`
          <div class="cfg-choice">
            <input type="radio" name="cfg-what" id=${`cfg-what-${what}`} .checked=${live(state.what === what)} aria-describedby=${`cfg-what-${what}-help`} @change=${() => choose(what)} />
            <label for=${`cfg-what-${what}`}>${label}</label>
            <p class="cfg-help" id=${`cfg-what-${what}-help`}>${help}</p>
          </div>
        `,
      )}
    </fieldset>
  `;
}

function sourceStep(): TemplateResult {
  const bodies = state.discovery?.bodies ?? [];
  return html`
    <section class="cfg-step" aria-labelledby="cfg-source-title">
      <h2 id="cfg-source-title">${t('Sitzungsdaten', 'Meeting data')}</h2>
      <form class="cfg-address" novalidate @submit=${(event: Event) => {
        event.preventDefault();
        void loadAddress();
      }}>
        <label for="cfg-oparl">${t('OParl-Adresse', 'OParl address')}</label>
        <p class="cfg-help" id="cfg-oparl-help">
          ${t(
            'Die Adresse der OParl-Schnittstelle Ihres Ratsinformationssystems (System oder Körperschaft), oder die Adresse eines Gremiums, einer Sitzung oder eines Tagesordnungspunkts.',
            'The address of your council information system’s OParl interface (System or Body), or of a committee, meeting or agenda item.',
          )}
        </p>
        <div class="cfg-row">
          <input id="cfg-oparl" type="text" inputmode="url" autocomplete="url" spellcheck="false" translate="no"
            aria-describedby=${state.problem ? 'cfg-oparl-help cfg-oparl-problem' : 'cfg-oparl-help'}
            aria-invalid=${state.problem ? 'true' : 'false'}
            .value=${live(state.address)} @input=${(event: Event) => {
              state.address = value(event);
            }} />
          <button class="cfg-button cfg-primary" type="submit">${t('Laden', 'Load')}</button>
        </div>
        ${state.problem ? html`<p class="cfg-problem" id="cfg-oparl-problem" role="alert">${state.problem}</p>` : nothing}
      </form>
      ${bodies.length > 1
        ? html`
            <label for="cfg-body">${t('Körperschaft', 'Body')}</label>
            <select id="cfg-body" @change=${(event: Event) => {
              update({ bodyId: value(event) });
              void loadBody(generation);
            }}>
              ${bodies.map((body) => html`<option value=${body.id} ?selected=${body.id === state.bodyId}>${body.name}</option>`)}
            </select>
          `
        : nothing}
      ${state.groups.length > 0 ? organizationField() : nothing} ${state.pager ? meetingField() : nothing}
      ${state.meetingsProblem ? html`<p class="cfg-problem" role="alert">${state.meetingsProblem}</p>` : nothing}
      ${state.what === 'decision' && state.agendaItems.length > 0 ? agendaItemField() : nothing}
    </section>
  `;
}

function organizationField(): TemplateResult {
  const groups = filterGroups(state.groups, state.filter);
  const count = groups.reduce((sum, group) => sum + group.organizations.length, 0);
  const selectedVisible = groups.some((group) => group.organizations.some((organization) => organization.id === state.organizationId));
  return html`
    <div class="cfg-field">
      <label for="cfg-filter">${t('Gremium suchen', 'Search committees')}</label>
      <input id="cfg-filter" type="search" aria-describedby="cfg-filter-count" .value=${live(state.filter)} @input=${(event: Event) => update({ filter: value(event) })} />
      <p class="cfg-help" id="cfg-filter-count" aria-live="polite">${count === 1 ? t('1 Gremium', '1 committee') : t(`${count} Gremien`, `${count} committees`)}</p>
      <label for="cfg-organization">${t('Gremium', 'Committee')}</label>
      <select id="cfg-organization" @change=${(event: Event) => {
        update({ organizationId: value(event) });
        void loadMeetings(generation);
      }}>
        ${selectedVisible ? nothing : html`<option value="" selected disabled>${t('– bitte wählen –', '– please choose –')}</option>`}
        ${groups.map(
          (group) => html`
            <optgroup label=${messages.groups[group.kind]}>
              ${group.organizations.map((organization) => html`<option value=${organization.id} ?selected=${organization.id === state.organizationId}>${organizationLabel(organization)}</option>`)}
            </optgroup>
          `,
        )}
      </select>
      ${state.organizationId && !state.organizations.find((organization) => organization.id === state.organizationId)?.meetingListUrl
        ? html`<p class="cfg-problem" role="alert">${t('Dieses Gremium veröffentlicht keine Sitzungen. Wählen Sie ein anderes.', 'This committee publishes no meetings. Choose another one.')}</p>`
        : nothing}
    </div>
  `;
}

function meetingField(): TemplateResult {
  const pager = state.pager!;
  const ordered = orderMeetings(pager.meetings, Date.now());
  const option = (meeting: MeetingInfo) => html`<option value=${meeting.id} ?selected=${meeting.id === state.meetingId}>${meetingLabel(meeting)}</option>`;
  return html`
    <div class="cfg-field">
      <label for="cfg-meeting">${t('Sitzung', 'Meeting')}</label>
      ${pager.meetings.length === 0 && !pager.hasMore
        ? html`<p class="cfg-help">${t('Dieses Gremium hat noch keine Sitzungen veröffentlicht.', 'This committee has published no meetings yet.')}</p>`
        : nothing}
      <select id="cfg-meeting" ?disabled=${pager.meetings.length === 0} @change=${(event: Event) => {
        update({ meetingId: value(event), agendaItems: [], agendaItemId: undefined });
        if (state.what === 'decision') void loadAgenda(generation);
      }}>
        ${ordered.upcoming.length > 0 ? html`<optgroup label=${t('Anstehende Sitzungen', 'Upcoming meetings')}>${ordered.upcoming.map(option)}</optgroup>` : nothing}
        ${ordered.past.length > 0 ? html`<optgroup label=${t('Vergangene Sitzungen', 'Past meetings')}>${ordered.past.map(option)}</optgroup>` : nothing}
      </select>
      ${pager.hasMore
        ? html`<button class="cfg-button" type="button" @click=${() => {
            void loadMoreMeetings(generation, pager);
          }}>${t('Ältere Sitzungen laden', 'Load older meetings')}</button>`
        : nothing}
    </div>
  `;
}

function agendaItemField(): TemplateResult {
  return html`
    <div class="cfg-field">
      <label for="cfg-item">${t('Tagesordnungspunkt', 'Agenda item')}</label>
      <select id="cfg-item" @change=${(event: Event) => update({ agendaItemId: value(event) })}>
        ${state.agendaItems.map((item) => html`<option value=${item.id} ?selected=${item.id === state.agendaItemId}>${agendaItemLabel(item)}</option>`)}
      </select>
    </div>
  `;
}

function finderStep(): TemplateResult {
  const topics = finderMessages.de.topics;
  const hash = writeHash({ ...EMPTY_STATE, ...(state.finderTopic ? { topic: state.finderTopic as Topic } : {}), ...(state.finderPlace ? { place: state.finderPlace } : {}) });
  return html`
    <section class="cfg-step" aria-labelledby="cfg-finder-title">
      <h2 id="cfg-finder-title">${t('Angebote', 'Offers')}</h2>
      <div class="cfg-field">
        <label for="cfg-hsds">${t('HSDS-Adresse der Angebote', 'HSDS address of the offers')}</label>
        <p class="cfg-help" id="cfg-hsds-help">${t('Die Adresse der HSDS-3-Schnittstelle oder einer JSON-Datei mit den Angeboten.', 'The address of the HSDS 3 API or of a JSON file with the offers.')}</p>
        <input id="cfg-hsds" type="text" inputmode="url" spellcheck="false" translate="no" aria-describedby="cfg-hsds-help" .value=${live(state.finderSrc)} @change=${(event: Event) => update({ finderSrc: value(event) })} />
      </div>
      <div class="cfg-field">
        <label for="cfg-topic">${t('Thema zum Start (für einen vorbereiteten Link)', 'Start topic (for a prepared link)')}</label>
        <select id="cfg-topic" @change=${(event: Event) => update({ finderTopic: value(event) })}>
          <option value="" ?selected=${state.finderTopic === ''}>${t('kein Thema', 'no topic')}</option>
          ${TOPICS.map((topic) => html`<option value=${topic} ?selected=${topic === state.finderTopic}>${topics[topic]}</option>`)}
        </select>
        <label for="cfg-place">${t('Stadtteil zum Start', 'Start district')}</label>
        <select id="cfg-place" @change=${(event: Event) => update({ finderPlace: value(event) })}>
          <option value="" ?selected=${state.finderPlace === ''}>${t('ganz Herne', 'all of Herne')}</option>
          ${PLACE_LIST.map((place) => html`<option value=${place.code} ?selected=${place.code === state.finderPlace}>${place.code.includes('.') ? `– ${place.name}` : place.name}</option>`)}
        </select>
        ${hash
          ? html`<p class="cfg-help">${t('Hängen Sie dies an die Adresse Ihrer Seite an, um mit dieser Auswahl zu öffnen:', 'Add this to the address of your page to open with this choice:')} <code translate="no">${hash}</code></p>`
          : nothing}
      </div>
    </section>
  `;
}

function consentStep(): TemplateResult {
  const form = state.consent;
  const set = (changes: Partial<ConsentForm>) => update({ consent: { ...form, ...changes } });
  const setService = (index: number, changes: Partial<ServiceForm>) =>
    set({ services: form.services.map((service, at) => (at === index ? { ...service, ...changes } : service)) });
  const problem = consentFormProblem(form);
  const text = (id: string, label: string, current: string, change: (text: string) => void, help?: string) => html`
    <div class="cfg-field">
      <label for=${id}>${label}</label>
      ${help ? html`<p class="cfg-help" id=${`${id}-help`}>${help}</p>` : nothing}
      <input id=${id} type="text" aria-describedby=${help ? `${id}-help` : nothing} .value=${live(current)} @input=${(event: Event) => change(value(event))} />
    </div>
  `;
  return html`
    <section class="cfg-step" aria-labelledby="cfg-consent-title">
      <h2 id="cfg-consent-title">${t('Cookie-Einstellungen', 'Cookie settings')}</h2>
      ${text('cfg-consent-privacy', t('Link zur Datenschutzerklärung', 'Privacy policy link'), form.privacyUrl, (privacyUrl) => set({ privacyUrl }))}
      ${text('cfg-consent-imprint', t('Link zum Impressum', 'Imprint link'), form.imprintUrl, (imprintUrl) => set({ imprintUrl }))}
      ${text('cfg-consent-revision', t('Version', 'Revision'), form.revision, (revision) => set({ revision }), t('Erhöhen Sie die Zahl, wenn sich Dienste ändern: Dann werden alle erneut gefragt.', 'Raise it when services change: everybody is asked again.'))}
      ${form.services.map(
        (service, index) => html`
          <fieldset class="cfg-service">
            <legend>${t(`Dienst ${index + 1}`, `Service ${index + 1}`)}</legend>
            ${text(`cfg-service-${index}-name`, t('Name', 'Name'), service.name, (name) => setService(index, { name }))}
            ${text(`cfg-service-${index}-category`, t('Kategorie', 'Category'), service.category, (category) => setService(index, { category }), t('Zum Beispiel „Statistik“ oder „Externe Medien“.', 'For example "Statistics" or "External media".'))}
            ${text(`cfg-service-${index}-purpose`, t('Zweck', 'Purpose'), service.purpose, (purpose) => setService(index, { purpose }))}
            ${text(`cfg-service-${index}-provider`, t('Anbieter', 'Provider'), service.provider, (provider) => setService(index, { provider }), t('Wer den Dienst betreibt, mit Anschrift, wenn außerhalb Deutschlands.', 'Who runs it, with the address when outside Germany.'))}
            ${text(`cfg-service-${index}-data`, t('Übertragene Daten', 'Data transferred'), service.data, (data) => setService(index, { data }), t('Zum Beispiel „IP-Adresse, besuchte Seite“.', 'For example "IP address, page visited".'))}
            <div class="cfg-field">
              <label for=${`cfg-service-${index}-cookies`}>Cookies</label>
              <p class="cfg-help" id=${`cfg-service-${index}-cookies-help`}>${t('Ein Cookie je Zeile: Name, Laufzeit (zum Beispiel „_pk_id*, 13 Monate“).', 'One cookie per line: name, lifetime.')}</p>
              <textarea id=${`cfg-service-${index}-cookies`} rows="3" aria-describedby=${`cfg-service-${index}-cookies-help`} .value=${live(service.cookies)} @input=${(event: Event) => setService(index, { cookies: value(event) })}></textarea>
            </div>
            ${text(`cfg-service-${index}-privacy`, t('Link zu den Datenschutzhinweisen des Anbieters', "Link to the provider's privacy notice"), service.privacyUrl, (privacyUrl) => setService(index, { privacyUrl }))}
            ${form.services.length > 1
              ? html`<button class="cfg-button" type="button" @click=${() => set({ services: form.services.filter((_, at) => at !== index) })}>${t(`Dienst ${index + 1} entfernen`, `Remove service ${index + 1}`)}</button>`
              : nothing}
          </fieldset>
        `,
      )}
      <button class="cfg-button" type="button" @click=${() => set({ services: [...form.services, { ...EMPTY_SERVICE }] })}>${t('Weiteren Dienst hinzufügen', 'Add another service')}</button>
      <p class=${problem ? 'cfg-problem' : 'cfg-ok'} id="cfg-consent-check">${problem ?? t('Die Einstellungen sind gültig.', 'The settings are valid.')}</p>
    </section>
  `;
}

function optionsStep(): TemplateResult {
  const tag = TAG_OF[state.what];
  const fields = optionFields(tag);
  const key = (field: OptionField) => field.name;
  const field = (option: OptionField) => {
    const id = `cfg-option-${option.name}`;
    const current = state.options[key(option)];
    if (option.kind === 'boolean') {
      return html`
        <div class="cfg-field cfg-check">
          <input id=${id} type="checkbox" aria-describedby=${`${id}-help`} .checked=${live(current === true)} @change=${(event: Event) => update({ options: { ...state.options, [key(option)]: (event.target as HTMLInputElement).checked } })} />
          <label for=${id}>${option.label}</label>
          <p class="cfg-help" id=${`${id}-help`}>${option.help}</p>
        </div>
      `;
    }
    return html`
      <div class="cfg-field">
        <label for=${id}>${option.label}</label>
        <p class="cfg-help" id=${`${id}-help`}>${option.help}</p>
        <input id=${id} type=${option.kind === 'number' ? 'number' : 'text'} inputmode=${option.kind === 'number' ? 'numeric' : nothing}
          placeholder=${option.defaultValue ?? t('Standard', 'default')} aria-describedby=${`${id}-help`}
          .value=${live(typeof current === 'string' ? current : '')} @change=${(event: Event) => update({ options: { ...state.options, [key(option)]: value(event) } })} />
      </div>
    `;
  };
  return html`
    <section class="cfg-step" aria-labelledby="cfg-options-title">
      <h2 id="cfg-options-title">${t('Einstellungen', 'Options')}</h2>
      ${state.manifestProblem
        ? html`<p class="cfg-help">${t('Die Einstellungen der Elemente (custom-elements.json) konnten nicht geladen werden; der Code nutzt die Standardwerte.', 'The element options (custom-elements.json) could not be loaded; the code uses the defaults.')}</p>`
        : nothing}
      ${fields.map(field)}
      <div class="cfg-field">
        <label for="cfg-lang">${t('Sprache', 'Language')}</label>
        <p class="cfg-help" id="cfg-lang-help">${t('Ohne Angabe folgt das Element der Sprache Ihrer Seite.', 'Without a choice the element follows the language of your page.')}</p>
        <select id="cfg-lang" aria-describedby="cfg-lang-help" @change=${(event: Event) => update({ lang: value(event) })}>
          <option value="" ?selected=${state.lang === ''}>${t('wie die Seite', 'as the page')}</option>
          <option value="de" ?selected=${state.lang === 'de'}>Deutsch</option>
          <option value="en" ?selected=${state.lang === 'en'}>English</option>
        </select>
      </div>
    </section>
  `;
}

function previewStep(): TemplateResult {
  const result = attributes();
  let note: string | undefined;
  if ('missing' in result) note = result.missing;
  else if (result.tag === 'consent-banner') {
    note = t(
      'Das Cookie-Banner erscheint als Dialog über der ganzen Seite, deshalb zeigt die Vorschau es nicht. Die Einstellungen sind gültig.',
      'The consent banner appears as a dialog over the whole page, so the preview does not show it. The settings are valid.',
    );
  }
  return html`
    <section class="cfg-step cfg-preview" aria-labelledby="cfg-preview-title">
      <h2 id="cfg-preview-title">${t('Vorschau', 'Preview')}</h2>
      ${note ? html`<p class="cfg-help">${note}</p>` : nothing}
      <div id="cfg-preview-stage"></div>
    </section>
  `;
}

function codeStep(): TemplateResult {
  const snippet = currentSnippet();
  return html`
    <section class="cfg-step" aria-labelledby="cfg-code-title">
      <h2 id="cfg-code-title">${t('Code', 'Code')}</h2>
      <label for="cfg-code">${t('HTML-Code', 'HTML code')}</label>
      <textarea id="cfg-code" readonly rows="6" spellcheck="false" translate="no" .value=${live(snippet ?? '')}></textarea>
      <button class="cfg-button cfg-primary" type="button" ?disabled=${snippet === undefined} @click=${() => {
        void copy();
      }}>${t('Code kopieren', 'Copy code')}</button>
      <p class="cfg-copy-status" role="status">${state.copyStatus}</p>
    </section>
  `;
}

update();
void loadManifest();
if (state.address) void loadAddress();
