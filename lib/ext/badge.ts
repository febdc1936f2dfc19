import { browser } from 'wxt/browser';
import type { PageSummary } from '../history/types';

type Action = typeof browser.action;
/** The toolbar action: browser.action in MV3, browserAction in Firefox's MV2 build. */
const action = (): Action | undefined => browser.action ?? (browser as unknown as { browserAction?: Action }).browserAction;

/** The count a tab's badge shows: the contacts its article reports; nothing for other pages. */
export function badgeText(s: Pick<PageSummary, 'isArticle' | 'contacts'> | null): string {
  if (!s?.isArticle || !s.contacts.length) return '';
  return s.contacts.length > 99 ? '99+' : String(s.contacts.length);
}

/** Shows the count on the tab's toolbar button (a failing badge must never fail a store). */
export async function showBadge(tabId: number, s: Pick<PageSummary, 'isArticle' | 'contacts'> | null): Promise<void> {
  const a = action();
  if (!a) return;
  await Promise.all([a.setBadgeBackgroundColor({ tabId, color: '#1e293b' }), a.setBadgeText({ tabId, text: badgeText(s) })]).catch(() => undefined);
}

/** A tab that starts loading another page loses the last page's count until that page is read. */
export function clearBadgeOnNavigation(): void {
  browser.tabs?.onUpdated?.addListener((tabId, info) => {
    if (info.status === 'loading') void showBadge(tabId, null);
  });
}
