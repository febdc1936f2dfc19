import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type UiLang } from '@/lib/ui/i18n';
import { CONTACT_TYPES, STATUSES } from '@/lib/ui/format';
import { PLACES } from '@/lib/contacts/places';
import eventsData from '@/lib/kb/events.json';
import type { PastEvent } from '@/lib/kb/types';

// Every message in every interface language. The tables are read from the source, as written
// (a key left out of one, or a value left empty, would otherwise show as `undefined` or as the
// key itself only when that screen is opened in that language).
const src = readFileSync(join(import.meta.dirname, '../../lib/ui/i18n.ts'), 'utf8');

/** The keys and values of a table in lib/ui/i18n.ts (values are single-quoted there). */
function table(name: 'EN' | 'UK' | 'RU'): Map<string, string> {
  const start = src.search(new RegExp(`const ${name}\\b[^=]*= \\{`));
  const body = src.slice(start, src.indexOf('\n};', start));
  return new Map([...body.matchAll(/([A-Za-z_]\w*)\s*:\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => [m[1]!, m[2]!]));
}

const EN = table('EN');
const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Messages that are the same in English and the other language by nature.
const SAME: Record<'uk' | 'ru', Set<string>> = { uk: new Set(['optFindSitePlaceholder', 'timelinePoint']), ru: new Set(['optFindSitePlaceholder', 'timelinePoint']) };

describe('language completeness', () => {
  it('reads the English table', () => {
    expect(EN.size).toBeGreaterThan(250);
    expect(EN.get('meeting')).toBe('Meeting');
  });

  it.each(['UK', 'RU'] as const)('the %s table has every English key, and no other', (name) => {
    const other = table(name);
    expect([...EN.keys()].filter((k) => !other.has(k)), 'missing').toEqual([]);
    expect([...other.keys()].filter((k) => !EN.has(k)), 'unknown').toEqual([]);
  });

  it.each(['uk', 'ru'] as const)('every %s message is written, translated, with the same placeholders', (lang) => {
    for (const k of EN.keys()) {
      const en = translate('en', k as MessageKey);
      const there = translate(lang, k as MessageKey);
      expect(there?.trim(), k).toBeTruthy();
      expect(vars(there), k).toEqual(vars(en));
      if (!SAME[lang].has(k)) expect(there, k).not.toBe(en);
    }
  });

  it.each(['en', 'uk', 'ru'] as UiLang[])('names every kind, status and side in %s', (lang) => {
    for (const k of [...CONTACT_TYPES, ...STATUSES, 'sideUS', 'sideRU', 'sideUA', 'sideother'] as MessageKey[]) expect(translate(lang, k), k).not.toBe('');
  });
});

describe('knowledge base in three languages', () => {
  const events = eventsData as unknown as PastEvent[];
  const cyrillic = /^[^A-Za-z]*$/;

  it('gives every place the extractor knows a Ukrainian and a Russian name', () => {
    for (const p of PLACES) {
      expect(p.uk, p.id).toMatch(cyrillic);
      expect(p.ru, p.id).toMatch(cyrillic);
      expect(p.uk.trim() && p.ru.trim(), p.id).toBeTruthy();
    }
  });

  it('gives every earlier event a Ukrainian and a Russian title and place, beside the English', () => {
    for (const e of events) {
      for (const l of ['uk', 'ru'] as const) {
        expect(e.title[l]?.trim(), `${e.id} ${l}`).toBeTruthy();
        expect(e.title[l], `${e.id} ${l}`).not.toBe(e.title.en);
        if (e.place) expect(e.place[l], `${e.id} place ${l}`).toMatch(cyrillic);
      }
      expect(e.title.uk, e.id).not.toBe(e.title.ru);
    }
  });
});
