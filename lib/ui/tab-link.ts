import type { HistoryFilter, SortOrder } from '../history/filter';

/**
 * The popup's search and filters, carried to the history tab in its address (`history.html#…`),
 * so "Open in a tab" shows what the popup showed. Read back field by field: only the history's
 * own filter names and sort orders come through, whatever the address holds.
 */

const KEYS = ['q', 'status', 'type', 'side', 'actor', 'site', 'lang', 'from', 'to', 'review', 'origin'] as const satisfies readonly (keyof HistoryFilter)[];
const ORDERS: readonly SortOrder[] = ['seen', 'date', 'confidence', 'sources'];
const REVIEWS = ['confirmed', 'edited', 'unreviewed'];
const ORIGINS = ['read', 'reference'];

/** The address fragment (without '#') for a filter and an order; empty for no filter in the default order. */
export function tabHash(filter: HistoryFilter, order: SortOrder): string {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    const v = filter[k];
    if (v) p.set(k, v);
  }
  if (filter.contested) p.set('contested', '1');
  if (order !== 'seen') p.set('order', order);
  return p.toString();
}

/** The filter and order an address fragment carries ('#' or not); what is unknown is left out. */
export function readTabHash(hash: string): { filter: HistoryFilter; order: SortOrder } {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const filter: Record<string, string> = {};
  for (const k of KEYS) {
    const v = p.get(k);
    if (!v) continue;
    if (k === 'review' && !REVIEWS.includes(v)) continue;
    if (k === 'origin' && !ORIGINS.includes(v)) continue;
    filter[k] = v.slice(0, 500);
  }
  const o = p.get('order') as SortOrder | null;
  const contested = p.get('contested') === '1' ? { contested: true as const } : {};
  return { filter: { ...(filter as HistoryFilter), ...contested }, order: o && ORDERS.includes(o) ? o : 'seen' };
}
