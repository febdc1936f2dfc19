import Dexie, { type ObservabilitySet } from 'dexie';
import type { KnowledgeBase } from '../kb/index';
import type { HistoryDB } from './db';
import { facetOf, facetTest, facetOrder, Interner, prepareFilter, type ContactFacet, type HistoryFilter, type SortOrder } from './filter';
import type { ContactRecord } from './types';

/**
 * The history view over a large history (100,000 contacts and more) without holding it: the
 * popup keeps one small facet per record (lib/history/filter.ts) and reads whole records only
 * for the rows it draws, the export it writes and the free text it searches.
 *
 * The facets are read once, in chunks, when the history is first shown, then kept in step with
 * every change to the table, made here or in any other context (Dexie's storagemutated event
 * names the changed records, or says "everything" for a bulk write; those are read again).
 */

/** What changed: some records, all of them (read again), or nothing but the index being ready. */
export type IndexChange = { ids: number[] } | { all: true } | { ready: true };

/** A node of the interval tree Dexie reports changes with (a RangeSet, or its structured clone from another context). */
type RangeNode = { from?: unknown; to?: unknown; l?: RangeNode | null; r?: RangeNode | null };

function walkRanges(node: RangeNode | null | undefined, visit: (from: unknown, to: unknown) => void): void {
  if (!node || !('from' in node)) return;
  walkRanges(node.l, visit);
  visit(node.from, node.to);
  walkRanges(node.r, visit);
}

const keyBound = (k: unknown, fallback: number) => (typeof k === 'number' ? k : fallback);

/** A history up to this size is kept whole in memory as well; a larger one only its last KEEP_RECENT records read. */
const KEEP_ALL = 3000;
const KEEP_RECENT = 2000;

/** The facets of one database's contacts, kept current. One per database and page: see historyIndex(). */
export class HistoryIndex {
  readonly facets = new Map<number, ContactFacet>();
  /** True once every record has been read. */
  ready = false;
  /** Bumped on every change the facets took. */
  version = 0;
  private intern = new Interner();
  private orders = new Map<SortOrder, ContactFacet[]>();
  private listeners = new Set<(c: IndexChange) => void>();
  private readyWaiters: (() => void)[] = [];
  private pendingIds = new Set<number>();
  private pendingRange: [number, number] | null = null;
  private working = false;
  private stop: (() => void) | null = null;
  /** Whole records lately read: all of a small history, the last `keep` of a large one. */
  private records = new Map<number, ContactRecord>();
  /** How many records a large history keeps at hand. */
  private keep = KEEP_RECENT;

  /** Keeps at least `n` records at hand (a view drawing that many rows). */
  keepAtLeast(n: number): void {
    this.keep = Math.max(KEEP_RECENT, n);
  }

  constructor(
    readonly db: HistoryDB,
    private chunk = 1000,
  ) {}

  /** Starts reading the facets and following changes (once). */
  start(): this {
    if (this.stop) return this;
    const onMutated = (parts: ObservabilitySet) => this.mutated(parts);
    Dexie.on.storagemutated.subscribe(onMutated);
    this.stop = () => Dexie.on.storagemutated.unsubscribe(onMutated);
    this.pendingRange = [-Infinity, Infinity];
    void this.work();
    return this;
  }

