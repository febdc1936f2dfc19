import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Send } from './page-runner';
import { runOnPage, storiesOn, type Painted } from './page-runner';
import { addsStoryContainer } from '../article/appended';
import { retrying } from './retry-send';
import { offReason, readSettings, SETTINGS_KEY, type Settings } from '../settings';
import type { HighlightState, TabMessage } from '../messages';
import { applyHighlightColors } from './highlight-style';

// Retried when the background's service worker is stopped mid-request (see retry-send.ts).
const send: Send = retrying((m) => browser.runtime.sendMessage(m) as never);

async function settings(): Promise<Settings> {
  return readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** How long a page that is not (yet) an article is watched for content arriving late. */
const WATCH_MS = 20_000;
const SETTLE_MS = 700;

/**
 * Runs on the page now, again after a single-page-app navigation and when the user turns
 * Kontakty back on; clears when turned off or unloaded. A page that is not an article yet is
 * watched for a while: client-rendered sites put the article in after the first paint. An
 * article is watched for as long as it is open, for stories appended under it as the reader
 * scrolls (infinite scroll); each new one makes the page read again, every story on its own.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  let painted: Painted | null = null;
  let paint: (() => Painted) | null = null;
  let hidden = false;
  let watcher: MutationObserver | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  let appendWatcher: MutationObserver | null = null;
  let appendCheck: ReturnType<typeof setTimeout> | undefined;
  let stories = new Set<string>();

  const stopWatching = () => {
    watcher?.disconnect();
    watcher = null;
    clearTimeout(settle);
  };
  const watchForContent = () => {
    if (watcher || !document.body) return;
    const until = Date.now() + WATCH_MS;
    watcher = new MutationObserver(() => {
      clearTimeout(settle);
      if (Date.now() > until) return stopWatching();
      settle = setTimeout(() => void schedule(), SETTLE_MS);
    });
    watcher.observe(document.body, { childList: true, subtree: true });
  };
  const stopAppendWatch = () => {
    appendWatcher?.disconnect();
    appendWatcher = null;
    clearTimeout(appendCheck);
    appendCheck = undefined;
  };
  // A look for appended stories scans the page's containers, so it is made only after the page
  // added one (and, while a container added lately may still be filling, on any change), at most
  // once per SETTLE_MS: a ticker or an ad rotator on an article costs a glance at what it added.
  let containerAddedUntil = 0;
  const watchForAppended = () => {
    if (appendWatcher || !document.body) return;
    appendWatcher = new MutationObserver((records) => {
      const now = Date.now();
      if (now > containerAddedUntil && records.some((r) => addsStoryContainer(r.addedNodes))) containerAddedUntil = now + WATCH_MS;
      if (now > containerAddedUntil || appendCheck !== undefined) return;
      appendCheck = setTimeout(() => {
        appendCheck = undefined;
        if (storiesOn().some((u) => !stories.has(u))) void schedule();
      }, SETTLE_MS);
    });
    appendWatcher.observe(document.body, { childList: true, subtree: true });
  };

  const runOnce = async () => {
    painted?.undo();
    painted = null;
    paint = null;
    try {
      const s = await settings();
      const off = offReason(s, location.hostname);
      if (!off) applyHighlightColors(s.colors);
      if (off) {
        stopWatching();
        stopAppendWatch();
        await send({ type: 'skipped', url: location.href, reason: off });
        return;
      }
      const result = await runOnPage(send);
      paint = result.paint;
      painted = paint && !hidden ? paint() : null;
      stories = new Set(result.stories);
      if (result.isArticle) {
        stopWatching();
        watchForAppended();
      } else watchForContent();
    } catch (e) {
      // The page must never notice us: log for the developer, leave the page as it was.
      console.debug('[kontakty]', e);
    }
  };
  // One run at a time, in order: a navigation during a run waits for it.
  const schedule = () => (running = running.then(runOnce));

  void schedule();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    stopWatching();
    stopAppendWatch();
    // A single-page app swaps the content a moment after the address: let it settle, then
    // read, and keep watching in case it comes later still.
    clearTimeout(settle);
    settle = setTimeout(() => void schedule(), SETTLE_MS);
  });
  // The keyboard shortcuts and the popup's switch show or hide this page's highlights; the
  // shortcuts walk its names (none while they are hidden).
  const onMessage = (raw: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    const msg = raw as TabMessage;
    if (msg?.type === 'rerun') return void schedule();
    if (msg?.type === 'walk-names') {
      try {
        return void reply(painted?.walk(msg.dir) ?? false);
      } catch (e) {
        // As with reading the page: a walk that fails leaves the page as it was.
        console.debug('[kontakty]', e);
        return void reply(false);
      }
    }
    // The popup asks on opening, so its switch shows what the page shows (the shortcut may have changed it).
    if (msg?.type === 'get-highlights') return void reply({ on: !hidden, article: paint !== null } satisfies HighlightState);
    if (msg?.type !== 'set-highlights' && msg?.type !== 'toggle-highlights') return;
    const show = msg.type === 'set-highlights' ? msg.on : hidden;
    hidden = !show;
    painted?.undo();
    painted = show && paint ? paint() : null;
    reply({ on: show, article: paint !== null });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  const onChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes[SETTINGS_KEY] : undefined;
    if (!change) return;
    const before = readSettings(change.oldValue);
    const after = readSettings(change.newValue);
    // New colours repaint through the style sheet alone; where Kontakty runs needs a new look.
    if (JSON.stringify({ ...before, colors: null }) === JSON.stringify({ ...after, colors: null })) {
      if (!offReason(after, location.hostname)) applyHighlightColors(after.colors);
      return;
    }
    void schedule();
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onChanged);
    stopWatching();
    stopAppendWatch();
    painted?.undo();
  });
}
