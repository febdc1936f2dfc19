import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { contactsFrom as storedFrom, dynamicPages, launchWithExtension, servePages, waitForDecision, type PageServer } from '../../scripts/harness';

let server: PageServer;
let context: BrowserContext;

test.beforeAll(async () => {
  server = await servePages();
  context = await launchWithExtension();
});
test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

const highlighted = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('kontakty-person') ?? [])].map((r) => (r as Range).toString()));

test('an article whose body arrives after the first paint is read when it arrives', async () => {
  const p = dynamicPages().find((d) => d.kind === 'late')!;
  const page = await context.newPage();
  const url = server.urlOf(p);
  await page.goto(url);
  // First look: an empty shell, not an article yet.
  expect((await waitForDecision(context, url)).summary.isArticle).toBe(false);
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0, null, { timeout: 15000 });
  expect(await highlighted(page)).toEqual(expect.arrayContaining(['Марко Рубіо', 'Сергієм Лавровим']));
  await expect.poll(async () => (await waitForDecision(context, url)).summary.isArticle).toBe(true);
});

test('a single-page app: the next story replaces the highlights and gets its own record', async () => {
  const [first, second] = dynamicPages().filter((d) => d.kind === 'spa');
  const page = await context.newPage();
  await page.goto(server.urlOf(first!));
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0);
  expect(await highlighted(page)).toContain('Стів Віткофф');

  await page.getByRole('link', { name: /Наступна новина/ }).click();
  await expect.poll(async () => (await waitForDecision(context, server.urlOf(second!))).summary.title, { timeout: 15000 }).toBe('Лавров і Рубіо обговорили підготовку нових консультацій');
  await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining(['Сергій Лавров', 'Марко Рубіо']));
  // Nothing of the first story stays painted.
  expect((await highlighted(page)).some((t) => t.includes('Віткофф'))).toBe(false);
});

/** Contacts in the extension's database whose sources include `url`. */
const contactsFrom = (url: string) => storedFrom(context, url);

test('infinite scroll: a story appended under the first is read as its own article, both painted, page untouched', async () => {
  const p = dynamicPages().find((d) => d.kind === 'infinite')!;
  const second = 'https://www.rbc.ua/ukr/news/vitkoff-putin-peterburg-1744380000.html';
  const page = await context.newPage();
  // Every change to the page's DOM after parsing; the page itself makes exactly one (the append).
  await page.addInitScript(() => {
    const w = window as unknown as { __mutations: number };
    w.__mutations = 0;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((list) => (w.__mutations += list.length)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
  const url = server.urlOf(p);
  await page.goto(url);
  expect((await waitForDecision(context, url)).summary.isArticle).toBe(true);
  await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining(['Дональд Трамп', 'Володимиром Путіним']));
  expect(await highlighted(page)).not.toContain('Дмитро Пєсков');
  expect(await contactsFrom(second)).toBe(0);

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => (window as unknown as { __appended?: number }).__appended === 1);
  // The appended story is painted beside the first, which stays painted.
  await expect.poll(() => highlighted(page), { timeout: 15000 }).toEqual(expect.arrayContaining(['Дональд Трамп', 'Стів Віткофф', 'Дмитро Пєсков']));
  // Each story's contacts are stored under its own address, not welded into the first.
  await expect.poll(() => contactsFrom(second)).toBeGreaterThan(0);
  expect(await contactsFrom(p.url)).toBeGreaterThan(0);
  const secondOnly = await context.serviceWorkers()[0]!.evaluate(
    (u) =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('kontakty');
        open.onsuccess = () => {
          const req = open.result.transaction('contacts').objectStore('contacts').getAll();
          req.onsuccess = () => resolve((req.result as { participants: string[]; sources: { url: string }[] }[]).filter((r) => r.sources.some((s) => s.url === u)).flatMap((r) => r.participants));
        };
      }),
    second,
  );
  expect(secondOnly).toContain('steve-witkoff');
  expect(secondOnly).not.toContain('donald-trump');
  // The popup's page stays the story at the address shown.
  expect((await waitForDecision(context, url)).summary.url).toBe(p.url);
  expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(1);
  await page.close();
});
