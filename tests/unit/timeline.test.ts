import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '@/lib/history/types';
import { layoutTimeline } from '@/lib/ui/timeline';

const rec = (id: number, date: string | null, published = '2025-02-20'): ContactRecord => ({
  id, key: `k${id}`, participants: [], parties: [], sides: ['RU', 'US'], type: 'meeting', status: id % 2 ? 'happened' : 'planned', date, endDate: null,
  datePrecision: date ? 'day' : null, place: null, confidence: 0.8, confirmed: false, edited: false, firstSeen: '2025-01-01', lastSeen: '2025-01-01',
  sources: [{ url: 'u', title: null, site: null, lang: null, published, seen: '', reportedBy: [], evidence: { start: 0, end: 0, exact: '', prefix: '', suffix: '' } }],
});

describe('timeline layout', () => {
  it('one column per month from first to last, dots stacked within a month', () => {
    const t = layoutTimeline([rec(1, '2025-02-18'), rec(2, '2025-02-27'), rec(3, '2025-08-15'), rec(4, null, '2025-04-02')]);
    expect(t.months.map((m) => m.key)).toEqual(['2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08']);
    const feb = t.dots.filter((d) => d.month === '2025-02');
    expect(feb).toHaveLength(2);
    expect(feb[0]!.x).toBe(feb[1]!.x);
    expect(feb[0]!.y).not.toBe(feb[1]!.y);
    // The undated contact sits in the month it was reported.
    expect(t.dots.find((d) => d.id === 4)?.month).toBe('2025-04');
  });

  it('draws a year-only date in the month it was reported, or mid-year', () => {
    const t = layoutTimeline([rec(1, '2021', '2021-12-02'), rec(2, '2023', '2025-02-21')]);
    expect(t.dots.map((d) => d.month).sort()).toEqual(['2021-12', '2023-07']);
  });

  it('is empty without contacts', () => {
    expect(layoutTimeline([]).dots).toEqual([]);
  });
});
