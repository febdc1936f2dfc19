import { browser } from 'wxt/browser';
import { upsertRecords, type HistoryDB } from '../history/db';
import type { KnowledgeBase } from '../kb/index';
import { priorEventRecords } from '../kb/prior-records';

// The ids of shipped past events already put into the history. Kept apart from the records so
// an event the person deleted stays deleted across updates, and a new release adds only its new
// events.
const KEY = 'priorLoaded';

/** The ids stored as loaded, or null when the timeline was never stored in this profile. */
async function loadedIds(): Promise<Set<string> | null> {
  const got = (await browser.storage.local.get(KEY).catch(() => ({}))) as Record<string, unknown>;
  const ids = got[KEY];
  return Array.isArray(ids) ? new Set(ids.filter((x): x is string => typeof x === 'string')) : null;
}

/** Loads the reference timeline's events this profile has not had yet; returns how many. */
export async function loadPriorEvents(db: HistoryDB, kb: KnowledgeBase, now = new Date()): Promise<number> {
  const loaded = (await loadedIds()) ?? new Set<string>();
  const records = priorEventRecords(kb.events, kb.byId, loaded, now.toISOString());
  if (!records.length) return 0;
  await upsertRecords(db, records);
  await browser.storage.local.set({ [KEY]: [...loaded, ...records.map((r) => r.prior!)] });
  return records.length;
}

/**
 * At every start of the background: a profile whose install work was cut short (the worker
 * stopped before the timeline was stored; onInstalled does not fire again) gets it now. One read
 * of storage when it is done already.
 */
export async function ensurePriorEvents(db: HistoryDB, kb: () => KnowledgeBase): Promise<number> {
  return (await loadedIds()) ? 0 : loadPriorEvents(db, kb());
}
