import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { allContacts, HistoryDB, upsertRecords } from '@/lib/history/db';
import { priorEventRecords } from '@/lib/kb/prior-records';
import { foldRecord, recordFromContact } from '@/lib/history/merge';
import { analyzeText } from '@/lib/analyze';
import { bundledKb } from '@/lib/kb/index';
import type { ContactRecord } from '@/lib/history/types';
import { analyzeAndStore } from '@/lib/ext/analyze-service';
import { retrying } from '@/lib/ext/retry-send';
import type { Send } from '@/lib/ext/page-runner';
import type { ArticlePayload } from '@/lib/messages';

// The store's side of "a service worker stopped mid-store loses nothing and stores nothing
// twice": the content script sends an article again when its first send failed, and ten tabs
// send at once. tests/e2e/resilience.spec.ts does the same in Chromium.

/** A profile as installed: the history holds the shipped reference timeline. */
async function freshDb(): Promise<HistoryDB> {
  const db = new HistoryDB(`t${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const kb = bundledKb();
  await upsertRecords(db, priorEventRecords(kb.events, kb.byId, new Set(), '2026-01-01T00:00:00.000Z'));
  return db;
}
const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const article = (url: string, text: string, published: string): ArticlePayload => ({ url, href: url, title: text.split('\n')[0]!, site: new URL(url).hostname, lang: null, published, text, reason: 'test' });

// The five seed articles (dates as in tests/fixtures/pages/index.json), and two short reports
// of one Riyadh meeting, which must end as one record with both sources.
const ARTICLES: ArticlePayload[] = [
  article('https://nenka.info/a', seed('000_1b7ace7d813e42a7.txt'), '2025-02-10T10:37:00+00:00'),
  article('https://nenka.info/b', seed('001_66fee3a647a5a33e.txt'), '2025-02-21T14:12:00+00:00'),
  article('https://comments.ua/c', seed('002_4fc3a1f97c3ac14c.txt'), '2025-12-23T15:30:00+02:00'),
  article('https://glavred.info/d', seed('003_49fd28c3542652b2.txt'), '2021-12-02T17:50:00+02:00'),
  article('https://krymr.com/e', seed('004_7edc6db95af8553e.txt'), '2022-11-07T12:00:00+02:00'),
  article('https://pravda.com.ua/f', 'Рубіо і Лавров зустрілися\nДержсекретар США Марко Рубіо і міністр закордонних справ Росії Сергій Лавров провели переговори 18 лютого в Ер-Ріяді.', '2025-02-18T20:00:00+02:00'),
  article('https://kommersant.ru/g', 'Переговоры в Эр-Рияде\nГоссекретарь США Марко Рубио и министр иностранных дел России Сергей Лавров провели переговоры 18 февраля в Эр-Рияде.', '2025-02-19T09:00:00+03:00'),
];

/** The history as a reader sees it: every record's facts and sources, without the times it was seen. */
function snapshot(rows: ContactRecord[]): string[] {
  return rows
    .map(({ id: _id, firstSeen: _f, lastSeen: _l, sources, ...facts }) =>
      JSON.stringify({ ...facts, sources: sources.map(({ seen: _s, ...s }) => s).sort((a, b) => `${a.url}${a.evidence.start}`.localeCompare(`${b.url}${b.evidence.start}`)) }),
    )
    .sort();
}
/** Which articles (and sentences) each record holds: how the history is partitioned, whatever the order of writes. */
const partition = (rows: ContactRecord[]) => rows.map((r) => r.sources.map((s) => `${s.url}@${s.evidence.start}`).sort().join(' ')).sort();

describe('storing an article again (a retry after a stopped worker)', () => {
  it('leaves the history as it was when the first store had committed', async () => {
    const db = await freshDb();
    for (const a of ARTICLES) await analyzeAndStore(db, a, undefined, new Date('2026-01-01T00:00:00Z'));
    const before = await allContacts(db);
    expect(before.filter((r) => r.sources.some((s) => ARTICLES.some((a) => a.url === s.url))).length).toBeGreaterThan(5);
    for (const a of ARTICLES) {
      const again = await analyzeAndStore(db, a, undefined, new Date('2026-01-01T00:05:00Z'));
      expect(again.stored.added).toBe(0);
    }
    const after = await allContacts(db);
    expect(snapshot(after)).toEqual(snapshot(before));
    expect(after.every((r) => new Set(r.sources.map((s) => s.url)).size === r.sources.length)).toBe(true);
  });

  it('counts each article once in the confidence, however often it is read', () => {
    const rec = (url: string) => recordFromContact({ ...analyzeText({ text: ARTICLES[5]!.text, published: '2025-02-18' }, bundledKb()).contacts[0]!, confidence: 0.7 }, { url, title: null, site: null, lang: 'uk', published: '2025-02-18', seen: '2026-01-01T00:00:00Z' });
    let r: ContactRecord = { ...rec('https://a.example/1'), id: 1 };
    for (const url of ['https://b.example/2', 'https://c.example/3', 'https://c.example/3', 'https://b.example/2']) r = foldRecord([r], rec(url));
    // Three articles at 0.7: 0.7 + 2 × 0.02, as often as the last two were read again.
    expect(r.sources).toHaveLength(3);
    expect(r.confidence).toBe(0.74);
  });

  it('stores every article at once as it stores them one by one, each contact once', async () => {
    const oneByOne = await freshDb();
    for (const a of ARTICLES) await analyzeAndStore(oneByOne, a);
    const atOnce = await freshDb();
    // Each article twice, all at the same time: ten tabs, and a retry racing its first try.
    await Promise.all([...ARTICLES, ...ARTICLES].map((a) => analyzeAndStore(atOnce, a)));
    const sequential = await allContacts(oneByOne);
    const concurrent = await allContacts(atOnce);
    expect(partition(concurrent)).toEqual(partition(sequential));
    const riyadh = concurrent.filter((r) => r.participants.includes('marco-rubio') && r.participants.includes('sergey-lavrov') && r.date === '2025-02-18');
    expect(riyadh).toHaveLength(1);
    expect(riyadh[0]!.sources.map((s) => s.url)).toEqual(expect.arrayContaining(['https://kommersant.ru/g', 'https://pravda.com.ua/f']));
  });
});

describe('retrying(send)', () => {
  const CLOSED = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
  const msg = { type: 'not-article', url: 'https://x.example/', title: null, reason: 'test' } as const;
  /** A send that fails with the given errors in turn, then answers. */
  const flaky = (errors: Error[]) => {
    const calls: unknown[] = [];
    const send = (async (m: unknown) => {
      calls.push(m);
      const e = errors.shift();
      if (e) throw e;
      return { ok: true };
    }) as Send;
    return { send, calls };
  };
  const waited: number[] = [];
  const wait = async (ms: number) => void waited.push(ms);

  it.each([
    { name: 'answers at once', errors: [], calls: 1 },
    { name: 'a worker stopped once, then answers', errors: [CLOSED], calls: 2 },
    { name: 'stopped twice, then answers', errors: [CLOSED, new Error('Could not establish connection. Receiving end does not exist.')], calls: 3 },
  ])('$name', async ({ errors, calls }) => {
    waited.length = 0;
    const f = flaky([...errors]);
    await expect(retrying(f.send, [10, 20, 30], wait)(msg)).resolves.toEqual({ ok: true });
    expect(f.calls).toHaveLength(calls);
    expect(waited).toEqual([10, 20, 30].slice(0, calls - 1));
  });

  it('gives up after the last wait with the last error', async () => {
    const f = flaky([CLOSED, CLOSED, CLOSED, new Error('still closed')]);
    await expect(retrying(f.send, [1, 1, 1], wait)(msg)).rejects.toThrow('still closed');
    expect(f.calls).toHaveLength(4);
  });

  it('does not ask an extension that was reloaded (this content script is orphaned)', async () => {
    const f = flaky([new Error('Extension context invalidated.')]);
    await expect(retrying(f.send, [1, 1, 1], wait)(msg)).rejects.toThrow('invalidated');
    expect(f.calls).toHaveLength(1);
  });

  it('returns an answer that says the analysis failed, without asking again', async () => {
    const calls: unknown[] = [];
    const send = (async (m: unknown) => (calls.push(m), { ok: false, error: 'boom' })) as Send;
    await expect(retrying(send, [1], wait)({ type: 'analyze', page: ARTICLES[0]! })).resolves.toEqual({ ok: false, error: 'boom' });
    expect(calls).toHaveLength(1);
  });
});
