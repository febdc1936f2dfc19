import { browser } from 'wxt/browser';
import { HistoryDB } from '../history/db';
import type { PageSummary } from '../history/types';
import type { Message } from '../messages';
import { analyzeAndStore, analyzeLiveBlog } from './analyze-service';
import { activeActors, syncBundledActors } from '../history/actors-store';
import { bundledKb, kbWith, type KnowledgeBase } from '../kb/index';
import { rejectedFor } from '../history/rejections';
import { loadRejections } from './rejections-store';
import { loadDismissed } from './proposals-store';
import { queueSync, setupUserSites } from './user-sites';
import { ensurePriorEvents, loadPriorEvents } from './prior-store';
import { clearBadgeOnNavigation, showBadge } from './badge';
import { setupCommands } from './commands';
import { pickUiLang, UI_LANG_KEY, type UiLang } from '../ui/i18n';

const pageKey = (tabId: number) => `page:${tabId}`;

/** The interface language hover cards speak: the reader's choice in the popup or options, else the browser's. */
async function uiLang(): Promise<UiLang> {
  const saved = ((await browser.storage.local.get(UI_LANG_KEY).catch(() => ({}))) as Record<string, unknown>)[UI_LANG_KEY];
  return saved === 'en' || saved === 'uk' || saved === 'ru' ? saved : pickUiLang(globalThis.navigator?.language);
}

/** Wires the message protocol: analyse articles, remember each tab's page for the popup. */
export function setupBackground(db = new HistoryDB()): void {
  // Ask once for storage the browser will not evict: the history is the user's work.
  void globalThis.navigator?.storage?.persist?.().catch(() => false);

  setupUserSites();

  // The knowledge base lives in the database (people add and switch off actors); it is loaded
  // there on install and update, and compiled once per change.
  let kb: Promise<KnowledgeBase> | null = null;
  const currentKb = () =>
    (kb ??= (async () => {
      if ((await db.actors.count()) === 0) await syncBundledActors(db, bundledKb().actors);
      return kbWith(await activeActors(db));
    })());
  // On install and on every update: the bundled actors (people's edits kept) and the reference
  // timeline's events this profile has not had yet.
  let installing = false;
  browser.runtime.onInstalled.addListener(() => {
    installing = true;
    kb = null;
    void syncBundledActors(db, bundledKb().actors)
      .then(() => loadPriorEvents(db, bundledKb()))
      .catch(() => undefined);
  });
  // After the listeners are in (onInstalled fires right after the first run): a worker that
  // starts on an install already loading leaves it to that; any other start finishes what an
  // earlier one left undone.
  setTimeout(() => {
    if (!installing) void ensurePriorEvents(db, bundledKb).catch(() => undefined);
  }, 1000);

  const remember = async (tabId: number | undefined, summary: PageSummary) => {
    if (tabId === undefined) return;
    await browser.storage.session?.set({ [pageKey(tabId)]: summary }).catch(() => undefined);
    await showBadge(tabId, summary);
  };
  clearBadgeOnNavigation();

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
    const msg = raw as Message;
    const tabId = sender.tab?.id;
    const work = async (): Promise<unknown> => {
      switch (msg.type) {
        case 'analyze': {
          try {
            const rejected = rejectedFor(await loadRejections(), msg.page.url);
            const { summary, plan, stored } = await analyzeAndStore(db, msg.page, await currentKb(), new Date(), rejected, await uiLang(), await loadDismissed());
            await remember(tabId, summary);
            return { ok: true, plan, stored };
          } catch (e) {
            return { ok: false, error: String(e) };
          }
        }
        case 'analyze-live': {
          try {
            const { summary, plan, stored } = await analyzeLiveBlog(db, msg.page, msg.posts, await currentKb(), new Date(), await uiLang(), await loadDismissed());
            await remember(tabId, summary);
            return { ok: true, plan, stored };
          } catch (e) {
            return { ok: false, error: String(e) };
          }
        }
        case 'not-article': {
          await remember(tabId, { url: msg.url, href: msg.url, isArticle: false, reason: msg.reason, title: msg.title, site: null, lang: msg.lang ?? null, published: null, actors: [], events: [], contacts: [] });
          return { ok: true };
        }
        case 'skipped': {
          await remember(tabId, { url: msg.url, href: msg.url, isArticle: false, skipped: true, reason: msg.reason, title: null, site: null, lang: null, published: null, actors: [], events: [], contacts: [] });
          return { ok: true };
        }
        case 'kb-changed': {
          kb = null;
          // Pages already open read again with the new knowledge base.
          for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, { type: 'rerun' }).catch(() => undefined);
          return { ok: true };
        }
        case 'sync-sites':
          return queueSync().then((r) => ({ ok: true, ...r }), (e: unknown) => ({ ok: false, error: String(e) }));
        case 'get-page': {
          const got = await browser.storage.session?.get(pageKey(msg.tabId)).catch(() => ({}));
          return (got as Record<string, PageSummary> | undefined)?.[pageKey(msg.tabId)] ?? null;
        }
        default:
          return null;
      }
    };
    // sendResponse + true works in Chromium, Firefox and WXT's fake browser alike.
    void work().then(sendResponse);
    return true;
  });

  // Alt+Shift+K, Alt+Shift+. and Alt+Shift+, (manifest "commands"): highlights on or off, the
  // next or previous name on the page in front.
  setupCommands();

  browser.tabs?.onRemoved?.addListener((tabId) => void browser.storage.session?.remove(pageKey(tabId)));
}
