import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analyze';
import { allContacts, deleteContact, HistoryDB, previewImport, restoreContact, updateContact, upsertRecords } from '@/lib/history/db';
import { parseHistoryFile, toHistoryFile, toJsonLines } from '@/lib/history/exchange';
import { recordFromContact } from '@/lib/history/merge';
import { bundledKb } from '@/lib/kb/index';

const freshDb = () => new HistoryDB(`t${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const seed = readFileSync(new URL('../fixtures/seeds/004_7edc6db95af8553e.txt', import.meta.url), 'utf8');
const source = (url: string) => ({ url, title: 't', site: 'krymr.com', lang: 'ru', published: '2022-11-07', seen: '2026-01-01T00:00:00.000Z' });
const records = (url: string) => analyzeText({ text: seed, published: '2022-11-07' }, bundledKb()).contacts.map((c) => recordFromContact(c, source(url)));

describe('history', () => {
  it('keeps one record per contact, with every article that reported it', async () => {
    const db = freshDb();
    const first = await upsertRecords(db, records('https://a.example/1'));
    expect(first.added).toBeGreaterThan(0);
    const again = await upsertRecords(db, records('https://b.example/2'));
    expect(again.added).toBe(0);
    const all = await allContacts(db);
    expect(all).toHaveLength(first.added);
    expect(all.every((r) => r.sources.map((s) => s.url).sort().join() === 'https://a.example/1,https://b.example/2')).toBe(true);
    // The same article seen twice adds no second source.
    await upsertRecords(db, records('https://a.example/1'));
    expect((await allContacts(db)).every((r) => r.sources.length === 2)).toBe(true);
  });

  it('keeps undated contacts reported a year apart as two contacts', async () => {
    const db = freshDb();
    const text = 'Дипломати Росії та США провели нові переговори.';
    const rec = (published: string, url: string) =>
      analyzeText({ text, published }, bundledKb()).contacts.map((c) => recordFromContact(c, { ...source(url), published }));
    await upsertRecords(db, rec('2024-03-01', 'https://a.example/1'));
    await upsertRecords(db, rec('2024-03-05', 'https://b.example/2'));
    await upsertRecords(db, rec('2025-03-01', 'https://c.example/3'));
    const all = await allContacts(db);
    expect(all.map((r) => r.sources.length).sort()).toEqual([1, 2]);
  });

  it('a definite report settles an unclear one, and talks/consultations/meeting are one sit-down', async () => {
    const db = freshDb();
    const rec = (text: string, url: string) => analyzeText({ text, published: '2025-02-20' }, bundledKb()).contacts.map((c) => recordFromContact(c, { ...source(url), published: '2025-02-20' }));
    await upsertRecords(db, rec('Консультації Рубіо і Лаврова 18 лютого в Ер-Ріяді.', 'https://a.example/1'));
    await upsertRecords(db, rec('Рубіо і Лавров провели переговори 18 лютого в Ер-Ріяді.', 'https://b.example/2'));
    const all = await allContacts(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ status: 'happened', date: '2025-02-18' });
    expect(all[0]!.sources).toHaveLength(2);
  });

  it('a correction survives the same contact arriving from another article', async () => {
    const db = freshDb();
    await upsertRecords(db, records('https://a.example/1'));
    const target = (await allContacts(db)).find((r) => r.participants.includes('jake-sullivan'))!;
    await updateContact(db, target.id!, { type: 'phone_call', place: 'Washington' });
    await upsertRecords(db, records('https://b.example/2'));
    const after = (await db.contacts.get(target.id!))!;
    expect(after).toMatchObject({ type: 'phone_call', place: 'Washington', edited: true, confirmed: true });
    expect(after.sources).toHaveLength(2);
  });

  it('a correction imported onto an unedited record of the same contact stays a correction', async () => {
    const mine = freshDb();
    await upsertRecords(mine, records('https://a.example/1'));
    const target = (await allContacts(mine)).find((r) => r.participants.includes('jake-sullivan'))!;
    await updateContact(mine, target.id!, { place: 'Valletta' });
    const edited = (await mine.contacts.get(target.id!))!;
    // Another profile read the same article: its record of the contact is not edited.
    const other = freshDb();
    await upsertRecords(other, records('https://a.example/1'));
    const { id: _id, ...file } = edited;
    await upsertRecords(other, [file]);
    const after = (await allContacts(other)).filter((r) => r.participants.includes('jake-sullivan'));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ place: 'Valletta', edited: true });
    // And a later article does not overwrite it.
    await upsertRecords(other, records('https://b.example/2'));
    expect((await allContacts(other)).find((r) => r.participants.includes('jake-sullivan'))).toMatchObject({ place: 'Valletta', edited: true });
  });

  it('a deleted contact comes back whole with undo', async () => {
    const db = freshDb();
    await upsertRecords(db, records('https://a.example/1'));
    const before = await allContacts(db);
    const gone = await deleteContact(db, before[0]!.id!);
    expect(await db.contacts.count()).toBe(before.length - 1);
    await restoreContact(db, gone!);
    expect(await allContacts(db)).toEqual(before);
  });

  it('previews an import: new, merged and conflicting, and changes nothing', async () => {
    const db = freshDb();
    await upsertRecords(db, records('https://a.example/1'));
    const target = (await allContacts(db)).find((r) => r.participants.includes('jake-sullivan'))!;
    await updateContact(db, target.id!, { type: 'phone_call' });
    const before = await allContacts(db);
    const incoming = [...records('https://b.example/2'), ...analyzeText({ text: 'Трамп і Путін поговорили телефоном 18 березня.', published: '2025-03-20' }, bundledKb()).contacts.map((c) => recordFromContact(c, source('https://c.example/3')))];
    const p = await previewImport(db, incoming);
    expect(p).toEqual({ added: 1, merged: before.length - 1, conflicting: 1 });
    expect(await allContacts(db)).toEqual(before);
  });

  it('exports a file that imports back into an empty history unchanged', async () => {
    const db = freshDb();
    await upsertRecords(db, records('https://a.example/1'));
    const file = JSON.stringify(toHistoryFile(await allContacts(db)));
    const parsed = parseHistoryFile(file);
    expect(parsed.ok).toBe(true);
    const other = freshDb();
    await upsertRecords(other, parsed.ok ? parsed.value : []);
    const strip = (rs: { id?: number; key: string }[]) => rs.map(({ id: _id, ...r }) => r).sort((a, b) => a.key.localeCompare(b.key));
    expect(strip(await allContacts(other))).toEqual(strip(await allContacts(db)));
  });

  it('JSON Lines export imports back the same records', async () => {
    const db = freshDb();
    await upsertRecords(db, records('https://a.example/1'));
    const all = await allContacts(db);
    const parsed = parseHistoryFile(toJsonLines(all));
    expect(parsed.ok && parsed.value.length).toBe(all.length);
    expect(parsed.ok && parsed.value.map((r) => r.key).sort()).toEqual(all.map((r) => r.key).sort());
  });

  it('JSON Lines with a single contact imports back', async () => {
    const db = freshDb();
    await upsertRecords(db, records('https://a.example/1').slice(0, 1));
    const all = await allContacts(db);
    expect(all).toHaveLength(1);
    const parsed = parseHistoryFile(toJsonLines(all));
    expect(parsed.ok && parsed.value.map((r) => r.key)).toEqual([all[0]!.key]);
  });

  it('keeps only known fields of an imported record', () => {
    const rec = JSON.parse(JSON.stringify(toHistoryFile([{ ...records('https://a.example/1')[0]!, id: 1 }])));
    rec.contacts[0]['__proto__'] = { polluted: true };
    rec.contacts[0].constructor = 'x';
    rec.contacts[0].extra = 'x';
    const text = JSON.stringify(rec).replace('"extra"', '"__proto__":{"polluted":true},"extra"');
    const r = parseHistoryFile(text);
    expect(r.ok).toBe(true);
    const c = r.ok ? r.value[0]! : null;
    expect(Object.keys(c!)).not.toContain('extra');
    expect(Object.keys(c!)).not.toContain('constructor');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses too many records with a message', () => {
    const many = Array.from({ length: 500_001 }, () => ({}));
    const r = parseHistoryFile(JSON.stringify(many));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/at most 500000/);
  });

  it.each([
    ['', 'empty'],
    ['{not json', 'neither JSON'],
    ['{"format":"something-else","version":1,"contacts":[]}', 'not a Kontakty'],
    ['{"format":"kontakty-history","version":99,"contacts":[]}', 'newer version'],
    ['{"format":"kontakty-history","version":1,"contacts":[{"key":"x"}]}', 'Contact 1'],
  ])('rejects a bad file whole: %s', (text, message) => {
    const r = parseHistoryFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
