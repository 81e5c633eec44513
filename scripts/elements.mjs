// The one list of what the CDN build produces and the budget of each file (min+gzip bytes).
// Budgets come from the issues; `npm run size` enforces them.
export const cdnBundles = [
  { file: 'meeting-agenda.js', entry: 'src/components/meeting-agenda/define.ts', budget: 18 * 1024 },
  { file: 'resolution-card.js', entry: 'src/components/resolution-card/define.ts', budget: 16 * 1024 },
  { file: 'senior-service-finder.js', entry: 'src/components/senior-service-finder/define.ts', budget: 25 * 1024 },
  // The consent banner's entry is its small core; the dialog loads from a lazy chunk only when it must show.
  { file: 'consent-banner.js', entry: 'src/components/consent-banner/define.ts', budget: 12 * 1024, includeChunks: true, coreBudget: 1536 },
  { file: 'herne-widgets.js', entry: 'src/all.ts', budget: undefined },
];
