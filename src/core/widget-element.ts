import { LitElement } from 'lit';
import { LocalizeController } from './i18n.js';
import { widgetStyles } from './styles.js';
import { VERSION } from './version.js';

/**
 * The small base every widget shares: the library version for the define guard, the locale, the shared
 * styles. Subclasses add their own styles after `WidgetElement.styles`.
 */
export class WidgetElement extends LitElement {
  static version = VERSION;
  static override styles = widgetStyles;

  protected readonly localize = new LocalizeController(this);
}
