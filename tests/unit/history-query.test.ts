import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { allContacts, deleteContact, HistoryDB, previewImport, restoreContact, updateContact, upsertRecords, upsertRecordsWritten } from '@/lib/history/db';
import { facetMatches, facetOf, facetOrder, facetTest, filterContacts, prepareFilter, sortContacts, summaryRecord, timelineRecord, type HistoryFilter, type SortOrder } from '@/lib/history/filter';
import { contactKey, foldRecord } from '@/lib/history/merge';
import { generateHistory } from '../../scripts/bench-history-data';
import { HistoryIndex } from '@/lib/history/query';
import { TextScan, textHolds } from '@/lib/history/text-scan';
import { recordsInOrder } from '@/lib/history/records-in-order';
import type { ContactRecord } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';
import { layoutTimeline } from '@/lib/ui/timeline';

const kb = bundledKb();
const freshDb = () => new HistoryDB(`q${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

/** A small seeded PRNG: the same records on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!, chance: (p: number) => next() < p };
}

const ACTORS: [string, 'US' | 'RU'][] = [['vladimir-putin', 'RU'], ['donald-trump', 'US'], ['sergey-lavrov', 'RU'], ['marco-rubio', 'US'], ['kirill-dmitriev', 'RU'], ['sergei-ryabkov', 'RU']];
const TYPES = ['meeting', 'phone_call', 'video_call', 'negotiations', 'consultations', 'visit', 'backchannel', 'other'] as const;
const STATUSES = ['happened', 'planned', 'called_off', 'denied', 'unclear'] as const;
const SITES = ['ТАСС', 'УНІАН', 'Meduza', null];

/**
 * Records crowded into a few weeks and a few parties, so that many of them are one contact by the
 * merge rules: same parties, a party list within another, unclear and definite, "talks" and "a
 * meeting", undated reports days apart, sides only; sources repeat (a page read twice).
 */
function crowded(n: number, seed: number): Omit<ContactRecord, 'id'>[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const k = r.chance(0.08) ? 0 : r.chance(0.7) ? 2 : r.chance(0.5) ? 1 : 3;
    const who = [...ACTORS].sort(() => r.next() - 0.5).slice(0, k);
    const sides = k ? [...new Set(who.map(([, s]) => s))].sort() : (r.pick([['RU', 'US'], ['US']]) as string[]);
    const day = 1 + Math.floor(r.next() * 20);
    const dd = String(day).padStart(2, '0');
    const kind = r.pick(['day', 'day', 'month', 'undated', 'undated', 'year', 'range'] as const);
    // Now and then a day no calendar has, as an imported file may carry one.
    const odd = r.chance(0.04);
    const date = kind === 'day' || kind === 'range' ? (odd ? '2025-02-30' : `2025-03-${dd}`) : kind === 'month' ? '2025-03' : kind === 'year' ? '2025' : null;
    const published = `2025-03-${String(Math.min(28, day + 1)).padStart(2, '0')}T10:00:00Z`;
    const status = r.pick(STATUSES);
    const lang = r.pick(['uk', 'ru']);
    const base = {
      participants: who.map(([id]) => id),
      parties: k ? who.map(([id, side]) => ({ actorId: id, side, text: kb.byId.get(id)!.name.ru })) : sides.map((s) => ({ actorId: null, side: s, text: 'дипломаты' })),
      sides: sides as ContactRecord['sides'],
      type: r.pick(TYPES),
      status,
      date,
      endDate: kind === 'range' ? `2025-03-${String(day + 2).padStart(2, '0')}` : null,
      datePrecision: kind === 'undated' ? null : kind === 'range' ? 'day' : kind,
      place: r.chance(0.3) ? r.pick(['Geneva', 'Riyadh', 'Istanbul']) : null,
      confidence: Math.round(r.next() * 100) / 100,
      confirmed: false,
      edited: r.chance(0.05),
      sources: [
        {
          url: `https://example.org/${Math.floor(r.next() * n * 0.8)}`,
          title: r.chance(0.1) ? 'Встреча в Маями' : 'Контакты',
          site: r.pick(SITES),
          lang,
          published,
          seen: `2025-03-${String(20 + (i % 8)).padStart(2, '0')}T00:00:${String(i % 60).padStart(2, '0')}Z`,
          evidence: { start: 0, end: 10, exact: r.chance(0.1) ? 'Накануне Лавров говорил с Рябковым, стороны встретились в Маями.' : 'Стороны провели переговоры.', prefix: '', suffix: '' },
          reportedBy: [],
        },
      ],
      firstSeen: '',
      lastSeen: '',
    } as Omit<ContactRecord, 'id' | 'key'>;
    base.firstSeen = base.lastSeen = base.sources[0]!.seen;
    return { ...base, key: contactKey(base) };
  });
}

