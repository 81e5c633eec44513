export { ConsentBanner } from './consent-banner.js';
export { ConsentGate } from './consent-gate.js';
export type { ConsentChangeEvent } from './events.js';
export { configProblem } from './validate.js';
export { defaultConfig } from './default-config.js';
export type { ConsentConfig, ConsentCookie, ConsentMethod, ConsentRecord, ConsentService, LocalizedText } from './types.js';
