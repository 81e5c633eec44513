import { defineElement } from '../../core/define.js';
import { ResolutionCard } from './resolution-card.js';

defineElement('resolution-card', ResolutionCard);

declare global {
  interface HTMLElementTagNameMap {
    'resolution-card': ResolutionCard;
  }
}
