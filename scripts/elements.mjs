// The one list of what the CDN build produces and the budget of each file (min+gzip bytes).
// Budgets come from the issues; `npm run size` enforces them. `siblings`: imports that load another CDN file
// beside this one instead of bundling it (one copy of that element's code on a page that has both).
// `compileOnLoad`: the file starts with V8's compile hint `//# allFunctionsCalledOnLoad` (Chrome 136+, ignored
// elsewhere), so that Chromium compiles its functions while the file streams in, off the main thread, instead
// of one by one in the element's first render; for files whose code nearly all runs on load.
export const cdnBundles = [
  { file: 'meeting-agenda.js', entry: 'src/components/meeting-agenda/define.ts', budget: 19_850 }, // 18 KiB before the light DOM (issue 8): +6.3 %, see CHANGELOG 0.2.0; +0.5 % for readable code (issue 12.9: 19,620 B); a bare date as a day without a time, with its own datetime (19,771 B), +0.4 %; styles nested in the tag where a browser has no @scope (Firefox ESR 140): 19,811 B, +0.1 %
  { file: 'resolution-card.js', entry: 'src/components/resolution-card/define.ts', budget: 17_200 }, // 16 KiB before the light DOM (issue 8): +3.8 %; +1.2 % for readable code (issue 12.9: 17,123 B)
  { file: 'meeting-list.js', entry: 'src/components/meeting-list/define.ts', budget: 12_800, siblings: { '../meeting-agenda/define.js': './meeting-agenda.js' } }, // issue 14 asks 12 KiB: without Lit (as the consent core) 12,237 B, was 18,544 B with Lit; reading the recently created meetings first (created_since, which saves the list's first page of 160–355 kB on real servers) brings it to 12,554 B, +2.2 %; a status region kept across renders (screen readers follow it), a bare date as a day without a time, webcal: feeds: 12,717 B, +3.5 % over 12 KiB; styles nested in the tag where a browser has no @scope (Firefox ESR 140): 12,766 B, +3.9 %. The agenda opened in place loads meeting-agenda.js beside it
  { file: 'senior-service-finder.js', entry: 'src/components/senior-service-finder/define.ts', budget: 28_150, compileOnLoad: true }, // 25 KiB before the light DOM (issue 8): +5.5 %; issue 11 (worker client, navigation and results controllers, screens host): 27,213 B, +1.5 %; drawn signs instead of symbol characters and the address written when typing pauses: 27,672 B, +1.0 %; the worker's Intl texts (with the page's own where an answer has none) and the first render in steps: 28,035 B, +1.3 %; styles nested in the tag where a browser has no @scope (Firefox ESR 140): 28,123 B, +0.3 %
  // The consent banner's entry is its small core; the dialog loads from a lazy chunk only when it must show.
  // Core 1,600 B: 1,536 B before readable code (issue 12.5: named functions, a plain Map, no throwing regex match; 1,572 B now): +4.2 %.
  { file: 'consent-banner.js', entry: 'src/components/consent-banner/define.ts', budget: 12_350, includeChunks: true, coreBudget: 1600 }, // issue 4 asks 12 KiB: 12,287 B; styles nested in the tag where a browser has no @scope (Firefox ESR 140): 12,322 B, +0.3 %
  { file: 'herne-widgets.js', entry: 'src/all.ts', budget: undefined },
];
