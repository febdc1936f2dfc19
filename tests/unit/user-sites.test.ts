import { describe, expect, it } from 'vitest';
import { addUserSite, isBuiltInHost, isGranted, normalizeSite, packagePath, patternCovers, planSync, removeUserSite, scriptIdOf, sitePattern } from '@/lib/user-sites';
import { DEFAULT_SETTINGS, offReason } from '@/lib/settings';

const FILES = { js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] };

describe('user sites: what the user typed', () => {
  it.each([
    ['zaxid.net', 'zaxid.net'],
    ['  https://www.Zaxid.net/news/showNews.do?x=1 ', 'zaxid.net'],
    ['http://news.zaxid.net:8443/a', 'news.zaxid.net'],
    ['www.dialog.ua/', 'dialog.ua'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (input, site) => expect(normalizeSite(input)).toBe(site));

  it('writes an IDN in ASCII, as match patterns want', () => {
    expect(normalizeSite('https://www.українська.правда.укр/')).toMatch(/^xn--[a-z0-9-]+\.xn--[a-z0-9-]+\.xn--j1amh$/);
  });

  it.each(['', 'news', 'localhost', 'chrome://extensions', 'file:///tmp/a.html', 'ftp://zaxid.net/', 'javascript:alert(1)', 'bad_host.com', '[::1]'])('refuses %j', (input) => {
    expect(normalizeSite(input)).toBeNull();
  });

  it('adds a site once, sorted, and refuses one already built in', () => {
    expect(addUserSite([], 'zaxid.net').sites).toEqual(['zaxid.net']);
    expect(addUserSite(['zaxid.net'], 'https://www.zaxid.net/x').sites).toEqual(['zaxid.net']);
    expect(addUserSite(['zaxid.net'], 'dialog.ua').sites).toEqual(['dialog.ua', 'zaxid.net']);
    expect(addUserSite([], 'ru.krymr.com')).toMatchObject({ error: 'built-in', sites: [] });
    expect(addUserSite([], 'not a site')).toMatchObject({ error: 'invalid', site: null });
    expect(removeUserSite(['dialog.ua', 'zaxid.net'], 'zaxid.net')).toEqual(['dialog.ua']);
  });

  it('knows the built-in sites and their subdomains, not look-alikes', () => {
    expect(isBuiltInHost('www.pravda.com.ua')).toBe(true);
    expect(isBuiltInHost('ru.krymr.com')).toBe(true);
    expect(isBuiltInHost('notpravda.com.ua')).toBe(false);
    expect(isBuiltInHost('zaxid.net')).toBe(false);
  });
});

describe('user sites: permissions and patterns', () => {
  it('one pattern covers the site and its subdomains', () => {
    expect(sitePattern('zaxid.net')).toBe('*://*.zaxid.net/*');
    expect(sitePattern('10.0.0.5')).toBe('*://10.0.0.5/*');
  });

  it.each([
    ['*://*.zaxid.net/*', '*://*.zaxid.net/*', true],
    ['*://*/*', '*://*.zaxid.net/*', true],
    ['<all_urls>', '*://*.zaxid.net/*', true],
    ['*://*.net/*', '*://*.zaxid.net/*', true],
    ['https://*.zaxid.net/*', '*://*.zaxid.net/*', false],
    ['*://zaxid.net/*', '*://*.zaxid.net/*', false],
    ['*://*.news.zaxid.net/*', '*://*.zaxid.net/*', false],
    ['*://*.xzaxid.net/*', '*://*.zaxid.net/*', false],
    ['*://*.zaxid.net/news/*', '*://*.zaxid.net/*', false],
  ])('%s covers %s: %s', (granted, wanted, yes) => expect(patternCovers(granted, wanted)).toBe(yes));

  it('a site counts as granted only when its whole pattern is', () => {
    expect(isGranted('zaxid.net', ['*://*.zaxid.net/*'])).toBe(true);
    expect(isGranted('zaxid.net', ['https://*.zaxid.net/*'])).toBe(false);
    expect(isGranted('zaxid.net', [])).toBe(false);
  });
});

describe('user sites: keeping registrations in step', () => {
  const reg = (site: string, extra: object = {}) => ({ id: scriptIdOf(site), matches: [sitePattern(site)], ...FILES, ...extra });

  it('registers a granted site, persistent, with the content script files', () => {
    const plan = planSync(['zaxid.net'], ['*://*.zaxid.net/*'], [], FILES);
    expect(plan.unregister).toEqual([]);
    expect(plan.register).toEqual([{ id: 'user-site:zaxid.net', matches: ['*://*.zaxid.net/*'], ...FILES, runAt: 'document_idle', persistAcrossSessions: true }]);
  });

  it('leaves a script in place when nothing changed, and re-registers one that went missing', () => {
    expect(planSync(['zaxid.net'], ['*://*.zaxid.net/*'], [reg('zaxid.net')], FILES)).toEqual({ register: [], unregister: [] });
    expect(planSync(['zaxid.net', 'dialog.ua'], ['*://*.zaxid.net/*', '*://*.dialog.ua/*'], [reg('zaxid.net')], FILES).register.map((r) => r.id)).toEqual(['user-site:dialog.ua']);
  });

  it('gives no script to a site without its permission, and drops the script of one revoked', () => {
    expect(planSync(['zaxid.net'], [], [], FILES)).toEqual({ register: [], unregister: [] });
    expect(planSync(['zaxid.net'], [], [reg('zaxid.net')], FILES)).toEqual({ register: [], unregister: ['user-site:zaxid.net'] });
  });

  it('drops the script of a removed site, never a script that is not ours', () => {
    const plan = planSync([], ['*://*.zaxid.net/*'], [reg('zaxid.net'), { id: 'something-else', matches: ['*://*/*'] }], FILES);
    expect(plan).toEqual({ register: [], unregister: ['user-site:zaxid.net'] });
  });

  it('registers paths inside the package where Firefox gives the files as moz-extension:// addresses', () => {
    const abs = (f: string) => `moz-extension://0b5c7c2e-1b2a-4c7e-9d1e-3f4a5b6c7d8e/${f}`;
    const firefox = { js: FILES.js.map(abs), css: FILES.css.map(abs) };
    const plan = planSync(['zaxid.net'], ['*://*.zaxid.net/*'], [], firefox);
    expect(plan.register[0]).toMatchObject({ js: FILES.js, css: FILES.css });
    // A script Firefox reports back with full addresses is the same script: left in place.
    expect(planSync(['zaxid.net'], ['*://*.zaxid.net/*'], [reg('zaxid.net', firefox)], firefox)).toEqual({ register: [], unregister: [] });
    expect(packagePath('chrome-extension://abcdefghijklmnop/content-scripts/content.js')).toBe('content-scripts/content.js');
    expect(packagePath('/content-scripts/content.js')).toBe('content-scripts/content.js');
    expect(packagePath('content-scripts/content.js')).toBe('content-scripts/content.js');
  });

  it('replaces a script registered with other files (an update renamed them)', () => {
    const plan = planSync(['zaxid.net'], ['*://*.zaxid.net/*'], [reg('zaxid.net', { js: ['content-scripts/old.js'] })], FILES);
    expect(plan.unregister).toEqual(['user-site:zaxid.net']);
    expect(plan.register.map((r) => r.id)).toEqual(['user-site:zaxid.net']);
  });
});

describe('user sites: where the content script stays off', () => {
  it('runs on a user site and its subdomains, not elsewhere outside the list', () => {
    const s = { ...DEFAULT_SETTINGS, userSites: ['zaxid.net'] };
    expect(offReason(s, 'zaxid.net')).toBeNull();
    expect(offReason(s, 'www.zaxid.net')).toBeNull();
    expect(offReason(s, 'lviv.zaxid.net')).toBeNull();
    expect(offReason(s, 'dialog.ua')).toMatch(/not on for dialog\.ua/);
    expect(offReason(DEFAULT_SETTINGS, 'zaxid.net')).toMatch(/not on/);
    expect(offReason({ ...s, paused: true }, 'zaxid.net')).toMatch(/paused/);
  });
});
