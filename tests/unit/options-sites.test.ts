import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, offReason, withSite } from '@/lib/settings';
import { siteRows } from '@/lib/site-list';
import { NEWS_SITES } from '@/lib/sites';

describe('options page: site list', () => {
  it('lists every built-in site, on by default, sorted', () => {
    const rows = siteRows(DEFAULT_SETTINGS);
    expect(rows).toHaveLength(NEWS_SITES.length);
    expect(rows.every((r) => r.on && r.builtIn)).toBe(true);
    expect(rows.map((r) => r.site)).toEqual([...NEWS_SITES].sort());
  });

  it('a switch off there is the popup\'s switch off: the site and its subdomains stop', () => {
    const s = withSite(DEFAULT_SETTINGS, 'tass.ru', false);
    expect(siteRows(s, 'tass')).toEqual([{ site: 'tass.ru', on: false, builtIn: true }]);
    expect(offReason(s, 'www.tass.ru')).toMatch(/tass\.ru/);
  });

  it('shows sites turned off from the popup that are not built in, so they can be turned back on', () => {
    const s = withSite(DEFAULT_SETTINGS, 'ru.krymr.com', false);
    const rows = siteRows(s);
    expect(rows.at(-1)).toEqual({ site: 'ru.krymr.com', on: false, builtIn: false });
    expect(rows.find((r) => r.site === 'krymr.com')?.on).toBe(true);
  });

  it('searches by any part of the name, and forgives a pasted address', () => {
    expect(siteRows(DEFAULT_SETTINGS, 'PRAVDA').map((r) => r.site)).toEqual(['epravda.com.ua', 'pravda.com.ua']);
    expect(siteRows(DEFAULT_SETTINGS, 'https://www.rbc.ru/politics/').map((r) => r.site)).toEqual(['rbc.ru']);
    expect(siteRows(DEFAULT_SETTINGS, 'nothing-like-it')).toEqual([]);
  });
});
