import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionId, launchWithExtension, samplePages, servePages, waitForDecision, type PageServer } from '../../scripts/harness';
import { translate, UI_LANG_KEY, type UiLang } from '../../lib/ui/i18n';
import { foreignIn, interfaceText } from './foreign-words';
import { pointOnHighlight } from './highlights';
import { openView, VIEWS } from './popup-views';

// Every word in the reader's language: each popup view, the options page and the hover cards,
// drawn in each interface language, hold no word of another (English kinds, places and sides in
// Ukrainian or Russian, Cyrillic in English, Ukrainian letters in Russian and back). An article's
// own words (its title, the quoted sentence) carry their language in a `lang` attribute and are
// data, not interface; so are web addresses and Wikidata ids (see foreign-words.ts).
let server: PageServer;
let context: BrowserContext;
let extId: string;
let tabId: number;

test.beforeAll(async () => {
  server = await servePages();
  context = await launchWithExtension();
  extId = await extensionId(context);
  // The article whose popup shows actors, earlier events, related contacts and contacts.
  const article = samplePages().find((p) => p.seed?.startsWith('000'))!;
  const page = await context.newPage();
  await page.goto(server.urlOf(article));
  tabId = (await waitForDecision(context, server.urlOf(article))).tabId;
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

const LANGS: UiLang[] = ['en', 'uk', 'ru'];

for (const lang of LANGS)
  for (const view of VIEWS) {
    test(`${view} in ${lang} holds no word of another language`, async () => {
      const page = await openView(context, extId, view, tabId, { lang });
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Folded parts too: more filters, sources, an actor's roles and forms, the disagreements.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      // On this page, an actor's card opened from its chip (its latest contacts, kinds and statuses).
      if (view === 'this page') {
        await page.locator('.chips button').first().click();
        await expect(page.getByTestId('actor-card').locator('li, p').first()).toBeVisible();
      }
      const shown = await interfaceText(page, lang);
      expect(shown.length).toBeGreaterThan(20);
      expect(foreignIn(lang, shown)).toEqual([]);
      await page.close();
    });
  }

/** Hovers the first highlight of `name` holding `text` and returns the card's interface text. */
async function cardText(page: Page, lang: UiLang, name: string, text: string) {
  const box = await pointOnHighlight(page, name, text, 4);
  await page.mouse.move(box.x, box.y);
  const card = page.locator('kontakty-card [role="tooltip"]');
  await expect(card).toBeVisible();
  await expect(card.locator('li').first()).toBeVisible();
  return interfaceText(page, lang, 'kontakty-card');
}

for (const lang of LANGS)
  test(`hover cards of a name and of an earlier event in ${lang} hold no word of another language`, async () => {
    await context.serviceWorkers()[0]!.evaluate(([k, v]) => chrome.storage.local.set({ [k!]: v }), [UI_LANG_KEY, lang]);
    // A Russian article (Sullivan's back channel) and a Ukrainian one (the Swiss meetings).
    const cases = [
      [samplePages().find((p) => p.seed?.startsWith('004'))!, 'kontakty-person', 'Салливан'],
      [samplePages().find((p) => p.file.startsWith('nenka-ssha-ta-rosiya-provely-tayemni'))!, 'kontakty-event', 'Швейцарії'],
    ] as const;
    for (const [article, highlight, words] of cases) {
      const page = await context.newPage();
      await page.goto(server.urlOf(article));
      await waitForDecision(context, server.urlOf(article));
      const shown = await cardText(page, lang, highlight, words);
      expect(shown.length, article.file).toBeGreaterThan(2);
      expect(foreignIn(lang, shown), article.file).toEqual([]);
      await page.close();
    }
  });

for (const lang of LANGS)
  test(`a card opened from the keyboard as a dialog in ${lang} holds no word of another language`, async () => {
    await context.serviceWorkers()[0]!.evaluate(([k, v]) => chrome.storage.local.set({ [k!]: v }), [UI_LANG_KEY, lang]);
    const article = samplePages().find((p) => p.seed?.startsWith('004'))!;
    const page = await context.newPage();
    await page.goto(server.urlOf(article));
    const { tabId: id } = await waitForDecision(context, server.urlOf(article));
    await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0);
    // The next-name shortcut, run as its listener runs it (a browser shortcut cannot be pressed
    // from a test; see walk-names.spec.ts), until a card with links opens as a dialog.
    const dialog = page.locator('kontakty-card [role="dialog"]');
    for (let n = 0; n < 40 && !(await dialog.isVisible()); n++)
      await context.serviceWorkers()[0]!.evaluate(([tab]) => (globalThis as unknown as { kontaktyRunCommand: (c: string, t: { id: number }) => Promise<unknown> }).kontaktyRunCommand('next-name', { id: tab! }), [id]);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button')).toHaveAccessibleName(translate(lang, 'cardClose'));
    const shown = await interfaceText(page, lang, 'kontakty-card');
    expect(shown.length).toBeGreaterThan(2);
    expect(foreignIn(lang, shown)).toEqual([]);
    await page.close();
  });


// A page that is not an article: the popup's notice with its reason and the site's controls.
for (const lang of LANGS)
  test(`the not-an-article notice and the site controls in ${lang} hold no word of another language`, async () => {
    const expected = (p: { dir: string; file: string }) => JSON.parse(readFileSync(join(p.dir, p.file.replace(/\.html$/, '.expected.json')), 'utf8')) as { isArticle: boolean; kind?: string };
    const other = samplePages().find((p) => !expected(p).isArticle && expected(p).kind !== 'liveblog')!;
    const page = await context.newPage();
    await page.goto(server.urlOf(other));
    const { tabId: otherTab } = await waitForDecision(context, server.urlOf(other));
    await context.serviceWorkers()[0]!.evaluate(([k, v]) => chrome.storage.local.set({ [k!]: v }), [UI_LANG_KEY, lang]);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html?tab=${otherTab}`);
    await expect(popup.getByTestId('not-article')).toBeVisible();
    const shown = await interfaceText(popup, lang);
    expect(shown.some((s) => s.where.includes('[not-article]'))).toBe(true);
    expect(foreignIn(lang, shown)).toEqual([]);
    await popup.close();
    await page.close();
  });
