/** Registers every element of the library (the CDN's herne-widgets.js). Each registration is guarded. */
import './components/meeting-agenda/define.js';
import './components/meeting-list/define.js';
import './components/resolution-card/define.js';
import './components/senior-service-finder/define.js';
import './components/consent-banner/define.js';

export * from './index.js';
