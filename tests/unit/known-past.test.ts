import { describe, expect, it } from 'vitest';
import { knownPast } from '@/lib/contacts/known-past';

const rec = (ids: string[], type: string, place: string | null) => ({ participants: ids.map((actorId) => ({ actorId, side: 'US' as const, text: '' })), type: type as never, place });

describe('knownPast', () => {
  it('finds a summit the knowledge base holds, recalled months later', () => {
    expect(knownPast(rec(['donald-trump', 'vladimir-putin'], 'meeting', null), '2025-11-09')).toBe('people');
    expect(knownPast(rec(['william-burns'], 'meeting', 'Ankara'), '2023-03-01')).toBe('place');
  });
  it('is not the news of the day, nor a contact of another kind, nor one person alone without the place', () => {
    expect(knownPast(rec(['marco-rubio', 'sergey-lavrov'], 'negotiations', 'Riyadh'), '2025-02-19')).toBeNull();
    expect(knownPast(rec(['william-burns', 'sergey-naryshkin'], 'phone_call', null), '2023-03-01')).toBeNull();
    expect(knownPast(rec(['william-burns'], 'meeting', null), '2023-03-01')).toBeNull();
    expect(knownPast(rec(['william-burns', 'sergey-naryshkin'], 'meeting', null), '')).toBeNull();
  });
});
