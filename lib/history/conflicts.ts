import { windowsOverlap } from '../contacts/window';
import { planThenCalledOff, timeWindow, typesCompatible } from './merge';
import type { ContactStatus } from '../contacts/types';
import type { ContactRecord, SourceClaim, SourceRef } from './types';

export type DisagreementField = 'date' | 'place' | 'type' | 'status';

/** One reading of a field and the articles that gave it. */
export type Reading = { value: string; claim: SourceClaim; urls: string[] };

/** A field the sources of one contact do not agree on, with every reading. */
export type Disagreement = { field: DisagreementField; readings: Reading[] };

/** A contact called off and a denial of it: both say it did not take place. */
const notHeld = (a: ContactStatus, b: ContactStatus) => (a === 'called_off' && b === 'denied') || (a === 'denied' && b === 'called_off');

const dateValue = (c: SourceClaim) => (c.date ? (c.endDate && c.endDate !== c.date ? `${c.date}/${c.endDate}` : c.date) : null);
const placeValue = (c: SourceClaim) => c.place?.trim().toLowerCase() || null;

/**
 * The days a dated claim may mean, as the history folds them (timeWindow): a date the text gives,
 * or for an article that reports a contact as just held ("by 14 Nov"), the days up to its report.
 * "13 Nov" and "by 14 Nov" agree; without this the two read as a contested date.
 */
const claimWindow = (c: SourceClaim) => timeWindow({ ...c, sources: [], firstSeen: '' });

/**
 * Whether two readings of a field can both be true. A month and a day inside it, "talks" and
 * "a meeting", an unclear status and any other: those are one report made more or less exact,
 * not a disagreement. A plan and its calling off are the same contact told at two moments, and
 * "called off" and "denied" both say it did not take place: neither pair is contested.
 */
const compatible: Record<DisagreementField, (a: SourceClaim, b: SourceClaim) => boolean> = {
  date: (a, b) => windowsOverlap(claimWindow(a), claimWindow(b)),
  place: (a, b) => placeValue(a) === placeValue(b),
  type: (a, b) => typesCompatible(a.type, b.type),
  status: (a, b) => a.status === b.status || a.status === 'unclear' || b.status === 'unclear' || planThenCalledOff(a.status, b.status) || notHeld(a.status, b.status),
};

const valueOf: Record<DisagreementField, (c: SourceClaim) => string | null> = {
  date: dateValue,
  place: placeValue,
  type: (c) => c.type,
  status: (c) => c.status,
};

/**
 * Where a contact's sources disagree. Only what each article itself said counts (its claim);
 * a source without one (imported from an older file, or from the knowledge base) takes no side.
 * A field is listed when two of its readings cannot both be true; every reading is then shown.
 */
export function disagreements(r: Pick<ContactRecord, 'sources'>): Disagreement[] {
  const claimed = r.sources.filter((s): s is SourceRef & { claim: SourceClaim } => !!s.claim);
  if (claimed.length < 2) return [];
  const out: Disagreement[] = [];
  for (const field of ['date', 'place', 'type', 'status'] as DisagreementField[]) {
    const readings: Reading[] = [];
    for (const s of claimed) {
      const v = valueOf[field](s.claim);
      if (v === null) continue;
      const same = readings.find((x) => x.value === v);
      if (same) same.urls.push(s.url);
      else readings.push({ value: v, claim: s.claim, urls: [s.url] });
    }
    const clash = readings.some((a, i) => readings.slice(i + 1).some((b) => !compatible[field](a.claim, b.claim)));
    if (clash) out.push({ field, readings });
  }
  return out;
}
