// Placeholder until the element lands: exports of <resolution-card>.
export {};
