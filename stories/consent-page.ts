import type { Meta } from '@storybook/web-components-vite';
import { argTypesOf, descriptionOf } from '../.storybook/element-api.js';
import '../src/components/consent-banner/define.js';
import { fingerprint } from '../src/components/consent-banner/config.js';
import { RECORD_NAME } from '../src/components/consent-banner/store.js';
import type { ConsentRecord } from '../src/components/consent-banner/types.js';

/*
 * The page the consent stories share: <consent-banner> and <consent-gate> in every state, with herne.de's built-in configuration. Each story
 * starts from the stored choice it names (cookie and localStorage are written before the banner starts).
 * Nothing here talks to a third party: the "embeds" are local stand-ins (an iframe with srcdoc, a button).
 */

export type Choices = Partial<Record<'etracker' | 'readspeaker' | 'google-translate' | 'youtube', boolean>>;

export interface Args {
  /** The stored choice when the story starts; undefined: a first visit. */
  stored?: Choices;
  lang: 'de' | 'en';
  /** A configuration of its own, as the banner's JSON child; undefined: the built-in one. */
  jsonChild?: unknown;
  /** Opens the settings once the banner is ready (as `data-consent-open` does). */
  openSettings?: boolean;
  /** Leaves out the banner (a gate on its own). */
  withoutBanner?: boolean;
}

const DAY = 864e5;
export const NONE: Choices = { etracker: false, readspeaker: false, 'google-translate': false, youtube: false };

/** Stores a choice as a returning visitor has it (cookie and localStorage, checked against the built-in configuration). */
export function storeChoice(choices: Choices | undefined): void {
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
export function page(args: Args): HTMLElement {
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
    if (args.jsonChild !== undefined) {
      const json = document.createElement('script');
      json.type = 'application/json';
      json.textContent = typeof args.jsonChild === 'string' ? args.jsonChild : JSON.stringify(args.jsonChild);
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

/** Waits until `probe` finds something (the dialog's code loads lazily). */
export async function until<T>(probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const found = probe();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('not found');
}

/** The stories' meta for `tag` (consent-banner or consent-gate) but its title: controls from the manifest, the page above. */
export function consentMeta(tag: 'consent-banner' | 'consent-gate'): Meta<Args> {
  return {
    parameters: { docs: { description: { component: descriptionOf(tag) } } },
    args: { lang: 'de' },
    argTypes: {
      ...argTypesOf(tag),
      lang: { control: 'inline-radio', options: ['de', 'en'], description: 'the page language (the lang attribute)' },
      stored: { control: 'object', description: 'the stored choice when the story starts (none: first visit)' },
      jsonChild: { control: 'object', description: "the banner's JSON child: a configuration of its own (none: the built-in one)" },
    },
    render: (args) => {
      storeChoice(args.stored);
      return page(args);
    },
  };
}