// ---------------------------------------------------------------- the one-query-per-record code this replaced

async function candidatesForReference(db: HistoryDB, r: Omit<ContactRecord, 'id'>): Promise<ContactRecord[]> {
  const byKey = await db.contacts.where('key').equals(r.key).toArray();
  const byParty = r.participants.length
    ? await db.contacts.where('participants').anyOf(r.participants).toArray()
    : await db.contacts.where('sides').equals(r.sides[0] ?? '').filter((c) => c.participants.length === 0).toArray();
  return [...byKey, ...byParty.filter((c) => !byKey.some((k) => k.id === c.id))];
}

async function upsertReference(db: HistoryDB, records: Omit<ContactRecord, 'id'>[]) {
  let added = 0;
  let merged = 0;
  await db.transaction('rw', db.contacts, async () => {
    for (const r of records) {
      const out = foldRecord(await candidatesForReference(db, r), r);
      if (out.id === undefined) added++;
      else merged++;
      await db.contacts.put(out);
    }
  });
  return { added, merged };
}

async function previewReference(db: HistoryDB, records: Omit<ContactRecord, 'id'>[]) {
  const out = { added: 0, merged: 0, conflicting: 0 };
  for (const r of records) {
    const folded = foldRecord(await candidatesForReference(db, r), r);
    if (folded.id === undefined) {
      out.added++;
      continue;
    }
    const stored = await db.contacts.get(folded.id);
    const differs = stored && (stored.status !== r.status || stored.type !== r.type || (r.date && stored.date && r.date !== stored.date) || (r.place && stored.place && r.place !== stored.place));
    if (differs) out.conflicting++;
    else out.merged++;
  }
  return out;
}

const byId = (rs: ContactRecord[]) => [...rs].sort((a, b) => a.id! - b.id!);

describe('bulk upsert and preview', () => {
  it.each([1, 2, 3])('fold exactly as one query per record did (seed %i)', async (seed) => {
    const a = freshDb();
    const b = freshDb();
    for (const [i, size] of [40, 120, 260, 10].entries()) {
      const batch = crowded(size, seed * 10 + i);
      expect(await previewImport(b, batch)).toEqual(await previewReference(a, batch));
      expect(await upsertRecords(b, batch)).toEqual(await upsertReference(a, batch));
      expect(byId(await allContacts(b))).toEqual(byId(await allContacts(a)));
    }
    // The crowd did fold: far fewer contacts than records.
    expect((await allContacts(b)).length).toBeLessThan(300);
  });

  it('returns what it wrote, with ids', async () => {
    const db = freshDb();
    const { added, merged, written } = await upsertRecordsWritten(db, crowded(80, 7));
    const all = await allContacts(db);
    expect(added).toBe(all.length);
    expect(merged).toBe(80 - all.length);
    expect(byId(written)).toEqual(byId(all));
  });
});

// ---------------------------------------------------------------- facets

async function filled(n = 300, seed = 5) {
  const db = freshDb();
  await upsertRecords(db, crowded(n, seed));
  // A couple of person's corrections, and records far apart in time.
  const all = await allContacts(db);
  await updateContact(db, all[3]!.id!, { date: '2024-12-30', place: 'Vienna' });
  await updateContact(db, all[5]!.id!, { status: 'denied' });
  return { db, all: await allContacts(db) };
}

const FILTERS: HistoryFilter[] = [
  {},
  { status: 'denied' },
  { type: 'meeting' },
  { side: 'US' },
  { actor: 'sergei-ryabkov' },
  { site: 'ТАСС' },
  { lang: 'uk' },
  { from: '2025-03-05', to: '2025-03-09' },
  { from: '2025-03-15' },
  { to: '2025-02-28' },
  { q: 'рябковым' },
  { q: 'маями' },
  { q: 'лавров женева' },
  { q: 'Trump', status: 'planned', from: '2025-03-01', to: '2025-03-10' },
  { actor: 'vladimir-putin', from: '2025-03-10', to: '2025-03-31', type: 'phone_call' },
];

