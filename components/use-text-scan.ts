import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HistoryIndex } from '@/lib/history/query';
import { TextScan } from '@/lib/history/text-scan';
import type { KnowledgeBase } from '@/lib/kb/index';

/**
 * The free-text half of the current search: a scan of every record's text, with its progress.
 * The last few finished scans are kept (going back to a search is instant) until the history
 * changes wholesale; an unfinished one stops when the search changes.
 */
export function useTextScan(index: HistoryIndex, query: string, kb: KnowledgeBase): { scan: TextScan | null; tick: number } {
  const kept = useRef<TextScan[]>([]);
  const [tick, setTick] = useState(0);
  const scan = useMemo(() => (query ? (kept.current.find((s) => s.query === query && s.kb === kb) ?? new TextScan(index, query, kb)) : null), [index, query, kb]);
  useEffect(() => {
    // The scan starts once the search has stood a moment (not for every keystroke), after the
    // rows the actors in it find are read.
    const start = scan && !scan.done ? setTimeout(() => void scan.run(), 150) : undefined;
    for (const s of kept.current) if (s !== scan && !s.done) s.cancel();
    kept.current = [...(scan ? [scan] : []), ...kept.current.filter((s) => s !== scan && s.done)].slice(0, 3);
    const drop = index.subscribe((c) => {
      if (!('all' in c)) return;
      for (const s of kept.current) if (s !== scan) s.cancel();
      kept.current = scan ? [scan] : [];
    });
    const off = scan?.onProgress(() => setTick((n) => n + 1));
    return () => {
      clearTimeout(start);
      drop();
      off?.();
    };
  }, [index, scan]);
  useEffect(() => () => kept.current.forEach((s) => s.cancel()), []);
  return { scan, tick };
}
