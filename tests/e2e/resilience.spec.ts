import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { extensionId, launchWithExtension, samplePages, servePages, siteBaselines, type PageServer, type SamplePage } from '../../scripts/harness';
import { breakInWorker } from './worker-debugger';

// "Safe with every input" for the store: a service worker stopped in the middle of storing an
// article, and ten tabs storing at once. Each test starts from the history as installed (the
// reference timeline) and compares what is stored with what the same pages store when nothing
// goes wrong.
test.describe.configure({ mode: 'serial' });

let server: PageServer;
let context: BrowserContext;
let extId: string;
/** An extension page, to read the history and the tabs' decisions whatever the worker is doing. */
let ext: Page;
/** The history right after install: the reference timeline (extensionId waits for it). */
let installed: Stored[];

test.beforeAll(async () => {
  server = await servePages();
  context = await launchWithExtension();
  extId = await extensionId(context);
  ext = await context.newPage();
  await ext.goto(`chrome-extension://${extId}/options.html`);
  installed = await storedContacts();
  expect(installed.length).toBeGreaterThan(0);
});
test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

type Stored = { key: string; participants: string[]; date: string | null; confidence: number; sources: { url: string; seen: string; evidence: { start: number } }[] };

/** Every stored contact, read straight from IndexedDB (the background's worker may be stopped). */
const storedContacts = () =>
  ext.evaluate(
    () =>
      new Promise<Stored[]>((ok, fail) => {
        const open = indexedDB.open('kontakty');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('contacts').objectStore('contacts').getAll();
          all.onsuccess = () => (db.close(), ok(all.result as Stored[]));
          all.onerror = () => fail(all.error);
        };
      }),
  );

/**
 * Puts the history back as it was after install (the shipped reference timeline, read in
 * beforeAll), with the records' own ids.
 */
const resetHistory = () =>
  ext.evaluate(
    (rows) =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open('kontakty');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('contacts', 'readwrite');
          const store = tx.objectStore('contacts');
          store.clear();
          for (const r of rows) store.put(r);
          tx.oncomplete = () => (db.close(), ok());
          tx.onerror = () => fail(tx.error);
        };
      }),
    installed,
  );

/** The history as a reader sees it: facts and sources, not when they were seen. */
const snapshot = (rows: Stored[]) =>
  rows
    .map(({ sources, ...r }) => {
      const { id: _id, firstSeen: _f, lastSeen: _l, ...facts } = r as Stored & { id?: number; firstSeen?: string; lastSeen?: string };
      return JSON.stringify({ ...facts, sources: sources.map(({ seen: _s, ...s }) => s).sort((a, b) => `${a.url}${a.evidence.start}`.localeCompare(`${b.url}${b.evidence.start}`)) });
    })
    .sort();
/** Which articles (and sentences) each record holds: the history's partition, whatever the order of writes. */
const partition = (rows: Stored[]) => rows.map((r) => r.sources.map((s) => `${s.url}@${s.evidence.start}`).sort().join(' ')).sort();
const noSourceTwice = (rows: Stored[]) => rows.filter((r) => new Set(r.sources.map((s) => s.url)).size !== r.sources.length);

/** The content script has the background's reply: the article's names are painted. */
const painted = (page: Page) => page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0, undefined, { timeout: 30_000 });

async function readArticle(p: SamplePage): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.urlOf(p));
  await painted(page);
  return page;
}

// An article whose contacts are new to the history (Biden's intended talks with Putin: planned, so
// not folded into the reference timeline), so that storing it adds records.
const glavred = samplePages().find((p) => p.file.startsWith('glavred-bayden-maye-namir'))!;

/** What the articles store, read one after another, when nothing goes wrong, from the installed history. */
async function cleanRun(...pages: SamplePage[]): Promise<Stored[]> {
  await resetHistory();
  for (const p of pages) await (await readArticle(p)).close();
  const rows = await storedContacts();
  expect(snapshot(rows)).not.toEqual(snapshot(installed));
  await resetHistory();
  return rows;
}

