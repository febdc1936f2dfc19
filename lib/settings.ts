/** What the user decides about where Kontakty runs; kept in storage.local, read by every page. */
export type Settings = { paused: boolean; disabledSites: string[] };

export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [] };
export const SETTINGS_KEY = 'settings';

/** The site a host belongs to for the user's on/off choice: the host without "www.". */
export const siteOf = (host: string) => host.replace(/^www\./, '').toLowerCase();

/** Why Kontakty stays off on this host, or null when it runs. A choice for a site covers its subdomains. */
export function offReason(s: Settings, host: string): string | null {
  if (s.paused) return 'Kontakty is paused';
  const h = siteOf(host);
  const off = s.disabledSites.find((d) => h === d || h.endsWith(`.${d}`));
  return off ? `Kontakty is off on ${off}` : null;
}

export function withSite(s: Settings, site: string, on: boolean): Settings {
  const rest = s.disabledSites.filter((d) => d !== site);
  return { ...s, disabledSites: on ? rest : [...rest, site].sort() };
}

export function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Partial<Settings>;
  return { paused: r.paused === true, disabledSites: Array.isArray(r.disabledSites) ? r.disabledSites.filter((x): x is string => typeof x === 'string') : [] };
}
