import type { KnowledgeBase } from '../kb/index';
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
    with: r.participants.filter((p) => p !== id).map((p) => { const a = kb.byId.get(p); return a ? (lang === 'en' ? a.name.en : a.name[lang]) : p; }).join(', ') || r.sides.join('–'),
    url: r.sources[0]?.url ?? '',
    site: r.sources[0]?.site ?? null,
  }));
}

