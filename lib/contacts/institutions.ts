/**
 * An institution is a party only when the text names it and nobody of it (GUIDE.md, section 2):
 * "глава ЦРУ Бернс" is Burns at the table, "в Кремлі" or "у штаб-квартирі ООН" is where or who
 * speaks. In the labelled corpus no institution sits beside a person of its own side, and no
 * international body (UN, NATO, OSCE) is a side of a US–Russia contact.
 */
import type { Actor } from '../kb/types';
import type { Participant } from './types';

// Each knowledge base's actors by id, made once (the background keeps one list per change).
const kinds = new WeakMap<Actor[], Map<string, string>>();

/** An actor id's kind ('person', 'institution', 'media'), for the actors of one knowledge base. */
export function kindOf(actors: Actor[]): (id: string) => string | undefined {
  let m = kinds.get(actors);
  if (!m) kinds.set(actors, (m = new Map(actors.map((a) => [a.id, a.kind]))));
  return (id) => m.get(id);
}

export function institutionsAsParties(participants: Participant[], kind: (id: string) => string | undefined): Participant[] {
  const of = (p: Participant) => (p.actorId ? kind(p.actorId) : undefined);
  const peopleSides = new Set(participants.filter((p) => of(p) === 'person').map((p) => p.side));
  return participants.filter((p) => of(p) !== 'institution' || ((p.side === 'US' || p.side === 'RU') && !peopleSides.has(p.side)));
}

/**
 * "У Кремлі припустили візит Віткоффа", "в Госдепе заявили", "прибыл в Госдеп": a body right after
 * "у/в" is where the words come from or where someone went, not a party (GUIDE.md section 2).
 */
export function bodyAsPlace(norm: string, start: number): boolean {
  return /(?:^|[^\p{L}])(у|в|во)\s+$/iu.test(norm.slice(Math.max(0, start - 4), start));
}
