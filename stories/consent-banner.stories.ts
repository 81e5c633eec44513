import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/consent-banner/define.js';
import type { ConsentBanner } from '../src/components/consent-banner/consent-banner.js';
import { fingerprint } from '../src/components/consent-banner/config.js';
import { RECORD_NAME } from '../src/components/consent-banner/store.js';
import { defaultConfig } from '../src/components/consent-banner/default-config.js';
import type { ConsentConfig, ConsentRecord } from '../src/components/consent-banner/types.js';

/*
 * <consent-banner> and <consent-gate> in every state, with herne.de's built-in configuration. Each story
 * starts from the stored choice it names (cookie and localStorage are written before the banner starts).
 * Nothing here talks to a third party: the "embeds" are local stand-ins (an iframe with srcdoc, a button).
 */

type Choices = Partial<Record<'etracker' | 'readspeaker' | 'google-translate' | 'youtube', boolean>>;

interface Args {
  /** The stored choice when the story starts; undefined: a first visit. */
  stored?: Choices;
  lang: 'de' | 'en';
  /** A configuration of its own (a JSON child); undefined: the built-in one. */
  config?: unknown;
  /** Opens the settings once the banner is ready (as `data-consent-open` does). */
  openSettings?: boolean;
  /** Leaves out the banner (a gate on its own). */
  withoutBanner?: boolean;
}

const DAY = 864e5;
const NONE: Choices = { etracker: false, readspeaker: false, 'google-translate': false, youtube: false };

/** Stores a choice as a returning visitor has it (cookie and localStorage, checked against the built-in configuration). */
function storeChoice(choices: Choices | undefined): void {
  document.cookie = `${RECORD_NAME}=; max-age=0; path=/`;
  localStorage.removeItem(RECORD_NAME);
  if (!choices) return;
  const record: ConsentRecord = {
    v: 1,
    id: 'story',
    revision: 1,
    given: Date.now() - DAY,
    expires: Date.now() + 179 * DAY,
    choices: { ...NONE, ...choices },
    method: 'custom',
    lang: 'de',
    configFingerprint: fingerprint(undefined),
  };
  document.cookie = `${RECORD_NAME}=${encodeURIComponent(JSON.stringify(record))}; path=/`;
  localStorage.setItem(RECORD_NAME, JSON.stringify(record));
}

/** A small herne.de page: the four services as a web editor would embed them, and a status line. */
function page(args: Args): HTMLElement {
  const root = document.createElement('div');
  root.lang = args.lang;
  // Static markup of the story itself, no outside data.
  root.innerHTML = `
    <h1>${args.lang === 'en' ? 'Herne at a glance' : 'Herne stellt sich vor'}</h1>
    <div style="min-height:2.75rem">
      <template data-consent="readspeaker"><button type="button">Vorlesen (ReadSpeaker, Beispiel)</button></template>
    </div>
    <consent-gate service="youtube">
      <template><iframe width="560" height="315" title="Herne stellt sich vor" srcdoc="<body style='margin:0;display:grid;place-items:center;height:100vh;background:#111;color:#fff;font:1.5rem sans-serif'>Video (Beispiel)"></iframe></template>
    </consent-gate>
    <p>Text nach dem Video.</p>
    <div style="min-height:2rem"><template data-consent="google-translate"><p>Google Übersetzer (Beispiel)</p></template></div>
    <p class="status" role="status"></p>
    <p><button type="button" data-consent-open>Cookie-Einstellungen</button></p>`;
  if (!args.withoutBanner) {
    const banner = document.createElement('consent-banner');
    if (args.config !== undefined) {
      const json = document.createElement('script');
      json.type = 'application/json';
      json.textContent = typeof args.config === 'string' ? args.config : JSON.stringify(args.config);
      banner.append(json);
    }
    root.append(banner);
    // What the page may use now (eTracker shows nothing on the page, so the status line tells).
    const status = root.querySelector('.status')!;
    const update = () =>
      (status.textContent = `Erlaubt: ${['etracker', 'readspeaker', 'google-translate', 'youtube'].filter((service) => banner.has(service)).join(', ') || 'nichts Optionales'}`);
    document.addEventListener('consent-change', update);
    void customElements.whenDefined('consent-banner').then(() => banner.ready?.then(update));
    if (args.openSettings) void customElements.whenDefined('consent-banner').then(() => banner.show());
  }
  return root;
}

const meta: Meta<Args> = {
  title: 'Widgets/consent-banner',
  component: 'consent-banner',
  args: { lang: 'de' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    stored: { control: 'object', description: 'the stored choice when the story starts (none: first visit)' },
    config: { control: 'object', description: 'a configuration of its own (none: the built-in one)' },
  },
  render: (args) => {
    storeChoice(args.stored);
    return page(args);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The first visit: the modal question, three equal buttons, no close button. */
export const FirstVisit: Story = {};

/** The first visit in English. */
export const English: Story = { args: { lang: 'en' } };

/** The settings, reached from the first layer ("Einstellungen"): every switch off, details per service. */
export const Settings: Story = {
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector<ConsentBanner>('consent-banner')!;
    const button = await until(() => [...(banner.querySelectorAll<HTMLButtonElement>(':scope > dialog button') ?? [])].find((candidate) => candidate.textContent === 'Einstellungen'));
    button.click();
  },
};

/** The settings reopened later (any `data-consent-open`): the current choice, here YouTube allowed. */
export const SettingsWithAChoice: Story = { args: { stored: { youtube: true }, openSettings: true } };

/** Everything refused: the video's placeholder, nothing loaded, no question. */
export const AllRefused: Story = { args: { stored: NONE } };

/** Everything allowed. */
export const AllAllowed: Story = { args: { stored: { etracker: true, readspeaker: true, 'google-translate': true, youtube: true } } };

/** eTracker allowed alone: it may set cookies (nothing shows on the page; the status line says so). */
export const EtrackerAllowed: Story = { args: { stored: { etracker: true } } };

/** ReadSpeaker allowed alone: its button appears. */
export const ReadSpeakerAllowed: Story = { args: { stored: { readspeaker: true } } };

/** Google Translate allowed alone: its widget appears. */
export const GoogleTranslateAllowed: Story = { args: { stored: { 'google-translate': true } } };

/** YouTube allowed alone: the video instead of its placeholder, in the same box. */
export const YouTubeAllowed: Story = { args: { stored: { youtube: true } } };

/** A gate's placeholder in English. */
export const GatePlaceholderEnglish: Story = { args: { stored: NONE, lang: 'en' } };

/** A gate without a banner on the page: only "Einmal laden". */
export const GateWithoutBanner: Story = { args: { withoutBanner: true } };

/** An invalid configuration: nothing optional, no question; the settings say so (the console names the problem). */
export const InvalidConfiguration: Story = {
  args: { config: { ...defaultConfig, validityDays: 999 } satisfies ConsentConfig, openSettings: true },
};

/** On a legal page (here: every page of this story) the question does not block: the page stays readable. */
export const LegalPageNotBlocking: Story = {
  args: { config: { ...defaultConfig, legalPages: [location.pathname] } satisfies ConsentConfig },
};

/** Waits until `probe` finds something (the dialog's code loads lazily). */
async function until<T>(probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const found = probe();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('not found');
}
