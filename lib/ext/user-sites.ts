import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY } from '../settings';
import { planSync, type RegisteredScript, type ScriptFiles } from '../user-sites';

/**
 * The same files the manifest's content script runs (WXT names them at build time), so a
 * user-added site gets exactly the built-in sites' script and stylesheet.
 */
function scriptFiles(): ScriptFiles | null {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  return cs?.js?.length ? { js: [...cs.js], css: [...(cs.css ?? [])] } : null;
}

/**
 * Registers a content script for each user site whose permission is granted and drops the
 * others. Persistent registrations survive restarts; this runs again at every start anyway, in
 * case the browser lost them or the user revoked a site's access in its settings.
 */
export async function syncUserSites(): Promise<{ registered: string[] }> {
  const scripting = browser.scripting;
  const files = scriptFiles();
  if (!scripting?.registerContentScripts || !files) return { registered: [] };
  const settings = readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const registered = (await scripting.getRegisteredContentScripts()) as RegisteredScript[];
  const plan = planSync(settings.userSites, granted, registered, files);
  if (plan.unregister.length) await scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length) await scripting.registerContentScripts(plan.register);
  const now = (await scripting.getRegisteredContentScripts()) as RegisteredScript[];
  return { registered: now.map((r) => r.id) };
}

/** One sync at a time: two quick changes must not register the same id twice. */
let queue: Promise<unknown> = Promise.resolve();
export const queueSync = () => {
  const next = queue.then(syncUserSites, syncUserSites);
  queue = next.catch((e) => console.debug('[kontakty] user sites', e));
  return next;
};

/** Keeps registrations in step: at start, and when the user grants or revokes a site's access. */
export function setupUserSites(): void {
  void queueSync().catch(() => undefined);
  browser.permissions?.onAdded?.addListener(() => void queueSync().catch(() => undefined));
  browser.permissions?.onRemoved?.addListener(() => void queueSync().catch(() => undefined));
}
