import Dexie, { type EntityTable } from 'dexie';
import { windowsOverlap } from '../contacts/window';
import type { ArticleContact } from '../contacts/types';
import { contactKey, foldRecord, sameRecordContact, timeWindow, typesCompatible } from './merge';
import type { ActorRecord, ContactRecord } from './types';
import { actorChanges, importActors } from './actors-store';

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
    // v3: the date, status and type indexes go (nothing queries them: filters run on the facets in
    // memory, lib/history/query.ts), so each write keeps three index entries fewer. Records are untouched.
    this.version(3).stores({ contacts: '++id, key, *participants, *sides, lastSeen' });
    // v4: no index changes. The reference timeline's records an earlier release loaded are brought
    // in line with this one's events.json (the Budapest summit called off, one kind for prisoner
    // exchanges and for trips to the other side): only those still as shipped; every record stays.
    this.version(4)
      .stores({})
      .upgrade((tx) => tx.table('contacts').filter((r: ContactRecord) => !!r.prior && REFERENCE_FIXED.has(r.prior)).modify((r: ContactRecord) => void fixReferenceRecord(r)));
  }
}

/**
 * What changed in the shipped reference timeline since a profile may have loaded it (lib/kb/
 * events.json; tests/unit/reference-timeline.test.ts says why): for a record of that event, a
 * field still as the earlier release shipped it (`from`) takes the new value (`to`). A record a
 * person edited is theirs and stays as it is.
 */
export const REFERENCE_FIXES: { prior: string; from: Partial<ContactRecord>; to: Partial<ContactRecord> }[] = [
  { prior: 'budapest-summit-plan-2025', from: { status: 'planned' }, to: { status: 'called_off' } },
  { prior: 'budapest-summit-plan-2025', from: { type: 'other' }, to: { type: 'meeting' } },
  { prior: 'ankara-prisoner-exchange-2024', from: { type: 'backchannel' }, to: { type: 'other' } },
  { prior: 'karelina-petrov-exchange-2025', from: { type: 'backchannel' }, to: { type: 'other' } },
  { prior: 'dmitriev-miami-2025-10', from: { type: 'negotiations' }, to: { type: 'visit' } },
  { prior: 'dmitriev-miami-2025-12', from: { type: 'negotiations' }, to: { type: 'visit' } },
];
const REFERENCE_FIXED = new Set(REFERENCE_FIXES.map((f) => f.prior));

