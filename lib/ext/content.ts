import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Send } from './page-runner';
import { runOnPage } from './page-runner';

const send: Send = (m) => browser.runtime.sendMessage(m) as never;

/** Runs on the page now and again after a single-page-app navigation; clears on unload. */
export function startContentScript(ctx: ContentScriptContext): void {
  let undo: (() => void) | null = null;
  const run = async () => {
    undo?.();
    undo = null;
    try {
      undo = await runOnPage(send);
    } catch (e) {
      // The page must never notice us: log for the developer, leave the page as it was.
      console.debug('[kontakty]', e);
    }
  };
  void run();
  ctx.addEventListener(window, 'wxt:locationchange', () => void run());
  ctx.onInvalidated(() => undo?.());
}
