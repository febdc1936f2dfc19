import type { DatePrecision } from '../text/dates';

/** The days a date of some precision may stand for, as [first, last] ISO days. */
export function dateWindow(date: string, endDate: string | null): [string, string] {
  const first = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const last = (d: string) => {
    if (d.length === 4) return `${d}-12-31`;
    if (d.length === 7) {
      const [y, m] = d.split('-').map(Number) as [number, number];
      return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    }
    return d;
  };
  return [first(date), last(endDate ?? date)];
}

export function windowsOverlap(a: [string, string], b: [string, string]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

const RANK: Record<DatePrecision, number> = { day: 4, week: 3, month: 2, year: 1 };
export const precisionRank = (p: DatePrecision | null) => (p ? RANK[p] : 0);