/** Applies REFERENCE_FIXES to a record in place (its merge key made again); whether anything changed. */
export function fixReferenceRecord(r: ContactRecord): boolean {
  if (!r.prior || r.edited) return false;
  let changed = false;
  for (const f of REFERENCE_FIXES) {
    if (f.prior !== r.prior || !Object.entries(f.from).every(([k, v]) => r[k as keyof ContactRecord] === v)) continue;
    Object.assign(r, f.to);
    changed = true;
  }
  if (changed) r.key = contactKey(r);
  return changed;
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The stored contacts an import (or one page's contacts) may fold into, read once for all the
 * records: the same merge keys, a shared party, or for a contact of sides only, a shared first
 * side. A big import reads the whole table instead (one pass is cheaper than many look-ups).
 */
async function candidatePool(db: HistoryDB, records: Omit<ContactRecord, 'id'>[]): Promise<ContactRecord[]> {
  const keys = new Set(records.map((r) => r.key));
  const parties = new Set(records.flatMap((r) => r.participants));
  const sides = new Set(records.filter((r) => !r.participants.length).map((r) => r.sides[0] ?? ''));
  if (records.length > 200) {
    const all = await db.contacts.toArray();
    return all.filter((c) => keys.has(c.key) || c.participants.some((p) => parties.has(p)) || (!c.participants.length && c.sides.some((s) => sides.has(s))));
  }
  const found = new Map<number, ContactRecord>();
  const lists = await Promise.all([
    ...[...keys].map((k) => db.contacts.where('key').equals(k).toArray()),
    ...[...parties].map((p) => db.contacts.where('participants').equals(p).toArray()),
    ...[...sides].map((s) => db.contacts.where('sides').equals(s).filter((c) => c.participants.length === 0).toArray()),
  ]);
  for (const list of lists) for (const c of list) found.set(c.id!, c);
  return [...found.values()];
}

/** A record as sameContact reads it (as foldRecord hands it over), made once per record. */
const articles = new WeakMap<object, ArticleContact>();
function asArticle(r: Omit<ContactRecord, 'id'>): ArticleContact {
  let a = articles.get(r);
  if (!a) articles.set(r, (a = { ...r, participants: r.parties, reportedBy: [], evidence: r.sources[0]!.evidence, mentions: [] }));
  return a;
}

/** A stored record as the candidate index keeps it (one object per record, updated in place). */
type Entry = { id: number; rec: ContactRecord; win: [string, string]; lo: number; hi: number; named: Set<string>; seen: number };

/** A record's named parties (as sameContact counts them), made once per record. */
const nameds = new WeakMap<object, Set<string>>();
function namedOf(r: Pick<ContactRecord, 'parties'>): Set<string> {
  let n = nameds.get(r);
  if (!n) nameds.set(r, (n = new Set(r.parties.flatMap((p) => (p.actorId ? [p.actorId] : [])))));
  return n;
}
const within = (a: Set<string>, b: Set<string>) => {
  for (const x of a) if (!b.has(x)) return false;
  return true;
};

/** A real day 'YYYY-MM-DD' as a number (ordered as the strings are), else NaN. */
function dayNumber(d: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return NaN;
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  // (Date.UTC reads years below 100 as 19xx: those, and days that do not exist, are left to the strings.)
  if (y < 100 || m < 1 || m > 12 || day < 1 || day > new Date(Date.UTC(y, m, 0)).getUTCDate()) return NaN;
  return Date.UTC(y, m - 1, day) / 86_400_000;
}

/** The weeks a time window covers, as [first, last] (null when it cannot be read). */
function weeksOf([a, b]: [string, string]): [number, number] | null {
  const lo = Math.floor(dayNumber(a) / 7);
  const hi = Math.floor(dayNumber(b) / 7);
  return Number.isInteger(lo) && Number.isInteger(hi) && lo <= hi ? [lo, hi] : null;
}

/**
 * The stored contacts in memory, found as candidatesFor() found them one query at a time: by
 * merge key, then by each party in turn (or by first side for a contact of sides only), each in
 * id order. Only those overlapping the record in time are returned (foldRecord folds nothing
 * else), in the indexes' order, so foldRecord picks the same one it always did.
 */
class CandidateIndex {
  private entries = new Map<number, Entry>();
  private lists = new Map<string, { weeks: Map<number, Entry[]>; wide: Entry[] }>();
  private gen = 0;

  get(id: number): ContactRecord | undefined {
    return this.entries.get(id)?.rec;
  }

  /** Registers a record (again after it changed: it keeps its id, key and sides, and its parties only grow). */
  put(c: ContactRecord): void {
    const id = c.id!;
    const win = timeWindow(c);
    let e = this.entries.get(id);
    if (!e) this.entries.set(id, (e = { id, rec: c, win, lo: 0, hi: 0, named: namedOf(c), seen: 0 }));
    Object.assign(e, { rec: c, win, lo: dayNumber(win[0]), hi: dayNumber(win[1]), named: namedOf(c) });
    const weeks = weeksOf(win);
    const enter = (list: string) => {
      let l = this.lists.get(list);
      if (!l) this.lists.set(list, (l = { weeks: new Map(), wide: [] }));
      // A window of more than a year (or unreadable) is looked at for every record.
      if (!weeks || weeks[1] - weeks[0] > 60) l.wide.push(e);
      else
        for (let m = weeks[0]; m <= weeks[1]; m++) {
          const b = l.weeks.get(m);
          if (b) b.push(e);
          else l.weeks.set(m, [e]);
        }
    };
    enter(`k:${c.key}`);
    for (const p of c.participants) enter(`p:${p}`);
    if (!c.participants.length) for (const s of c.sides) enter(`s:${s}`);
  }

  candidates(r: Omit<ContactRecord, 'id'>): ContactRecord[] {
    const w = timeWindow(r);
    const lo = dayNumber(w[0]);
    const hi = dayNumber(w[1]);
    const weeks = weeksOf(w);
    const rNamed = namedOf(r);
    const gen = ++this.gen;
    // foldRecord picks a candidate that overlaps in time and has the same key, or is the same
    // contact (sameContact) of a compatible type: only those are handed to it. The quick checks
    // before sameContact are ones it makes itself (named parties one within the other, else none
    // on either side); this must never be stricter than foldRecord, which
    // tests/unit/history-query.test.ts checks against one query per record.
    const numeric = !Number.isNaN(lo + hi);
    const viable = (e: Entry) => {
      if (numeric && !Number.isNaN(e.lo + e.hi) ? e.lo > hi || lo > e.hi : !windowsOverlap(e.win, w)) return false;
      const c = e.rec;
      if (c.key === r.key) return true;
      if (!typesCompatible(c.type, r.type)) return false;
      if (e.named.size && rNamed.size ? !within(e.named, rNamed) && !within(rNamed, e.named) : e.named.size !== rNamed.size) return false;
      return sameRecordContact(asArticle(c), asArticle(r));
    };
    // Each list in id order, a record already listed (or found wanting) not again.
    const out: ContactRecord[] = [];
    const found: Entry[] = [];
    const look = (bucket: Entry[] | undefined) => {
      if (bucket)
        for (const e of bucket) {
          if (e.seen === gen) continue;
          e.seen = gen;
          if (viable(e)) found.push(e);
        }
    };
    const gather = (list: string) => {
      const l = this.lists.get(list);
      if (!l) return;
      found.length = 0;
      look(l.wide);
      if (weeks && weeks[1] - weeks[0] <= 520) for (let m = weeks[0]; m <= weeks[1]; m++) look(l.weeks.get(m));
      else for (const b of l.weeks.values()) look(b);
      found.sort((a, b) => a.id - b.id);
      for (const e of found) out.push(e.rec);
    };
    gather(`k:${r.key}`);
    if (r.participants.length) for (const p of [...new Set(r.participants)].sort(cmpStr)) gather(`p:${p}`);
    else gather(`s:${r.sides[0] ?? ''}`);
    return out;
  }
}

export type ImportPreview = { added: number; merged: number; conflicting: number };

/**
 * What an import would do, without doing it: new contacts, contacts that merge into stored ones,
 * and those whose facts disagree with a stored contact (kept as stored when a person edited it).
 */
export async function previewImport(db: HistoryDB, records: Omit<ContactRecord, 'id'>[]): Promise<ImportPreview> {
  const out: ImportPreview = { added: 0, merged: 0, conflicting: 0 };
  const index = new CandidateIndex();
  for (const c of await candidatePool(db, records)) index.put(c);
  for (const r of records) {
    const candidates = index.candidates(r);
    // Nothing stored it could fold into (every record of an import into an empty history): new.
    if (!candidates.length) {
      out.added++;
      continue;
    }
    const folded = foldRecord(candidates, r);
    if (folded.id === undefined) {
      out.added++;
      continue;
    }
    const stored = index.get(folded.id);
    const differs = stored && (stored.status !== r.status || stored.type !== r.type || (r.date && stored.date && r.date !== stored.date) || (r.place && stored.place && r.place !== stored.place));
    if (differs) out.conflicting++;
    else out.merged++;
  }
  return out;
}

/** Ids given in memory to contacts an upsert creates, above any real one, in the order they are made. */
const FRESH = 2 ** 52;

/**
 * Writes records into the history, each merged with the contact it repeats if there is one, in
 * one transaction; returns what it wrote (with ids). Records fold in order, each seeing the ones
 * before it, exactly as one put per record did; the writes go in bulk at the end.
 */
export async function upsertRecordsWritten(db: HistoryDB, records: Omit<ContactRecord, 'id'>[]): Promise<{ added: number; merged: number; written: ContactRecord[] }> {
  return db.transaction('rw', db.contacts, async () => {
    const index = new CandidateIndex();
    for (const c of await candidatePool(db, records)) index.put(c);
    const created: ContactRecord[] = [];
    const changed = new Map<number, ContactRecord>();
    let added = 0;
    let merged = 0;
    for (const r of records) {
      const out = foldRecord(index.candidates(r), r);
      if (out.id === undefined) {
        added++;
        out.id = FRESH + created.length;
        created.push(out);
      } else {
        merged++;
        if (out.id >= FRESH) created[out.id - FRESH] = out;
        else changed.set(out.id, out);
      }
      index.put(out);
    }
    const written = [...changed.values()];
    if (written.length) await db.contacts.bulkPut(written);
    if (created.length) {
      const fresh = created.map(({ id: _id, ...rest }) => rest);
      // Generated keys run on by one within a transaction: the last one tells every other.
      const last = (await db.contacts.bulkAdd(fresh)) as number;
      fresh.forEach((r, i) => written.push({ ...r, id: last - (fresh.length - 1 - i) }));
    }
    return { added, merged, written };
  });
}

/** Writes records into the history, each merged with the contact it repeats if there is one. */
export async function upsertRecords(db: HistoryDB, records: Omit<ContactRecord, 'id'>[]): Promise<{ added: number; merged: number }> {
  const { added, merged } = await upsertRecordsWritten(db, records);
  return { added, merged };
}

/** Every stored contact, newest first. */
export async function allContacts(db: HistoryDB): Promise<ContactRecord[]> {
  return db.contacts.orderBy('lastSeen').reverse().toArray();
}

/** What a person may change on a contact. */
export type ContactPatch = Partial<Pick<ContactRecord, 'type' | 'status' | 'date' | 'endDate' | 'datePrecision' | 'dateBasis' | 'place' | 'confirmed'>>;

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

/**
 * A whole file into the database in one transaction: its actors first (so the names its
 * contacts use are known), then its contacts merged as upsertRecordsWritten does. A failure
 * anywhere leaves both as they were.
 */
export async function importHistory(db: HistoryDB, contents: { contacts: Omit<ContactRecord, 'id'>[]; actors: ActorRecord[] }) {
  return db.transaction('rw', db.contacts, db.actors, async () => {
    const actors = await importActors(db, contents.actors);
    const done = await upsertRecordsWritten(db, contents.contacts);
    return { ...done, actors };
  });
}

/** What importing a whole file would do: its contacts as previewImport says, and how many actors would change. */
export async function previewHistory(db: HistoryDB, contents: { contacts: Omit<ContactRecord, 'id'>[]; actors: ActorRecord[] }): Promise<ImportPreview & { actors: number }> {
  const actors = contents.actors.length ? actorChanges(new Map((await db.actors.toArray()).map((a) => [a.id, a])), contents.actors).length : 0;
  return { ...(await previewImport(db, contents.contacts)), actors };
}
