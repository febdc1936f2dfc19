import type { FoundContact } from '../analyze';
import type { HistoryDB } from './db';
import type { ContactRecord } from './types';

/**
 * The stored record an article's contact became: the one that lists this article as a source
 * with the same evidence sentence (looked up through the participants or sides index).
 */
export async function recordForPageContact(db: HistoryDB, url: string, c: Pick<FoundContact, 'participants' | 'sides' | 'evidence'>): Promise<ContactRecord | undefined> {
  const cands = c.participants.length
    ? await db.contacts.where('participants').anyOf(c.participants).toArray()
    : await db.contacts.where('sides').anyOf(c.sides).toArray();
  return cands.find((r) => r.sources.some((s) => s.url === url && s.evidence.start === c.evidence.start && s.evidence.end === c.evidence.end));
}
