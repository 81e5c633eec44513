/*
 * Folding for comparing and searching, on its own so that code which only compares names (the place list on
 * the page) does not carry the search's word lists.
 */

/** For comparing and searching: lower case; ä/ae → a, ö/oe → o, ü/ue → u, ß → ss; accents dropped ("Café" → "cafe"). */
const FOLDED: Record<string, string> = { ß: 'ss', ae: 'a', ä: 'a', oe: 'o', ö: 'o', ue: 'u', ü: 'u' };
export function fold(word: string): string {
  const folded = word.toLowerCase().replace(/ß|ae|ä|oe|ö|ue|ü/g, (letters) => FOLDED[letters]!);
  // Accents are only looked for where there can be any (one pass over most words instead of three).
  return /[^\0-\x7f]/.test(folded) ? folded.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : folded;
}
