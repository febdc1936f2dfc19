import type { Actor } from '../kb/types';
import type { HistoryDB } from './db';
import type { ActorRecord } from './types';
import type { CustomActorInput } from './custom-actor';

/**
 * Loads the shipped knowledge base into the database on install and update. A shipped actor
 * replaces its older copy unless a person edited it; a person's switch-off and custom actors
 * are kept; a shipped actor no longer shipped goes, unless edited.
 */
export async function syncBundledActors(db: HistoryDB, bundled: Actor[]): Promise<{ added: number; updated: number; kept: number; removed: number }> {
  const stats = { added: 0, updated: 0, kept: 0, removed: 0 };
  await db.transaction('rw', db.actors, async () => {
    const existing = new Map((await db.actors.toArray()).map((a) => [a.id, a]));
    const next: ActorRecord[] = [];
    for (const a of bundled) {
      const old = existing.get(a.id);
      if (old?.userEdited || old?.origin === 'custom') {
        stats.kept++;
        continue;
      }
      next.push({ ...a, origin: 'bundled', ...(old?.disabled ? { disabled: true } : {}) });
      if (old) stats.updated++;
      else stats.added++;
    }
    await db.actors.bulkPut(next);
    const shipped = new Set(bundled.map((a) => a.id));
    const gone = [...existing.values()].filter((a) => a.origin === 'bundled' && !a.userEdited && !shipped.has(a.id)).map((a) => a.id);
    await db.actors.bulkDelete(gone);
    stats.removed = gone.length;
  });
  return stats;
}

/** The actors the pipeline should know: everything in the database that is switched on. */
export async function activeActors(db: HistoryDB): Promise<Actor[]> {
  return (await db.actors.toArray()).filter((a) => !a.disabled).map(({ origin: _o, disabled: _d, userEdited: _u, ...a }) => a);
}

/** Adds a person's own actor; its id is made from its English name and must be new. */
export async function addCustomActor(db: HistoryDB, a: CustomActorInput): Promise<ActorRecord> {
  const base = `custom-${a.name.en.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` || 'custom-actor';
  let id = base;
  for (let n = 2; await db.actors.get(id); n++) id = `${base}-${n}`;
  const { source, roles, ...rest } = a;
  const rec: ActorRecord = { ...rest, id, roles: roles ?? [], sources: source ? [source] : [], origin: 'custom' };
  await db.actors.put(rec);
  return rec;
}

export async function setActorDisabled(db: HistoryDB, id: string, disabled: boolean): Promise<void> {
  await db.actors.update(id, { disabled });
}

/**
 * What importing a file's actors would change: a person's own actors not here yet or different,
 * and shipped actors whose switch or correction differs. A custom actor never replaces a shipped
 * one of the same id, and a shipped actor this version does not have is left out.
 */
export function actorChanges(existing: Map<string, ActorRecord>, incoming: ActorRecord[]): ActorRecord[] {
  const out: ActorRecord[] = [];
  for (const a of incoming) {
    const old = existing.get(a.id);
    if (a.origin === 'custom') {
      if (old?.origin === 'bundled') continue;
      if (!old || JSON.stringify(old) !== JSON.stringify(a)) out.push(a);
    } else if (old?.origin === 'bundled') {
      // A correction comes whole; otherwise only the switch-off.
      if (a.userEdited) {
        if (JSON.stringify(old) !== JSON.stringify(a)) out.push(a);
      } else if (!!old.disabled !== !!a.disabled) out.push({ ...old, ...(a.disabled ? { disabled: true } : { disabled: false }) });
    }
  }
  return out;
}

/** Writes a file's actors as actorChanges says; returns how many changed. */
export async function importActors(db: HistoryDB, incoming: ActorRecord[]): Promise<number> {
  if (!incoming.length) return 0;
  return db.transaction('rw', db.actors, async () => {
    const changes = actorChanges(new Map((await db.actors.toArray()).map((a) => [a.id, a])), incoming);
    if (changes.length) await db.actors.bulkPut(changes);
    return changes.length;
  });
}
