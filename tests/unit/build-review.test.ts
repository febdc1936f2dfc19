import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sitePatterns } from '@/lib/sites';

// What a store reviewer checks in the package: the fewest permissions, no remote code, no code
// made from strings. The extension is built here, for Chrome and Firefox, into a folder of its
// own (the real wxt.config.ts with another outDir), so the test reads what would ship now.

const ROOT = join(import.meta.dirname, '../..');
const OUT = mkdtempSync(join(tmpdir(), 'kontakty-build-'));

const build = (browser: 'chrome' | 'firefox') =>
  new Promise<void>((ok, fail) =>
    execFile(join(ROOT, 'node_modules/.bin/wxt'), ['build', ROOT, '-b', browser, '-c', join(OUT, 'wxt.config.ts')], { cwd: ROOT }, (err, _out, stderr) => (err ? fail(new Error(`wxt build -b ${browser}: ${stderr}`)) : ok())),
  );

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  content_security_policy?: unknown;
  background?: { service_worker?: string; scripts?: string[] };
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  name?: string;
  description?: string;
  default_locale?: string;
  icons?: Record<string, string>;
  commands?: Record<string, { description?: string }>;
};

const TARGETS = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' } as const;
const dirOf = (b: keyof typeof TARGETS) => join(OUT, 'out', TARGETS[b]);
const manifestOf = (b: keyof typeof TARGETS) => JSON.parse(readFileSync(join(dirOf(b), 'manifest.json'), 'utf8')) as Manifest;
const filesOf = (dir: string): string[] => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

/** Each permission asked for at install, and why it cannot be done without. */
const NEEDED: Record<string, string> = {
  storage: 'settings, and each tab’s summary for the popup (storage.session)',
  unlimitedStorage: 'the history is the user’s archive; IndexedDB must not hit the default quota',
  activeTab: 'the popup reads the address of the tab it was opened on, to offer turning a new site on',
  scripting: 'a content script registered for each site the user adds',
};
// Sites beyond the built-in list are asked for, one by one, when the user adds them.
const USER_SITES = ['*://*/*'];

beforeAll(async () => {
  writeFileSync(join(OUT, 'wxt.config.ts'), `import base from ${JSON.stringify(join(ROOT, 'wxt.config.ts'))};\nexport default { ...base, outDir: ${JSON.stringify(join(OUT, 'out'))} };\n`);
  // One after the other: both builds write WXT's generated types in the project.
  await build('chrome');
  await build('firefox');
}, 180_000);

describe.each(['chrome', 'firefox'] as const)('the %s package', (browser) => {
  it('asks at install only for the permissions it needs, and for no site beyond the built-in ones', () => {
    const m = manifestOf(browser);
    expect([...(m.permissions ?? [])].sort()).toEqual(Object.keys(NEEDED).sort());
    // Host access comes from the content script's matches: the built-in news sites, nothing wider.
    const builtIn = new Set(sitePatterns());
    for (const pattern of m.host_permissions ?? []) expect(builtIn.has(pattern), pattern).toBe(true);
    expect(m.content_scripts).toHaveLength(1);
    expect([...m.content_scripts![0]!.matches].sort()).toEqual([...builtIn].sort());
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  it('asks for a user-added site only when the user adds it (optional host permissions)', () => {
    const m = manifestOf(browser);
    if (m.manifest_version === 3) {
      expect(m.optional_host_permissions).toEqual(USER_SITES);
      expect(m.optional_permissions).toBeUndefined();
    } else {
      // MV2 keeps optional origins among optional_permissions.
      expect(m.optional_permissions).toEqual(USER_SITES);
    }
  });

  it('loads no remote code: the default content security policy, local scripts only', () => {
    const m = manifestOf(browser);
    // The browsers' default CSP for extension pages allows 'self' scripts only, and no eval.
    expect(m.content_security_policy).toBeUndefined();
    const dir = dirOf(browser);
    for (const f of [...(m.background?.scripts ?? []), ...(m.background?.service_worker ? [m.background.service_worker] : []), ...m.content_scripts!.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])])
      expect(existsSync(join(dir, f)), f).toBe(true);
    for (const html of filesOf(dir).filter((f) => f.endsWith('.html'))) {
      const srcs = [...readFileSync(html, 'utf8').matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']([^"']+)/g)].map((x) => x[1]!);
      expect(srcs.length).toBeGreaterThan(0);
      for (const src of srcs) expect(src, `${html}: ${src}`).not.toMatch(/^(?:[a-z]+:|\/\/)/i);
    }
  });

  it('makes no code from strings and imports nothing from the network in its JavaScript', () => {
    const js = filesOf(dirOf(browser)).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(3);
    const FORBIDDEN: [string, RegExp][] = [
      ['eval', /(?<![\w$.])eval\s*\(/],
      ['new Function', /\bnew\s+Function\s*\(/],
      ['Function("…") called as a constructor', /(?<![\w$.])Function\s*\(\s*["'`]/],
      ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
      ['importScripts', /\bimportScripts\s*\(/],
      ['import() of an address', /\bimport\s*\(\s*["'`](?:https?:)?\/\//],
      ['a script element made at run time', /createElement\s*\(\s*["'`]script["'`]/],
    ];
    const found = js.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return FORBIDDEN.filter(([, re]) => re.test(text)).map(([name]) => `${f.slice(OUT.length)}: ${name}`);
    });
    expect(found).toEqual([]);
  });

  it('has its icons, and its name, description and shortcut in English, Ukrainian and Russian', () => {
    const m = manifestOf(browser);
    const dir = dirOf(browser);
    expect(Object.keys(m.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, file] of Object.entries(m.icons ?? {})) {
      const png = readFileSync(join(dir, file));
      // A PNG of that size: the signature, then the IHDR width and height.
      expect(png.subarray(1, 4).toString(), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
    }
    expect([m.name, m.description, m.default_locale, m.commands?.['toggle-highlights']?.description]).toEqual(['__MSG_extName__', '__MSG_extDescription__', 'en', '__MSG_cmdToggle__']);
    expect([m.commands?.['next-name']?.description, m.commands?.['previous-name']?.description]).toEqual(['__MSG_cmdNext__', '__MSG_cmdPrevious__']);
    for (const lang of ['en', 'uk', 'ru']) {
      const msgs = JSON.parse(readFileSync(join(dir, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(Object.keys(msgs).sort(), lang).toEqual(['cmdNext', 'cmdPrevious', 'cmdToggle', 'extDescription', 'extName']);
      // The stores' limits: a name of 75 characters at most, a description of 132.
      expect(msgs.extName!.message.length, lang).toBeLessThanOrEqual(75);
      expect(msgs.extDescription!.message.length, lang).toBeLessThanOrEqual(132);
    }
  });
});
