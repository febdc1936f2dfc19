import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { dynamicPages, launchWithExtension, servePages, waitForDecision, type PageServer } from '../../scripts/harness';

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
