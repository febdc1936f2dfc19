import type { KnowledgeBase } from '../kb/index';
import { findActors } from '../match/actors';
import { searchText } from '../ui/format';
import { dateWindow, windowsOverlap } from '../contacts/window';
import type { Side } from '../kb/types';
import { isContested } from './contested';
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
  /** What a person did with it: confirmed, corrected, or neither yet. */
  review?: 'confirmed' | 'edited' | 'unreviewed';
  /** Where it came from: articles read, or the reference timeline shipped with the extension. */
  origin?: 'read' | 'reference';
  /** Only the contacts whose sources disagree on whether, when or where they took place (lib/history/contested.ts). */
  contested?: boolean;
  /** Hide what extraction was less sure of than this (Settings.minConfidence); a person's confirmed or corrected records always pass. */
  minConfidence?: number;
};

/** Whether a record is sure enough to show: vouched for by a person, or at or above the threshold. */
export function sureEnough(min: number | undefined, x: { confidence: number; confirmed: boolean; edited: boolean }): boolean {
  return !min || x.confirmed || x.edited || x.confidence >= min;
}

/** Whether a record passes the review and origin conditions (shared by records and facets). */
function reviewOk(review: HistoryFilter['review'], x: { confirmed: boolean; edited: boolean }): boolean {
  return review === 'confirmed' ? x.confirmed : review === 'edited' ? x.edited : review === 'unreviewed' ? !x.confirmed && !x.edited : true;
}
function originOk(origin: HistoryFilter['origin'], x: { reference: boolean; read: boolean }): boolean {
  return origin === 'reference' ? x.reference : origin === 'read' ? x.read : true;
}
/** A record from the timeline, and whether any article has reported it (a source beyond the timeline's own). */
const originOf = (r: Pick<ContactRecord, 'prior' | 'sources'>) => ({ reference: !!r.prior, read: r.sources.length > (r.prior ? 1 : 0) });

/** Actor ids a query names in any case form ("рябкова" finds Ryabkov, "трампом" Trump). */
export function actorsInQuery(q: string, kb: KnowledgeBase): Set<string> {
  const capitalised = q.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
  return new Set(findActors(capitalised, kb.lexicon).map((h) => kb.actors[h.actor]!.id));
}

