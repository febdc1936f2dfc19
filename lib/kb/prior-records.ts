import type { Participant } from '../contacts/types';
import type { ContactRecord } from '../history/types';
import { contactKey } from '../history/merge';
import { hostOf } from '../ui/safe-url';
import { sideOf, type Actor, type PastEvent, type Side } from './types';

const precisionOf = (d: string) => (d.length === 10 ? 'day' : d.length === 7 ? 'month' : 'year') as 'day' | 'month' | 'year';

const SIDE_NAME: Record<Side, string> = { US: 'United States', RU: 'Russia', UA: 'Ukraine', other: 'other' };

/** The sides taking part in a shipped event: its named actors' countries and the sides it lists. */
export function eventSides(e: PastEvent, byId: ReadonlyMap<string, Actor>): Set<Side> {
  return new Set([...(e.sides ?? []), ...e.participants.flatMap((id) => { const a = byId.get(id); return a ? [sideOf(a.country)] : []; })]);
}

/**
 * Whether a shipped event belongs in the history: a contact with both the US and Russia in it,
 * not marked as context (tests/unit/reference-timeline.test.ts checks that the mark and the
 * sides agree over events.json).
 */
export function isUsRussiaEvent(e: PastEvent, byId: ReadonlyMap<string, Actor>): boolean {
  if (e.context) return false;
  const sides = eventSides(e, byId);
  return sides.has('US') && sides.has('RU');
}

/**
 * A shipped past event as a history record: the reference timeline the history starts with.
 * Its one source is the public page the event was taken from; it carries no claim (it takes no
 * side when articles disagree) and no evidence offsets. An article later reporting the same
 * contact merges into it by the ordinary rules, so the record gains the article as a source.
 */
export function priorEventRecord(e: PastEvent, byId: ReadonlyMap<string, Actor>, seen: string): Omit<ContactRecord, 'id'> {
  const known = e.participants.map((id) => byId.get(id)).filter((a): a is Actor => !!a);
  const parties: Participant[] = known.map((a) => ({ actorId: a.id, side: sideOf(a.country), text: a.name.en }));
  // A side whose people are not named here (a back channel known from the press, a general not
  // in the knowledge base) takes part as the side alone.
  for (const side of e.sides ?? []) if (!parties.some((p) => p.side === side)) parties.push({ actorId: null, side, text: SIDE_NAME[side] });
  const sides = [...new Set(parties.map((p) => p.side))].sort();
  const at = `${(e.date + '-01-01').slice(0, 10)}T00:00:00.000Z`;
  const base = {
    participants: known.map((a) => a.id),
    parties,
    sides,
    type: e.type,
    status: e.status ?? 'happened',
    date: e.date,
    endDate: e.endDate,
    datePrecision: precisionOf(e.date),
    // The city alone, as the extractor names places ("Anchorage", not "Anchorage, Alaska").
    place: e.place ? (e.place.en.split(',')[0] ?? '').trim() : null,
    // Taken from a public record, not read off an article by the extractor.
    confidence: 0.95,
    confirmed: false,
    edited: false,
    prior: e.id,
    sources: [
      {
        url: e.source,
        title: e.title.en,
        site: hostOf(e.source),
        lang: 'en',
        published: null,
        seen,
        evidence: { start: 0, end: 0, exact: e.title.en, prefix: '', suffix: '' },
        reportedBy: [],
      },
    ],
    // Dated by the event itself, so the history (newest seen first) keeps what the person read
    // above the reference timeline, and the timeline sorts among itself by date.
    firstSeen: at,
    lastSeen: at,
  };
  return { ...base, key: contactKey(base) };
}

/**
 * The US–Russia events not loaded before (a person may have deleted some: those stay deleted), as
 * records. The context events (Russia–Ukraine rounds in Istanbul, the Munich conference) stay
 * references on the page and in the popup, outside the history of US–Russia contacts.
 */
export function priorEventRecords(events: readonly PastEvent[], byId: ReadonlyMap<string, Actor>, loaded: ReadonlySet<string>, seen: string): Omit<ContactRecord, 'id'>[] {
  return events.filter((e) => !loaded.has(e.id) && isUsRussiaEvent(e, byId)).map((e) => priorEventRecord(e, byId, seen));
}

/** Storage key set once the reader has dismissed the reference timeline's introduction in the history. */
export const REFERENCE_INTRO_KEY = 'referenceIntroSeen';

/**
 * What the reference timeline shipped with the extension holds, for the notice that introduces
 * it: how many contacts (the events that go into the history) and the years they span. Null when
 * it holds none.
 */
export function referenceSpan(events: readonly PastEvent[], byId: ReadonlyMap<string, Actor>): { n: number; from: string; to: string } | null {
  const shipped = events.filter((e) => isUsRussiaEvent(e, byId));
  if (!shipped.length) return null;
  const years = shipped.flatMap((e) => [e.date, e.endDate ?? e.date].map((d) => d.slice(0, 4))).sort();
  return { n: shipped.length, from: years[0]!, to: years[years.length - 1]! };
}
