import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { activeActors, addCustomActor, setActorDisabled, syncBundledActors } from '@/lib/history/actors-store';
import { allContacts, HistoryDB } from '@/lib/history/db';
import type { ContactRecord } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';

const contact = (i: number): Omit<ContactRecord, 'id'> => ({
  key: `k${i}`, participants: ['vladimir-putin', 'donald-trump'], parties: [], sides: ['RU', 'US'], type: 'meeting', status: 'happened',
  date: `2025-08-${String((i % 28) + 1).padStart(2, '0')}`, endDate: null, datePrecision: 'day', place: 'Anchorage', confidence: 0.8,
  confirmed: i % 2 === 0, edited: i % 3 === 0, firstSeen: '2025-08-16T00:00:00Z', lastSeen: '2025-08-16T00:00:00Z',
  sources: [{ url: `https://example.org/${i}`, title: 't', site: 'example.org', lang: 'ru', published: '2025-08-16', seen: '2025-08-16T00:00:00Z', reportedBy: [], evidence: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '' } }],
});

describe('schema upgrades keep every record', () => {
  it('a version-1 database opens as version 2 with all its contacts', async () => {
    const idb = new IDBFactory();
    // Version 1 exactly as it shipped.
    const v1 = new Dexie('kontakty', { indexedDB: idb, IDBKeyRange });
    v1.version(1).stores({ contacts: '++id, key, date, status, type, *participants, *sides, lastSeen' });
    await v1.table('contacts').bulkAdd(Array.from({ length: 250 }, (_, i) => contact(i)));
    const before = await v1.table('contacts').toArray();
    v1.close();

    const db = new HistoryDB('kontakty', { indexedDB: idb, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    const after = await allContacts(db);
    expect(after.sort((a, b) => a.id! - b.id!)).toEqual(before);
    expect(await db.actors.count()).toBe(0);
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
