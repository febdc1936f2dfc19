import { readColors, type HighlightColors } from './ui/highlight-colors';
import { isBuiltInHost, isUserHost } from './user-sites';

/** What the user decides about where Kontakty runs; kept in storage.local, read by every page. */
export type Settings = {
  paused: boolean;
  /** Built-in sites (or their subdomains) switched off. */
  disabledSites: string[];
  /** Sites the user added beyond the built-in list; each has its own permission and script. */
  userSites: string[];
  /** Highlight colours a person changed (by side, and earlier events); absent ones are the defaults. */
  colors: HighlightColors;
  /**
   * Contacts extraction gave a lower confidence than this are hidden in the popup (this page and
   * the history); 0 shows all. Confirmed and corrected ones always show: a person vouched for them.
   */
  minConfidence: number;
};

/** The thresholds offered: confidence is calibrated on labelled news (README, "Measured"). */
export const CONFIDENCE_STEPS = [0, 0.5, 0.7, 0.9] as const;

export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [], userSites: [], colors: {}, minConfidence: 0 };
export const SETTINGS_KEY = 'settings';

/** The site a host belongs to for the user's on/off choice: the host without "www.". */
export const siteOf = (host: string) => host.replace(/^www\./, '').toLowerCase();

/**
 * Why Kontakty stays off on this host, or null when it runs. A choice for a site covers its
 * subdomains. A host that is neither built in nor added by the user is off too: a page whose
 * site was just removed must stop at once, before its script is unregistered.
 */
export function offReason(s: Settings, host: string): string | null {
  if (s.paused) return 'Kontakty is paused';
  const h = siteOf(host);
  if (!isBuiltInHost(h) && !isUserHost(h, s.userSites)) return `Kontakty is not on for ${h}`;
  const off = s.disabledSites.find((d) => h === d || h.endsWith(`.${d}`));
  return off ? `Kontakty is off on ${off}` : null;
}

export function withSite(s: Settings, site: string, on: boolean): Settings {
  const rest = s.disabledSites.filter((d) => d !== site);
  return { ...s, disabledSites: on ? rest : [...rest, site].sort() };
}

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : []);

export function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Partial<Settings>;
  const min = typeof r.minConfidence === 'number' && r.minConfidence > 0 && r.minConfidence < 1 ? r.minConfidence : 0;
  return { paused: r.paused === true, disabledSites: strings(r.disabledSites), userSites: strings(r.userSites), colors: readColors(r.colors), minConfidence: min };
}
