import type { KnowledgeBase } from '../kb/index';
import { findActors } from '../match/actors';
import { searchText } from '../ui/format';
import { dateWindow, windowsOverlap } from '../contacts/window';
import type { ContactRecord } from './types';

export type HistoryFilter = {
  q?: string;
  status?: string;
  type?: string;
  side?: string;
  actor?: string;
  site?: string;
  lang?: string;
  from?: string;
  to?: string;
};

/** Actor ids a query names in any case form ("рябкова" finds Ryabkov, "трампом" Trump). */
export function actorsInQuery(q: string, kb: KnowledgeBase): Set<string> {
  const capitalised = q.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
  return new Set(findActors(capitalised, kb.lexicon).map((h) => kb.actors[h.actor]!.id));
}

/** The records a filter keeps; every condition must hold. Undated contacts pass a date range by their report date. */
export function filterContacts(records: ContactRecord[], f: HistoryFilter, kb: KnowledgeBase): ContactRecord[] {
  const query = (f.q ?? '').trim().toLowerCase().replace(/ё/g, 'е');
  const ids = query ? actorsInQuery((f.q ?? '').trim(), kb) : null;
  const range: [string, string] | null = f.from || f.to ? [f.from || '0000-01-01', f.to || '9999-12-31'] : null;
  return records.filter((r) => {
    if (f.status && r.status !== f.status) return false;
    if (f.type && r.type !== f.type) return false;
    if (f.side && !r.sides.includes(f.side as never)) return false;
    if (f.actor && !r.participants.includes(f.actor)) return false;
    if (f.site && !r.sources.some((s) => s.site === f.site)) return false;
    if (f.lang && !r.sources.some((s) => s.lang === f.lang)) return false;
    if (range) {
      const w: [string, string] = r.date ? dateWindow(r.date, r.endDate) : [r.sources[0]?.published?.slice(0, 10) ?? '', r.sources[0]?.published?.slice(0, 10) ?? ''];
      if (!windowsOverlap(w, range)) return false;
    }
    if (query && !(r.participants.some((p) => ids!.has(p)) || searchText(r, kb.byId).includes(query))) return false;
    return true;
  });
}

/** Who an actor met or talked with across the records, most frequent first. */
export function counterparts(records: ContactRecord[], actor: string): { id: string; count: number }[] {
  const n = new Map<string, number>();
  for (const r of records) {
    if (!r.participants.includes(actor)) continue;
    for (const p of r.participants) if (p !== actor) n.set(p, (n.get(p) ?? 0) + 1);
  }
  return [...n].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

export type SortOrder = 'seen' | 'date' | 'confidence' | 'sources';

/** The records in a reader's chosen order (newest report, contact date, confidence, number of sources). */
export function sortContacts(records: ContactRecord[], order: SortOrder): ContactRecord[] {
  const when = (r: ContactRecord) => r.date ?? r.sources[0]?.published?.slice(0, 10) ?? '';
  const by: Record<SortOrder, (a: ContactRecord, b: ContactRecord) => number> = {
    seen: (a, b) => b.lastSeen.localeCompare(a.lastSeen),
    date: (a, b) => when(b).localeCompare(when(a)),
    confidence: (a, b) => b.confidence - a.confidence,
    sources: (a, b) => b.sources.length - a.sources.length,
  };
  return [...records].sort(by[order]);
}
