import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY, type Settings } from '../settings';
import { addUserSite, removeUserSite, scriptIdOf, sitePattern } from '../user-sites';
import type { Message, Reply } from '../messages';

/** Reads the stored settings, applies a change and writes them back (read just before writing). */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  const next = change(readSettings(got[SETTINGS_KEY]));
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

const syncSites = () => browser.runtime.sendMessage({ type: 'sync-sites' } satisfies Message) as Promise<Reply<{ type: 'sync-sites' }>>;

export type TurnOnResult = { ok: true; settings: Settings } | { ok: false; reason: 'refused' | 'invalid' | 'built-in' | 'failed'; settings?: Settings; error?: string };

/**
 * Turns Kontakty on for a site beyond the built-in list. Must be called straight from a click:
 * the browser shows its permission prompt only during a user gesture, so the request comes
 * before anything else is awaited.
 */
export async function turnOnUserSite(input: string): Promise<TurnOnResult> {
  const probe = addUserSite([], input);
  if (probe.error || !probe.site) return { ok: false, reason: probe.error ?? 'invalid' };
  const site = probe.site;
  let granted = false;
  try {
    granted = await browser.permissions.request({ origins: [sitePattern(site)] });
  } catch (e) {
    console.debug('[kontakty] permission request', e);
  }
  if (!granted) return { ok: false, reason: 'refused' };
  const settings = await updateSettings((s) => ({ ...s, userSites: addUserSite(s.userSites, site).sites }));
  // Set up means the browser holds the site's script now: a registration it refused, or one it
  // dropped without a word, is a failure the person is told about, with the browser's reason.
  const synced = await syncSites().catch((e: unknown) => ({ ok: false as const, error: String(e) }));
  if (!synced?.ok) return { ok: false, reason: 'failed', settings, error: synced?.error ?? 'no answer from the background' };
  if (!synced.registered.includes(scriptIdOf(site))) return { ok: false, reason: 'failed', settings, error: 'the browser did not keep the site’s script' };
  return { ok: true, settings };
}

/**
 * Turns a user site off: its pages stop at once (they follow the stored settings), its content
 * script is unregistered and its permission handed back.
 */
export async function turnOffUserSite(site: string): Promise<Settings> {
  const settings = await updateSettings((s) => ({ ...s, userSites: removeUserSite(s.userSites, site) }));
  // A grant that came with the install (a test build) cannot be removed; that is fine.
  await browser.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false);
  await syncSites();
  return settings;
}
