import type { HistoryDB } from './db';
import { planReads, type PlanOptions } from './read-plan';
import type { ContactRecord } from './types';

/**
 * Records in the order of `items` (facets, or anything with an id), a chunk at a time, read as
 * planReads says: one primary-key range for a block of ids, a get for each straggler, and the
 * records a range brings of later chunks held until their turn (never read twice). The next
 * chunk's reads are under way while the caller works on this one.
 *
 * A record deleted since its id was taken is left out; one changed is as it was when read (a
 * carried record, at most one chunk earlier).
 */
export async function* recordsInOrder(db: HistoryDB, items: readonly { id: number }[], chunk = 2000, opts: PlanOptions = {}): AsyncGenerator<ContactRecord[]> {
  const ids = items.map((x) => x.id);
  const steps = planReads(ids, chunk, opts);
  // Exactly the plan's rule for what a range brings: kept if a later chunk wants it, else dropped.
  const remaining = new Set(ids);
  const carried = new Map<number, ContactRecord>();
  const read = (i: number) => {
    const step = steps[i]!;
    return Promise.all([
      ...step.ranges.map(([lo, hi]) => db.contacts.where(':id').between(lo, hi, true, true).toArray()),
      step.gets.length ? db.contacts.bulkGet(step.gets) : Promise.resolve([]),
    ]);
  };
  let next = steps.length ? read(0) : null;
  for (let i = 0; next; i++) {
    const lists = await next;
    const part = ids.slice(i * chunk, (i + 1) * chunk);
    const inPart = new Set(part);
    const here = new Map<number, ContactRecord>();
    for (const list of lists)
      for (const r of list) {
        if (!r || !remaining.has(r.id!)) continue;
        if (inPart.has(r.id!)) here.set(r.id!, r);
        else carried.set(r.id!, r);
      }
    const out: ContactRecord[] = [];
    for (const id of part) {
      const r = here.get(id) ?? carried.get(id);
      if (r) out.push(r);
      remaining.delete(id);
      carried.delete(id);
    }
    next = i + 1 < steps.length ? read(i + 1) : null;
    yield out;
  }
}
