import type { PastEvent } from './types';

/**
 * Earlier contacts related to an article: those sharing a participant with its contacts (or,
 * failing that, with the actors it names), before its publication, nearest in time first.
 */
export function relatedEvents(events: PastEvent[], actors: string[], contactParties: string[], published: string | null, limit = 5): PastEvent[] {
  const day = (published ?? '9999').slice(0, 10);
  const score = (e: PastEvent) => {
    const shared = e.participants.filter((p) => contactParties.includes(p)).length * 2 + e.participants.filter((p) => actors.includes(p)).length;
    return shared;
  };
  return events
    .filter((e) => e.date <= day && score(e) >= 2)
    .sort((a, b) => score(b) - score(a) || b.date.localeCompare(a.date))
    .slice(0, limit * 3)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, limit);
}
