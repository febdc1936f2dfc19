import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { countContactsFrom, countMutations, dynamicPages, samplePages, servePages, siteBaselines, summaryInExtension, type PageServer } from '../../scripts/harness';
import { launchFirefox, openAddonPage, until, type FirefoxRun } from '../../scripts/firefox-harness';

// The Firefox build in Debian's Firefox ESR, as a person meets it: a sample article is painted,
// the background keeps its contacts, the popup lists them and exports them, and a site the user
// adds is read. The user site is granted in the test copy's manifest (the permission prompt
// cannot be clicked from a test), as in user-sites.spec.ts.
const SITE = 'zaxid.net';
const article = samplePages().find((p) => p.kind === 'article' && p.seed)!;
const userSitePage = dynamicPages().find((d) => d.kind === 'user-site')!;
const hosts = [...new Set([...samplePages(), ...siteBaselines(), ...dynamicPages()].map((p) => new URL(p.url).hostname))];

let server: PageServer;
let run: FirefoxRun;
/** An add-on page kept open to read what the background stored (same origin, same database). */
let probe: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await servePages();
  run = await launchFirefox({ hosts, grantHosts: [`*://*.${SITE}/*`] });
  probe = await openAddonPage(run.browser, 'options.html');
});
test.afterAll(async () => {
  await run?.browser.close();
  await server?.close();
});

/** The tab id the background filed the page at `url` under, once the content script has decided. */
const tabOf = (url: string) => until(() => probe.evaluate(summaryInExtension, url).then((r) => (r.summary ? r.tabId : 0)), `a decision for ${url}`);

/** How many stored contacts cite `url` among their sources. */
const storedFrom = (url: string) => probe.evaluate(countContactsFrom, url);

const painted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('kontakty-person') ?? [])].map((r) => (r as Range).toString()));

test('an article is painted without touching the page, its contacts are kept, the popup lists and exports them', async () => {
  const page = await run.browser.newPage();
  // Count every change to the page's DOM from the end of parsing on: the add-on must cause none.
  await page.evaluateOnNewDocument(countMutations);
  const url = server.urlOf(article);
  await page.goto(url);
  const tabId = await tabOf(url);
  expect((await until(() => painted(page).then((p) => p.length > 0 && p), 'highlights'))).toBeTruthy();
  expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);
  const kept = await until(() => storedFrom(article.url), 'stored contacts');
  expect(kept).toBeGreaterThan(0);

  // The popup for that tab lists the page's contacts.
  const popup = await openAddonPage(run.browser, `popup.html?tab=${tabId}`);
  const listed = await until(() => popup.evaluate(() => document.querySelectorAll('[data-testid="page-panel"] li.contact').length), 'contacts in the popup');
  expect(listed).toBeGreaterThan(0);

  // History → JSON: the file lands in the downloads folder and holds the article's contacts.
  await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent === 'History')!.click());
  await until(() => popup.evaluate(() => !!document.querySelector('[data-testid="export-json"]')), 'the export button');
  await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid="export-json"]')!.click());
  const file = await until(async () => readdirSync(run.downloads).find((f) => f.endsWith('.json')), 'the exported file');
  type Exported = { contacts: { sources: { url: string }[] }[] };
  const exported = await until(async (): Promise<Exported | undefined> => {
    try {
      return JSON.parse(readFileSync(join(run.downloads, file!), 'utf8')) as Exported;
    } catch {
      return undefined; // still being written
    }
  }, 'a complete export');
  expect(exported.contacts.filter((c) => c.sources.some((s) => s.url === article.url)).length).toBe(kept);
  await popup.close();
  await page.close();
});

test('a site the user adds in the options is read', async () => {
  const options = await openAddonPage(run.browser, 'options.html');
  await options.locator('[data-testid="user-site-input"]').fill(SITE);
  await options.locator('[data-testid="user-site-add"]').click();
  const note = await until(() => options.evaluate(() => document.querySelector('[data-testid="user-site-note"]')?.textContent ?? ''), 'the note');
  expect(note).toBe(`Added ${SITE}. Pages opened from now on are read.`);
  const page = await run.browser.newPage();
  await page.goto(server.urlOf(userSitePage));
  expect(await until(() => painted(page).then((p) => p.includes('Марко Рубіо') && p), 'highlights on the user site')).toContain('Марко Рубіо');
  expect(await until(() => storedFrom(userSitePage.url), 'stored contacts of the user site')).toBeGreaterThan(0);
  await options.close();
  await page.close();
});

test('the keyboard walk opens a card as a dialog that holds focus and gives it back, the page untouched', async () => {
  const page = await run.browser.newPage();
  const sullivan = samplePages().find((p) => p.seed?.startsWith('004'))!;
  const url = server.urlOf(sullivan);
  await page.goto(url);
  const tabId = await tabOf(url);
  await until(() => painted(page).then((p) => p.length > 0 && p), 'highlights');
  // The card's host goes under <html> on first use; the article's body is never touched.
  const body = await page.evaluate(() => document.body.innerHTML);
  // The next-name shortcut as its listener runs it (a browser shortcut cannot be pressed from a
  // test), through the background page of the Manifest V2 build.
  const next = () =>
    probe.evaluate(async (id) => {
      const bg = (await browser.runtime.getBackgroundPage()) as unknown as { kontaktyRunCommand: (c: string, t: { id: number }) => Promise<unknown> };
      return bg.kontaktyRunCommand('next-name', { id });
    }, tabId);
  const role = () => page.evaluate(() => document.querySelector('kontakty-card')?.shadowRoot?.querySelector('.c')?.getAttribute('role') ?? null);
  for (let n = 0; n < 40 && (await role()) !== 'dialog'; n++) expect(await next()).toBe(true);
  expect(await role()).toBe('dialog');
  const focus = () =>
    page.evaluate(() => {
      const host = document.querySelector('kontakty-card')!;
      const items = [...host.shadowRoot!.querySelectorAll('a[href], button:not([hidden])')];
      return { inCard: document.activeElement === host, index: items.indexOf(host.shadowRoot!.activeElement!), items: items.length };
    });
  const first = await focus();
  expect(first).toMatchObject({ inCard: true, index: 0 });
  for (let n = 1; n <= first.items; n++) {
    await page.keyboard.press('Tab');
    expect(await focus()).toMatchObject({ inCard: true, index: n % first.items });
  }
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => (document.querySelector('kontakty-card') as HTMLElement).style.display)).toBe('none');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(body);
  await page.close();
});

