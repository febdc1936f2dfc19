/**
 * What the demo and the end-to-end tests share: the sample pages served on 127.0.0.1 under
 * their sites' real host names (Chromium maps those names to 127.0.0.1), and Debian's Chromium
 * with the built extension loaded.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:https';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { declaredCharset } from '../lib/text/decode-html';

export const ROOT = resolve(import.meta.dirname, '..');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const SITES_DIR = join(ROOT, 'tests/fixtures/sites');
export const DYNAMIC_DIR = join(ROOT, 'tests/fixtures/dynamic');
export const PROPOSALS_DIR = join(ROOT, 'tests/fixtures/proposals');
export const CONTESTED_DIR = join(ROOT, 'tests/fixtures/contested');
export const CONTESTED_DENIAL_DIR = join(ROOT, 'tests/fixtures/contested-denial');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

export type SamplePage = { file: string; url: string; site: string; kind: string; lang: string; seed?: string | null; published: string | null; dir: string };

const readIndex = (dir: string) => (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Omit<SamplePage, 'dir'>[]).map((p) => ({ ...p, dir }));

/** The demo's pages, made from the five seed articles, plus a home page, a rubric and a live blog. */
export function samplePages(): SamplePage[] {
  return readIndex(PAGES_DIR);
}

/** Saved-page baselines of more sites (articles, AMP, live blogs, listings). */
export function siteBaselines(): SamplePage[] {
  return readIndex(SITES_DIR);
}

/** Pages that change after loading: late content, a single-page app. */
export function dynamicPages(): SamplePage[] {
  return readIndex(DYNAMIC_DIR);
}

/** Articles naming officials the knowledge base lacks, for the popup's proposals (served on their own). */
export function proposalPages(): SamplePage[] {
  return readIndex(PROPOSALS_DIR);
}

/** Two sites' reports of one contact that disagree on where it took place (served on their own). */
export function contestedPages(): SamplePage[] {
  return readIndex(CONTESTED_DIR);
}

/** Two sites' reports of one meeting: one says it took place, the other denies it (served on their own). */
export function contestedDenialPages(): SamplePage[] {
  return readIndex(CONTESTED_DENIAL_DIR);
}

const allPages = () => [...samplePages(), ...siteBaselines(), ...dynamicPages()];

export type PageServer = { port: number; urlOf: (p: SamplePage) => string; close: () => Promise<void> };

/**
 * A throwaway self-signed certificate: pages are served over TLS like the real sites (some,
 * such as meduza.io, are on Chromium's HSTS preload list and cannot be opened over http).
 */
