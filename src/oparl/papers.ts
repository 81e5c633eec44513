import { invalidData } from '../core/errors.js';
import { asArray, cleanDate, cleanText, isRecord, safeUrl } from '../core/sanitize.js';
import { expectObject, isDeleted, normaliseAgendaItem, normaliseDocument, normaliseDocuments, referenceUrl, referenceUrls } from './normalise.js';
import type { AgendaItemInfo, ConsultationInfo, PaperInfo } from './types.js';

/*
 * Papers (Vorlagen), their consultations (the Beratungsfolge) and agenda items fetched on their own: what the
 * resolution card reads. Apart from normalise.ts, so that an agenda's first render does not carry them.
 */

export function normaliseConsultation(raw: unknown, url?: string): ConsultationInfo {
  const { json, id } = expectObject(raw, 'Consultation', url);
  return {
    id,
    paperUrl: referenceUrl(json['paper']),
    meetingUrl: referenceUrl(json['meeting']),
    agendaItemUrl: referenceUrl(json['agendaItem']),
    organizationUrls: referenceUrls(json['organization']),
    role: cleanText(json['role']),
    authoritative: typeof json['authoritative'] === 'boolean' ? json['authoritative'] : undefined,
  };
}

export function normalisePaper(raw: unknown, url?: string): PaperInfo {
  const { json, id } = expectObject(raw, 'Paper', url);
  const consultations: ConsultationInfo[] = [];
  for (const entry of asArray(json['consultation'])) {
    if (!isRecord(entry) || isDeleted(entry)) continue;
    try {
      // Embedded consultations omit their back-reference to the paper; put it in.
      consultations.push({ ...normaliseConsultation(entry), paperUrl: id });
    } catch {
      // A broken entry in the Beratungsfolge does not break the paper.
    }
  }
  return {
    id,
    name: cleanText(json['name'], { multiline: true }),
    reference: cleanText(json['reference']),
    paperType: cleanText(json['paperType']),
    date: cleanDate(json['date']),
    mainFile: normaliseDocument(json['mainFile']),
    auxiliaryFiles: normaliseDocuments(json['auxiliaryFile']),
    underDirectionOfUrls: referenceUrls(json['underDirectionOf']),
    originatorPersonUrls: referenceUrls(json['originatorPerson']),
    originatorOrganizationUrls: referenceUrls(json['originatorOrganization']),
    consultations,
    modified: cleanDate(json['modified']),
    web: safeUrl(json['web']),
  };
}

/** An agenda item fetched on its own (it then carries its `meeting` back-reference). */
export function normaliseStandaloneAgendaItem(raw: unknown, url?: string): AgendaItemInfo {
  const { json, id } = expectObject(raw, 'AgendaItem', url);
  const item = normaliseAgendaItem(json, 0);
  if (!item) throw invalidData('Der Tagesordnungspunkt ist leer.', url);
  return { ...item, id };
}
