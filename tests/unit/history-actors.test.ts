import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { addCustomActor, setActorDisabled, syncBundledActors } from '@/lib/history/actors-store';
import { HistoryDB, importHistory, previewHistory } from '@/lib/history/db';
import { parseHistoryContents, toHistoryFile } from '@/lib/history/exchange';
import { bundledKb } from '@/lib/kb/index';

const freshDb = async () => {
  const db = new HistoryDB(`t${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await syncBundledActors(db, bundledKb().actors);
  return db;
};
const lukashenko = { kind: 'person' as const, country: 'BY', wikidata: null, name: { en: 'Alexander Lukashenko', uk: 'Олександр Лукашенко', ru: 'Александр Лукашенко' }, surname: { uk: ['Лукашенко'], ru: ['Лукашенко'] }, source: 'https://en.wikipedia.org/wiki/Alexander_Lukashenko' };

describe('actors in the history file', () => {
  it('a person’s own actor and a switched-off shipped one travel with the contacts into another profile', async () => {
    const a = await freshDb();
    await addCustomActor(a, lukashenko);
    await setActorDisabled(a, 'jen-psaki', true);
    const file = JSON.stringify(toHistoryFile([], new Date('2026-11-24T00:00:00Z'), await a.actors.toArray()));
    // Only the person's work goes into the file, not the shipped actors.
    expect((JSON.parse(file) as { actors: unknown[] }).actors).toHaveLength(2);

    const b = await freshDb();
    const parsed = parseHistoryContents(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect((await previewHistory(b, parsed.value)).actors).toBe(2);
    expect((await importHistory(b, parsed.value)).actors).toBe(2);
    expect(await b.actors.get('custom-alexander-lukashenko')).toEqual(await a.actors.get('custom-alexander-lukashenko'));
    expect((await b.actors.get('jen-psaki'))?.disabled).toBe(true);
    // Imported again, nothing changes.
    expect((await previewHistory(b, parsed.value)).actors).toBe(0);
  });

  it('a custom actor never replaces a shipped one of the same id', async () => {
    const b = await freshDb();
    const before = await b.actors.get('sergey-lavrov');
    const evil = { ...before!, origin: 'custom', name: { en: 'Someone else', uk: 'Хтось інший', ru: 'Кто-то другой' } };
    const parsed = parseHistoryContents(JSON.stringify({ format: 'kontakty-history', version: 2, exported: '', actors: [evil], contacts: [] }));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) await importHistory(b, parsed.value);
    expect(await b.actors.get('sergey-lavrov')).toEqual(before);
  });

  it.each([
    ['a javascript: source', { sources: ['javascript:alert(1)'] }, /Actor 1: a source that is not a web address/],
    ['no Ukrainian name', { name: { en: 'X', uk: '', ru: 'Х' } }, /Actor 1: a name missing/],
    ['an id with markup', { id: '<img src=x>' }, /Actor 1: no usable id/],
    ['an unknown kind', { kind: 'alien' }, /Actor 1: unknown kind alien/],
    ['a role with a data: source', { roles: [{ title: { en: 'envoy' }, from: null, to: null, source: 'data:text/html,x' }] }, /Actor 1: a role without its title or source/],
  ])('an actor with %s refuses the whole file', (_name, change, error) => {
    const base = { id: 'custom-x', kind: 'person', country: 'US', wikidata: null, name: { en: 'X', uk: 'Х', ru: 'Х' }, roles: [], sources: [], origin: 'custom' };
    const got = parseHistoryContents(JSON.stringify({ format: 'kontakty-history', version: 2, exported: '', actors: [{ ...base, ...change }], contacts: [] }));
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.error).toMatch(error);
  });

  it('keeps only known fields of an actor (no "__proto__" or extras reach the database)', () => {
    const text = `{"format":"kontakty-history","version":2,"exported":"","contacts":[],"actors":[{"__proto__":{"polluted":1},"id":"custom-x","kind":"person","country":"US","wikidata":null,"name":{"en":"X","uk":"Х","ru":"Х"},"roles":[],"sources":[],"origin":"custom","extra":"<script>"}]}`;
    const got = parseHistoryContents(text);
    expect(got.ok).toBe(true);
    if (got.ok) expect(Object.keys(got.value.actors[0]!).sort()).toEqual(['country', 'id', 'kind', 'name', 'origin', 'roles', 'sources', 'wikidata']);
  });
});