/** The records a filter keeps; every condition must hold. Undated contacts pass a date range by their report date. */
export function filterContacts(records: ContactRecord[], f: HistoryFilter, kb: KnowledgeBase): ContactRecord[] {
  const query = (f.q ?? '').trim().toLowerCase().replace(/ё/g, 'е');
  const ids = query ? actorsInQuery((f.q ?? '').trim(), kb) : null;
  // A bound may be a year or a month (the popup's date fields take what the edit form takes): from its first day to the last day of the other.
  const range: [string, string] | null = f.from || f.to ? [f.from ? dateWindow(f.from, null)[0] : '0000-01-01', f.to ? dateWindow(f.to, null)[1] : '9999-12-31'] : null;
  return records.filter((r) => {
    if (f.status && r.status !== f.status) return false;
    if (f.type && r.type !== f.type) return false;
    if (f.side && !r.sides.includes(f.side as never)) return false;
    if (f.actor && !r.participants.includes(f.actor)) return false;
    if (f.site && !r.sources.some((s) => s.site === f.site)) return false;
    if (f.lang && !r.sources.some((s) => s.lang === f.lang)) return false;
    if (!reviewOk(f.review, r) || !originOk(f.origin, originOf(r))) return false;
    if (!sureEnough(f.minConfidence, r)) return false;
    if (f.contested && !isContested(r)) return false;
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

// ---------------------------------------------------------------- facets: the history without its text

/**
 * What the history view needs of a record to filter it (all but free text), sort it, count it and
 * draw the timeline and the actor view, without holding the record itself: about a tenth of its
 * size, so 100,000 of them stay small in the popup. Repeated values are shared (see `Interner`).
 */
export type ContactFacet = {
  id: number;
  lastSeen: string;
  /** The contact's date, else its first report's day, else '' (sorting by date, the actor view). */
  when: string;
  /** The days a date-range filter compares (as filterContacts does); null when the date cannot be read. */
  win: readonly [string, string] | null;
  status: string;
  type: string;
  sides: readonly string[];
  participants: readonly string[];
  /** The sides told with no one named ("американська сторона"): the network draws them (lib/publish/contact-graph.ts). */
  unnamedSides: readonly Side[];
  /** Interner.id of the sides and of the participants. */
  sidesId: number;
  participantsId: number;
  sites: readonly (string | null)[];
  langs: readonly (string | null)[];
  confidence: number;
  sources: number;
  confirmed: boolean;
  edited: boolean;
  /** From the reference timeline; reported by an article (both may hold). */
  reference: boolean;
  read: boolean;
  /** Its sources disagree on whether, when or where it took place (worked out once, as the record is read). */
  contested: boolean;
  /** The timeline's month for it (lib/ui/timeline.ts), or '' when it has none. */
  month: string;
};

/** A number for every distinct list of values (the same in every Interner), so a filter can remember its answer per list. */
const listIds = new Map<string, number>();
const listKey = (xs: readonly (string | null)[]) => xs.map((x) => (x === null ? '\u0000' : x)).join('\u0001');

/** Shares equal strings and lists between facets (a history repeats them endlessly). */
export class Interner {
  private strings = new Map<string, string>();
  private lists = new Map<string, readonly (string | null)[]>();
  str<T extends string | null>(s: T): T {
    if (s === null) return s;
    const got = this.strings.get(s);
    if (got !== undefined) return got as T;
    this.strings.set(s, s);
    return s;
  }
  list<T extends string | null>(xs: readonly T[]): readonly T[] {
    const k = listKey(xs);
    const got = this.lists.get(k);
    if (got) return got as readonly T[];
    const v = Object.freeze(xs.map((x) => this.str(x)));
    this.lists.set(k, v);
    return v;
  }
  /** The number of a list's contents. */
  static id(xs: readonly (string | null)[]): number {
    const k = listKey(xs);
    let id = listIds.get(k);
    if (id === undefined) listIds.set(k, (id = listIds.size));
    return id;
  }
}

/** As lib/ui/timeline.ts places a record: its date's month, else the month it was reported in. */
function timelineMonth(r: ContactRecord): string {
  const reported = (r.sources[0]?.published ?? r.firstSeen ?? '').slice(0, 7);
  if (!r.date) return reported;
  if (r.date.length >= 7) return r.date.slice(0, 7);
  return reported.startsWith(r.date) ? reported : `${r.date}-07`;
}

/** The facet of a stored record. */
export function facetOf(r: ContactRecord, i: Interner = new Interner()): ContactFacet {
  const pub = r.sources[0]?.published?.slice(0, 10) ?? '';
  let win: readonly [string, string] | null;
  try {
    win = r.date ? dateWindow(r.date, r.endDate) : [pub, pub];
  } catch {
    win = null;
  }
  return {
    id: r.id!,
    lastSeen: r.lastSeen,
    when: i.str(r.date ?? r.sources[0]?.published?.slice(0, 10) ?? ''),
    win: win && [i.str(win[0]), i.str(win[1])],
    status: i.str(r.status),
    type: i.str(r.type),
    sides: i.list(r.sides),
    participants: i.list(r.participants),
    unnamedSides: i.list([...new Set(r.parties.filter((p) => !p.actorId).map((p) => p.side))].sort()),
    sidesId: Interner.id(r.sides),
    participantsId: Interner.id(r.participants),
    sites: i.list(r.sources.map((s) => s.site)),
    langs: i.list(r.sources.map((s) => s.lang)),
    confidence: r.confidence,
    sources: r.sources.length,
    confirmed: r.confirmed,
    edited: r.edited,
    ...originOf(r),
    contested: isContested(r),
    month: i.str(timelineMonth(r)),
  };
}

/** A filter made ready to test facets: the query lower-cased and the actors it names found once. */
export type PreparedFilter = {
  f: HistoryFilter;
  query: string;
  ids: Set<string>;
  range: [string, string] | null;
};

/** The search text as filterContacts compares it. */
export const normaliseQuery = (q: string | undefined) => (q ?? '').trim().toLowerCase().replace(/ё/g, 'е');

export function prepareFilter(f: HistoryFilter, kb: KnowledgeBase): PreparedFilter {
  const query = normaliseQuery(f.q);
  return {
    f,
    query,
    ids: query ? actorsInQuery((f.q ?? '').trim(), kb) : new Set(),
    range: f.from || f.to ? [f.from || '0000-01-01', f.to || '9999-12-31'] : null,
  };
}

/**
 * filterContacts for facets, as one test made for the filter: only its conditions are checked,
 * and those on a list of parties once per list (facets share their lists). The free-text half of
 * a search is what `textHits` says (the ids whose text holds the query, from a scan of the
 * records); without it, only the actors a query names are found.
 */
export function facetTest(p: PreparedFilter, textHits: ReadonlySet<number> | null): (x: ContactFacet) => boolean {
  const f = p.f;
  const tests: ((x: ContactFacet) => boolean)[] = [];
  const perList = (test: (l: readonly string[]) => boolean) => {
    const memo: (boolean | undefined)[] = [];
    return (l: readonly string[], id: number) => (memo[id] ??= test(l));
  };
  if (f.status) tests.push((x) => x.status === f.status);
  if (f.type) tests.push((x) => x.type === f.type);
  if (f.side) {
    const has = perList((l) => l.includes(f.side!));
    tests.push((x) => has(x.sides, x.sidesId));
  }
  if (f.actor) {
    const has = perList((l) => l.includes(f.actor!));
    tests.push((x) => has(x.participants, x.participantsId));
  }
  if (f.site) tests.push((x) => x.sites.includes(f.site!));
  if (f.lang) tests.push((x) => x.langs.includes(f.lang!));
  if (f.review) tests.push((x) => reviewOk(f.review, x));
  if (f.origin) tests.push((x) => originOk(f.origin, x));
  if (f.contested) tests.push((x) => x.contested);
  if (f.minConfidence) tests.push((x) => sureEnough(f.minConfidence, x));
  if (p.range) {
    const range = p.range;
    tests.push((x) => !!x.win && windowsOverlap(x.win as [string, string], range));
  }
  if (p.query) {
    const named = perList((l) => l.some((id) => p.ids.has(id)));
    tests.push((x) => named(x.participants, x.participantsId) || (textHits?.has(x.id) ?? false));
  }
  if (tests.length <= 1) return tests[0] ?? (() => true);
  return (x) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(x)) return false;
    return true;
  };
}

/** Whether a facet passes a filter (facetTest for one facet). */
export function facetMatches(x: ContactFacet, p: PreparedFilter, textHits: ReadonlySet<number> | null): boolean {
  return facetTest(p, textHits)(x);
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Newest report first, then the higher id: the order of the lastSeen index read backwards. */
const bySeen = (a: ContactFacet, b: ContactFacet) => cmpStr(b.lastSeen, a.lastSeen) || b.id - a.id;

/** sortContacts for facets (a stable sort of the lastSeen order, as the history was read). */
export const facetOrder: Record<SortOrder, (a: ContactFacet, b: ContactFacet) => number> = {
  seen: bySeen,
  date: (a, b) => cmpStr(b.when, a.when) || bySeen(a, b),
  confidence: (a, b) => b.confidence - a.confidence || bySeen(a, b),
  sources: (a, b) => b.sources - a.sources || bySeen(a, b),
};

/** A facet as the timeline reads a record (id, status, type, participants and the month it falls in). */
export function timelineRecord(x: ContactFacet): ContactRecord {
  return { id: x.id, status: x.status, type: x.type, participants: x.participants, date: null, sources: [], firstSeen: x.month } as unknown as ContactRecord;
}

/** A facet as the actor view reads a record (participants and the contact's day). */
export function summaryRecord(x: ContactFacet): ContactRecord {
  return { id: x.id, participants: x.participants, date: x.when, sources: [] } as unknown as ContactRecord;
}
