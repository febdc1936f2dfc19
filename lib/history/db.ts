import Dexie, { type EntityTable } from 'dexie';
import { foldRecord } from './merge';
import type { ActorRecord, ContactRecord } from './types';

/**
 * The database: the history of contacts and the knowledge base of actors. Opened only by the
 * background and extension pages, never a content script. Every schema change is a new
 * version; an old one is never edited (tests/unit/migration.test.ts opens each).
 */
export class HistoryDB extends Dexie {
  contacts!: EntityTable<ContactRecord, 'id'>;
  actors!: EntityTable<ActorRecord, 'id'>;

  constructor(name = 'kontakty', options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, options);
    // Index only what is queried; evidence text and sources stay unindexed.
    this.version(1).stores({ contacts: '++id, key, date, status, type, *participants, *sides, lastSeen' });
    // v2: the knowledge base moves into the database, so people can add and switch off actors.
    this.version(2).stores({ actors: 'id, kind, country, origin' });
  }
}

/** Stored contacts a record may repeat: same key, or sharing a party (indexed look-ups only). */
async function candidatesFor(db: HistoryDB, r: Omit<ContactRecord, 'id'>): Promise<ContactRecord[]> {
  const byKey = await db.contacts.where('key').equals(r.key).toArray();
  const byParty = r.participants.length
    ? await db.contacts.where('participants').anyOf(r.participants).toArray()
    : await db.contacts.where('sides').equals(r.sides[0] ?? '').filter((c) => c.participants.length === 0).toArray();
  return [...byKey, ...byParty.filter((c) => !byKey.some((k) => k.id === c.id))];
}

export type ImportPreview = { added: number; merged: number; conflicting: number };

/**
 * What an import would do, without doing it: new contacts, contacts that merge into stored ones,
 * and those whose facts disagree with a stored contact (kept as stored when a person edited it).
 */
export async function previewImport(db: HistoryDB, records: Omit<ContactRecord, 'id'>[]): Promise<ImportPreview> {
  const out: ImportPreview = { added: 0, merged: 0, conflicting: 0 };
  for (const r of records) {
    const folded = foldRecord(await candidatesFor(db, r), r);
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

/** Writes records into the history, each merged with the contact it repeats if there is one. */
export async function upsertRecords(db: HistoryDB, records: Omit<ContactRecord, 'id'>[]): Promise<{ added: number; merged: number }> {
  let added = 0;
  let merged = 0;
  await db.transaction('rw', db.contacts, async () => {
    for (const r of records) {
      const out = foldRecord(await candidatesFor(db, r), r);
      if (out.id === undefined) added++;
      else merged++;
      await db.contacts.put(out);
    }
  });
  return { added, merged };
}

/** Every stored contact, newest first. */
export async function allContacts(db: HistoryDB): Promise<ContactRecord[]> {
  return db.contacts.orderBy('lastSeen').reverse().toArray();
}

/** What a person may change on a contact. */
export type ContactPatch = Partial<Pick<ContactRecord, 'type' | 'status' | 'date' | 'endDate' | 'datePrecision' | 'place' | 'confirmed'>>;

/**
 * A person's correction: marks the record edited (so later articles add sources but never
 * overwrite it). Confirming alone is not an edit.
 */
export async function updateContact(db: HistoryDB, id: number, patch: ContactPatch): Promise<void> {
  const onlyConfirm = Object.keys(patch).every((k) => k === 'confirmed');
  await db.contacts.update(id, onlyConfirm ? patch : { ...patch, edited: true, confirmed: patch.confirmed ?? true });
}

/** Deletes a contact and returns it whole, so the caller can offer an undo. */
export async function deleteContact(db: HistoryDB, id: number): Promise<ContactRecord | undefined> {
  return db.transaction('rw', db.contacts, async () => {
    const rec = await db.contacts.get(id);
    if (rec) await db.contacts.delete(id);
    return rec;
  });
}

/** Puts a deleted contact back exactly as it was, with its id. */
export async function restoreContact(db: HistoryDB, rec: ContactRecord): Promise<void> {
  await db.contacts.put(rec);
}
