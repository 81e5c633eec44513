import { LitElement } from 'lit';
import { LocalizeController, type Catalogue } from './i18n.js';
import { coreMessages } from './messages.js';
import { widgetStyles } from './styles.js';
import { VERSION } from './version.js';

/**
 * The small base every widget shares: the library version for the define guard, the locale, the shared
 * styles. Subclasses add their own styles after `WidgetElement.styles`.
 */
export class WidgetElement extends LitElement {
  /** @internal */
  static version = VERSION;
  static override styles = widgetStyles;
  /**
   * The catalogues the element renders with; languages loaded on demand are ready before it renders in them.
   * @internal
   */
  static catalogues: readonly Catalogue<unknown>[] = [coreMessages];

  /** @internal */
  protected readonly localize = new LocalizeController(this);

  // Waits for a language that loads on demand, so that nobody sees German first and then English.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.localize.prepare((this.constructor as typeof WidgetElement).catalogues);
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
