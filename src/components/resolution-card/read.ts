import { invalidData } from '../../core/errors.js';
import { isRecord } from '../../core/sanitize.js';
import { oparlType } from '../../oparl/normalise.js';
import { normaliseConsultation, normalisePaper, normaliseStandaloneAgendaItem } from '../../oparl/papers.js';
import { parseResult, parseVotes, titleStatus, type ParsedResult, type VoteTally } from '../../oparl/result.js';
import type { AgendaItemInfo } from '../../oparl/types.js';
import type { ResolutionCardData } from './resolution-card.js';

/*
 * How a card reads what it shows first: the main object's normaliser and the result parser, from a chunk
 * that loads while the server answers `src` (or at once, for data a host hands over). The element's own file
 * renders the decision from what these return; the parts after the first render (details.ts) use them too.
 */

/** An agenda item's decision, parsed once per load. */
export interface Decision {
  result: ParsedResult;
  /** The votes to show: those the result states, else those the resolution text states (some servers put them there). */
  votes: VoteTally[];
  /** True when the votes come from the result (or it holds an unreadable vote table). */
  fromResult: boolean;
}

export function decide(item: AgendaItemInfo): Decision {
  const result = parseResult(item.result ?? titleStatus(item.title));
  const fromResult = result.votes.length > 0 || result.unreadableTable;
  return { result, votes: fromResult ? result.votes : parseVotes(item.resolutionText), fromResult };
}

/** OParl 1.0 servers may leave out `type`; the fields tell the three kinds apart. */
function typeFromFields(raw: unknown): 'Paper' | 'Consultation' | 'AgendaItem' | undefined {
  if (!isRecord(raw)) return undefined;
  if ('reference' in raw || 'paperType' in raw) return 'Paper';
  if ('paper' in raw && 'agendaItem' in raw) return 'Consultation';
  return 'AgendaItem';
}

/** The main object at `src`: an agenda item, a consultation or a paper. */
export function readMain(raw: unknown, src: string): ResolutionCardData {
  const type = oparlType(raw) ?? typeFromFields(raw);
  if (type === 'AgendaItem') return { agendaItem: normaliseStandaloneAgendaItem(raw, src) };
  if (type === 'Consultation') return { consultation: normaliseConsultation(raw, src) };
  if (type === 'Paper') return { paper: normalisePaper(raw, src) };
  throw invalidData('Die Adresse zeigt weder auf einen Tagesordnungspunkt noch auf eine Beratung oder eine Vorlage.', src);
}
