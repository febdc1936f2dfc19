import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HistoryDB } from '@/lib/history/db';
import { normaliseQuery, type ContactFacet, type HistoryFilter, type SortOrder } from '@/lib/history/filter';
import { historyIndex, type HistoryIndex } from '@/lib/history/query';
import { TextScan } from '@/lib/history/text-scan';
import type { KnowledgeBase } from '@/lib/kb/index';
import type { HistoryFiltersProps } from './HistoryFilters';
import { useKb, useT } from './i18n';
import { useSettings } from './use-settings';

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

/**
 * The history's search and filters, and the contacts they keep, shared by the popup's History and
 * the history tab: the same index of facets (lib/history/query.ts), the same free-text scan, the
 * confidence threshold from the settings. The index follows every change to the database, made
 * in this page or any other, so both views stay live.
 */
export function useHistoryQuery(db: HistoryDB, initial: { filter?: HistoryFilter; order?: SortOrder } = {}) {
  const { lang } = useT();
  const kb = useKb();
  const index = useMemo(() => historyIndex(db), [db]);
  const [version, setVersion] = useState(index.version);
  useEffect(() => {
    setVersion(index.version);
    return index.subscribe(() => setVersion(index.version));
  }, [index]);
  const ready = index.ready;
  const [picked, setPicked] = useState<HistoryFilter>(initial.filter ?? {});
  const [order, setOrder] = useState<SortOrder>(initial.order ?? 'seen');
  // The confidence threshold is a setting (this page's contacts follow it too), not part of a search.
  const [settings, updateSettings] = useSettings();
  const minConfidence = settings?.minConfidence || undefined;
  const filter = useMemo<HistoryFilter>(() => (minConfidence ? { ...picked, minConfidence } : picked), [picked, minConfidence]);
  const { scan, tick } = useTextScan(index, normaliseQuery(filter.q), kb);
  const textPending = !!scan && !scan.done;
  // Every contact the filter keeps, in order, once every record's facet is read.
  const shown = useMemo<ContactFacet[] | null>(() => (ready ? index.query(filter, order, kb, scan?.hits ?? null) : null), [index, ready, version, filter, order, kb, scan, tick]);
  const distinct = <T,>(lists: Iterable<readonly T[]>) => {
    const out = new Set<T>();
    for (const l of new Set(lists)) for (const x of l) out.add(x);
    return out;
  };
  const byId = kb.byId;
  const actors = useMemo(
    () => (ready ? [...distinct(index.sorted('seen').map((x) => x.participants))].map((id) => ({ id, name: byId.get(id)?.name[lang] ?? id })).sort((a, b) => a.name.localeCompare(b.name)) : []),
    [index, ready, version, lang],
  );
  const sites = useMemo(() => (ready ? [...distinct(index.sorted('seen').map((x) => x.sites.map((s) => s ?? '')))].filter(Boolean).sort() : []), [index, ready, version]);
  const filtered = Object.values(picked).some(Boolean);

  /** The props of HistoryFilters for this query; `onChange` runs after any change (a view resets its paging). */
  const filterProps = (onChange: () => void, onClear: () => void): HistoryFiltersProps => ({
    filter: picked,
    onFilter: (f) => (setPicked(f), onChange()),
    order,
    onOrder: (o) => (setOrder(o), onChange()),
    actors,
    sites,
    onClear: () => (setPicked({}), onChange(), onClear()),
    minConfidence: settings?.minConfidence ?? 0,
    onMinConfidence: (v) => (updateSettings((s) => ({ ...s, minConfidence: v })), onChange()),
  });

  return { index, version, ready, picked, setPicked, order, setOrder, filter, filtered, scan, tick, textPending, shown, actors, sites, filterProps };
}

export type HistoryQuery = ReturnType<typeof useHistoryQuery>;
