import { browser } from 'wxt/browser';
import type { Message } from '../messages';

/** Tells the background the actors changed: it compiles them anew and open pages read again. */
export const announceKbChanged = () => browser.runtime.sendMessage({ type: 'kb-changed' } satisfies Message).catch(() => undefined);
