import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { contactsFrom, dynamicPages, extensionId, launchWithExtension, recordMutations, pageSummary, samplePages, servePages, waitForDecision, type PageServer } from '../../scripts/harness';

// A site outside the built-in list, turned on and off by the user. The browser's permission
// prompt cannot be clicked from a test: the extension is loaded from a copy whose manifest
// already grants this one site, so permissions.request resolves at once. Nothing else differs.
const SITE = 'zaxid.net';
const PATTERN = `*://*.${SITE}/*`;
const article = dynamicPages().find((d) => d.kind === 'user-site')!;
const builtInPage = samplePages().find((p) => p.seed?.startsWith('003'))!;

let server: PageServer;
let context: BrowserContext;
let extId: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await servePages();
  context = await launchWithExtension({ grantHosts: [PATTERN] });
  extId = await extensionId(context);
  await recordMutations(context);
});
test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

const sw = () => context.serviceWorkers()[0]!;
const registered = () => sw().evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, js: s.js, css: s.css })));
const painted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('kontakty-person') ?? [])].map((r) => (r as Range).toString()));
/** The tab showing the test site (its address is visible: the test build holds its permission). */
const tabIdOf = (url: string) => sw().evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);

/**
 * Proof that the content script did not run on `page`: a built-in page opened after it is read
 * and decided, while `page` still has no decision and nothing painted. The order, not a delay.
 */
async function expectNothingOn(page: Page, url: string) {
  const other = await context.newPage();
  const otherUrl = server.urlOf(builtInPage);
  await other.goto(otherUrl);
  await waitForDecision(context, otherUrl);
  await other.close();
  expect((await pageSummary(context, url)).summary).toBeNull();
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
}

test('a site outside the list gets nothing until the user turns it on from the popup; then it is read; off stops it', async () => {
  const url = server.urlOf(article);
  const page = await context.newPage();
  await page.goto(url);
  await expectNothingOn(page, url);
  expect(await registered()).toEqual([]);

  // The popup on that tab offers to turn Kontakty on there.
  const tabId = await tabIdOf(url);
  expect(tabId).toBeGreaterThan(0);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await expect(popup.getByText(`On for ${SITE}`)).toBeVisible();
  await expect(popup.getByTestId('site-toggle')).not.toBeChecked();
  await expect(popup.getByTestId('user-site-offer')).toBeVisible();
  await popup.getByTestId('site-toggle').click();
  await expect(popup.getByTestId('site-note')).toHaveText(/Reload the page/);
  await expect(popup.getByTestId('site-toggle')).toBeChecked();
  expect(await registered()).toEqual([{ id: `user-site:${SITE}`, matches: [PATTERN], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] }]);

  // After a reload the article is read, stored under its own address and painted, untouched.
  await page.reload();
  const { summary } = await waitForDecision(context, url);
  expect(summary.isArticle).toBe(true);
  expect((summary.contacts as unknown[]).length).toBeGreaterThan(0);
  await expect.poll(() => painted(page)).toEqual(expect.arrayContaining(['Марко Рубіо', 'Сергієм Лавровим']));
  expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);
  const stored = await contactsFrom(context, article.url);
  expect(stored).toBeGreaterThan(0);

  // Off: the page clears at once, the script goes, and a reload reads nothing.
  await popup.reload();
  await expect(popup.getByTestId('site-toggle')).toBeChecked();
  await popup.getByTestId('site-toggle').click();
  await expect(popup.getByTestId('site-note')).toHaveText(`Off for ${SITE}; its access is handed back.`);
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) === 0);
  expect(await registered()).toEqual([]);
  await sw().evaluate((id) => chrome.storage.session.remove(`page:${id}`), tabId);
  await page.reload();
  await expectNothingOn(page, url);
  await popup.close();
  await page.close();
});

test('the options page adds and removes a site, with its script', async () => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  const box = options.getByTestId('user-sites');
  await expect(box).toContainText('No sites added yet.');
  await box.getByTestId('user-site-input').fill('tass.ru');
  await box.getByTestId('user-site-add').click();
  await expect(box.getByTestId('user-site-note')).toHaveText('tass.ru is already in the built-in list.');
  await box.getByTestId('user-site-input').fill('chrome://settings');
  await box.getByTestId('user-site-add').click();
  await expect(box.getByTestId('user-site-note')).toHaveText('“chrome://settings” is not a web site address.');

  await box.getByTestId('user-site-input').fill(`https://www.${SITE}/news/`);
  await box.getByTestId('user-site-add').click();
  await expect(box.getByTestId('user-site-note')).toHaveText(`Added ${SITE}. Pages opened from now on are read.`);
  await expect(box.getByTestId('user-site-row')).toHaveText([new RegExp(`^${SITE}`)]);
  expect((await registered()).map((r) => r.id)).toEqual([`user-site:${SITE}`]);

  const url = server.urlOf(article);
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => painted(page)).toContain('Марко Рубіо');

  await box.getByRole('button', { name: `Remove ${SITE}` }).click();
  await expect(box.getByTestId('user-site-note')).toHaveText(`Removed ${SITE}.`);
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) === 0);
  expect(await registered()).toEqual([]);
  await options.close();
  await page.close();
});
