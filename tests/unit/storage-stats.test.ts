import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analyze';
import { addCustomActor, syncBundledActors } from '@/lib/history/actors-store';
import { HistoryDB, upsertRecords } from '@/lib/history/db';
import { recordFromContact } from '@/lib/history/merge';
import { backupFileName, clearConfirmed, clearHistory, formatBytes } from '@/lib/history/storage-stats';
import { bundledKb } from '@/lib/kb/index';

const freshDb = () => new HistoryDB(`t${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const seed = readFileSync(new URL('../fixtures/seeds/004_7edc6db95af8553e.txt', import.meta.url), 'utf8');
const source = { url: 'https://a.example/1', title: 't', site: 'krymr.com', lang: 'ru', published: '2022-11-07', seen: '2026-01-01T00:00:00.000Z' };

describe('options page: storage', () => {
  it('formats sizes for people', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
    expect(formatBytes(23.4 * 1024 * 1024)).toBe('23 MB');
    expect(formatBytes(undefined)).toBe('unknown');
    expect(formatBytes(-1)).toBe('unknown');
  });

  it('names the backup like the popup\'s export', () => {
    expect(backupFileName(new Date('2025-03-14T12:00:00Z'))).toBe('kontakty-history-2025-03-14.json');
  });

  it('asks for the word before clearing', () => {
    expect(clearConfirmed('')).toBe(false);
    expect(clearConfirmed('delet')).toBe(false);
    expect(clearConfirmed(' delete ')).toBe(true);
    expect(clearConfirmed('DELETE')).toBe(true);
  });

  it('clearing empties the history and keeps every actor, the user\'s own too', async () => {
    const db = freshDb();
    await syncBundledActors(db, bundledKb().actors);
    await addCustomActor(db, { kind: 'person', country: 'BY', wikidata: null, name: { en: 'Alexander Lukashenko', uk: 'Олександр Лукашенко', ru: 'Александр Лукашенко' }, surname: { ru: ['Лукашенко'] } });
    const records = analyzeText({ text: seed, published: '2022-11-07' }, bundledKb()).contacts.map((c) => recordFromContact(c, source));
    const { added } = await upsertRecords(db, records);
    expect(added).toBeGreaterThan(0);
    const actors = await db.actors.count();
    expect(await clearHistory(db)).toBe(added);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.actors.count()).toBe(actors);
    expect(await db.actors.get('custom-alexander-lukashenko')).toBeDefined();
  });
});