describe('facets', () => {
  it.each(FILTERS)('filter and every order as filterContacts and sortContacts: %o', async (f) => {
    const { all } = await filled();
    const query = prepareFilter(f, kb).query;
    const hits = new Set(all.filter((r) => query && textHolds(r, query, kb)).map((r) => r.id!));
    const facets = all.map((r) => facetOf(r));
    const p = prepareFilter(f, kb);
    for (const order of ['seen', 'date', 'confidence', 'sources'] as SortOrder[]) {
      const expected = sortContacts(filterContacts(all, f, kb), order).map((r) => r.id);
      const got = facets.filter(facetTest(p, hits)).sort(facetOrder[order]).map((x) => x.id);
      expect(facets.filter((x) => facetMatches(x, p, hits)).length).toBe(expected.length);
      expect(got).toEqual(expected);
    }
  });

  it('draw the same timeline and actor view as the records', async () => {
    const { all } = await filled();
    const facets = all.map((r) => facetOf(r));
    expect(layoutTimeline(facets.map(timelineRecord), { fitWidth: 430 })).toEqual(layoutTimeline(all, { fitWidth: 430 }));
    const when = (r: ContactRecord) => r.date ?? r.sources[0]?.published?.slice(0, 10) ?? '';
    expect(facets.map(summaryRecord).map((r) => [r.participants, r.date])).toEqual(all.map((r) => [r.participants, when(r)]));
  });
});

// ---------------------------------------------------------------- the live index

/** Resolves on the index's next change. */
const nextChange = (x: HistoryIndex) => new Promise<void>((ok) => {
  const off = x.subscribe(() => (off(), ok()));
});

