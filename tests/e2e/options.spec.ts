import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { addActorInOptions } from './actor-form';
import { extensionId, launchWithExtension, servePages, siteBaselines, waitForDecision, type PageServer } from '../../scripts/harness';

// The options page in real Chromium: each switch there must change what the pages show.
let server: PageServer;
let context: BrowserContext;
let extId: string;

const byFile = (f: string) => siteBaselines().find((p) => p.file === f)!;
// TASS on the Istanbul consultations names Coulter and Zakharova in its body, both in the shipped knowledge base.
const tass = byFile('tass-stambul-konsultatsii-shest-chasov.html');
// RBC names Lukashenko ("с Александром Лукашенко"), whom the shipped knowledge base lacks.
const rbc = byFile('rbc-print-uitkoff-putin-kreml.html');

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await servePages();
  context = await launchWithExtension();
  extId = await extensionId(context);
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

const openOptions = async () => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extId}/options.html`);
  return page;
};
const storedSettings = async () => {
  const sw = context.serviceWorkers()[0]!;
  return sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { paused: boolean; disabledSites: string[] } | undefined);
};
/** The text of every name painted on the page. */
const painted = (page: Page) => page.evaluate(() => ['kontakty-person', 'kontakty-institution'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString())));
/** Opens a sample page in a new tab and waits until its names are painted (after the kb is compiled). */
async function openArticle(url: string, mustPaint: string): Promise<{ page: Page; names: string[] }> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await painted(page)).join('|'), { timeout: 20_000 }).toContain(mustPaint);
  return { page, names: await painted(page) };
}
/** Counts a store of the extension's database directly, not through the page under test. */
const rawCount = (page: Page, store: 'contacts' | 'actors') =>
  page.evaluate(
    (s) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('kontakty');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(s).objectStore(s).count();
          req.onsuccess = () => {
            resolve(req.result);
            db.close();
          };
        };
      }),
    store,
  );

test('every control on the options page has a label', async () => {
  const options = await openOptions();
  await expect(options.getByTestId('actor-row').first()).toBeVisible();
  // Keyboard: Tab reaches the section links first, then the site switches.
  await options.keyboard.press('Tab');
  await expect(options.getByRole('link', { name: 'Sites' })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options).toHaveURL(/#sites$/);
  await options.getByText('Add an actor').click();
  const unlabeled = await options.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((el) => {
        const e = el as HTMLInputElement;
        const name = e.labels?.length ? [...e.labels].map((l) => l.textContent).join('') : e.getAttribute('aria-label') ?? (e.tagName === 'BUTTON' ? e.textContent : '');
        return !name?.trim();
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(unlabeled).toEqual([]);
  await options.close();
});

test('a site switched off in Sites is skipped by the content script, and runs again when switched on', async () => {
  const options = await openOptions();
  const search = options.getByLabel('Find a site');
  await search.fill('tass');
  const sites = options.getByRole('list', { name: 'Built-in sites' }).getByRole('checkbox');
  await expect(sites).toHaveCount(1);
  const box = options.getByRole('checkbox', { name: 'tass.ru', exact: true });
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect.poll(async () => (await storedSettings())?.disabledSites).toEqual(['tass.ru']);

  const url = server.urlOf(tass);
  const page = await context.newPage();
  await page.goto(url);
  const { summary } = await waitForDecision(context, url);
  expect(summary.skipped).toBe(true);
  expect(await painted(page)).toEqual([]);
  await page.close();

  await box.check();
  await expect.poll(async () => (await storedSettings())?.disabledSites).toEqual([]);
  const again = await openArticle(url, 'Култер');
  await again.page.close();

  // The pause is the popup's pause.
  await options.getByLabel('Pause Kontakty everywhere').check();
  await expect.poll(async () => (await storedSettings())?.paused).toBe(true);
  await expect(options.getByRole('status')).toContainText('Paused');
  await options.getByLabel('Pause Kontakty everywhere').uncheck();
  await expect.poll(async () => (await storedSettings())?.paused).toBe(false);
  await options.close();
});

test('a custom person added in the knowledge base is highlighted on the next page; deleted, it is not', async () => {
  // Before: RBC's article is read, but Lukashenko is nobody the extension knows.
  const before = await openArticle(server.urlOf(rbc), 'Путин');
  expect(before.names.join('|')).not.toContain('Лукашенко');
  await before.page.close();

  const options = await openOptions();
  await expect(options.getByTestId('actor-row').first()).toBeVisible();
  await addActorInOptions(options);
  const form = options.getByTestId('add-actor-form');

  // Browse: the search finds it by its Russian name, with its source.
  await options.getByLabel('Search names').fill('Лукашенко');
  const row = options.locator('[data-actor="custom-alexander-lukashenko"]');
  await expect(options.getByTestId('actor-row')).toHaveCount(1);
  await expect(row).toContainText('added by you');
  await row.getByText('Roles, sources and name forms').click();
  await expect(row.getByRole('link', { name: 'https://en.wikipedia.org/wiki/Alexander_Lukashenko' })).toBeVisible();

  const after = await openArticle(server.urlOf(rbc), 'Лукашенко');
  expect(after.names).toContain('Александром Лукашенко');
  await after.page.close();

  // Adding the same name again is refused, with the reason.
  await form.getByLabel('English name').fill('Alexander Lukashenko');
  await form.getByLabel('Russian surnames').fill('Лукашенко');
  await form.getByRole('button', { name: 'Add actor' }).click();
  await expect(form.getByRole('alert')).toContainText('already in the knowledge base');

  await row.getByRole('button', { name: 'Delete Alexander Lukashenko' }).click();
  await expect(options.getByTestId('actor-row')).toHaveCount(0);
  await expect(options.getByTestId('actors-notice')).toContainText('Deleted Alexander Lukashenko');
  const gone = await openArticle(server.urlOf(rbc), 'Путин');
  expect(gone.names.join('|')).not.toContain('Лукашенко');
  await gone.page.close();
  await options.close();
});

test('a shipped actor switched off is no longer highlighted, and comes back when switched on', async () => {
  const url = server.urlOf(tass);
  const before = await openArticle(url, 'Захарова');
  expect(before.names.join('|')).toContain('Култер');
  await before.page.close();

  const options = await openOptions();
  await options.getByLabel('Search names').fill('Coulter');
  const toggle = options.getByRole('checkbox', { name: 'Recognise Sonata Coulter' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(options.getByTestId('actors-notice')).toContainText('Sonata Coulter is off');
  // The database says so too, for the background to read.
  expect(await options.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('kontakty');
    open.onsuccess = () => {
      const req = open.result.transaction('actors').objectStore('actors').get('sonata-coulter');
      req.onsuccess = () => {
        resolve((req.result as { disabled?: boolean }).disabled);
        // A connection left open would hold up any later version change of the database.
        open.result.close();
      };
    };
  }))).toBe(true);
  await options.getByLabel('Show').selectOption('off');
  await expect(options.getByTestId('actor-row')).toHaveCount(1);

  // Painted at all (Zakharova is there), but Coulter not.
  const off = await openArticle(url, 'Захарова');
  expect(off.names.join('|')).not.toContain('Култер');
  await off.page.close();

  // Back to the options tab, reloaded, as a person returning to it would find it: a tab left in
  // the background is throttled, and under load an action on it stalled for the whole timeout.
  await options.bringToFront();
  await options.reload();
  await options.getByLabel('Search names').fill('Coulter');
  await expect(toggle).not.toBeChecked();
  await toggle.check({ timeout: 15_000 });
  const on = await openArticle(url, 'Култер');
  await on.page.close();
  await options.close();
});

test('Storage shows the counts, backs up, clears only the history after confirmation, and restores', async () => {
  const options = await openOptions();
  const contacts = await rawCount(options, 'contacts');
  const actors = await rawCount(options, 'actors');
  // The articles opened above left their contacts.
  expect(contacts).toBeGreaterThan(0);
  await expect(options.getByTestId('contact-count')).toHaveText(String(contacts));
  await expect(options.getByTestId('actor-count')).toHaveText(String(actors));
  await expect(options.getByTestId('space-used')).toContainText(/\d+(\.\d)? (B|KB|MB|GB)/);
  await expect(options.getByTestId('persisted')).not.toHaveText('unknown');

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('backup').click()]);
  expect(download.suggestedFilename()).toMatch(/^kontakty-history-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = (await download.path())!;
  expect((JSON.parse(readFileSync(backup, 'utf8')) as { contacts: unknown[] }).contacts).toHaveLength(contacts);

  // The first click only asks; the button works once the word is typed. All by keyboard.
  await options.getByRole('button', { name: 'Clear all history…' }).focus();
  await options.keyboard.press('Enter');
  const confirm = options.getByTestId('clear-confirm');
  await expect(confirm).toContainText(`all ${contacts} contacts`);
  const del = confirm.getByRole('button', { name: 'Delete all contacts' });
  await expect(del).toBeDisabled();
  expect(await rawCount(options, 'contacts')).toBe(contacts);
  // Escape cancels and nothing is deleted.
  await options.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(options.getByRole('button', { name: 'Clear all history…' })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.getByLabel('Type DELETE to confirm')).toBeFocused();
  await options.keyboard.type('delet');
  await expect(del).toBeDisabled();
  await options.keyboard.type('e');
  await expect(del).toBeEnabled();
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('contact-count')).toHaveText('0');
  await expect(options.getByTestId('storage-message')).toContainText(`Deleted ${contacts} contacts`);
  expect(await rawCount(options, 'contacts')).toBe(0);
  // Only the contacts: the knowledge base is whole.
  expect(await rawCount(options, 'actors')).toBe(actors);
  await expect(options.getByTestId('actor-count')).toHaveText(String(actors));

  // A file that is not a history is refused with the reason; the backup brings everything back.
  const bad = join(tmpdir(), `kontakty-not-history-${Date.now()}.json`);
  writeFileSync(bad, '{"hello": 1}');
  await options.getByLabel('Restore from a backup').setInputFiles(bad);
  await expect(options.getByRole('alert')).toContainText('not a Kontakty history file');
  await options.getByLabel('Restore from a backup').setInputFiles(backup);
  // Previewed first: nothing is written until confirmed.
  await expect(options.getByTestId('restore-preview')).toContainText(`${contacts} contacts: ${contacts} new, 0 already stored`);
  expect(await rawCount(options, 'contacts')).toBe(0);
  await options.getByRole('button', { name: 'Restore these contacts' }).click();
  await expect(options.getByTestId('storage-message')).toContainText(`${contacts} contacts added`);
  await expect(options.getByTestId('contact-count')).toHaveText(String(contacts));
  expect(await rawCount(options, 'contacts')).toBe(contacts);
  await options.close();
});

test('the options page switches to Ukrainian, keeps the choice after a reload, and shares it with the popup', async () => {
  const options = await openOptions();
  // English by default: headless Chromium's language is English and nothing is saved yet.
  await expect(options.getByRole('heading', { name: 'Kontakty settings' })).toBeVisible();
  await options.getByLabel('Language').selectOption('uk');
  const inUkrainian = async () => {
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Налаштування Kontakty');
    await expect(options.getByRole('link', { name: 'Сайти' })).toBeVisible();
    await expect(options.getByRole('heading', { name: 'База знань' })).toBeVisible();
    await expect(options.getByLabel('Знайти сайт')).toBeVisible();
    await expect(options.getByLabel('Призупинити Kontakty всюди')).toBeVisible();
    await expect(options.getByRole('button', { name: 'Завантажити резервну копію (JSON)' })).toBeVisible();
    await expect(options.getByLabel('Мова')).toHaveValue('uk');
    await expect(options.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(options).toHaveTitle('Налаштування Kontakty');
    await expect(options.getByText('Kontakty settings')).toHaveCount(0);
  };
  await inUkrainian();
  await options.getByText('Додати особу чи установу').click();
  await expect(options.getByTestId('add-actor-form').getByLabel('Код країни')).toBeVisible();
  const sw = context.serviceWorkers()[0]!;
  expect(await sw.evaluate(async () => (await chrome.storage.local.get('uiLang')).uiLang)).toBe('uk');

  await options.reload();
  await inUkrainian();

  // The popup reads the same choice.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await expect(popup.getByRole('tab', { name: 'Історія' })).toBeVisible();
  // A choice made elsewhere (the popup's select) reaches the open options page.
  await popup.getByLabel('Мова').selectOption('ru');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Настройки Kontakty');
  await expect(options.getByLabel('Найти сайт')).toBeVisible();
  await popup.close();

  // Back to English for whatever runs next.
  await options.getByLabel('Язык').selectOption('en');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Kontakty settings');
  expect(await sw.evaluate(async () => (await chrome.storage.local.get('uiLang')).uiLang)).toBe('en');
  await options.close();
});

test('a highlight colour changed in the options repaints open pages at once, with no element added; reset brings the default back', async () => {
  const { page } = await openArticle(server.urlOf(tass), 'Марко Рубио');
  // Where a US name is painted (Rubio, Coulter).
  const clip = await page.evaluate(() => {
    for (const r of CSS.highlights.get('kontakty-side-us') ?? []) {
      const range = r as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const b = range.getClientRects()[0]!;
      return { x: Math.floor(b.left), y: Math.floor(b.top), width: Math.ceil(b.width), height: Math.ceil(b.height) };
    }
    return null;
  });
  expect(clip).not.toBeNull();
  const adopted = () => page.evaluate(() => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
  const before = await page.screenshot({ clip: clip! });
  expect(await adopted()).toBe('');
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);

  const options = await openOptions();
  const colors = options.getByTestId('colors-section');
  await colors.getByLabel('US', { exact: true }).fill('#00ff00');
  await expect.poll(adopted).toContain('rgba(0, 255, 0, 0.28)');
  await page.bringToFront();
  const green = await page.screenshot({ clip: clip! });
  expect(green.equals(before)).toBe(false);
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBe(elements);
  expect((await storedSettings()) as unknown).toMatchObject({ colors: { us: '#00ff00' } });

  await options.bringToFront();
  await colors.getByRole('button', { name: 'Back to the default colours' }).click();
  await expect.poll(adopted).toBe('');
  await page.bringToFront();
  expect((await page.screenshot({ clip: clip! })).equals(green)).toBe(false);
  await options.close();
  await page.close();
});
