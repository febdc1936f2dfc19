import type { KnowledgeBase } from '../kb/index';
import { searchText } from '../ui/format';
import type { HistoryIndex } from './query';
import type { ContactRecord } from './types';

/** Whether a record's text holds a search (as filterContacts looks: names, parties, place, quotes, titles, sites). */
export function textHolds(r: ContactRecord, query: string, kb: KnowledgeBase): boolean {
  return searchText(r, kb.byId).includes(query);
}

/**
 * The free-text half of a search over the whole history: every record read once (newest first,
 * in chunks), the ids whose text holds the query collected as it goes. Records changed while or
 * after it ran are looked at again; a bulk change starts it over.
 */
export class TextScan {
  hits = new Set<number>();
  done = false;
  private cancelled = false;
  private unsubscribe: () => void;
  private listeners = new Set<() => void>();
  private finishers: (() => void)[] = [];
  private restart = false;
  private running = false;
  private recheck = new Set<number>();

  constructor(
    readonly index: HistoryIndex,
    readonly query: string,
    readonly kb: KnowledgeBase,
    private chunk = 2000,
  ) {
    this.unsubscribe = index.subscribe((c) => {
      if ('ready' in c) return;
      if ('all' in c) {
        if (!this.running || this.done) {
          this.restart = true;
          void this.run();
        } else this.restart = true;
      } else {
        for (const id of c.ids) this.recheck.add(id);
        void this.run();
      }
    });
  }

  /** Called after every chunk read and when done. */
  onProgress(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  finished(): Promise<void> {
    return this.done || this.cancelled ? Promise.resolve() : new Promise((r) => this.finishers.push(r));
  }

  /** Stops it (whoever waits for it to finish is let go, with what it found). */
  cancel(): void {
    this.cancelled = true;
    this.unsubscribe();
    this.listeners.clear();
    for (const f of this.finishers.splice(0)) f();
  }

  private progress(): void {
    for (const fn of this.listeners) fn();
  }

  async run(): Promise<void> {
    if (this.running || this.cancelled) return;
    this.running = true;
    const db = this.index.db;
    try {
      for (;;) {
        if (this.cancelled) return;
        if (!this.done || this.restart) {
          // A whole pass: newest records first, so the rows on top fill in early; each range of
          // ids is read while the one before is being searched.
          const fresh = this.restart ? new Set<number>() : this.hits;
          const wasDone = this.done;
          this.restart = false;
          this.done = false;
          const lowest = (await db.contacts.orderBy('id').first())?.id ?? 0;
          const highest = (await db.contacts.orderBy('id').last())?.id ?? -1;
          const range = (top: number) => db.contacts.where('id').between(Math.max(lowest, top - this.chunk + 1), top, true, true).toArray();
          let next = highest >= lowest ? range(highest) : null;
          let shownAt = performance.now();
          for (let top = highest; next; top -= this.chunk) {
            const recs = await next;
            if (this.cancelled) return;
            next = top - this.chunk >= lowest ? range(top - this.chunk) : null;
            for (const r of recs) if (textHolds(r, this.query, this.kb)) fresh.add(r.id!);
            if (this.restart) break;
            // What is found so far shows, a few times a second.
            if (!wasDone && next && performance.now() - shownAt > 250) {
              shownAt = performance.now();
              this.hits = fresh;
              this.progress();
            }
          }
          if (this.restart) continue;
          this.hits = fresh;
          this.done = true;
          for (const f of this.finishers.splice(0)) f();
          this.progress();
        }
        if (!this.recheck.size) break;
        const ids = [...this.recheck];
        this.recheck.clear();
        const recs = await db.contacts.bulkGet(ids);
        ids.forEach((id, i) => {
          const r = recs[i];
          if (r && textHolds(r, this.query, this.kb)) this.hits.add(id);
          else this.hits.delete(id);
        });
        this.progress();
      }
    } finally {
      this.running = false;
    }
  }
}
