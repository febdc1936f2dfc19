import { describe, expect, it } from 'vitest';
import { countriesOf, filterActors, roleSpan } from '@/lib/history/actor-browse';
import type { ActorRecord } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';

const records = (): ActorRecord[] => bundledKb().actors.map((a) => ({ ...a, origin: 'bundled' as const }));

describe('options page: browsing the knowledge base', () => {
  it('finds an actor by its name in English, Ukrainian or Russian, whatever the case', () => {
    const all = records();
    for (const q of ['lavrov', 'Лавров', 'ЛАВРОВ', 'Сергій Лавров', 'Сергей Лавров']) {
      expect(filterActors(all, { q }).map((a) => a.id), q).toContain('sergey-lavrov');
    }
    expect(filterActors(all, { q: 'МЗС Росії' }).map((a) => a.id)).toContain('mfa-russia');
    expect(filterActors(all, { q: 'no such name anywhere' })).toEqual([]);
  });

  it('finds by a spelling variant and by a role', () => {
    const all = records();
    expect(filterActors(all, { q: 'Колтер' }).map((a) => a.id)).toEqual(['sonata-coulter']);
    expect(filterActors(all, { q: 'foreign minister' }).length).toBeGreaterThan(0);
  });

  it('narrows by kind, country and state, custom actors first', () => {
    const all = records();
    all[0] = { ...all[0]!, disabled: true };
    const custom: ActorRecord = { id: 'custom-zz', kind: 'person', country: 'BY', wikidata: null, name: { en: 'Zz Custom', uk: 'Зз', ru: 'Зз' }, roles: [], sources: [], origin: 'custom' };
    const withCustom = [...all, custom];
    expect(filterActors(withCustom, { kind: 'institution' }).every((a) => a.kind === 'institution')).toBe(true);
    expect(filterActors(withCustom, { country: 'US' }).every((a) => a.country === 'US')).toBe(true);
    expect(filterActors(withCustom, { state: 'off' }).map((a) => a.id)).toEqual([all[0]!.id]);
    expect(filterActors(withCustom, { state: 'custom' }).map((a) => a.id)).toEqual(['custom-zz']);
    expect(filterActors(withCustom, { state: 'on' })).toHaveLength(withCustom.length - 1);
    expect(filterActors(withCustom, {})[0]!.id).toBe('custom-zz');
    expect(countriesOf(withCustom)).toEqual(expect.arrayContaining(['BY', 'RU', 'UA', 'US']));
  });

  it('says when a role was held', () => {
    expect(roleSpan({ from: '2021-01-20', to: '2025-01-20' })).toBe('2021-01-20 – 2025-01-20');
    expect(roleSpan({ from: '2025', to: null })).toBe('since 2025');
    expect(roleSpan({ from: null, to: null })).toBe('');
  });
});
