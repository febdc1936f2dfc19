import type { HistoryDB } from './db';

/** "0 B", "512 B", "1.5 KB", "23 MB": one decimal below ten, none above. */
export function formatBytes(n: number | undefined | null): string {
  if (n === undefined || n === null || !Number.isFinite(n) || n < 0) return 'unknown';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const shown = u === 0 ? String(Math.round(v)) : v < 10 ? v.toFixed(1).replace(/\.0$/, '') : String(Math.round(v));
  return `${shown} ${units[u]}`;
}

/** The backup's name, the same as the popup's export: kontakty-history-YYYY-MM-DD.json. */
export const backupFileName = (now = new Date()) => `kontakty-history-${now.toISOString().slice(0, 10)}.json`;

/** The word to type before the whole history goes. */
export const CLEAR_WORD = 'DELETE';
export const clearConfirmed = (typed: string) => typed.trim().toUpperCase() === CLEAR_WORD;

/** Deletes every stored contact, and nothing else: the actors (the user's own among them) stay. */
export async function clearHistory(db: HistoryDB): Promise<number> {
  return db.transaction('rw', db.contacts, async () => {
    const n = await db.contacts.count();
    await db.contacts.clear();
    return n;
  });
}