function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'kontakty-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=kontakty-test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** Serves every sample page at its own host and path: https://glavred.info:PORT/world/... */
export async function servePages(pages = allPages()): Promise<PageServer> {
  const byHostPath = new Map(pages.map((p) => {
    const u = new URL(p.url);
    return [`${u.hostname}${u.pathname}`, join(p.dir, p.file)];
  }));
  const server: Server = createServer(selfSignedCert(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = byHostPath.get(`${host}${path}`);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not a sample page');
      return;
    }
    const bytes = readFileSync(file);
    // A page that declares its own charset (a windows-1251 or KOI8-R baseline) is sent as old
    // servers send it, with none in the header: the browser reads the page's <meta>, as the CLI does.
    res.writeHead(200, { 'content-type': declaredCharset(bytes) ? 'text/html' : 'text/html; charset=utf-8' }).end(bytes);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    urlOf: (p) => {
      const u = new URL(p.url);
      return `https://${u.hostname}:${port}${u.pathname}`;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/**
 * A copy of a built extension whose manifest already holds these host permissions (in `key`:
 * `host_permissions` in Manifest V3, `permissions` in V2): the browser's permission prompt cannot
 * be clicked from a test, and with the grant already there `permissions.request` resolves without
 * one. The production manifest stays as built.
 */
export function copyGranting(from: string, patterns: string[], key: 'host_permissions' | 'permissions' = 'host_permissions'): string {
  const dir = mkdtempSync(join(tmpdir(), 'kontakty-ext-'));
  cpSync(from, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, string[] | undefined>;
  manifest[key] = [...(manifest[key] ?? []), ...patterns];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/**
 * Debian's Chromium with the unpacked extension, kept off every network but 127.0.0.1.
 * `grantHosts` loads a copy whose manifest grants those match patterns at install (see above).
 */
export async function launchWithExtension(opts: { headless?: boolean; hosts?: string[]; userDataDir?: string; grantHosts?: string[] } = {}): Promise<BrowserContext> {
  const hosts = opts.hosts ?? [...new Set(allPages().map((p) => new URL(p.url).hostname))];
  const extDir = opts.grantHosts?.length ? copyGranting(EXTENSION_DIR, opts.grantHosts) : EXTENSION_DIR;
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  return chromium.launchPersistentContext(opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'kontakty-profile-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The sample pages' server has a self-signed certificate; nothing else is reachable anyway.
      '--ignore-certificate-errors',
      `--host-resolver-rules=${rules}`,
    ],
  });
}

/**
 * The extension's id, read from its service worker's URL, once the work of its install is done
 * (the reference timeline is in the history), so a test starts from what a person meets.
 */
export async function extensionId(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const until = Date.now() + 15000;
  while (!(await sw.evaluate(async () => Array.isArray((await chrome.storage.local.get('priorLoaded')).priorLoaded)))) {
    if (Date.now() > until) throw new Error('the reference timeline was not loaded within 15 s of install');
    await new Promise((r) => setTimeout(r, 100));
  }
  return new URL(sw.url()).host;
}

/** How many contacts the history holds (read in the service worker, which owns the database). */
export async function historyCount(context: BrowserContext): Promise<number> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return sw.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('kontakty');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('contacts').objectStore('contacts').count();
          req.onsuccess = () => (open.result.close(), resolve(req.result));
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/**
 * The background's summary of the tab showing `u`, with the tab's id: run inside the extension
 * (Chromium's service worker, a Firefox add-on page).
 * Without the "tabs" permission tab URLs are hidden; the summary records the address itself.
 */
export const summaryInExtension = async (u: string): Promise<{ tabId: number; summary: Record<string, unknown> | null }> => {
  // Firefox's promise-returning API is `browser` (its `chrome` takes callbacks in Manifest V2).
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  const all = await api.storage.session.get(null);
  for (const [key, value] of Object.entries(all)) {
    const v = value as { href?: string };
    if (key.startsWith('page:') && v.href === u) return { tabId: Number(key.slice(5)), summary: v as Record<string, unknown> };
  }
  return { tabId: -1, summary: null };
};

/** What the background remembered for the tab showing `url` (null until the content script has decided). */
export async function pageSummary(context: BrowserContext, url: string): Promise<{ tabId: number; summary: Record<string, unknown> | null }> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return sw.evaluate(summaryInExtension, url);
}

/** Waits until the content script has decided about the tab showing `url`, and returns that decision. */
export async function waitForDecision(context: BrowserContext, url: string, timeoutMs = 15000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const got = await pageSummary(context, url);
    if (got.summary) return got as { tabId: number; summary: Record<string, unknown> };
    if (Date.now() > until) throw new Error(`no decision for ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Counts, in window.__mutations of every page opened after this, each change to its DOM from the
 * end of parsing on (the parser's own insertions are not changes); the content script runs at
 * document_idle, after the observer is in. The extension must cause none.
 */
export async function recordMutations(context: BrowserContext): Promise<void> {
  await context.addInitScript(countMutations);
}

/** The init script recordMutations adds (a page's window.__mutations); self-contained for Firefox's evaluateOnNewDocument too. */
export const countMutations = () => {
  const w = window as unknown as { __mutations: number };
  w.__mutations = 0;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((list) => (w.__mutations += list.length)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};

/**
 * How many stored contacts list `u` among their sources: run inside the extension (its service
 * worker, or any of its pages in Firefox), where the database is. Self-contained, as evaluate needs.
 */
export const countContactsFrom = (u: string) =>
  new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('kontakty');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('contacts').objectStore('contacts').getAll();
      req.onsuccess = () => (open.result.close(), resolve((req.result as { sources: { url: string }[] }[]).filter((r) => r.sources.some((s) => s.url === u)).length));
      req.onerror = () => reject(req.error);
    };
  });

/** How many stored contacts list `url` among their sources (read in the service worker). */
export async function contactsFrom(context: BrowserContext, url: string): Promise<number> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return sw.evaluate(countContactsFrom, url);
}
