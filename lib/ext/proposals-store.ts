import { browser } from 'wxt/browser';
import { readDismissed, withDismissed } from '../history/proposal-actor';

// In storage.local, beside the rejections: the popup writes it, the background reads it before it proposes.
const KEY = 'dismissedProposals';

export async function loadDismissed(): Promise<Set<string>> {
  const got = (await browser.storage.local.get(KEY).catch(() => ({}))) as Record<string, unknown>;
  return new Set(readDismissed(got[KEY]));
}

/** Remembers that the reader does not want this person proposed again, on any page. */
export async function dismissProposal(key: string): Promise<void> {
  await browser.storage.local.set({ [KEY]: withDismissed([...(await loadDismissed())], key) });
}
