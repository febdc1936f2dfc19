import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, offReason, readSettings, withSite } from '@/lib/settings';

describe('settings', () => {
  it('runs by default, stops when paused', () => {
    expect(offReason(DEFAULT_SETTINGS, 'www.pravda.com.ua')).toBeNull();
    expect(offReason({ ...DEFAULT_SETTINGS, paused: true }, 'www.pravda.com.ua')).toMatch(/paused/);
  });

  it('a site turned off covers its subdomains and www, and turns back on', () => {
    const s = withSite(DEFAULT_SETTINGS, 'krymr.com', false);
    expect(offReason(s, 'ru.krymr.com')).toMatch(/krymr\.com/);
    expect(offReason(s, 'www.krymr.com')).toMatch(/krymr\.com/);
    // A look-alike is not covered by the choice (and, outside every list, is off anyway).
    expect(offReason(s, 'notkrymr.com')).toMatch(/not on for notkrymr\.com/);
    expect(offReason(withSite(s, 'krymr.com', true), 'ru.krymr.com')).toBeNull();
  });

  it('reads whatever storage holds without throwing', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ paused: 'yes', disabledSites: [1, 'a.com'] })).toEqual({ paused: false, disabledSites: ['a.com'], userSites: [] });
    expect(readSettings({ userSites: ['zaxid.net', null] }).userSites).toEqual(['zaxid.net']);
  });
});
