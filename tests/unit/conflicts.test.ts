import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analyze';
import { disagreements } from '@/lib/history/conflicts';
import { allContacts, HistoryDB, upsertRecords } from '@/lib/history/db';
import { parseHistoryFile, toHistoryFile } from '@/lib/history/exchange';
import { recordFromContact } from '@/lib/history/merge';
import type { ContactRecord, SourceClaim } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';

const freshDb = () => new HistoryDB(`t${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const report = (text: string, url: string, published = '2025-02-20') =>
  analyzeText({ text, published }, bundledKb()).contacts.map((c) => recordFromContact(c, { url, title: url, site: new URL(url).hostname, lang: 'uk', published, seen: '2026-01-01T00:00:00.000Z' }));

const claim = (c: Partial<SourceClaim>): SourceClaim => ({ type: 'meeting', status: 'happened', date: null, endDate: null, datePrecision: null, place: null, ...c });
const withClaims = (...cs: Partial<SourceClaim>[]): Pick<ContactRecord, 'sources'> => ({
  sources: cs.map((c, i) => ({ url: `https://s${i}.example/`, title: null, site: null, lang: null, published: null, seen: '', evidence: { start: 0, end: 0, exact: '', prefix: '', suffix: '' }, reportedBy: [], claim: claim(c) })),
});

describe('disagreements between the sources of one contact', () => {
  it('keeps each article’s own reading when two reports of one meeting name different places', async () => {
    const db = freshDb();
    await upsertRecords(db, report('Рубіо і Лавров провели переговори 18 лютого в Ер-Ріяді.', 'https://a.example/1'));
    await upsertRecords(db, report('Рубіо і Лавров провели переговори 18 лютого в Стамбулі.', 'https://b.example/2'));
    const [rec, ...rest] = await allContacts(db);
    expect(rest).toHaveLength(0);
    expect(rec!.sources).toHaveLength(2);
    // The merged record keeps the first place; the second article's place is not lost.
    expect(rec!.place).toBe('Riyadh');
    expect(rec!.sources.map((s) => s.claim?.place)).toEqual(['Riyadh', 'Istanbul']);
    const d = disagreements(rec!);
    expect(d.map((x) => x.field)).toEqual(['place']);
    expect(d[0]!.readings.map((r) => [r.value, r.urls])).toEqual([['riyadh', ['https://a.example/1']], ['istanbul', ['https://b.example/2']]]);
  });

  it('a claim survives export and import', () => {
    const recs = [...report('Рубіо і Лавров провели переговори 18 лютого в Ер-Ріяді.', 'https://a.example/1')].map((r, i) => ({ ...r, id: i + 1 }));
    const parsed = parseHistoryFile(JSON.stringify(toHistoryFile(recs)));
    expect(parsed.ok && parsed.value[0]!.sources[0]!.claim).toEqual(recs[0]!.sources[0]!.claim);
  });

  it('a reading made more exact, compatible kinds and an unclear status are not disagreements', () => {
    expect(disagreements(withClaims({ date: '2025-02', datePrecision: 'month' }, { date: '2025-02-18', datePrecision: 'day' }))).toEqual([]);
    expect(disagreements(withClaims({ type: 'meeting' }, { type: 'negotiations' }, { type: 'other' }))).toEqual([]);
    expect(disagreements(withClaims({ status: 'unclear' }, { status: 'denied' }))).toEqual([]);
    expect(disagreements(withClaims({ place: 'Geneva' }, { place: null }, { place: 'geneva' }))).toEqual([]);
    expect(disagreements(withClaims({ date: '2025-01-09', endDate: '2025-01-10' }, { date: '2025-01-10' }))).toEqual([]);
  });

  it('lists every reading of a field that two sources cannot both be right about', () => {
    const d = disagreements(withClaims({ status: 'happened', date: '2025-02-18' }, { status: 'denied', date: '2025-02-19' }, { status: 'happened', date: '2025-02' }));
    expect(d.map((x) => x.field)).toEqual(['date', 'status']);
    expect(d[1]!.readings.map((r) => [r.value, r.urls.length])).toEqual([['happened', 2], ['denied', 1]]);
    expect(disagreements(withClaims({ type: 'phone_call' }, { type: 'visit' }))[0]!.field).toBe('type');
  });

  it('sources without a claim (older files, the knowledge base) take no side', () => {
    const r = withClaims({ place: 'Geneva' }, { place: 'Vienna' });
    delete r.sources[1]!.claim;
    expect(disagreements(r)).toEqual([]);
  });
});
