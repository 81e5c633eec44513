// Placeholder until the element lands: exports of <consent-banner>.
export {};
