import { meetingOver } from './client.js';
import { isFinal, type ParsedResult } from './result.js';
import type { AgendaItemInfo, AgendaPart, ConsultationInfo, MeetingInfo } from './types.js';

/*
 * A paper's path through the committees (Beratungsfolge): which steps are behind it, where it stands and
 * what comes next. Pure: the caller loads the meetings and results and passes "now" (core/clock.ts).
 */

/** One step as far as it is known: the meeting and the result may still be loading, or have failed. */
export interface PathStepInput {
  consultation: ConsultationInfo;
  meeting: Pick<MeetingInfo, 'start' | 'end' | 'cancelled'> | undefined;
  result: ParsedResult | undefined;
}

/** Whether the step's meeting is over, still to come, or cannot be placed in time (no meeting or no date). */
export type StepTime = 'past' | 'upcoming' | 'unknown';

export interface PaperPath {
  time: StepTime[];
  /** The step the paper went through last: the latest meeting that is over and was not cancelled. */
  current: number | undefined;
  /** The next planned step: the earliest meeting still to come that is not cancelled. */
  next: number | undefined;
  /** Nothing is planned and the latest step ended the matter (decided, rejected, noted, withdrawn). */
  concluded: boolean;
}

/** A path of one step that says neither its role nor that it decides: the data do not tell that it ended the matter. */
const lonelyStep = (steps: PathStepInput[]): boolean =>
  steps.length === 1 && !steps[0]!.consultation.role && steps[0]!.consultation.authoritative !== true;

export function describePath(steps: PathStepInput[], now: number): PaperPath {
  const time = steps.map(({ meeting }): StepTime => {
    const over = meeting ? meetingOver(meeting) : undefined;
    if (over === undefined) return 'unknown';
    return over <= now ? 'past' : 'upcoming';
  });
  const start = (index: number) => steps[index]!.meeting!.start!.getTime();
  let current: number | undefined;
  let next: number | undefined;
  steps.forEach((step, index) => {
    if (step.meeting?.cancelled) return;
    if (time[index] === 'past' && (current === undefined || start(index) >= start(current))) current = index;
    if (time[index] === 'upcoming' && (next === undefined || start(index) < start(next))) next = index;
  });
  const last = current === undefined ? undefined : steps[current]!.result;
  const concluded =
    next === undefined && !time.includes('unknown') && last !== undefined && isFinal(last.kind) &&
    // A final verdict at a preparing step (say "zur Kenntnis genommen" in a hearing) ends nothing if a deciding step follows it.
    (steps[current!]!.consultation.authoritative === true || (current === steps.length - 1 && !lonelyStep(steps)));
  return { time, current, next, concluded };
}

/** The agenda item with this id inside a meeting's agenda (items and sub-items), if the meeting embeds it. */
export function findAgendaItem(parts: AgendaPart[], id: string | undefined): AgendaItemInfo | undefined {
  const search = (items: AgendaItemInfo[]): AgendaItemInfo | undefined => {
    for (const item of items) {
      const found = item.id === id ? item : search(item.children);
      if (found) return found;
    }
    return undefined;
  };
  return id === undefined ? undefined : parts.map((part) => search(part.items)).find(Boolean);
}

/**
 * Whether an agenda item is public: its own `public`, else what its meeting's section rows ("Öffentliche
 * Sitzung") say of it (Sternberg sends no `public` on items), else unknown.
 */
export function itemPublicity(item: AgendaItemInfo, meeting: MeetingInfo | undefined): boolean | undefined {
  if (item.public !== undefined) return item.public;
  return meeting ? findAgendaItem(meeting.agenda, item.id)?.public : undefined;
}
