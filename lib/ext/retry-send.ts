import type { Send } from './page-runner';

/**
 * The extension itself was reloaded or updated: this content script is orphaned, and no
 * background will ever answer it again, so asking again is pointless.
 */
const ORPHANED = /extension context invalidated/i;

/** Waits before each retry, in ms: the next message wakes a stopped service worker anyway. */
export const RETRY_WAITS = [200, 1000, 3000];

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/**
 * Sends again when a message fails in flight. An MV3 service worker can be stopped at any moment
 * (idle timeout, browser pressure, an update), even while it is storing an article; Chromium
 * then rejects the content script's pending sendMessage ("the message channel closed before a
 * response was received"), and the next message starts the worker again. Every message the
 * content script sends is safe to repeat: the store's write is one transaction (all or nothing)
 * and an article read again replaces its own source instead of adding a second one.
 *
 * A reply, even `{ ok: false }`, is an answer and is returned as it is: only a rejected send
 * is retried, at most `waits.length` times, and the last error is thrown.
 */
export function retrying(send: Send, waits: readonly number[] = RETRY_WAITS, wait: (ms: number) => Promise<void> = sleep): Send {
  return async (m) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await send(m);
      } catch (e) {
        if (attempt >= waits.length || ORPHANED.test(String(e))) throw e;
        await wait(waits[attempt]!);
      }
    }
  };
}
