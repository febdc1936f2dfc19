import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { activeActors, addCustomActor, setActorDisabled, syncBundledActors } from '@/lib/history/actors-store';
import { allContacts, HistoryDB } from '@/lib/history/db';
import type { ContactRecord } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';
import { contactKey } from '@/lib/history/merge';
import { priorEventRecords } from '@/lib/kb/prior-records';
import { generateHistory } from '../../scripts/bench-history-data';

const contact = (i: number): Omit<ContactRecord, 'id'> => ({
  key: `k${i}`, participants: ['vladimir-putin', 'donald-trump'], parties: [], sides: ['RU', 'US'], type: 'meeting', status: 'happened',
  date: `2025-08-${String((i % 28) + 1).padStart(2, '0')}`, endDate: null, datePrecision: 'day', place: 'Anchorage', confidence: 0.8,
  confirmed: i % 2 === 0, edited: i % 3 === 0, firstSeen: '2025-08-16T00:00:00Z', lastSeen: '2025-08-16T00:00:00Z',
  sources: [{ url: `https://example.org/${i}`, title: 't', site: 'example.org', lang: 'ru', published: '2025-08-16', seen: '2025-08-16T00:00:00Z', reportedBy: [], evidence: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '' } }],
});

/**
 * Every schema the extension has shipped, exactly as it shipped (never edited here): a database
 * of each, filled, must open in the current version with every record as it was.
 */
const SHIPPED: Record<number, Record<string, string>> = {
  1: { contacts: '++id, key, date, status, type, *participants, *sides, lastSeen' },
  2: { contacts: '++id, key, date, status, type, *participants, *sides, lastSeen', actors: 'id, kind, country, origin' },
  3: { contacts: '++id, key, *participants, *sides, lastSeen' },
};
const CURRENT = 4;

/** A Dexie of the schema as it stood at version `v` (each version's stores as declared then). */
function shippedDb(name: string, v: number, idb: IDBFactory): Dexie {
  const d = new Dexie(name, { indexedDB: idb, IDBKeyRange });
  for (let i = 1; i <= v; i++) d.version(i).stores(SHIPPED[i]!);
  return d;
}

const byId = <T extends { id?: number | string }>(xs: T[]) => [...xs].sort((a, b) => String(a.id).localeCompare(String(b.id), 'en', { numeric: true }));

