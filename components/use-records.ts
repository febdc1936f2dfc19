import { useEffect, useState } from 'preact/hooks';
import type { HistoryDB } from '@/lib/history/db';
import type { ContactFacet } from '@/lib/history/filter';
import type { HistoryIndex } from '@/lib/history/query';
import { recordsInOrder } from '@/lib/history/records-in-order';
import type { ContactRecord } from '@/lib/history/types';

/**
 * The whole records of the facets a view draws: at once when the index has them at hand, else
 * null until one read of the missing ones (then the view draws again). `limit` is how many rows
 * the view draws at most: the index keeps at least twice that many at hand.
 */
export function useRecordsOf(db: HistoryDB, index: HistoryIndex, wanted: readonly ContactFacet[], limit: number): ContactRecord[] | null {
  const [, setFetched] = useState(0);
  index.keepAtLeast(2 * limit);
  const atHand = wanted.map((x) => index.record(x.id));
  const missing = wanted.filter((_, i) => !atHand[i]);
  const missingKey = missing.map((x) => x.id).join();
  useEffect(() => {
    if (!missing.length) return;
    let live = true;
    void (async () => {
      for await (const part of recordsInOrder(db, missing, limit)) part.forEach((r) => index.remember(r));
      if (live) setFetched((n) => n + 1);
    })();
    return () => {
      live = false;
    };
  }, [db, index, missingKey]);
  return missing.length ? null : (atHand as ContactRecord[]);
}
