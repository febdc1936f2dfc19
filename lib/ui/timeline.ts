import type { ContactRecord } from '../history/types';

export type TimelineDot = { id: number; x: number; y: number; status: string; type: string; participants: readonly string[]; month: string };
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
 * stacked upward in a column. An undated contact sits in the month it was reported. `dot` is
 * the pitch a point takes (its target: at least 24 px, WCAG 2.5.8); the chart is as tall as its
 * tallest column (up to `maxStack`) and as wide as its months, scrolling sideways when wider
 * than the popup. `fitWidth` narrows the columns to fit, never below the pitch.
 */
export function layoutTimeline(records: ContactRecord[], opts: { fitWidth?: number; colWidth?: number; dot?: number; maxStack?: number } = {}): TimelineLayout {
  const dot = opts.dot ?? 24;
  const maxStack = opts.maxStack ?? 12;
  const dated = records.filter((r) => /^\d{4}-\d{2}/.test(monthKey(r)));
  if (!dated.length) return { width: 0, height: 0, months: [], dots: [] };
  const keys = dated.map(monthKey).sort();
  const months = monthsBetween(keys[0]!, keys[keys.length - 1]!);
  const col = opts.colWidth ?? (opts.fitWidth ? Math.max(dot, Math.min(dot * 2, opts.fitWidth / months.length)) : dot);
  const index = new Map(months.map((k, i) => [k, i]));
  const stack = new Map<string, number>();
  for (const k of keys) stack.set(k, (stack.get(k) ?? 0) + 1);
  const tallest = Math.min(maxStack, Math.max(...stack.values()));
  stack.clear();
  const height = tallest * dot + 24;
  const dots = dated
    .sort((a, b) => monthKey(a).localeCompare(monthKey(b)))
    .map((r) => {
      const k = monthKey(r);
      const n = stack.get(k) ?? 0;
      stack.set(k, n + 1);
      return { id: r.id ?? -1, x: index.get(k)! * col + col / 2, y: height - 20 - (Math.min(n, maxStack - 1) + 0.5) * dot, status: r.status, type: r.type, participants: r.participants ?? [], month: k };
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
