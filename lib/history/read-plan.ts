/**
 * How to read records in a given order (newest report first, by date, filtered…), a chunk at a
 * time, with the cheapest IndexedDB requests: a pure plan over ids, made before anything is read.
 *
 * Measured in Chromium on the bench's 100,000-contact history (scripts/bench-history-reads.ts):
 * a primary-key range costs about 0.04 ms a record, a get by key about 0.07 ms, a range of the
 * lastSeen index about 0.06 ms. So a range is worth it when at least half of what it reads is
 * wanted, and a lone record far from the rest is one get.
 *
 * Ids are given as contacts are first seen, so in the default order (newest report first) a
 * chunk is nearly one block of ids: a few of its records sit in the next block (reported again
 * later) and a few are old contacts reported again (the reference timeline, a story that came
 * back). The block is one range; the records of later chunks it holds are read once, with it,
 * and carried (at most `carry` records) instead of read again; the stragglers are gets.
 */

/** The reads of one chunk: primary-key ranges [lo, hi] (inclusive) and single ids. */
export type ReadStep = { ranges: [number, number][]; gets: number[] };

export type PlanOptions = {
  /** Ids further apart than this start a new run. */
  gap?: number;
  /** Fewer ids than this in a run are read one by one. */
  minRun?: number;
  /** At most this many records read ahead for later chunks are held at once (two chunks' worth unless told). */
  carry?: number;
};

/** Consecutive runs of sorted ids, split where two are more than `gap` apart. */
function runs(sorted: number[], gap: number): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  for (const id of sorted) {
    if (run.length && id - run[run.length - 1]! > gap) {
      out.push(run);
      run = [];
    }
    run.push(id);
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * One step per chunk of `ids` (the output order, ids distinct). The reader keeps what a range
 * brings of a later chunk's records exactly as the plan assumes here (lib/history/records-in-order.ts),
 * so the plan knows what is already held when it comes to each chunk.
 */
export function planReads(ids: readonly number[], chunk: number, opts: PlanOptions = {}): ReadStep[] {
  const gap = opts.gap ?? 32;
  const minRun = opts.minRun ?? 16;
  const carry = opts.carry ?? 2 * chunk;
  const remaining = new Set(ids);
  const carried = new Set<number>();
  const steps: ReadStep[] = [];
  for (let i = 0; i < ids.length; i += chunk) {
    const part = ids.slice(i, i + chunk);
    const inPart = new Set(part);
    const need = part.filter((id) => !carried.has(id)).sort((a, b) => a - b);
    const step: ReadStep = { ranges: [], gets: [] };
    for (const run of runs(need, gap)) {
      const lo = run[0]!;
      const hi = run[run.length - 1]!;
      const later: number[] = [];
      if (run.length >= minRun) for (let id = lo; id <= hi; id++) if (remaining.has(id) && !inPart.has(id) && !carried.has(id)) later.push(id);
      // Worth a range: long enough, at least half of it wanted, and what it brings early fits.
      if (run.length >= minRun && 2 * (run.length + later.length) >= hi - lo + 1 && carried.size + later.length <= carry) {
        step.ranges.push([lo, hi]);
        for (const id of later) carried.add(id);
      } else step.gets.push(...run);
    }
    for (const id of part) {
      remaining.delete(id);
      carried.delete(id);
    }
    steps.push(step);
  }
  return steps;
}
