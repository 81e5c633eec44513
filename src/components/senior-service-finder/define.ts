import { defineElement } from '../../core/define.js';
import { SeniorServiceFinder } from './senior-service-finder.js';

defineElement('senior-service-finder', SeniorServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'senior-service-finder': SeniorServiceFinder;
  }
}
