/**
 * Who of a third country takes part in a US–Russia contact. A sentence about a US–Russia contact
 * often names a Ukrainian or another country's leader too ("after his call with Putin, Austin
 * phoned Reznikov", "Orban also talked with Trump and offered a summit with Putin"): that person
 * has a contact of their own, with one side, not a seat at this one. A third country sits at the
 * table only when the text says the round is three-way ("тристоронні переговори"), so without
 * such a word its people and its side leave the candidate. Read on dev: the candidates that named
 * a third country's person without that word were wrong in all but two of twelve.
 */
import { TRILATERAL } from './lexicon';
import type { ArticleContact, Participant } from './types';

const isPair = (s: string) => s === 'US' || s === 'RU';

/** A named person of a third country; its side told by a country's name stays (the rounds "між Україною, США та Росією"). */
const thirdPerson = (p: Participant) => p.actorId !== null && !isPair(p.side);

export function withoutThirdParties(c: ArticleContact, text: string): ArticleContact {
  if (!c.participants.some(thirdPerson)) return c;
  const spans = c.mentions.length ? c.mentions : [c.evidence];
  if (spans.some((m) => TRILATERAL.test(text.slice(m.start, m.end).toLowerCase()))) return c;
  const participants = c.participants.filter((p) => !thirdPerson(p));
  // Without anyone of either side left, the candidate was about the third country: leave it be.
  if (!participants.some((p) => p.side === 'US') && !participants.some((p) => p.side === 'RU')) return c;
  return { ...c, participants, sides: c.sides.filter((s) => isPair(s) || participants.some((p) => p.side === s)) };
}
