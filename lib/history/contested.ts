import { disagreements, type Disagreement, type DisagreementField } from './conflicts';
import type { ContactRecord } from './types';

/**
 * The fields whose disagreement makes a contact contested: whether it happened at all (one
 * article says it took place, another that it was denied or is still planned), when and where.
 * Two kinds for one contact ("talks" and "a call") are shown among the disagreements but do not
 * make it contested: the sources still agree that the contact took place, then and there.
 */
export const CONTESTED_FIELDS: readonly DisagreementField[] = ['status', 'date', 'place'];

/** The contested fields of a record, in CONTESTED_FIELDS' order (status first: it weighs most). */
export function contestedFields(r: Pick<ContactRecord, 'sources'>, found: Disagreement[] = disagreements(r)): DisagreementField[] {
  return CONTESTED_FIELDS.filter((f) => found.some((d) => d.field === f));
}

/** Whether a contact's sources disagree on whether, when or where it took place. */
export function isContested(r: Pick<ContactRecord, 'sources'>): boolean {
  return contestedFields(r).length > 0;
}

/** A disagreement as the export writes it: the field and each reading with the articles that gave it (each article's whole claim is in its source already). */
export type DisagreementOut = { field: DisagreementField; readings: { value: string; urls: string[] }[] };

/** What the exports add to a record, worked out when written, never stored: whether it is contested, on what, and every disagreement. */
export function contestedSummary(r: Pick<ContactRecord, 'sources'>): { contested: boolean; fields: DisagreementField[]; disagreements: DisagreementOut[] } {
  const found = disagreements(r);
  const fields = contestedFields(r, found);
  return {
    contested: fields.length > 0,
    fields,
    disagreements: found.map((d) => ({ field: d.field, readings: d.readings.map((x) => ({ value: x.value, urls: [...x.urls] })) })),
  };
}

/**
 * A record's JSON text (contactJson) with, where its sources disagree, whether it is contested
 * and every disagreement, worked out now and never stored: an analyst reading the file with jq or
 * pandas need not repeat the rules. Like `prior` and `dateBasis`, the fields are absent where
 * there is nothing to say (sources that agree); import drops them (exchange.ts, clean).
 * Appended to the record's text rather than to a copy of it, which JSON.stringify would pay for.
 */
export function withDisagreements(text: string, r: Pick<ContactRecord, 'sources'>): string {
  const s = contestedSummary(r);
  if (!s.disagreements.length) return text;
  return `${text.slice(0, -1)},"contested":${s.contested},"disagreements":${JSON.stringify(s.disagreements)}}`;
}
