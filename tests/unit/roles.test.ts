import { describe, expect, it } from 'vitest';
import { bundledKb } from '@/lib/kb/index';
import { roleLabel } from '@/lib/kb/roles';

const actor = (id: string) => bundledKb().byId.get(id)!;

describe('roleLabel at the article date', () => {
  it.each([
    ['jake-sullivan', '2022-11-07', 'en', /National Security Advis/],
    ['jake-sullivan', '2025-06-01', 'en', /^former .*National Security Advis/],
    ['marco-rubio', '2025-03-01', 'en', /Secretary of State/],
    ['donald-trump', '2021-12-02', 'en', /^former President/],
    ['donald-trump', '2025-12-23', 'uk', /президент/i],
  ] as const)('%s on %s', (id, day, lang, want) => {
    expect(roleLabel(actor(id), day, lang)).toMatch(want);
  });

  it('every actor and every role carries a source', () => {
    for (const a of bundledKb().actors) {
      expect(a.sources.length, a.id).toBeGreaterThan(0);
      for (const r of a.roles) expect(r.source, `${a.id}: ${r.title.en}`).toMatch(/^https?:\/\//);
    }
  });
});
