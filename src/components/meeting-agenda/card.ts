/*
 * What an agenda loads to open a decision in place: the card and, at once, the parts it would otherwise load one
 * after the other. One chunk instead of three keeps the shared core in the agenda's own file.
 */
import '../resolution-card/define.js';
import '../resolution-card/read.js';
import '../resolution-card/details.js';
