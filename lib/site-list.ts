import { NEWS_SITES } from './sites';
import type { Settings } from './settings';

/** One line of the options page's site list. */
export type SiteRow = { site: string; on: boolean; builtIn: boolean };

/**
 * The sites the options page lists: every built-in site with its switch, then any other site
 * the user turned off from the popup (a subdomain such as ru.krymr.com, kept as it was typed
 * there), so it can be turned back on from here too. A query keeps the sites containing it.
 */
export function siteRows(s: Settings, query = '', sites: readonly string[] = NEWS_SITES): SiteRow[] {
  const q = query.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  const builtIn = new Set(sites);
  const rows: SiteRow[] = [
    ...[...sites].sort().map((site) => ({ site, on: !s.disabledSites.includes(site), builtIn: true })),
    ...s.disabledSites.filter((d) => !builtIn.has(d)).sort().map((site) => ({ site, on: false, builtIn: false })),
  ];
  return q ? rows.filter((r) => r.site.includes(q)) : rows;
}
