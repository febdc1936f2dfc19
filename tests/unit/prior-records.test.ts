import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analyze';
import { allContacts, HistoryDB, upsertRecords } from '@/lib/history/db';
import { parseHistoryFile, toHistoryFile } from '@/lib/history/exchange';
import { recordFromContact } from '@/lib/history/merge';
import { bundledKb } from '@/lib/kb/index';
import { priorEventRecords, referenceSpan } from '@/lib/kb/prior-records';

const freshDb = () => new HistoryDB(`t${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const kb = bundledKb();
const SEEN = '2026-11-24T10:00:00.000Z';

describe('the reference timeline in the history', () => {
  const records = priorEventRecords(kb.events, kb.byId, new Set(), SEEN);

  it('makes one record per shipped event, each with its public source and the event’s own date', () => {
    // At least the 60 the timeline promises; the Russia–Ukraine rounds stay out of this history.
    expect(records.length).toBeGreaterThanOrEqual(60);
    expect(records.some((r) => r.prior === 'istanbul-talks-2025-05-16')).toBe(false);
    for (const r of records) {
      const e = kb.events.find((x) => x.id === r.prior)!;
      expect(r.prior).toBe(e.id);
      expect(r.parties.length).toBeGreaterThan(0);
      expect(r.sides).toEqual(expect.arrayContaining(['RU', 'US']));
      expect(r.participants.every((id) => kb.byId.has(id))).toBe(true);
      expect(r.sources).toHaveLength(1);
      expect(r.sources[0]!.url).toBe(e.source);
      expect(r.sources[0]!.url).toMatch(/^https?:\/\//);
      expect(r.date).toBe(e.date);
      // Dated by the event, not by the install: what the person reads stays above it.
      expect(r.lastSeen.slice(0, 4)).toBe(e.date.slice(0, 4));
    }
    expect(records.find((r) => r.prior === 'alaska-summit-2025')).toMatchObject({ place: 'Anchorage', type: 'meeting', status: 'happened' });
    expect(records.find((r) => r.prior === 'budapest-summit-plan-2025')?.status).toBe('called_off');
    // Unnamed people take part as their side.
    expect(records.find((r) => r.prior === 'swiss-backchannel-2025')).toMatchObject({ participants: [], sides: ['RU', 'US'], type: 'backchannel' });
  });

  it('skips events loaded before, so a deleted one stays deleted', () => {
    const again = priorEventRecords(kb.events, kb.byId, new Set(['alaska-summit-2025']), SEEN);
    expect(again).toHaveLength(records.length - 1);
    expect(again.some((r) => r.prior === 'alaska-summit-2025')).toBe(false);
  });

  it('round-trips through the export format with its mark', () => {
    const file = JSON.stringify(toHistoryFile(records.map((r, id) => ({ ...r, id: id + 1 }))));
    const back = parseHistoryFile(file);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value.map((r) => r.prior)).toEqual(records.map((r) => r.prior));
  });

  it('an article reporting a timeline contact merges into it: one record, both sources, seen when the article was', async () => {
    const db = freshDb();
    await upsertRecords(db, records);
    const before = await db.contacts.count();
    const text = 'Президент США Дональд Трамп і президент Росії Володимир Путін провели зустріч в Анкориджі 15 серпня 2025 року.';
    const found = analyzeText({ text, published: '2025-08-16' }, kb).contacts;
    expect(found).toHaveLength(1);
    const seen = '2026-11-24T12:00:00.000Z';
    await upsertRecords(db, found.map((c) => recordFromContact(c, { url: 'https://www.pravda.com.ua/news/2025/08/16/1/', title: 'Саміт', site: 'pravda.com.ua', lang: 'uk', published: '2025-08-16', seen })));
    expect(await db.contacts.count()).toBe(before);
    const alaska = (await allContacts(db)).find((r) => r.prior === 'alaska-summit-2025')!;
    expect(alaska.sources.map((s) => s.site)).toEqual([new URL(kb.events.find((e) => e.id === 'alaska-summit-2025')!.source).hostname.replace(/^www\./, ''), 'pravda.com.ua']);
    expect(alaska.lastSeen).toBe(seen);
    // Newest seen first: the contact just read leads the history.
    expect((await allContacts(db))[0]!.id).toBe(alaska.id);
  });

  it('says for its introduction how many contacts it holds and the years they span, from the shipped events', () => {
    const span = referenceSpan(kb.events, kb.byId)!;
    // As many as go into the history, and the years of their first and last dates.
    expect(span.n).toBe(records.length);
    const years = records.flatMap((r) => [r.date!, r.endDate ?? r.date!]).map((d) => d.slice(0, 4)).sort();
    expect([span.from, span.to]).toEqual([years[0], years.at(-1)]);
    expect(Number(span.to)).toBeGreaterThan(Number(span.from));
    // An event that ends in a later year than it began stretches the span to that year.
    const one = kb.events.find((e) => e.id === 'alaska-summit-2025')!;
    expect(referenceSpan([{ ...one, date: '2019-12', endDate: '2020-01' }], kb.byId)).toEqual({ n: 1, from: '2019', to: '2020' });
    expect(referenceSpan([], kb.byId)).toBeNull();
  });
});
