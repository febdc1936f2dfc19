import type { KnowledgeBase } from '../kb/index';
import { countryLabel } from '../ui/places';
import type { RecentContact } from '../messages';
import type { HistoryDB } from './db';
import type { ContactRecord } from './types';

/** An actor's latest contacts in the history (by the contact's date), for the hover card and the popup, in the given language. */
export async function recentContacts(db: HistoryDB, id: string, kb: Pick<KnowledgeBase, 'byId'>, lang: 'uk' | 'ru' | 'en', limit = 3): Promise<RecentContact[]> {
  const when = (r: ContactRecord) => r.date ?? r.sources[0]?.published?.slice(0, 10) ?? '';
  const rows = (await db.contacts.where('participants').equals(id).toArray()).sort((a, b) => when(b).localeCompare(when(a))).slice(0, limit);
  return rows.map((r) => ({
    date: r.date,
    ...(r.date && r.dateBasis === 'report' && { byReport: true }),
    reported: r.sources[0]?.published?.slice(0, 10) ?? null,
    type: r.type,
    status: r.status,
    // Named counterparts, else the sides (a contact told by sides alone), in the reader's language.
    with: r.participants.filter((p) => p !== id).map((p) => kb.byId.get(p)?.name[lang] ?? p).join(', ') || r.sides.map((s) => countryLabel(s, lang)).join('–'),
    url: r.sources[0]?.url ?? '',
    site: r.sources[0]?.site ?? null,
  }));
}

