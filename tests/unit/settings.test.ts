import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, offReason, readSettings, withSite } from '@/lib/settings';
import { DEFAULT_COLORS, highlightCss, readColors } from '@/lib/ui/highlight-colors';

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
    expect(readSettings({ paused: 'yes', disabledSites: [1, 'a.com'] })).toEqual({ paused: false, disabledSites: ['a.com'], userSites: [], colors: {}, minConfidence: 0 });
    expect(readSettings({ userSites: ['zaxid.net', null] }).userSites).toEqual(['zaxid.net']);
    // A confidence threshold is a number strictly between 0 and 1; anything else shows everything.
    expect([0.7, 2, -1, '0.5', null].map((v) => readSettings({ minConfidence: v }).minConfidence)).toEqual([0.7, 0, 0, 0, 0]);
  });
});

describe('highlight colours', () => {
  it('keeps only #rrggbb values that differ from the defaults, so nothing else reaches the page’s CSS', () => {
    expect(readColors({ us: '#00AA00', ru: 'red; } body { display: none', ua: '#ffc800', event: '#12345', other: 7 })).toEqual({ us: '#00aa00' });
    expect(readSettings({ colors: { ru: '#112233' } }).colors).toEqual({ ru: '#112233' });
    expect(readSettings({}).colors).toEqual({});
  });
  it('writes ::highlight rules for the changed colours only, at the opacity of each tint', () => {
    expect(highlightCss({})).toBe('');
    expect(highlightCss({ us: DEFAULT_COLORS.us })).toBe('');
    expect(highlightCss({ us: '#00ff00', event: '#000000' })).toBe(
      '::highlight(kontakty-side-us) { background-color: rgba(0, 255, 0, 0.28); }\n::highlight(kontakty-event) { background-color: rgba(0, 0, 0, 0.28); }',
    );
  });
});
