export { ResolutionCard, type ResolutionCardData } from './resolution-card.js';
export { ResolutionCopiedEvent, ResolutionSettledEvent } from './events.js';
export { parseResult, parseVotes, type ParsedResult, type ResultKind, type VoteChoice, type VoteTally } from '../../oparl/result.js';