describe('HistoryIndex', () => {
  it('reads every record, then follows edits, deletions, undo and bulk writes', async () => {
    const { db, all } = await filled(200, 9);
    const x = new HistoryIndex(db, 50).start();
    await x.whenReady();
    const ids = (f: HistoryFilter = {}, order: SortOrder = 'seen') => x.query(f, order, kb, null).map((f) => f.id);
    expect(ids()).toEqual(all.map((r) => r.id));
    expect(x.sorted('date').map((f) => f.id)).toEqual(sortContacts(all, 'date').map((r) => r.id));

    const target = all[10]!;
    let changed = nextChange(x);
    await updateContact(db, target.id!, { status: 'denied', date: '2023-01-01' });
    await changed;
    expect(x.facets.get(target.id!)).toMatchObject({ status: 'denied', when: '2023-01-01' });
    const now = await allContacts(db);
    expect(x.sorted('date').map((f) => f.id)).toEqual(sortContacts(now, 'date').map((r) => r.id));
    expect(ids({ status: 'denied' })).toEqual(filterContacts(now, { status: 'denied' }, kb).map((r) => r.id));

    changed = nextChange(x);
    const gone = await deleteContact(db, target.id!);
    await changed;
    expect(x.facets.has(target.id!)).toBe(false);
    changed = nextChange(x);
    await restoreContact(db, gone!);
    await changed;
    expect(ids()).toEqual((await allContacts(db)).map((r) => r.id));

    // A bulk write (Dexie reports it as "everything changed"): the index reads the table again.
    changed = nextChange(x);
    await upsertRecords(db, crowded(150, 77).map((r) => ({ ...r, date: r.date && r.date.replace('2025', '2026'), key: r.key.replace('2025', '2026') })));
    await changed;
    await x.whenReady();
    while (x.facets.size !== (await db.contacts.count())) await nextChange(x);
    expect(ids()).toEqual((await allContacts(db)).map((r) => r.id));

    changed = nextChange(x);
    await db.contacts.clear();
    await changed;
    expect(x.facets.size).toBe(0);
    x.dispose();
  });

  it('answers a search from the actors it names and the text hits exactly as a test of every facet, also after changes', async () => {
    const { db, all } = await filled(300, 9);
    const x = new HistoryIndex(db).start();
    await x.whenReady();
    const check = async () => {
      const now = await allContacts(db);
      for (const f of FILTERS.filter((f) => f.q)) {
        const p = prepareFilter(f, kb);
        const hits = new Set(now.filter((r) => textHolds(r, p.query, kb)).map((r) => r.id!));
        for (const h of [null, new Set<number>(), hits])
          for (const order of ['seen', 'date', 'confidence', 'sources'] as SortOrder[]) {
            const expected = x.sorted(order).filter(facetTest(p, h)).map((y) => y.id);
            expect(x.query(f, order, kb, h).map((y) => y.id)).toEqual(expected);
          }
      }
    };
    await check();
    // A contact of Ryabkov's deleted, another given a new party by a later report.
    const ryabkov = all.filter((r) => r.participants.includes('sergei-ryabkov'));
    expect(ryabkov.length).toBeGreaterThan(1);
    let changed = new Promise((r) => x.subscribe(r));
    await deleteContact(db, ryabkov[0]!.id!);
    await changed;
    changed = new Promise((r) => x.subscribe(r));
    const other = all.find((r) => !r.participants.includes('sergei-ryabkov'))!;
    await db.contacts.update(other.id!, { participants: [...other.participants, 'sergei-ryabkov'] });
    await changed;
    expect(x.query({ q: 'рябковым' }, 'seen', kb, null).map((y) => y.id)).toContain(other.id);
    expect(x.query({ q: 'рябковым' }, 'seen', kb, null).map((y) => y.id)).not.toContain(ryabkov[0]!.id);
    await check();
    x.dispose();
  });

  it('narrows the last result when a filter only adds conditions, and answers as a fresh filter would', async () => {
    const { db, all } = await filled(300, 21);
    const x = new HistoryIndex(db).start();
    await x.whenReady();
    const steps: HistoryFilter[] = [{ actor: 'vladimir-putin' }, { actor: 'vladimir-putin', from: '2025-03-05' }, { actor: 'vladimir-putin', from: '2025-03-05', to: '2025-03-12' }, { actor: 'donald-trump', from: '2025-03-05' }, { from: '2025-03-05' }];
    for (const order of ['seen', 'confidence'] as SortOrder[])
      for (const f of steps) expect(x.query(f, order, kb, null).map((r) => r.id)).toEqual(sortContacts(filterContacts(all, f, kb), order).map((r) => r.id));
    x.dispose();
  });

  it('takes an import it is handed at once', async () => {
    const db = freshDb();
    const x = new HistoryIndex(db).start();
    await x.whenReady();
    const { written } = await upsertRecordsWritten(db, crowded(120, 3));
    x.apply(written);
    expect(x.query({}, 'seen', kb, null).map((f) => f.id)).toEqual((await allContacts(db)).map((r) => r.id));
    x.dispose();
  });

  it('takes its own bulk import without reading the whole table again, and still reads another context’s', async () => {
    const factory = new IDBFactory();
    const name = `q${Math.random()}`;
    const db = new HistoryDB(name, { indexedDB: factory, IDBKeyRange });
    let rangeReads = 0;
    db.use({ stack: 'dbcore', name: 'spy', create: (down) => ({ ...down, table: (n) => {
      const t = down.table(n);
      return { ...t, query: (q) => (q.query.index.isPrimaryKey && q.query.range.type === 2 && (rangeReads += 1), t.query(q)) };
    } }) });
    await upsertRecordsWritten(db, crowded(40, 7));
    const x = new HistoryIndex(db, 25).start();
    await x.whenReady();
    const settle = async () => {
      for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
    };
    rangeReads = 0;
    x.holdBulkEvents();
    const done = await upsertRecordsWritten(db, generateHistory(150));
    x.apply(done.written);
    x.releaseBulkEvents(done.added >= 50);
    await settle();
    expect(done.added).toBeGreaterThanOrEqual(50);
    expect(rangeReads).toBe(0);
    expect(x.query({}, 'seen', kb, null).map((f) => f.id)).toEqual((await allContacts(db)).map((r) => r.id));
    // A bulk write of another context while held is read again once released.
    x.holdBulkEvents();
    const own = await upsertRecordsWritten(db, generateHistory(120, 99));
    const other = new HistoryDB(name, { indexedDB: factory, IDBKeyRange });
    await other.contacts.bulkPut((await db.contacts.limit(60).toArray()).map((r) => ({ ...r, confidence: 0.011 })));
    x.apply(own.written);
    x.releaseBulkEvents(own.added >= 50);
    await settle();
    expect(rangeReads).toBeGreaterThan(0);
    expect(x.query({}, 'seen', kb, null).map((f) => f.id)).toEqual((await allContacts(db)).map((r) => r.id));
    expect([...x.facets.values()].filter((f) => f.confidence === 0.011)).toHaveLength(60);
    x.dispose();
  });

  it('a text scan finds what filterContacts finds, also when records change', async () => {
    const { db, all } = await filled(250, 11);
    const x = new HistoryIndex(db, 40).start();
    await x.whenReady();
    const f = { q: 'маями' };
    const scan = new TextScan(x, prepareFilter(f, kb).query, kb, 30);
    await scan.run();
    await scan.finished();
    const got = () => x.query(f, 'seen', kb, scan.hits).map((r) => r.id);
    expect(got()).toEqual(filterContacts(all, f, kb).map((r) => r.id));
    expect(got().length).toBeGreaterThan(0);
    // A correction that puts the word in: the scan looks at that record again.
    const plain = all.find((r) => !textHolds(r, 'маями', kb))!;
    const changed = new Promise<void>((ok) => {
      const off = scan.onProgress(() => (off(), ok()));
    });
    await updateContact(db, plain.id!, { place: 'Маями' });
    await changed;
    expect(got()).toEqual(filterContacts(await allContacts(db), f, kb).map((r) => r.id));
    scan.cancel();
    x.dispose();
  });

  it('reads records back in order by id ranges and single gets, also after records changed', async () => {
    const db = freshDb();
    const reads: string[] = [];
    let delivered = 0;
    db.use({ stack: 'dbcore', name: 'spy', create: (down) => ({ ...down, table: (n) => {
      const t = down.table(n);
      return {
        ...t,
        query: async (q) => {
          reads.push(q.query.index.isPrimaryKey ? ':id' : String(q.query.index.name));
          const got = await t.query(q);
          delivered += got.result.length;
          return got;
        },
        getMany: async (q) => {
          reads.push('ids');
          const got = await t.getMany(q);
          delivered += got.length;
          return got;
        },
      };
    } }) });
    // Ids in the order of first report, as a history has them: the newest reports are a range of ids.
    await db.contacts.bulkAdd(generateHistory(700));
    const x = new HistoryIndex(db).start();
    await x.whenReady();
    const facets = x.query({}, 'seen', kb, null);
    const read = async (chunk: number, items = facets) => {
      reads.length = 0;
      delivered = 0;
      const out: ContactRecord[] = [];
      for await (const part of recordsInOrder(db, items, chunk)) out.push(...part);
      return out;
    };
    const expected = sortContacts(await db.contacts.toArray(), 'seen');
    expect(await read(100)).toEqual(expected);
    // Primary-key ranges, never the lastSeen index, and each record read about once (a range
    // may hold a few records not wanted, never a whole chunk again).
    expect(reads.filter((r) => r === ':id').length).toBeGreaterThan(0);
    expect(reads).not.toContain('lastSeen');
    expect(delivered).toBeLessThan(expected.length * 1.2);
    // Deleted and changed since the facets were read: the gone one left out, the changed one as it is now.
    await db.contacts.delete(facets[10]!.id);
    await db.contacts.update(facets[20]!.id, { place: 'Відень' });
    const now = await read(100);
    expect(now.map((r) => r.id)).toEqual(facets.filter((_, i) => i !== 10).map((f) => f.id));
    expect(now.find((r) => r.id === facets[20]!.id)!.place).toBe('Відень');
    // A few records spread over the history are read one by one.
    const few = facets.filter((_, i) => i % 37 === 0);
    expect((await read(100, few)).map((r) => r.id)).toEqual(few.map((f) => f.id));
    expect(reads).toEqual(['ids']);
    x.dispose();
  });

  it('reads records back in the facets’ order', async () => {
    const { db, all } = await filled(300, 13);
    const x = new HistoryIndex(db).start();
    await x.whenReady();
    for (const order of ['seen', 'date', 'sources'] as SortOrder[]) {
      const facets = x.query({ side: 'RU' }, order, kb, null);
      const out: ContactRecord[] = [];
      for await (const part of recordsInOrder(db, facets, 64)) out.push(...part);
      expect(out).toEqual(sortContacts(filterContacts(all, { side: 'RU' }, kb), order));
    }
    x.dispose();
  });
});