describe('schema upgrades keep every record', () => {
  // Realistic records (Cyrillic evidence, several sources, every date precision, undated ones)
  // and hand-made ones with what a record may carry (edits, claims, nulls).
  const generated = generateHistory(600);
  const records: Omit<ContactRecord, 'id'>[] = [...generated, ...Array.from({ length: 50 }, (_, i) => contact(i))];

  it.each([1, 2, 3])('a version-%i database opens in the current version with all its contacts', async (v) => {
    const idb = new IDBFactory();
    const old = shippedDb('kontakty', v, idb);
    await old.table('contacts').bulkAdd(records);
    // A deleted record leaves a gap in the ids: the ids must survive as they are.
    await old.table('contacts').delete(7);
    if (v >= 2) await old.table('actors').bulkPut(bundledKb().actors.slice(0, 20).map((a) => ({ ...a, origin: 'bundled' })));
    const contactsBefore = await old.table('contacts').toArray();
    const actorsBefore = v >= 2 ? await old.table('actors').toArray() : [];
    old.close();

    const db = new HistoryDB('kontakty', { indexedDB: idb, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT);
    expect(byId(await db.contacts.toArray())).toEqual(byId(contactsBefore));
    expect(contactsBefore.length).toBe(records.length - 1);
    expect(byId(await db.actors.toArray())).toEqual(byId(actorsBefore));
    // The indexes still queried answer over the upgraded records.
    const ryabkov = contactsBefore.filter((r) => r.participants.includes('sergei-ryabkov'));
    expect(ryabkov.length).toBeGreaterThan(0);
    expect((await db.contacts.where('participants').equals('sergei-ryabkov').primaryKeys()).sort((a, b) => a! - b!)).toEqual(ryabkov.map((r) => r.id as number).sort((a, b) => a - b));
    const r0 = contactsBefore[3]!;
    expect((await db.contacts.where('key').equals(r0.key).toArray()).map((r) => r.id)).toContain(r0.id);
    expect((await allContacts(db)).length).toBe(contactsBefore.length);
    // New records go on after the highest id, never over an old one.
    const added = await db.contacts.add(contact(999) as ContactRecord);
    expect(added).toBeGreaterThan(Math.max(...contactsBefore.map((r) => r.id as number)));
    db.close();
  });

  it('brings the reference timeline an earlier release loaded in line with this one, keeping every record and a person’s edits', async () => {
    const idb = new IDBFactory();
    const old = shippedDb('kontakty', 3, idb);
    // The reference records as the release before shipped them: the Budapest summit planned and of
    // no kind, the exchanges through the CIA a back channel, Dmitriev's Miami trips talks.
    const shipped = priorEventRecords(bundledKb().events, bundledKb().byId, new Set(), '2026-01-01T00:00:00.000Z').map((r) => {
      const was = r.prior === 'budapest-summit-plan-2025' ? { status: 'planned' as const, type: 'other' as const }
        : r.prior === 'ankara-prisoner-exchange-2024' || r.prior === 'karelina-petrov-exchange-2025' ? { type: 'backchannel' as const }
        : r.prior === 'dmitriev-miami-2025-10' ? { type: 'negotiations' as const }
        : r.prior === 'dmitriev-miami-2025-12' ? { type: 'negotiations' as const, edited: true, confirmed: true }
        : {};
      const rec = { ...r, ...was };
      return { ...rec, key: contactKey(rec) };
    });
    await old.table('contacts').bulkAdd([...records.slice(0, 100), ...shipped]);
    const before = await old.table('contacts').toArray();
    old.close();

    const db = new HistoryDB('kontakty', { indexedDB: idb, IDBKeyRange });
    const after = byId(await db.contacts.toArray());
    expect(db.verno).toBe(CURRENT);
    expect(after).toHaveLength(before.length);
    const of = (prior: string) => after.find((r) => r.prior === prior)!;
    expect(of('budapest-summit-plan-2025')).toMatchObject({ status: 'called_off', type: 'meeting', key: expect.stringContaining('|called_off|') });
    expect(of('ankara-prisoner-exchange-2024').type).toBe('other');
    expect(of('karelina-petrov-exchange-2025').type).toBe('other');
    expect(of('dmitriev-miami-2025-10').type).toBe('visit');
    // A person's correction is theirs.
    expect(of('dmitriev-miami-2025-12')).toMatchObject({ type: 'negotiations', edited: true });
    // Every other record exactly as it was.
    const fixed = new Set(['budapest-summit-plan-2025', 'ankara-prisoner-exchange-2024', 'karelina-petrov-exchange-2025', 'dmitriev-miami-2025-10']);
    expect(after.filter((r) => !fixed.has(r.prior ?? ''))).toEqual(byId(before).filter((r) => !fixed.has(r.prior ?? '')));
    // And what a fresh install loads now is what the upgrade made of the old records.
    const fresh = priorEventRecords(bundledKb().events, bundledKb().byId, new Set(), '2026-01-01T00:00:00.000Z');
    for (const p of fixed) {
      const { id: _id, ...got } = of(p);
      expect(got).toEqual(fresh.find((r) => r.prior === p));
    }
    db.close();
  });

  it('the current schema declares no index nothing queries', () => {
    const db = new HistoryDB(`s${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.tables.find((t) => t.name === 'contacts')!.schema.indexes.map((i) => i.name).sort()).toEqual(['key', 'lastSeen', 'participants', 'sides']);
  });
});

describe('knowledge base in the database', () => {
  const fresh = () => new HistoryDB(`kb${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const bundled = bundledKb().actors;

  it('loads on install and keeps a person’s switch-off, edits and own actors across an update', async () => {
    const db = fresh();
    expect((await syncBundledActors(db, bundled)).added).toBe(bundled.length);
    await setActorDisabled(db, 'jen-psaki', true);
    await db.actors.update('dmitry-peskov', { userEdited: true, name: { en: 'Dmitry S. Peskov', uk: 'Дмитро Пєсков', ru: 'Дмитрий Песков' } });
    const mine = await addCustomActor(db, { kind: 'person', country: 'RU', wikidata: null, name: { en: 'Alexander Darchiev', uk: 'Олександр Дарчієв', ru: 'Александр Дарчиев' }, gender: 'm', surname: { uk: ['Дарчієв'], ru: ['Дарчиев'] } });

    // An update ships a changed actor list: one actor fewer, one role more elsewhere.
    const next = bundled.filter((a) => a.id !== 'robert-fico').map((a) => (a.id === 'jen-psaki' || a.id === 'dmitry-peskov' ? { ...a, wikidata: 'Q1' } : a));
    const stats = await syncBundledActors(db, next);
    expect(stats.removed).toBe(1);
    expect((await db.actors.get('jen-psaki'))).toMatchObject({ disabled: true, wikidata: 'Q1' });
    expect((await db.actors.get('dmitry-peskov'))?.name.en).toBe('Dmitry S. Peskov');
    expect(await db.actors.get(mine.id)).toMatchObject({ origin: 'custom' });

    const active = await activeActors(db);
    expect(active.some((a) => a.id === 'jen-psaki')).toBe(false);
    expect(active.some((a) => a.id === mine.id)).toBe(true);
  });
});
