import type { PastEvent } from './types';

/** What an article's contacts say besides who: where, and what kind. */
export type ContactHints = { places?: (string | null)[]; types?: string[] };

/**
 * Earlier contacts related to an article, before its publication, nearest in time first: those
 * sharing a participant with its contacts (or, failing that, with the actors it names), and those
 * of the same place — the earlier rounds of a series held there (Istanbul's consultations, the
 * Riyadh talks) count most when they are of the same kind too, even when nobody is named.
 */
export function relatedEvents(events: PastEvent[], actors: string[], contactParties: string[], published: string | null, limit = 5, hints: ContactHints = {}): PastEvent[] {
  const day = (published ?? '9999').slice(0, 10);
  const places = new Set((hints.places ?? []).filter((p): p is string => !!p).map((p) => p.toLowerCase()));
  const types = new Set(hints.types ?? []);
  const score = (e: PastEvent) => {
    const shared = e.participants.filter((p) => contactParties.includes(p)).length * 2 + e.participants.filter((p) => actors.includes(p)).length;
    // "Anchorage, Alaska" is held in Anchorage; "Istanbul" matches the Istanbul rounds.
    const city = e.place?.en.split(',')[0]!.trim().toLowerCase();
    const samePlace = !!city && places.has(city);
    return shared + (samePlace ? 2 + (types.has(e.type) ? 1 : 0) : 0);
  };
  return events
    .filter((e) => e.date <= day && score(e) >= 2)
    .sort((a, b) => score(b) - score(a) || b.date.localeCompare(a.date))
    .slice(0, limit * 3)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, limit);
}