  dispose(): void {
    this.stop?.();
    this.listeners.clear();
  }

  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((r) => this.readyWaiters.push(r));
  }

  subscribe(fn: (c: IndexChange) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The facets a filter keeps, in the chosen order (free text as far as `textHits` knows it). */
  query(f: HistoryFilter, order: SortOrder, kb: KnowledgeBase, textHits: ReadonlySet<number> | null): ContactFacet[] {
    const all = this.sorted(order);
    // A copy either way: the sorted orders change in place as records do.
    if (!Object.values(f).some(Boolean)) return all.slice();
    // A filter that only adds conditions to the last one (no search text) narrows its result.
    const last = this.lastQuery;
    const narrows = last && last.version === this.version && last.order === order && last.kb === kb && !f.q && !last.f.q && (Object.keys(last.f) as (keyof HistoryFilter)[]).every((k) => !last.f[k] || last.f[k] === f[k]);
    const p = prepareFilter(f, kb);
    let result: ContactFacet[];
    if (p.query && (!textHits || textHits.size < all.length / 8)) {
      // A search keeps only the contacts of the actors it names and those whose text holds it:
      // those few are gathered (the in-memory participants index, the scan's ids), tested and
      // sorted, rather than every facet tested. Sorted by the same total order, they come out
      // exactly as the filtered whole list would.
      const found = new Set<ContactFacet>();
      for (const id of p.ids) for (const x of this.byActor.get(id) ?? []) found.add(x);
      for (const id of textHits ?? []) {
        const x = this.facets.get(id);
        if (x) found.add(x);
      }
      result = [...found].filter(facetTest(p, textHits)).sort(facetOrder[order]);
    } else result = (narrows ? last.result : all).filter(facetTest(p, textHits));
    this.lastQuery = { f, order, kb, version: this.version, result };
    return result;
  }

  private lastQuery: { f: HistoryFilter; order: SortOrder; kb: KnowledgeBase; version: number; result: ContactFacet[] } | null = null;

  /** Every facet in one order, sorted once and kept until the facets change. */
  sorted(order: SortOrder): ContactFacet[] {
    let s = this.orders.get(order);
    if (!s) this.orders.set(order, (s = [...this.facets.values()].sort(facetOrder[order])));
    return s;
  }

  /** A record if it is at hand (no database read). */
  record(id: number): ContactRecord | undefined {
    const r = this.records.get(id);
    if (r && this.facets.size > KEEP_ALL) {
      this.records.delete(id);
      this.records.set(id, r);
    }
    return r;
  }

  /** Keeps records read for the page at hand; beyond KEEP_ALL in all, only the last `keep`. */
  remember(r: ContactRecord): void {
    this.records.delete(r.id!);
    this.records.set(r.id!, r);
    if (this.facets.size > KEEP_ALL)
      for (const id of this.records.keys()) {
        if (this.records.size <= this.keep) break;
        this.records.delete(id);
      }
  }

  /** Records this page has just written (an import): their facets now, before the change event's re-read. */
  apply(records: ContactRecord[]): void {
    const bulk = records.length > 200 ? 1 : 0;
    this.bulk += bulk;
    for (const r of records) this.setFacet(r);
    this.bulk -= bulk;
    this.changed(records.length > 100 ? { all: true } : { ids: records.map((r) => r.id!) });
  }

  /** The facets of each actor's contacts (what the participants index is to the database). */
  private byActor = new Map<string, Set<ContactFacet>>();

  private enterActors(old: ContactFacet | undefined, x: ContactFacet | undefined): void {
    if (old) for (const a of old.participants) this.byActor.get(a)?.delete(old);
    if (x)
      for (const a of x.participants) {
        let set = this.byActor.get(a);
        if (!set) this.byActor.set(a, (set = new Set()));
        set.add(x);
      }
  }

  private setFacet(r: ContactRecord): void {
    const old = this.facets.get(r.id!);
    const x = facetOf(r, this.intern);
    this.facets.set(x.id, x);
    this.enterActors(old, x);
    this.remember(r);
    this.reorder(old, x);
  }

  private dropFacet(id: number): void {
    const old = this.facets.get(id);
    this.records.delete(id);
    if (!old) return;
    this.facets.delete(id);
    this.enterActors(old, undefined);
    this.reorder(old, undefined);
  }

  /** Above 0 while many facets change at once: the orders are dropped (sorted again when next asked) instead of kept in place. */
  private bulk = 0;

  /** Keeps the sorted orders as one facet changes: out of its old place, into its new one. */
  private reorder(old: ContactFacet | undefined, x: ContactFacet | undefined): void {
    if (this.bulk > 0) {
      this.orders.clear();
      return;
    }
    for (const [order, s] of this.orders) {
      if (old) {
        const i = s.indexOf(old);
        if (i >= 0) s.splice(i, 1);
      }
      if (!x) continue;
      const cmp = facetOrder[order];
      let lo = 0;
      let hi = s.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cmp(s[mid]!, x) <= 0) lo = mid + 1;
        else hi = mid;
      }
      s.splice(lo, 0, x);
    }
  }

  private changed(c: IndexChange): void {
    this.version++;
    for (const fn of this.listeners) fn(c);
  }

  /** Whole-table change events held while this page writes a bulk import it applies itself (see holdBulkEvents). */
  private held: { whole: number } | null = null;

  /**
   * Before this page writes an import it will hand to apply(): Dexie reports a write of 50 records
   * or more as "the whole table changed", which would make the index read every record again
   * (on 100,000 contacts, seconds of reading right after the import, while the list is drawn).
   * Such events wait until releaseBulkEvents.
   */
  holdBulkEvents(): void {
    this.held ??= { whole: 0 };
  }

  /**
   * After apply(): the whole-table event the page's own write surely fired (`ownFired`: it added
   * 50 records or more) is dropped, since apply() took those records; any other whole-table event
   * that came meanwhile (another context's bulk write) is read again as usual.
   */
  releaseBulkEvents(ownFired: boolean): void {
    const whole = (this.held?.whole ?? 0) - (ownFired ? 1 : 0);
    this.held = null;
    if (whole > 0) {
      this.pendingRange = [-Infinity, Infinity];
      void this.work();
    }
  }

  private mutated(parts: ObservabilitySet): void {
    const prefix = `idb://${this.db.name}/contacts/`;
    let any = false;
    let whole = false;
    for (const part of [prefix, `${prefix}:dels`]) {
      walkRanges(parts[part] as RangeNode | undefined, (from, to) => {
        if (typeof from === 'number' && from === to) {
          any = true;
          this.pendingIds.add(from);
          return;
        }
        const lo = keyBound(from, -Infinity);
        const hi = keyBound(to, Infinity);
        if (this.held && lo === -Infinity && hi === Infinity) {
          whole = true;
          return;
        }
        any = true;
        this.pendingRange = this.pendingRange ? [Math.min(this.pendingRange[0], lo), Math.max(this.pendingRange[1], hi)] : [lo, hi];
      });
    }
    // One event names the whole table twice (its records and its deletions).
    if (whole) this.held!.whole++;
    if (any) void this.work();
  }

  /** Applies what changed, one batch after another (a range read whole, then single records). */
  private async work(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      while (this.pendingRange || this.pendingIds.size) {
        if (this.pendingRange) {
          const [lo, hi] = this.pendingRange;
          this.pendingRange = null;
          await this.reread(lo, hi);
          // The first read is announced as the index being ready, below.
          if (this.ready) this.changed({ all: true });
        } else {
          const ids = [...this.pendingIds];
          this.pendingIds.clear();
          const bulk = ids.length > 200 ? 1 : 0;
          this.bulk += bulk;
          try {
            for (let i = 0; i < ids.length; i += this.chunk) {
              const part = ids.slice(i, i + this.chunk);
              const recs = await this.db.contacts.bulkGet(part);
              part.forEach((id, j) => (recs[j] ? this.setFacet(recs[j]!) : this.dropFacet(id)));
            }
          } finally {
            this.bulk -= bulk;
          }
          this.changed({ ids });
        }
      }
    } catch (e) {
      console.error('[kontakty] history index', e);
    } finally {
      this.working = false;
    }
    if (!this.ready) {
      this.ready = true;
      for (const w of this.readyWaiters.splice(0)) w();
      this.changed({ ready: true });
    }
    if (this.pendingRange || this.pendingIds.size) void this.work();
  }

  /** Reads every record with an id in [lo, hi], a range of ids at a time (the next read while this one is taken in), and drops the facets of those gone. */
  private async reread(lo: number, hi: number): Promise<void> {
    this.bulk++;
    this.orders.clear();
    const seen = new Set<number>();
    try {
      const first = Math.max(lo, (await this.db.contacts.orderBy('id').first())?.id ?? Infinity);
      const last = Math.min(hi, (await this.db.contacts.orderBy('id').last())?.id ?? -Infinity);
      const range = (from: number) => this.db.contacts.where('id').between(from, Math.min(last, from + this.chunk - 1), true, true).toArray();
      let next = first <= last ? range(first) : null;
      for (let from = first; next; from += this.chunk) {
        const recs = await next;
        next = from + this.chunk <= last ? range(from + this.chunk) : null;
        for (const r of recs) {
          seen.add(r.id!);
          this.setFacet(r);
        }
      }
      // Gone: not read back in the range (records added after it was read come with their own change).
      const top = Number.isFinite(last) ? last : hi;
      for (const id of [...this.facets.keys()]) if (id >= lo && id <= top && !seen.has(id)) this.dropFacet(id);
    } finally {
      this.bulk--;
      this.orders.clear();
    }
  }
}

const indexes = new WeakMap<HistoryDB, HistoryIndex>();

/** The page's one index of a database's history (the caller starts it, once what it needs first is asked for). */
export function historyIndex(db: HistoryDB): HistoryIndex {
  let x = indexes.get(db);
  if (!x) indexes.set(db, (x = new HistoryIndex(db)));
  return x;
}
