import { describe, expect, it } from 'vitest';
import { bundledKb } from '@/lib/kb/index';
import { relatedEvents } from '@/lib/kb/related';

describe('related earlier events', () => {
  it('for a Trump–Putin article: their earlier contacts, before publication, newest first', () => {
    const got = relatedEvents(bundledKb().events, ['donald-trump', 'vladimir-putin'], ['donald-trump', 'vladimir-putin'], '2025-09-01');
    expect(got.length).toBeGreaterThan(2);
    expect(got.every((e) => e.date <= '2025-09-01' && e.participants.some((p) => p === 'donald-trump' || p === 'vladimir-putin'))).toBe(true);
    expect(got.map((e) => e.date)).toEqual([...got.map((e) => e.date)].sort().reverse());
    expect(got.map((e) => e.id)).toContain('alaska-summit-2025');
  });

  it('a round of a series with nobody named: the earlier rounds held in the same place, of the same kind', () => {
    const got = relatedEvents(bundledKb().events, [], [], '2025-04-11', 5, { places: ['Istanbul'], types: ['consultations'] });
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((e) => e.place?.en.startsWith('Istanbul') && e.date <= '2025-04-11')).toBe(true);
    expect(got.map((e) => e.type)).toContain('consultations');
  });

  it('nothing for an article naming no party of any recorded contact', () => {
    expect(relatedEvents(bundledKb().events, ['robert-fico'], [], '2025-09-01')).toEqual([]);
  });
});
