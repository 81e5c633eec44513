import { LitElement, type PropertyDeclarations } from 'lit';
import { LocalizeController, type Catalogue } from './i18n.js';
import { coreMessages } from './messages.js';
import { adoptScopedStyles } from './scoped-styles.js';
import { widgetStyles } from './styles.js';
import { VERSION } from './version.js';

/** Seconds to wait for an answer when `timeout` is not a positive number. */
export const DEFAULT_TIMEOUT_SECONDS = 15;
/** The main heading's level when `heading-level` is not a number from 1 to 5. */
const DEFAULT_HEADING_LEVEL = 2;

/** Instances so far, for ids that are unique on the page. */
let instances = 0;

/**
 * The small base every widget shares: the library version for the define guard, the locale, the shared
 * styles, and rendering into the light DOM.
 *
 * Widgets render into the element itself, not into a shadow root, so that every text they show is in the
 * document's own tree, where read-aloud (ReadSpeaker, a phone's "Vorlesen"), page translation (Google
 * Translate) and text selection reach it. Their CSS, written for `:host` as for a shadow root, is scoped to
 * the tag (scoped-styles.ts); ids come from `uid()`, unique on the page.
 */
export class WidgetElement extends LitElement {
  static override properties: PropertyDeclarations = {
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** @internal */
  static version = VERSION;
  /**
   * The element's CSS, written for its host (`:host`); subclasses add theirs after `WidgetElement.css`.
   * @internal
   */
  static css: readonly string[] = widgetStyles;
  /**
   * The catalogues the element renders with; languages loaded on demand are ready before it renders in them.
   * @internal
   */
  static catalogues: readonly Catalogue<unknown>[] = [coreMessages];

  /** @internal */
  protected readonly localize = new LocalizeController(this);
  /**
   * Seconds to wait for each answer of the server.
   * @default 15
   */
  declare timeout: number;
  /**
   * The level of the widget's main heading, to fit the page's outline (1 to 5); its other headings follow below it.
   * @default 2
   */
  declare headingLevel: number;

  /** Prefix of this instance's ids. */
  readonly #idPrefix: string;

  constructor() {
    super();
    instances += 1;
    this.#idPrefix = `hw${instances}`;
    this.timeout = DEFAULT_TIMEOUT_SECONDS;
    this.headingLevel = DEFAULT_HEADING_LEVEL;
  }

  /** `timeout` in milliseconds, with the default for anything that is not a positive number. @internal */
  get timeoutMs(): number {
    const seconds = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_SECONDS;
    return seconds * 1000;
  }

  /** The level of a heading `offset` levels below the main one (`heading-level`), never deeper than 6. */
  protected heading(offset: number): number {
    const level = Number.isFinite(this.headingLevel) ? Math.min(5, Math.max(1, Math.round(this.headingLevel))) : DEFAULT_HEADING_LEVEL;
    return Math.min(6, level + offset);
  }

  /** Renders into the element itself (see the class comment). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    // Before the first render, and again when moved into another document or shadow root.
    adoptScopedStyles(this, () => (this.constructor as typeof WidgetElement).css);
    super.connectedCallback();
  }

  /** An id for one of this instance's elements, unique on the page ("hw3-title"). */
  protected uid(name: string): string {
    return `${this.#idPrefix}-${name}`;
  }

  // Waits for a language that loads on demand, so that nobody sees German first and then English.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.localize.prepare((this.constructor as typeof WidgetElement).catalogues);
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
