// Placeholder until the element lands: exports of <senior-service-finder>.
export {};
