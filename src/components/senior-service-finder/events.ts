/*
 * Events of <senior-service-finder>, named `<subject>-<what happened>`. They bubble and are composed, so a page
 * can listen on `document` (for example to count which offers are opened, without tracking anybody).
 */

/** Fired when the detail view of an offer opens. */
export class ServiceOpenedEvent extends Event {
  static readonly eventName = 'service-opened' as const;
  /** The HSDS service id. */
  readonly serviceId: string;
  readonly name: string;

  constructor(serviceId: string, name: string) {
    super(ServiceOpenedEvent.eventName, { bubbles: true, composed: true });
    this.serviceId = serviceId;
    this.name = name;
  }
}

/** Fired when the search words, topic, place or filters change, with the number of offers found. */
export class SearchChangedEvent extends Event {
  static readonly eventName = 'search-changed' as const;
  readonly query: string;
  readonly topic: string | undefined;
  readonly place: string | undefined;
  readonly filters: readonly string[];
  readonly count: number;

  constructor(init: { query: string; topic?: string | undefined; place?: string | undefined; filters: readonly string[]; count: number }) {
    super(SearchChangedEvent.eventName, { bubbles: true, composed: true });
    this.query = init.query;
    this.topic = init.topic;
    this.place = init.place;
    this.filters = init.filters;
    this.count = init.count;
  }
}

/** Fired when an offer is added to or removed from the Merkliste. */
export class WatchlistChangedEvent extends Event {
  static readonly eventName = 'watchlist-changed' as const;
  /** The ids on the Merkliste afterwards, in the order they were added. */
  readonly serviceIds: readonly string[];

  constructor(serviceIds: readonly string[]) {
    super(WatchlistChangedEvent.eventName, { bubbles: true, composed: true });
    this.serviceIds = serviceIds;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'service-opened': ServiceOpenedEvent;
    'search-changed': SearchChangedEvent;
    'watchlist-changed': WatchlistChangedEvent;
  }
}