test('the worker stopped inside the store transaction: nothing half-written, the content script sends again, all stored once', async () => {
  const reference = await cleanRun(glavred);
  // Paused where the new contacts are added, inside the one transaction of the store.
  const dbg = await breakInWorker(ext, extId, /\.contacts\.bulkAdd\(/);
  const page = await context.newPage();
  await page.goto(server.urlOf(glavred));
  await dbg.paused;
  await dbg.stop();
  // The transaction died with the worker: nothing of it is in the history.
  expect(snapshot(await storedContacts())).toEqual(snapshot(installed));
  // The content script's send failed; it sent again, a new worker stored the article and replied.
  await painted(page);
  const rows = await storedContacts();
  expect(snapshot(rows)).toEqual(snapshot(reference));
  expect(noSourceTwice(rows)).toEqual([]);
  await page.close();
});

test('the worker stopped after storing, before replying: the article sent again is not stored twice', async () => {
  // The second report of a contact the first already stored (the Istanbul consultations of 27
  // February 2025, Coulter and Darchiev): a record with both articles, where a second fold of the
  // same article would show (an extra source, or the confidence raised again).
  const first = siteBaselines().find((p) => p.file.startsWith('pravda-stambul-konsultatsii'))!;
  const second = siteBaselines().find((p) => p.file.startsWith('tass-stambul-konsultatsii'))!;
  const reference = await cleanRun(first, second);
  expect(reference.some((r) => [first, second].every((p) => r.sources.some((s) => s.url === p.url)))).toBe(true);
  await (await readArticle(first)).close();
  // Paused where the tab's summary is kept for the popup: after the store's transaction committed.
  const dbg = await breakInWorker(ext, extId, /\.storage\.session\?\.set\(/);
  const page = await context.newPage();
  await page.goto(server.urlOf(second));
  await dbg.paused;
  expect(snapshot(await storedContacts())).toEqual(snapshot(reference));
  await dbg.stop();
  await painted(page);
  const rows = await storedContacts();
  expect(snapshot(rows)).toEqual(snapshot(reference));
  expect(noSourceTwice(rows)).toEqual([]);
  await page.close();
});

test('ten tabs of articles opened at once store every contact once, merged across articles', async () => {
  const articles = [...samplePages(), ...siteBaselines()].filter((p) => p.kind === 'article');
  const riyadh = articles.filter((p) => p.file.startsWith('eurointegration-riyadh') || p.file.startsWith('kommersant-er-riyad'));
  expect(riyadh).toHaveLength(2);
  const ten = [...riyadh, ...articles.filter((p) => !riyadh.includes(p)).slice(0, 8)];
  expect(ten).toHaveLength(10);

  // One at a time first: what the history holds when nothing overlaps.
  await resetHistory();
  for (const p of ten) await (await readArticle(p)).close();
  const sequential = await storedContacts();

  await resetHistory();
  const tabs = await Promise.all(ten.map(() => context.newPage()));
  await Promise.all(tabs.map((t, i) => t.goto(server.urlOf(ten[i]!))));
  await Promise.all(tabs.map(painted));
  const concurrent = await storedContacts();

  expect(partition(concurrent)).toEqual(partition(sequential));
  expect(noSourceTwice(concurrent)).toEqual([]);
  const meeting = concurrent.filter((c) => c.participants.includes('marco-rubio') && c.participants.includes('sergey-lavrov') && c.date === '2025-02-18');
  expect(meeting).toHaveLength(1);
  expect(meeting[0]!.sources.map((s) => s.url)).toEqual(expect.arrayContaining(riyadh.map((p) => p.url)));
  // Every article is in the history.
  const urls = new Set(concurrent.flatMap((c) => c.sources.map((s) => s.url)));
  expect(ten.filter((p) => ![...urls].some((u) => u === p.url || u.startsWith(`${p.url}#`))).map((p) => p.file)).toEqual([]);
  for (const t of tabs) await t.close();
});
