import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorErrorText } from '@/components/OptionsActorForm';
import { historyErrorText } from '@/components/OptionsStorage';
import { customActorInput, EMPTY_CUSTOM_ACTOR, type CustomActorForm } from '@/lib/history/custom-actor';
import { MAX_IMPORT_RECORDS, parseHistoryFile } from '@/lib/history/exchange';
import { translate, type MessageKey, type UiLang } from '@/lib/ui/i18n';

// The options page's messages: every key its components use is in the tables, in all three languages.
const root = join(import.meta.dirname, '../..');
const sources = [
  ...readdirSync(join(root, 'components')).filter((f) => /^Options.*\.tsx$/.test(f)).map((f) => join('components', f)),
  ...readdirSync(join(root, 'entrypoints/options')).filter((f) => /\.tsx?$/.test(f)).map((f) => join('entrypoints/options', f)),
];
const text = (f: string) => readFileSync(join(root, f), 'utf8');

/** The keys of a table in lib/ui/i18n.ts, read from its source. */
function tableKeys(name: 'EN' | 'UK' | 'RU'): Set<string> {
  const src = text('lib/ui/i18n.ts');
  const start = src.search(new RegExp(`const ${name}\\b[^=]*= \\{`));
  const body = src.slice(start, src.indexOf('\n};', start));
  // Strip the values first, so a colon inside a message is not taken for a key.
  const bare = body.replace(/'(?:[^'\\]|\\.)*'/g, "''");
  return new Set([...bare.matchAll(/([A-Za-z_]\w*)\s*:\s*''/g)].map((m) => m[1]!));
}

const used = new Map<string, string>();
for (const f of sources) for (const m of text(f).matchAll(/\bt\(\s*'(\w+)'/g)) used.set(m[1]!, f);
const keys = [...used.keys()];
const enT = (k: MessageKey, v?: Record<string, string | number>) => translate('en', k, v);
const ukT = (k: MessageKey, v?: Record<string, string | number>) => translate('uk', k, v);

describe('options page messages', () => {
  it('reads the components', () => {
    expect(sources).toContain('components/OptionsApp.tsx');
    expect(sources).toContain('components/OptionsStorage.tsx');
    expect(keys.length).toBeGreaterThan(80);
  });

  it('calls t() with literal keys only, so every key is seen here', () => {
    for (const f of sources) expect(text(f).match(/\bt\(\s*(?!')/g) ?? [], f).toEqual([]);
  });

  it.each(['EN', 'UK', 'RU'] as const)('every key the Options components use is in the %s table', (table) => {
    const have = tableKeys(table);
    expect(have.size).toBeGreaterThan(100);
    expect(keys.filter((k) => !have.has(k)).map((k) => `${k} (${used.get(k)})`)).toEqual([]);
  });

  it.each(['uk', 'ru'] as UiLang[])('is translated into %s with the same placeholders', (lang) => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    // Examples the three languages share.
    const same = new Set(['optFindSitePlaceholder']);
    for (const k of keys as MessageKey[]) {
      const en = translate('en', k);
      const there = translate(lang, k);
      expect(there.trim(), k).not.toBe('');
      expect(vars(there), k).toEqual(vars(en));
      if (!same.has(k)) expect(there, k).not.toBe(en);
    }
  });

  it("shows the knowledge base form's reasons in the interface language, unchanged in English", () => {
    const form = (f: Partial<CustomActorForm>) => ({ ...EMPTY_CUSTOM_ACTOR, nameEn: 'Jane Doe', nameRu: 'Джейн Доу', country: 'US', ...f });
    const cases: [Partial<CustomActorForm>, MessageKey][] = [
      [{ nameEn: '' }, 'optErrNameEn'],
      [{ nameEn: 'Джейн' }, 'optErrLatin'],
      [{ country: '1' }, 'optErrCountry'],
      [{ source: 'javascript:alert(1)' }, 'optErrSource'],
      [{ kind: 'institution', nameRu: '' }, 'optErrInstForms'],
      [{ nameRu: '', nameEn: 'Jane' }, 'optErrSurname'],
    ];
    for (const [f, key] of cases) {
      const got = customActorInput(form(f));
      expect(got.ok, key).toBe(false);
      if (got.ok) continue;
      expect(actorErrorText(got.error, enT)).toBe(got.error);
      expect(actorErrorText(got.error, ukT)).toBe(translate('uk', key));
    }
    const taken = customActorInput(form({}), [{ name: { en: 'Jane Doe', uk: 'Джейн Доу', ru: 'Джейн Доу' } }]);
    expect(taken.ok).toBe(false);
    if (!taken.ok) {
      expect(actorErrorText(taken.error, enT)).toBe(taken.error);
      expect(actorErrorText(taken.error, ukT)).toBe('Jane Doe вже є в базі знань.');
    }
  });

  it("shows a backup file's reasons in the interface language, unchanged in English", () => {
    const contact = { key: 'k', participants: [], parties: [], sides: [], type: 'meeting', status: 'happened', date: null, place: null, sources: [] };
    const cases: [string, MessageKey][] = [
      ['   ', 'optErrEmpty'],
      ['{"hello": 1}', 'optErrNotHistory'],
      ['{"format": "kontakty-history", "version": 99, "contacts": []}', 'optErrNewer'],
      ['{"format": "kontakty-history", "version": 1}', 'optErrNoList'],
      ['{not json\n', 'optErrNotJson'],
      ['\ufeffdate,end_date,date_precision,date_basis,status\r\n2025-02-18,,day,text,happened\r\n', 'optErrCsv'],
      ['{"format":"kontakty-history","version":2,"contacts":[{"key":"a","participa', 'optErrTruncated'],
      ['{"key":"a"}\n{"key":"b"}\n{"key":"c","partic', 'optErrTruncated'],
      [JSON.stringify(new Array(MAX_IMPORT_RECORDS + 1).fill(0)), 'optErrTooMany'],
      [JSON.stringify([contact]), 'optErrBadContact'],
    ];
    for (const [file, key] of cases) {
      const got = parseHistoryFile(file);
      expect(got.ok, key).toBe(false);
      if (got.ok) continue;
      expect(historyErrorText(got.error, enT), key).toBe(got.error);
      const uk = historyErrorText(got.error, ukT);
      expect(uk, key).not.toBe(got.error);
      expect(uk, key).toBe(translate('uk', key, { version: 99, n: MAX_IMPORT_RECORDS + 1, max: MAX_IMPORT_RECORDS, i: 1, problem: 'no sources' }));
    }
    // A reason the page does not know is shown as written.
    expect(historyErrorText('Something new.', ukT)).toBe('Something new.');
  });
});
