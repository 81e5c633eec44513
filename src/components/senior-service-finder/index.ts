export { SeniorServiceFinder } from './senior-service-finder.js';
export { ServiceOpenedEvent, SearchChangedEvent, WatchlistChangedEvent } from './events.js';
export type { FinderMessages } from './senior-service-finder.messages.js';
