import { browser } from 'wxt/browser';
import type { TabMessage } from '../messages';

/**
 * The manifest's keyboard commands (wxt.config.ts), each a message to the page in front: the
 * highlights on or off, and the walk to the next or previous name on the page.
 */
const COMMANDS: Record<string, TabMessage> = {
  'toggle-highlights': { type: 'toggle-highlights' },
  'next-name': { type: 'walk-names', dir: 1 },
  'previous-name': { type: 'walk-names', dir: -1 },
};

/**
 * Runs a command on `tab` (the browser names the tab the shortcut was pressed in), else on the
 * active tab of the last focused window; resolves to the page's reply (for a walk, whether it
 * found a name), undefined when no page of ours answered.
 */
export async function runCommand(command: string, tab?: { id?: number }): Promise<unknown> {
  const message = COMMANDS[command];
  if (!message) return undefined;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return undefined;
  // A page Kontakty does not run on has no listener: nothing to do there.
  return browser.tabs.sendMessage(id, message).catch(() => undefined);
}

/** Listens for the shortcuts. */
export function setupCommands(): void {
  browser.commands?.onCommand?.addListener((command, tab) => void runCommand(command, tab));
  // The end-to-end tests run a command through this same function from the service worker: a
  // browser's own shortcut cannot be pressed from a test. Only the extension's pages see it.
  (globalThis as { kontaktyRunCommand?: typeof runCommand }).kontaktyRunCommand = runCommand;
}
