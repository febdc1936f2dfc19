import { browser } from 'wxt/browser';
import { upsertRecords, type HistoryDB } from '../history/db';
import type { KnowledgeBase } from '../kb/index';
import { priorEventRecords } from '../kb/prior-records';

// The ids of shipped past events already put into the history. Kept apart from the records so
// an event the person deleted stays deleted across updates, and a new release adds only its new
// events.
const KEY = 'priorLoaded';

/** Loads the reference timeline's events this profile has not had yet; returns how many. */
export async function loadPriorEvents(db: HistoryDB, kb: KnowledgeBase, now = new Date()): Promise<number> {
  const got = (await browser.storage.local.get(KEY).catch(() => ({}))) as Record<string, unknown>;
  const loaded = new Set(Array.isArray(got[KEY]) ? (got[KEY] as unknown[]).filter((x): x is string => typeof x === 'string') : []);
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
  const got = (await browser.storage.local.get(KEY).catch(() => ({}))) as Record<string, unknown>;
  return Array.isArray(got[KEY]) ? 0 : loadPriorEvents(db, kb());
}
