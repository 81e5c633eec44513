/**
 * herne-widgets: element classes, event classes and types, free of side effects. Importing this module
 * registers no tag; import `herne-widgets/all.js` or `herne-widgets/<tag>.js` for that, or register a class
 * under a tag of your own with `defineElement('x-agenda', MeetingAgenda)`.
 */
export { defineElement } from './core/define.js';
export { LoadError, type LoadErrorKind } from './core/errors.js';
export { WidgetErrorEvent, WidgetLoadedEvent } from './core/events.js';
export { clearFetchCache } from './core/fetch.js';
export { VERSION } from './core/version.js';
export * from './components/meeting-agenda/index.js';
export * from './components/meeting-list/index.js';
export * from './components/resolution-card/index.js';
export * from './components/senior-service-finder/index.js';
export * from './components/consent-banner/index.js';
