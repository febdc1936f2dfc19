import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analyze';
import { counterparts, facetMatches, facetOf, filterContacts, prepareFilter, sortContacts, type HistoryFilter } from '@/lib/history/filter';
import { priorEventRecords } from '@/lib/kb/prior-records';
import { recordFromContact } from '@/lib/history/merge';
import type { ContactRecord } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';

const kb = bundledKb();
const seed = (n: string) => readFileSync(new URL(`../fixtures/seeds/${n}`, import.meta.url), 'utf8');
const recs = (file: string, published: string, site: string): ContactRecord[] =>
  analyzeText({ text: seed(file), published }, kb).contacts.map((c) =>
    recordFromContact(c, { url: `https://${site}/${file}`, title: null, site, lang: null, published, seen: published }),
  );
const all = [
  ...recs('000_1b7ace7d813e42a7.txt', '2025-02-10', 'nenka.info'),
  ...recs('002_4fc3a1f97c3ac14c.txt', '2025-12-23', 'comments.ua'),
  ...recs('004_7edc6db95af8553e.txt', '2022-11-07', 'ru.krymr.com'),
];

describe('filterContacts', () => {
  it('finds an actor by any case form typed in lower case', () => {
    const got = filterContacts(all, { q: 'ушаковым' }, kb);
    expect(got.length).toBe(1);
    expect(got[0]!.participants).toContain('yuri-ushakov');
    expect(filterContacts(all, { q: 'віткоффа' }, kb).every((r) => r.participants.includes('steve-witkoff'))).toBe(true);
  });

  it.each([
    [{ status: 'denied' }, (r: ContactRecord) => r.status === 'denied'],
    [{ site: 'comments.ua' }, (r: ContactRecord) => r.sources.some((s) => s.site === 'comments.ua')],
    [{ actor: 'kirill-dmitriev' }, (r: ContactRecord) => r.participants.includes('kirill-dmitriev')],
    [{ from: '2026-01-01', to: '2026-12-31' }, (r: ContactRecord) => (r.date ?? '').startsWith('2026')],
  ])('%o', (f, pred) => {
    const got = filterContacts(all, f, kb);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(pred)).toBe(true);
    expect(all.filter(pred).length).toBe(got.length);
  });

  it('searches the evidence and place words', () => {
    expect(filterContacts(all, { q: 'маямі' }, kb).length + filterContacts(all, { q: 'miami' }, kb).length).toBeGreaterThan(0);
  });
});

describe('review and origin', () => {
  // The reference timeline, one of its records reported by an article too, one confirmed and one corrected.
  const prior = priorEventRecords(kb.events, kb.byId, new Set(), '2026-01-01T00:00:00.000Z').slice(0, 3) as ContactRecord[];
  const reported = { ...prior[0]!, sources: [...prior[0]!.sources, all[0]!.sources[0]!] };
  const records = [reported, ...prior.slice(1), { ...all[0]!, confirmed: true }, { ...all[1]!, edited: true }, ...all.slice(2)].map((r, i) => ({ ...r, id: i + 1 }));
  it.each<[HistoryFilter, number[]]>([
    [{ origin: 'reference' }, [1, 2, 3]],
    [{ origin: 'read' }, [1, ...records.slice(3).map((r) => r.id)]],
    [{ review: 'confirmed' }, [4]],
    [{ review: 'edited' }, [5]],
    [{ review: 'unreviewed' }, records.filter((r) => r.id !== 4 && r.id !== 5).map((r) => r.id)],
    [{ review: 'unreviewed', origin: 'reference' }, [1, 2, 3]],
  ])('%j keeps the right records, alike from records and from facets', (f, want) => {
    expect(filterContacts(records, f, kb).map((r) => r.id)).toEqual(want);
    const p = prepareFilter(f, kb);
    expect(records.filter((r) => facetMatches(facetOf(r), p, null)).map((r) => r.id)).toEqual(want);
  });
});

describe('counterparts', () => {
  it('lists whom an actor met, most frequent first', () => {
    const got = counterparts(all, 'kirill-dmitriev');
    expect(got.map((c) => c.id)).toEqual(expect.arrayContaining(['steve-witkoff', 'jared-kushner']));
    expect(got.every((c) => c.id !== 'kirill-dmitriev')).toBe(true);
  });
});

describe('sortContacts', () => {
  it('orders by contact date, newest first, an undated one by its report date', () => {
    const dates = sortContacts(all, 'date').map((r) => r.date ?? r.sources[0]!.published!.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
  });
  it('orders by confidence', () => {
    const c = sortContacts(all, 'confidence').map((r) => r.confidence);
    expect(c).toEqual([...c].sort((a, b) => b - a));
  });
});
