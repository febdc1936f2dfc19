import type { ContactRecord } from '../history/types';

export type TimelineDot = { id: number; x: number; y: number; status: string; month: string; label: string };
export type TimelineLayout = { width: number; height: number; months: { key: string; x: number; label: boolean }[]; dots: TimelineDot[] };

/**
 * The month a contact is drawn in: its date's month; for a year-only date the month it was
 * reported in if that falls in the year, else mid-year; undated, the month it was reported.
 */
function monthKey(r: ContactRecord): string {
  const reported = (r.sources[0]?.published ?? r.firstSeen).slice(0, 7);
  if (!r.date) return reported;
  if (r.date.length >= 7) return r.date.slice(0, 7);
  return reported.startsWith(r.date) ? reported : `${r.date}-07`;
}

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
export function layoutTimeline(records: ContactRecord[], opts: { fitWidth?: number; colWidth?: number; dot?: number; maxStack?: number } = {}): TimelineLayout {
  const dot = opts.dot ?? 8;
  const maxStack = opts.maxStack ?? 12;
  const dated = records.filter((r) => /^\d{4}-\d{2}/.test(monthKey(r)));
  if (!dated.length) return { width: 0, height: 0, months: [], dots: [] };
  const keys = dated.map(monthKey).sort();
  const months = monthsBetween(keys[0]!, keys[keys.length - 1]!);
  // Fit the whole span in the given width when months are few enough to stay readable (≥ 4 px).
  const col = opts.colWidth ?? (opts.fitWidth ? Math.max(4, Math.min(14, opts.fitWidth / months.length)) : 14);
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
    // Years at their Januaries; the first month too, unless a January label follows too closely.
    months: months.map((key, i) => {
      const nextJan = months.findIndex((k, j) => j > 0 && k.endsWith('-01'));
      const first = i === 0 && !key.endsWith('-01') && (nextJan < 0 || nextJan * col > 44);
      return { key, x: i * col + col / 2, label: key.endsWith('-01') || first };
    }),
    dots,
  };
}
