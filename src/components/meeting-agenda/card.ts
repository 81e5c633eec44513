/*
 * What an agenda loads to open a decision in place: the card and, at once, the parts it would otherwise load one
 * after the other. One chunk instead of three keeps the shared core in the agenda's own file (importing them with
 * import() here too split off a shared chunk: +566 B on the agenda's first load). The card's own import() of
 * read.ts and details.ts then stays inside this chunk; scripts/build.mjs silences rollup's note about exactly that.
 */
import '../resolution-card/define.js';
import '../resolution-card/read.js';
import '../resolution-card/details.js';
