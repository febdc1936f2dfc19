import { NEWS_SITES } from './sites';

/**
 * Sites the user adds beyond the built-in list. Each one costs an optional host permission
 * asked for when it is added, and a content script registered for it at run time: the
 * manifest never asks for every site.
 */

/** A registered content script as the scripting API lists it (only the fields compared here). */
export type RegisteredScript = { id: string; matches?: string[]; js?: string[]; css?: string[] };

/** The files of the content script WXT builds; a registered script runs the same bundle. */
export type ScriptFiles = { js: string[]; css: string[] };

export const USER_SITE_PREFIX = 'user-site:';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LABELS = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The site a user means by what they typed or by a tab's address: its host without "www.",
 * in ASCII (an IDN becomes punycode, as match patterns want). Null for anything that is not an
 * http(s) web site: a browser page, a file, a bare word, an IPv6 address.
 */
export function normalizeSite(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  if (IPV4.test(host)) return host;
  // A single label ("news", "localhost") is not a site anyone publishes on.
  if (!host.includes('.') || !LABELS.test(host)) return null;
  return host;
}

/** Whether a host is covered by one of the built-in sites (a subdomain counts). */
export function isBuiltInHost(host: string, sites: readonly string[] = NEWS_SITES): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return sites.some((s) => h === s || h.endsWith(`.${s}`));
}

/** Whether a host belongs to one of the user's sites (a subdomain counts). */
export function isUserHost(host: string, userSites: readonly string[]): boolean {
  return isBuiltInHost(host, userSites);
}

/**
 * The match pattern for a site and its subdomains. "*.site" matches the site itself too, in
 * Chromium and Firefox alike, so one pattern is the whole permission.
 */
export function sitePattern(site: string): string {
  return IPV4.test(site) ? `*://${site}/*` : `*://*.${site}/*`;
}

/** The content script id for a user site: the id says which site it is for. */
export const scriptIdOf = (site: string) => `${USER_SITE_PREFIX}${site}`;

/** The sites a list gains: a new site, once, in order; a built-in one is refused. */
export function addUserSite(sites: readonly string[], input: string, builtIn: readonly string[] = NEWS_SITES): { sites: string[]; site: string | null; error: 'invalid' | 'built-in' | null } {
  const site = normalizeSite(input);
  if (!site) return { sites: [...sites], site: null, error: 'invalid' };
  if (isBuiltInHost(site, builtIn)) return { sites: [...sites], site, error: 'built-in' };
  return { sites: sites.includes(site) ? [...sites] : [...sites, site].sort(), site, error: null };
}

export const removeUserSite = (sites: readonly string[], site: string) => sites.filter((s) => s !== site);

type Parsed = { scheme: string; host: string; path: string };
function parsePattern(p: string): Parsed | null {
  if (p === '<all_urls>') return { scheme: '*', host: '*', path: '/*' };
  const m = /^(\*|https?|wss?|ftp|file):\/\/([^/]*)(\/.*)$/.exec(p);
  return m ? { scheme: m[1]!, host: m[2]!, path: m[3]! } : null;
}

/** Whether a granted origin pattern covers the site's pattern (exactly, or a broader grant). */
export function patternCovers(granted: string, wanted: string): boolean {
  const g = parsePattern(granted);
  const w = parsePattern(wanted);
  if (!g || !w) return false;
  // "*" means http and https; a grant for only one scheme does not cover both.
  if (g.scheme !== '*' && g.scheme !== w.scheme) return false;
  if (g.path !== '/*' && g.path !== w.path) return false;
  if (g.host === '*') return true;
  if (g.host.startsWith('*.')) {
    const base = g.host.slice(2);
    const wb = w.host.startsWith('*.') ? w.host.slice(2) : w.host;
    return wb === base || wb.endsWith(`.${base}`);
  }
  return g.host === w.host;
}

export const isGranted = (site: string, origins: readonly string[]) => origins.some((o) => patternCovers(o, sitePattern(site)));

/** What to change so the registered content scripts match the user's sites. */
export type SyncPlan = { register: (ScriptFiles & { id: string; matches: string[]; runAt: 'document_idle'; persistAcrossSessions: true })[]; unregister: string[] };

/**
 * A file of the package as scripting.registerContentScripts takes it: a path inside the package.
 * Firefox gives runtime.getManifest()'s content-script files (and registered scripts' files) as
 * full moz-extension:// addresses, which registerContentScripts refuses; Chrome gives paths.
 */
export function packagePath(file: string): string {
  return file.replace(/^(?:moz|chrome|safari-web)-extension:\/\/[^/]+\//, '').replace(/^\//, '');
}

/**
 * Registered scripts for exactly the user's sites that have their permission: a site without
 * its permission (refused, or revoked in the browser's settings) gets no script; a script for a
 * site no longer listed, or registered with other files or patterns, goes (and comes back new).
 * Scripts with other ids are not ours to touch.
 */
export function planSync(userSites: readonly string[], grantedOrigins: readonly string[], registered: readonly RegisteredScript[], files: ScriptFiles): SyncPlan {
  const paths = { js: files.js.map(packagePath), css: files.css.map(packagePath) };
  const want = new Map(
    userSites.filter((s) => isGranted(s, grantedOrigins)).map((s) => [scriptIdOf(s), { id: scriptIdOf(s), matches: [sitePattern(s)], ...paths, runAt: 'document_idle' as const, persistAcrossSessions: true as const }]),
  );
  const same = (a: readonly string[] | undefined, b: readonly string[]) => (a ?? []).length === b.length && b.every((x) => (a ?? []).map(packagePath).includes(packagePath(x)));
  const unregister: string[] = [];
  const have = new Set<string>();
  for (const r of registered) {
    if (!r.id.startsWith(USER_SITE_PREFIX)) continue;
    const w = want.get(r.id);
    if (w && same(r.matches, w.matches) && same(r.js, w.js) && same(r.css, w.css)) have.add(r.id);
    else unregister.push(r.id);
  }
  return { register: [...want.values()].filter((w) => !have.has(w.id)), unregister };
}
