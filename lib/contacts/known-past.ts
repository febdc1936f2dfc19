/**
 * Whether a record is an earlier contact the knowledge base already holds: the same people (or a
 * part of them) in an event of a compatible kind held days before the article. News recalls such
 * contacts without a date of their own ("переговори Путіна і Трампа на Алясці", "his previous call
 * with Lavrov"); the date model should not date them by the report. A feature, weighed with the
 * others by the learned decisions, not a rule.
 */
import eventsData from '../kb/events.json';
import type { PastEvent } from '../kb/types';
import { typesCompatible } from '../history/merge';
import type { ArticleContact } from './types';

// Each event's day as a time, parsed once (a long article asks for every mention).
const EVENTS = (eventsData as PastEvent[]).filter((e) => (e.status ?? 'happened') === 'happened').map((e) => ({ e, time: Date.parse(e.date) }));
const DAY = 86400000;

/** 'place' when the event also shares the record's place, 'people' when it shares its people only, null when none fits. */
export function knownPast(c: Pick<ArticleContact, 'participants' | 'type' | 'place'>, refIso: string): 'place' | 'people' | null {
  if (!refIso) return null;
  const named = c.participants.flatMap((p) => (p.actorId ? [p.actorId] : []));
  if (!named.length) return null;
  const before = Date.parse(refIso) - 3 * DAY;
  let found: 'place' | 'people' | null = null;
  for (const { e, time } of EVENTS) {
    if (time > before || !typesCompatible(e.type, c.type)) continue;
    if (!named.every((id) => e.participants.includes(id))) continue;
    const samePlace = !!c.place && !!e.place && e.place.en.split(',')[0]!.trim() === c.place;
    if (samePlace) return 'place';
    // One person alone is in many events: only with the place does that say which.
    if (named.length >= 2) found = 'people';
  }
  return found;
}
