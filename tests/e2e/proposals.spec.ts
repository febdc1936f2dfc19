import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { translate, UI_LANG_KEY, type UiLang } from '../../lib/ui/i18n';
import { foreignIn, interfaceText } from './foreign-words';
import { extensionId, launchWithExtension, pageSummary, proposalPages, servePages, waitForDecision, type PageServer } from '../../scripts/harness';

// An article names two officials the knowledge base lacks by their offices (tests/fixtures/proposals,
// sentences and people invented): the popup proposes both, one is dismissed, the other added with
// one click, and a page of another site that names him without his office, in other case forms,
// has him highlighted from then on.
const [first, next] = proposalPages();

let server: PageServer;
let context: BrowserContext;
let extId: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await servePages(proposalPages());
  context = await launchWithExtension({ hosts: proposalPages().map((p) => new URL(p.url).hostname) });
  extId = await extensionId(context);
});
test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

const painted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('kontakty-person') ?? [])].map((r) => (r as Range).toString()));
const proposed = async (url: string) => ((await pageSummary(context, url)).summary?.proposals as { name: string }[] | undefined)?.map((p) => p.name);

test('a person named by a Russian office is proposed, added with one click and highlighted on the next page in other case forms', async () => {
  // Before: the other site's article is read, and the name is nobody's.
  const nextUrl = server.urlOf(next!);
  const before = await context.newPage();
  await before.goto(nextUrl);
  await waitForDecision(context, nextUrl);
  expect((await pageSummary(context, nextUrl)).summary?.isArticle).toBe(true);
  expect(await painted(before)).toEqual([]);
  await before.close();

  const url = server.urlOf(first!);
  const article = await context.newPage();
  await article.goto(url);
  const { tabId } = await waitForDecision(context, url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  const items = popup.getByTestId('proposal');
  await expect(items).toHaveCount(2);
  // The name in the nominative though the article gives it in the instrumental ("Глібом Чорноусом").
  const chornous = items.filter({ hasText: 'Гліб Чорноус' });
  await expect(chornous).toContainText('(Russia)');
  await expect(chornous).toContainText('заступник глави МЗС Росії');
  const aldrich = items.filter({ hasText: 'Кевін Олдріч' });
  await expect(aldrich).toContainText('(US)');
  await expect(aldrich).toContainText('спецпосланець президента США');

  // In every interface language and colour scheme: no word of another language (the names and
  // roles are the article's, marked with its language), no axe violation.
  for (const lang of ['uk', 'ru', 'en'] as UiLang[])
    for (const colorScheme of ['light', 'dark'] as const) {
      await context.serviceWorkers()[0]!.evaluate(([k, v]) => chrome.storage.local.set({ [k!]: v }), [UI_LANG_KEY, lang]);
      const view = await context.newPage();
      await view.emulateMedia({ colorScheme });
      await view.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
      await expect(view.getByTestId('proposal')).toHaveCount(2);
      // The stored language is read after the first drawing: wait for the page to be in it.
      await expect(view.locator('html')).toHaveAttribute('lang', lang);
      await expect(view.getByTestId('proposals').getByRole('heading')).toHaveText(translate(lang, 'proposalsTitle'));
      const shown = await interfaceText(view, lang, '[data-testid="proposals"]');
      expect(shown.length).toBeGreaterThan(4);
      expect(foreignIn(lang, shown)).toEqual([]);
      expect((await new AxeBuilder({ page: view }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => v.id)).toEqual([]);
      await view.close();
    }
  await popup.reload();
  await expect(items).toHaveCount(2);

  await aldrich.getByRole('button', { name: 'Dismiss' }).click();
  await expect(popup.getByTestId('proposal-notice')).toContainText('will not be proposed again');
  await chornous.getByRole('button', { name: 'Add to my actors' }).click();
  await expect(popup.getByTestId('proposal-notice')).toContainText('Added Гліб Чорноус');
  await expect(items).toHaveCount(0);
  await popup.close();

  // The next page, another site: found in the nominative and the genitive.
  const after = await context.newPage();
  await after.goto(nextUrl);
  await expect.poll(async () => (await painted(after)).sort().join('|'), { timeout: 20_000 }).toBe('Гліб Чорноус|Гліба Чорноуса');
  await after.close();

  // The first article read again: he is highlighted there ("Глібом Чорноусом"), and nobody is
  // proposed: one is known now, the other dismissed.
  await article.reload();
  await expect.poll(async () => (await painted(article)).join('|'), { timeout: 20_000 }).toContain('Глібом Чорноусом');
  await expect.poll(() => proposed(url)).toEqual([]);
  const again = await context.newPage();
  await again.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await expect(again.getByTestId('page-panel')).toBeVisible();
  await expect(again.getByTestId('proposals')).toHaveCount(0);
  await again.close();

  // The options page lists him as the reader's own, with the role the article gave.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  await options.getByLabel('Search names').fill('Чорноус');
  const row = options.locator('[data-actor="custom-hlib-chornous"]');
  await expect(row).toContainText('added by you');
  await row.getByText('Roles, sources and name forms').click();
  await expect(row).toContainText('Deputy, Foreign Ministry (Russia)');
  await options.close();
  await article.close();
});
