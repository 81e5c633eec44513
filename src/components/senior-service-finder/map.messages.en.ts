import type { MapMessages } from './map.messages.js';

/** English texts of the finder's map; loaded only by pages that show the finder in English. */
export const mapMessagesEn: MapMessages = {
  hideMap: 'Hide map',
  consent: (host) => `The map loads map images from ${host}. We need your consent for that.`,
  giveConsent: 'Give consent',
  label: 'Map of the services found',
  failed: 'The map could not be loaded. The list contains every service.',
};
