/**
 * An institution is a party only when the text names it and nobody of it (GUIDE.md, section 2):
 * "глава ЦРУ Бернс" is Burns at the table, "в Кремлі" or "у штаб-квартирі ООН" is where or who
 * speaks. In the labelled corpus no institution sits beside a person of its own side, and no
 * international body (UN, NATO, OSCE) is a side of a US–Russia contact.
 */
import type { Actor } from '../kb/types';
import type { Participant } from './types';

export function institutionsAsParties(participants: Participant[], byId: (id: string) => Actor | undefined): Participant[] {
  const kind = (p: Participant) => (p.actorId ? byId(p.actorId)?.kind : undefined);
  const peopleSides = new Set(participants.filter((p) => kind(p) === 'person').map((p) => p.side));
  const out: Participant[] = [];
  for (const p of participants) {
    if (kind(p) !== 'institution') {
      out.push(p);
      continue;
    }
    if (p.side !== 'US' && p.side !== 'RU') continue;
    if (peopleSides.has(p.side)) continue;
    out.push(p);
  }
  return out;
}
