// Placeholder until the element lands: exports of <meeting-agenda>.
export {};
