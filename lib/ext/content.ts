import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Send } from './page-runner';
import { runOnPage } from './page-runner';
import { offReason, readSettings, SETTINGS_KEY, type Settings } from '../settings';

const send: Send = (m) => browser.runtime.sendMessage(m) as never;

async function settings(): Promise<Settings> {
  return readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/**
 * Runs on the page now, again after a single-page-app navigation and when the user turns
 * Kontakty back on; clears when turned off or unloaded.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  let undo: (() => void) | null = null;
  const run = async () => {
    undo?.();
    undo = null;
    try {
      const off = offReason(await settings(), location.hostname);
      if (off) {
        await send({ type: 'skipped', url: location.href, reason: off });
        return;
      }
      undo = await runOnPage(send);
    } catch (e) {
      // The page must never notice us: log for the developer, leave the page as it was.
      console.debug('[kontakty]', e);
    }
  };
  void run();
  ctx.addEventListener(window, 'wxt:locationchange', () => void run());
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void run();
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  ctx.onInvalidated(() => undo?.());
}
