import { browser } from 'wxt/browser';
import { readRejections, withoutRejection, withRejection, type Rejection } from '../history/rejections';

// In storage.local, next to the settings: the popup writes it, the background reads it before storing.
const KEY = 'rejections';

export async function loadRejections(): Promise<Rejection[]> {
  const got = (await browser.storage.local.get(KEY).catch(() => ({}))) as Record<string, unknown>;
  return readRejections(got[KEY]);
}

export async function rejectContact(url: string, key: string, now = new Date()): Promise<void> {
  await browser.storage.local.set({ [KEY]: withRejection(await loadRejections(), { url, key, at: now.toISOString() }) });
}

export async function unrejectContact(url: string, key: string): Promise<void> {
  await browser.storage.local.set({ [KEY]: withoutRejection(await loadRejections(), url, key) });
}
