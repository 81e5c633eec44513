import type { AgendaItemInfo, MeetingInfo, OParlDocument } from './types.js';

/*
 * What an agenda item publishes of its decision, and whether a meeting is a real one. Pure: the agenda and the
 * card render from these answers.
 */

/**
 * How the decision is published: as a `result` text, only as a file (`resolutionFile` without `result`, common
 * with Sternberg and more!), or not at all. A file is a published decision: never say nothing was published.
 */
export function publishedAs(item: Pick<AgendaItemInfo, 'result' | 'resolutionFile'>): 'result' | 'document' | 'none' {
  if (item.result) return 'result';
  return item.resolutionFile?.url ? 'document' : 'none';
}

/** The decision's file, when it has a link. */
export function decisionDocument(item: Pick<AgendaItemInfo, 'resolutionFile'>): OParlDocument | undefined {
  return item.resolutionFile?.url ? item.resolutionFile : undefined;
}

const comparable = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The resolution text to show, or undefined when it only repeats the result (some servers copy one into the other). */
export function resolutionTextBeyondResult(item: Pick<AgendaItemInfo, 'result' | 'resolutionText'>): string | undefined {
  if (!item.resolutionText) return undefined;
  return comparable(item.resolutionText) === comparable(item.result) ? undefined : item.resolutionText;
}

const PLACEHOLDER_NAME = /sammel(?:datum|termin|sitzung)|platzhalter|dummy/i;

/**
 * A placeholder meeting ("Sammeldatum": 31.12., 18:00, no place, no agenda), which some servers use to collect
 * papers not yet given a date. It is no real meeting: no status, no calendar entry.
 */
export function isPlaceholderMeeting(meeting: Pick<MeetingInfo, 'name' | 'location' | 'agenda'>): boolean {
  return PLACEHOLDER_NAME.test(meeting.name ?? '') && !meeting.location && meeting.agenda.length === 0;
}
