/**
 * Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv2), driven over
 * WebDriver BiDi by puppeteer-core: the add-on is installed as a temporary one
 * (webExtension.install), the sample sites' host names resolve to 127.0.0.1, and downloads land
 * in a folder of the test's own. Playwright's Firefox is a build of its own; this is the Firefox
 * people run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { copyGranting, ROOT } from './harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const ADDON_ID = 'kontakty@example.org';
// Firefox gives each add-on a random moz-extension host per profile; the test profile fixes it.
export const ADDON_UUID = '6b1f0c2e-7d3a-4c55-9e0b-4b6f7a1c2d3e';
export const extensionUrl = (path: string) => `moz-extension://${ADDON_UUID}/${path}`;

export type FirefoxRun = { browser: Browser; downloads: string };

export async function launchFirefox(opts: { hosts: string[]; grantHosts?: string[] }): Promise<FirefoxRun> {
  const downloads = mkdtempSync(join(tmpdir(), 'kontakty-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // The sample pages' server has a self-signed certificate.
    acceptInsecureCerts: true,
    // Lets the test open the add-on's own pages (moz-extension://) as a person opens the popup.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // The sample sites' names resolve to this machine; nothing else is reachable anyway.
      'network.dns.localDomains': opts.hosts.join(','),
      'network.proxy.type': 0,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  // Manifest V2 keeps host grants in `permissions` (see copyGranting).
  await browser.installExtension(opts.grantHosts?.length ? copyGranting(FIREFOX_EXTENSION_DIR, opts.grantHosts, 'permissions') : FIREFOX_EXTENSION_DIR);
  return { browser, downloads };
}

/**
 * Opens one of the add-on's pages in a new tab. Firefox's BiDi reports no finished navigation to
 * a moz-extension page, so the page is taken as open once its document answers from there.
 */
export async function openAddonPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = extensionUrl(path);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 3000 }).catch(() => undefined);
  const until = Date.now() + 15000;
  while (!(await page.evaluate(() => location.href).catch(() => '')).startsWith(url.split('?')[0]!)) {
    if (Date.now() > until) throw new Error(`${url} did not open`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.waitForFunction(() => document.readyState === 'complete');
  return page;
}

/** Polls `f` until it returns something truthy (or throws after the timeout). */
export async function until<T>(f: () => Promise<T | undefined>, what: string, timeoutMs = 15000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
