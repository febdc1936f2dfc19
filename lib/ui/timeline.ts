import type { ContactRecord } from '../history/types';

export type TimelineDot = { id: number; x: number; y: number; status: string; month: string; label: string };
export type TimelineLayout = { width: number; height: number; months: { key: string; x: number; label: boolean }[]; dots: TimelineDot[] };

const monthKey = (r: ContactRecord) => (r.date ?? r.sources[0]?.published ?? r.firstSeen).slice(0, 7);

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
    if (out.length > 600) break;
  }
  return out;
}

/**
 * Contacts by month on a time axis: one column per month from the first to the last, dots
 * stacked upward in a column. An undated contact sits in the month it was reported.
 */
export function layoutTimeline(records: ContactRecord[], opts: { colWidth?: number; dot?: number; maxStack?: number } = {}): TimelineLayout {
  const col = opts.colWidth ?? 14;
  const dot = opts.dot ?? 8;
  const maxStack = opts.maxStack ?? 12;
  const dated = records.filter((r) => /^\d{4}-\d{2}/.test(monthKey(r)));
  if (!dated.length) return { width: 0, height: 0, months: [], dots: [] };
  const keys = dated.map(monthKey).sort();
  const months = monthsBetween(keys[0]!, keys[keys.length - 1]!);
  const index = new Map(months.map((k, i) => [k, i]));
  const stack = new Map<string, number>();
  const height = maxStack * (dot + 2) + 24;
  const dots = dated
    .sort((a, b) => monthKey(a).localeCompare(monthKey(b)))
    .map((r) => {
      const k = monthKey(r);
      const n = stack.get(k) ?? 0;
      stack.set(k, n + 1);
      return { id: r.id ?? -1, x: index.get(k)! * col + col / 2, y: height - 20 - (Math.min(n, maxStack - 1) + 0.5) * (dot + 2), status: r.status, month: k, label: `${k} ${r.type} ${r.status}` };
    });
  return {
    width: months.length * col,
    height,
    months: months.map((key, i) => ({ key, x: i * col + col / 2, label: key.endsWith('-01') || i === 0 })),
    dots,
  };
}
