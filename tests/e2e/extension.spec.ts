import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { extensionId, launchWithExtension, recordMutations, samplePages, servePages, siteBaselines, waitForDecision, type PageServer, type SamplePage } from '../../scripts/harness';
import { pointOnHighlight } from './highlights';
import { expectPublishingExports, type ExportedContact } from './publish-exports';
import { UI_LANG_KEY } from '../../lib/ui/i18n';

type Expected = { isArticle: boolean; kind?: string; posts?: number; bodyStartsWith?: string; mustNotContain?: string[] };
const expectedOf = (p: SamplePage) => JSON.parse(readFileSync(join(p.dir, p.file.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
/** The interface language, as the popup's picker stores it; null: the browser's. Hover cards speak it. */
const setUiLang = (lang: 'en' | 'uk' | 'ru' | null) =>
  context.serviceWorkers()[0]!.evaluate(([k, v]) => (v ? chrome.storage.local.set({ [k!]: v }) : chrome.storage.local.remove(k!)), [UI_LANG_KEY, lang] as const);
const HIGHLIGHTS = ['kontakty-person', 'kontakty-institution', 'kontakty-event', 'kontakty-contact'];

let server: PageServer;
let context: BrowserContext;
let extId: string;

test.beforeAll(async () => {
  server = await servePages();
  context = await launchWithExtension();
  extId = await extensionId(context);
  // Record every change to any page's DOM from the very start: the extension must cause none.
  await recordMutations(context);
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

const articles = samplePages().filter((p) => expectedOf(p).isArticle);
/** Opens a sample page, waits for the extension's decision, and opens the popup for that tab. */
async function openWithPopup(p: SamplePage) {
  const page = await context.newPage();
  const url = server.urlOf(p);
  await page.goto(url);
  const { tabId } = await waitForDecision(context, url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  return { page, popup, url, tabId };
}

const isLive = (p: SamplePage) => expectedOf(p).kind === 'liveblog';
const others = samplePages().filter((p) => !expectedOf(p).isArticle && !isLive(p));
const liveBlogs = [...samplePages(), ...siteBaselines()].filter(isLive);
// The other sites' baselines, in real Chromium too: every one of them, they are cheap.
const siteArticles = siteBaselines().filter((p) => expectedOf(p).isArticle);
const siteOthers = siteBaselines().filter((p) => !expectedOf(p).isArticle && !isLive(p));

for (const p of liveBlogs) {
  test(`live blog ${p.file}: each post read on its own, names highlighted, page untouched`, async () => {
    const page = await context.newPage();
    const url = server.urlOf(p);
    await page.goto(url);
    const { summary } = await waitForDecision(context, url);
    expect(summary.reason).toMatch(new RegExp(`live blog of ${expectedOf(p).posts}`));
    await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0);
    expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);
    await page.close();
  });
}

for (const p of [...articles, ...siteArticles]) {
  test(`article ${p.file}: actors highlighted in the body only, page untouched`, async () => {
    const want = expectedOf(p);
    const page = await context.newPage();
    const url = server.urlOf(p);
    await page.goto(url);
    const { summary } = await waitForDecision(context, url);
    expect(summary.isArticle).toBe(true);
    await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0);
    const report = await page.evaluate(
      ({ bodyStart, furniture }) => {
        const texts: string[] = [];
        const misplaced: string[] = [];
        for (const name of ['kontakty-person', 'kontakty-institution']) {
          for (const r of CSS.highlights.get(name) ?? []) {
            const range = r as Range;
            texts.push(range.toString());
            // Walk up: reaching the headline or the article's own text first is fine; furniture first is not.
            for (let el = range.startContainer.parentElement; el; el = el.parentElement) {
              if (el.tagName === 'H1') break;
              const t = el.textContent ?? '';
              if (bodyStart && t.includes(bodyStart)) break;
              const bad = furniture.find((f) => t.includes(f));
              if (bad) {
                misplaced.push(`${range.toString()} (in a block with "${bad}")`);
                break;
              }
            }
          }
        }
        return { texts, misplaced, mutations: (window as unknown as { __mutations: number }).__mutations };
      },
      { bodyStart: want.bodyStartsWith?.trim().slice(0, 30) ?? '', furniture: want.mustNotContain ?? [] },
    );
    expect(report.texts.length).toBeGreaterThan(0);
    expect(report.misplaced).toEqual([]);
    expect(report.mutations).toBe(0);
    // The page still works: its own cookie button (the demo pages script one) still hides its banner.
    const accept = page.getByRole('button', { name: /Прийняти|Принять|Accept/ }).first();
    if (p.dir.endsWith('pages') && (await accept.count())) {
      await accept.click();
      await expect(accept).toBeHidden();
    }
    await page.close();
  });
}

for (const p of [...others, ...siteOthers]) {
  test(`not an article ${p.file}: nothing highlighted, nothing stored`, async () => {
    const page = await context.newPage();
    const url = server.urlOf(p);
    await page.goto(url);
    const { summary } = await waitForDecision(context, url);
    expect(summary.isArticle).toBe(false);
    const sizes = await page.evaluate((names) => names.map((n) => CSS.highlights.get(n)?.size ?? 0), HIGHLIGHTS);
    expect(sizes).toEqual([0, 0, 0, 0]);
    await page.close();
  });
}

test('popup: this page, the history with sources, and the JSON export', async () => {
  const page = await context.newPage();
  for (const a of articles) {
    await page.goto(server.urlOf(a));
    await waitForDecision(context, server.urlOf(a));
  }
  const p = articles.find((a) => a.seed?.startsWith('000'))!;
  const url = server.urlOf(p);
  await page.goto(url);
  const { tabId } = await waitForDecision(context, url);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  const panel = popup.getByTestId('page-panel');
  await expect(panel).toContainText('Vladimir Putin');
  await expect(panel.locator('li.contact[data-status="denied"]')).toContainText('Donald Trump');

  await popup.getByRole('tab', { name: 'History' }).click();
  await expect(popup.locator('li.contact').first()).toBeVisible();
  await popup.getByRole('searchbox').fill('трампа');
  await expect(popup.locator('li.contact[data-status="denied"]')).toHaveCount(1);
  await popup.getByRole('searchbox').fill('');
  // The reference timeline apart from what was read: every row it keeps wears the tag.
  await popup.getByText('Side, language, review, origin, confidence').click();
  await popup.getByLabel('Origin').selectOption('reference');
  await expect(popup.getByTestId('count')).toHaveText(/^(\d+) of \d+ contacts/);
  const rows = popup.locator('li.contact');
  await expect(rows.first()).toContainText('reference timeline');
  expect(await rows.filter({ hasNotText: 'reference timeline' }).count()).toBe(0);
  await popup.getByLabel('Origin').selectOption('');
  await popup.getByLabel('Status', { exact: true }).selectOption('denied');
  await expect(popup.locator('li.contact')).toHaveCount(await popup.locator('li.contact[data-status="denied"]').count());
  const [csv] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-csv').click()]);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  expect(csvText).toContain('Vladimir Putin; Donald Trump');
  expect(csvText).not.toMatch(/\r\n[^\r\n]*,happened,/);
  // The publishing exports hold what the filter shows, as the JSON export of the same view does.
  const [deniedJson] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
  const deniedContacts = (JSON.parse(readFileSync((await deniedJson.path())!, 'utf8')) as { contacts: ExportedContact[] }).contacts;
  expect(deniedContacts.length).toBe(Number((await popup.getByTestId('count').textContent())!.split(' ')[0]));
  expect(deniedContacts.every((c) => c.status === 'denied')).toBe(true);
  await expectPublishingExports(popup, deniedContacts);
  await popup.getByRole('button', { name: 'Clear' }).click();

  // The history starts with the shipped reference timeline, each contact with its public source.
  await popup.getByRole('searchbox').fill('Anchorage');
  const reference = popup.locator('li.contact', { hasText: 'reference timeline' }).first();
  await expect(reference).toContainText('Alaska');
  await expect(reference.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\//);
  await popup.getByRole('searchbox').fill('');

  // Correct a contact, delete one and undo: the history keeps the person's work.
  // The list is virtualised (and the history starts with the shipped reference timeline): the
  // count line tells how many contacts there are, not the rows drawn.
  const countLine = popup.getByTestId('count');
  await expect(countLine).toHaveText(/^(\d+) of \1 contacts$/);
  const count = Number((await countLine.textContent())!.split(' ')[0]);
  const first = popup.locator('li.contact').first();
  await first.getByRole('button', { name: 'Edit' }).click();
  await first.getByLabel('Place').fill('Geneva');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(popup.locator('li.contact').first()).toContainText('edited');
  await expect(popup.locator('li.contact').first()).toContainText('Geneva');
  await popup.locator('li.contact').nth(1).getByRole('button', { name: 'Delete' }).click();
  await expect(countLine).toHaveText(`${count - 1} of ${count - 1} contacts`);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(countLine).toHaveText(`${count} of ${count} contacts`);

  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
  expect(download.suggestedFilename()).toMatch(/^kontakty-history-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    format: string;
    contacts: { participants: string[]; status: string; sources: { url: string }[] }[];
  };
  expect(file.format).toBe('kontakty-history');
  const denied = file.contacts.find((c) => c.status === 'denied' && c.participants.includes('vladimir-putin') && c.participants.includes('donald-trump'));
  expect(denied?.sources.map((s) => s.url)).toContain(p.url);
  // Every article visited in this run left its contacts, each with its source.
  for (const a of articles) expect(file.contacts.some((c) => c.sources.some((s) => s.url === a.url)), a.file).toBe(true);
  // Pages that are not articles left nothing.
  for (const o of others) expect(file.contacts.some((c) => c.sources.some((s) => s.url === o.url || s.url === server.urlOf(o))), o.file).toBe(false);
  // Unfiltered: the whole history, the reference timeline's contacts among them.
  await expectPublishingExports(popup, file.contacts as (typeof file.contacts[number] & { date: string | null })[]);
});

test('hovering a highlighted name shows who it is and their role at the article date', async () => {
  // The card speaks the interface language: Russian here (the article's too); English below.
  await setUiLang('ru');
  const p = articles.find((a) => a.seed?.startsWith('004'))!;
  const page = await context.newPage();
  const url = server.urlOf(p);
  await page.goto(url);
  await waitForDecision(context, url);
  const box = await pointOnHighlight(page, 'kontakty-person', 'Салливан');
  await page.mouse.move(box.x, box.y);
  const card = page.locator('kontakty-card [role="tooltip"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Джейк Салливан');
  // On 7 November 2022 Sullivan was the national security adviser.
  await expect(card).toContainText(/безопасност/i);
  // Their latest contacts from the history, each linking to its first source: the article's report
  // of the WSJ back channel joins the reference timeline's record of it (sullivan-ushakov-patrushev-2022),
  // whose first source is the timeline's, so the link is to either.
  const sources = [p.url, 'https://babel.ua/en/news/86687-the-advisor-to-the-u-s-president-jake-sullivan-is-negotiating-with-putin-s-aides'];
  await expect(card.locator(sources.map((u) => `a[href="${u}"]`).join(', '))).toHaveCount(1);
  await expect(card).toContainText('Юрий Ушаков');
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();

  // Keyboard: focus on an element holding the name opens the card (the page makes the paragraph
  // focusable, as a link around a name would be); Escape closes it.
  // (An element whose first highlighted name is Sullivan's, so the card to expect is his.)
  const focused = await page.evaluate(() => {
    const all = ['kontakty-person', 'kontakty-institution'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])] as Range[]);
    for (const r of all) {
      if (!r.toString().includes('Салливан')) continue;
      const el = r.startContainer.parentElement!;
      if (all.some((o) => o !== r && el.contains(o.startContainer) && o.compareBoundaryPoints(Range.START_TO_START, r) < 0)) continue;
      el.tabIndex = 0;
      el.focus();
      return true;
    }
    return false;
  });
  expect(focused).toBe(true);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Салливан');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  // Touch: a tap on the name opens it, a tap elsewhere closes it.
  const tap = (x: number, y: number) =>
    page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)!.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', clientX: x, clientY: y, bubbles: true })), [x, y]);
  const at = await page.evaluate(async () => {
    for (const r of CSS.highlights.get('kontakty-person')!) {
      if (!(r as Range).toString().includes('Салливан')) continue;
      (r as Range).startContainer.parentElement!.scrollIntoView({ block: 'center' });
      // The scroll event comes a frame later and closes any card (the pointer is no longer over
      // its name): tap after it, as a person does, not before.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const rect = (r as Range).getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  });
  await tap(at!.x, at!.y);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Джейк Салливан');
  await tap(5, 5);
  await expect(card).toBeHidden();

  // In an English interface the same name's card is in English, on the same Russian page.
  await setUiLang('en');
  await page.reload();
  await waitForDecision(context, url);
  const again = await pointOnHighlight(page, 'kontakty-person', 'Салливан');
  await page.mouse.move(again.x, again.y);
  await expect(card).toContainText('Jake Sullivan');
  await expect(card).toContainText('Yuri Ushakov');
  await setUiLang(null);
  await page.close();
});

test('an earlier event the article refers to opens its card: when, where, who, and its sources from the history', async () => {
  const p = articles.find((a) => a.file.startsWith('nenka-ssha-ta-rosiya-provely-tayemni'))!;
  await setUiLang('uk');
  const page = await context.newPage();
  const url = server.urlOf(p);
  await page.goto(url);
  await waitForDecision(context, url);
  const box = await pointOnHighlight(page, 'kontakty-event', 'Швейцарії', 4);
  await page.mouse.move(box.x, box.y);
  const card = page.locator('kontakty-card [role="tooltip"]');
  await expect(card).toBeVisible();
  // In the interface language (Ukrainian here), with the reference timeline's record and its public source.
  await expect(card).toContainText('Неофіційні зустрічі представників США і Росії у Швейцарії');
  await expect(card).toContainText('11.2024 – 02.2025 · Швейцарія');
  await expect(card.locator('a[href="https://www.pravda.com.ua/eng/news/2025/02/21/7499386/"]')).toHaveCount(1);
  await setUiLang(null);
  await page.close();
});

test('turning Kontakty off for a site clears its highlights at once and keeps it off on reload', async () => {
  const p = articles.find((a) => a.seed?.startsWith('003'))!;
  const page = await context.newPage();
  const url = server.urlOf(p);
  await page.goto(url);
  const { tabId } = await waitForDecision(context, url);
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  const toggle = popup.getByTestId('site-toggle');
  await expect(popup.getByText(`On for ${new URL(p.url).hostname.replace(/^www\./, '')}`)).toBeVisible();
  await toggle.uncheck();
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) === 0);
  await page.reload();
  await expect.poll(async () => (await waitForDecision(context, url)).summary.skipped).toBe(true);
  expect(await page.evaluate(() => CSS.highlights.get('kontakty-person')?.size ?? 0)).toBe(0);

  await popup.reload();
  await popup.getByTestId('site-toggle').check();
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0);
  await popup.close();
  await page.close();
});

test('names are tinted by side, and the popup switch hides and shows them', async () => {
  const p = articles.find((a) => a.seed?.startsWith('003'))!;
  const page = await context.newPage();
  const url = server.urlOf(p);
  await page.goto(url);
  const { tabId } = await waitForDecision(context, url);
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0);
  const sides = await page.evaluate(() => Object.fromEntries(['us', 'ru', 'ua', 'other'].map((s) => [s, [...(CSS.highlights.get(`kontakty-side-${s}`) ?? [])].map((r) => (r as Range).toString())])));
  expect(sides.us).toEqual(expect.arrayContaining(['Джо Байден', 'Ентоні Блінкен']));
  expect(sides.ru).toEqual(expect.arrayContaining(['Володимиром Путіним', 'Кремля']));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('highlights-toggle').uncheck();
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) === 0);
  await popup.getByTestId('highlights-toggle').check();
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0);
  await popup.close();
  await page.close();
});

type Contact = { participants: ({ actorId: string | null } | string)[]; type: string; status: string; date: string | null; place: string | null };
const contactFacts = (c: Contact) => ({
  participants: c.participants.map((x) => (typeof x === 'string' ? x : x.actorId)).sort(),
  type: c.type,
  status: c.status,
  date: c.date,
  place: c.place,
});

test('the page highlights the same names, and finds the same article, metadata and contacts, as the command-line annotator', async () => {
  for (const p of [...articles, ...siteArticles.slice(0, 4)]) {
    const page = await context.newPage();
    const url = server.urlOf(p);
    await page.goto(url);
    const { summary } = await waitForDecision(context, url);
    await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) + (CSS.highlights.get('kontakty-institution')?.size ?? 0) > 0);
    const painted = await page.evaluate(() =>
      ['kontakty-person', 'kontakty-institution'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString().replace(/\s+/g, ' '))).sort(),
    );
    // The real command line, as a researcher runs it on the saved page.
    const out = execFileSync('npx', ['tsx', 'scripts/annotate.ts', '--url', p.url, join(p.dir, p.file)], { encoding: 'utf8' });
    const cli = JSON.parse(out) as { isArticle: boolean; lang: string; title: string; published: string | null; text: string; actors: { kind: string; mentions: { start: number; end: number }[] }[]; contacts: Contact[] };
    const found = cli.actors.filter((a) => a.kind !== 'media').flatMap((a) => a.mentions.map((m) => cli.text.slice(m.start, m.end).replace(/\s+/g, ' '))).sort();
    expect(painted, p.file).toEqual(found);
    // The same article, metadata and contacts as the extension read and stored.
    const s = summary as { isArticle: boolean; lang: string; title: string; published: string | null; contacts: Contact[] };
    expect({ isArticle: s.isArticle, lang: s.lang, title: s.title, published: s.published }, p.file).toEqual({ isArticle: cli.isArticle, lang: cli.lang, title: cli.title, published: cli.published });
    expect(s.contacts.map(contactFacts), p.file).toEqual(cli.contacts.map(contactFacts));
    await page.close();
  }
});

test('the popup speaks Ukrainian and Russian, and remembers the choice', async () => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.getByLabel('Language').selectOption('uk');
  await popup.getByRole('tab', { name: 'Історія' }).click();
  await expect(popup.locator('li.contact[data-status="denied"]').first()).toContainText('Спростований');
  await expect(popup.locator('li.contact[data-status="denied"]').first()).toContainText('Володимир Путін');
  await popup.reload();
  await expect(popup.getByRole('tab', { name: 'Історія' })).toBeVisible();
  await popup.getByLabel('Мова').selectOption('ru');
  await expect(popup.getByRole('tab', { name: 'История' })).toBeVisible();
  await popup.getByLabel('Язык').selectOption('en');
  await popup.close();
});

test('an actor chip in the popup opens their card: role at the article date, Wikidata, latest contacts with their articles', async () => {
  const p = articles.find((a) => a.seed?.startsWith('000'))!;
  const { popup } = await openWithPopup(p);
  const chip = popup.getByTestId('page-panel').getByRole('button', { name: /Vladimir Putin/ });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-expanded', 'true');
  const card = popup.getByTestId('actor-card');
  await expect(card).toContainText('President of Russia');
  await expect(card.getByRole('link', { name: /Wikidata Q7747/ })).toHaveAttribute('href', 'https://www.wikidata.org/wiki/Q7747');
  // The latest contacts in the history (the reference timeline's among them), each linked to its source.
  await expect(card.locator('.recent li')).toHaveCount(5);
  expect(await card.locator('.recent a').evaluateAll((as) => as.every((a) => /^https?:\/\//.test((a as HTMLAnchorElement).href)))).toBe(true);
  await chip.click();
  await expect(card).toHaveCount(0);
  await popup.close();
});

test('every control in the popup has a name a screen reader can say, in each view', async () => {
  const p = articles.find((a) => a.seed?.startsWith('000'))!;
  const { popup } = await openWithPopup(p);
  const unnamed = () =>
    popup.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button, a[href], [role="button"], [tabindex]')]
        .filter((el) => {
          const e = el as HTMLInputElement;
          const name = e.labels?.length ? [...e.labels].map((l) => l.textContent).join('') : (e.getAttribute('aria-label') ?? e.getAttribute('title') ?? (e.type === 'hidden' || e.type === 'file' ? 'n/a' : e.textContent));
          return !name?.trim();
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
  await expect(popup.getByTestId('page-panel').locator('li.contact').first()).toBeVisible();
  await popup.getByTestId('page-panel').getByRole('button', { name: 'Edit' }).first().click();
  expect(await unnamed()).toEqual([]);
  await popup.getByRole('tab', { name: 'History' }).click();
  await popup.locator('li.contact').first().getByRole('button', { name: 'Edit' }).click();
  expect(await unnamed()).toEqual([]);
  await popup.getByRole('button', { name: 'Timeline', exact: true }).click();
  expect(await unnamed()).toEqual([]);
  await popup.close();
});

test('at a narrow popup width nothing runs off the side, in any view', async () => {
  const p = articles.find((a) => a.seed?.startsWith('004'))!;
  const { popup } = await openWithPopup(p);
  // The popup's own minimum width (body min-width), the narrowest it is drawn at.
  await popup.setViewportSize({ width: 380, height: 600 });
  // Elements wider than the popup, or reaching past its right edge.
  const overflow = () =>
    popup.evaluate(() => {
      const w = document.documentElement.clientWidth;
      const out = [...document.querySelectorAll('body *')]
        .filter((el) => {
          // Inside a scroller of its own (the timeline) is where wide content belongs.
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.right > w + 1;
        })
        .map((el) => `${el.tagName.toLowerCase()}[${el.getAttribute('aria-label') ?? ''}]`);
      return { scroll: document.documentElement.scrollWidth - w, out: out.slice(0, 5) };
    });
  await expect(popup.getByTestId('page-panel').locator('li.contact').first()).toBeVisible();
  expect(await overflow()).toEqual({ scroll: 0, out: [] });
  await popup.getByRole('tab', { name: 'History' }).click();
  await popup.locator('li.contact').first().getByRole('button', { name: 'Edit' }).click();
  expect(await overflow()).toEqual({ scroll: 0, out: [] });
  await popup.getByRole('button', { name: 'Timeline', exact: true }).click();
  expect(await overflow()).toEqual({ scroll: 0, out: [] });
  await popup.close();
});

test('the timeline shows contacts by month and a dot opens its contact', async () => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.getByRole('tab', { name: 'History' }).click();
  await popup.getByRole('button', { name: 'Timeline', exact: true }).click();
  const dots = popup.getByTestId('timeline-dot');
  expect(await dots.count()).toBeGreaterThan(3);
  await dots.first().click();
  await expect(popup.locator('li.contact')).toHaveCount(1);
  await popup.close();
});

test('an actor view: one person’s contacts over time and their counterparts', async () => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.getByRole('tab', { name: 'History' }).click();
  await popup.getByLabel('Actor').selectOption('kirill-dmitriev');
  const summary = popup.getByTestId('actor-summary');
  await expect(summary).toContainText('Kirill Dmitriev');
  await expect(summary).toContainText('Steve Witkoff');
  const rows = popup.locator('li.contact');
  for (const row of await rows.all()) await expect(row).toContainText('Kirill Dmitriev');
  // A counterpart opens their own view.
  await summary.getByRole('button', { name: /Steve Witkoff/ }).click();
  await expect(popup.getByTestId('actor-summary')).toContainText('Steve Witkoff');
  await popup.close();
});

test('confirm, correct or reject a contact in place, from the page it was read on; a rejection outlives a reload', async () => {
  // A page no other test edits contacts of.
  const p = siteArticles.find((a) => a.file.startsWith('interfax'))!;
  const { page, popup, url, tabId } = await openWithPopup(p);
  const panel = popup.getByTestId('page-panel');
  const items = panel.locator('li.contact');
  expect(await items.count()).toBeGreaterThan(0);
  // The article's own (canonical) URL, as its contacts' source names it.
  const source = (await waitForDecision(context, url)).summary.url;
  // The records this article is a source of, read from the database itself.
  const reportsOf = () =>
    popup.evaluate(
      (u) =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('kontakty');
          open.onsuccess = () => {
            const req = open.result.transaction('contacts').objectStore('contacts').getAll();
            req.onsuccess = () => {
              resolve((req.result as { sources: { url: string }[] }[]).filter((r) => r.sources.some((s) => s.url === u)).length);
              open.result.close();
            };
          };
        }),
      source,
    );
  const before = await reportsOf();
  expect(before).toBeGreaterThan(0);
  await items.first().getByRole('button', { name: 'Confirm' }).click();
  await expect(items.first()).toContainText('confirmed');
  await items.first().getByRole('button', { name: 'Edit' }).click();
  await items.first().getByLabel('Place').fill('Vienna');
  await items.first().getByRole('button', { name: 'Save' }).click();
  await expect(items.first()).toContainText('edited');
  await expect(items.first()).toContainText('Vienna');

  // Rejected and undone at once: the record comes back with its correction.
  await items.first().getByRole('button', { name: 'Reject' }).click();
  await expect(panel.getByTestId('rejected')).toContainText('Rejected');
  await expect.poll(reportsOf).toBe(before - 1);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(reportsOf).toBe(before);
  await expect(panel.locator('li.contact', { hasText: 'Vienna' })).toContainText('edited');

  // Rejected again, then the article read again (its page summary dropped first, to wait for the
  // new one): the rejected contact is not stored again, and the popup still shows it rejected.
  await panel.locator('li.contact', { hasText: 'Vienna' }).getByRole('button', { name: 'Reject' }).click();
  await expect.poll(reportsOf).toBe(before - 1);
  const sw = context.serviceWorkers()[0]!;
  await sw.evaluate((k) => chrome.storage.session.remove(k), `page:${tabId}`);
  await page.reload();
  await waitForDecision(context, url);
  expect(await reportsOf()).toBe(before - 1);
  await popup.reload();
  await expect(panel.getByTestId('rejected')).toHaveCount(1);
  // Undone in a later visit, the page's own reading is stored again.
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByTestId('rejected')).toHaveCount(0);
  await expect.poll(reportsOf).toBe(before);
  await popup.close();
  await page.close();
});

test('one contact reported by two articles is one record with both sources', async () => {
  const both = siteArticles.filter((a) => a.file.startsWith('eurointegration-riyadh') || a.file.startsWith('kommersant-er-riyad'));
  expect(both).toHaveLength(2);
  const page = await context.newPage();
  for (const p of both) {
    await page.goto(server.urlOf(p));
    await waitForDecision(context, server.urlOf(p));
  }
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.getByRole('tab', { name: 'History' }).click();
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { contacts: { participants: string[]; date: string | null; sources: { url: string }[] }[] };
  const riyadh = file.contacts.filter((c) => c.participants.includes('marco-rubio') && c.participants.includes('sergey-lavrov') && c.date === '2025-02-18');
  expect(riyadh).toHaveLength(1);
  expect(riyadh[0]!.sources.map((s) => s.url)).toEqual(expect.arrayContaining(both.map((p) => p.url)));
  await popup.close();
  await page.close();
});

test('the popup lists earlier contacts of the same parties, with their sources', async () => {
  const p = articles.find((a) => a.seed?.startsWith('003'))!;
  const { page, popup } = await openWithPopup(p);
  const related = popup.getByTestId('related-events');
  // A December 2021 Biden–Putin article: the Geneva summit of June 2021 (titled in the reader's language) is in, nothing after the article.
  await expect(related).toContainText('summit in Geneva');
  const dates = await related.locator('.muted').allTextContents();
  expect(dates.every((d) => d <= '2021-12-02')).toBe(true);
  await popup.close();
  await page.close();
});

test('a contact dated by its report reads "by" its day; a confidence threshold hides the less sure on this page and in the history', async () => {
  // The article reports talks under way with no day of their own (dated by the article, 10
  // February 2025) and a denied call.
  const p = articles.find((a) => a.file.startsWith('nenka-rosiya-i-ssha-vedut'))!;
  const { page, popup, url } = await openWithPopup(p);
  const panel = popup.getByTestId('page-panel');
  const talks = panel.locator('li.contact[data-type="negotiations"]');
  await expect(talks.locator('.date.by-report')).toHaveText('by 2025-02-10');
  await expect(panel.locator('li.contact')).toHaveCount(2);
  // A threshold the popup offers between the two contacts' confidences (the model decides them).
  const { summary } = await waitForDecision(context, url);
  const [low, high] = (summary.contacts as { confidence: number }[]).map((c) => c.confidence).sort((a, b) => a - b) as [number, number];
  const step = [0.5, 0.7, 0.9].find((s) => s > low && s <= high);
  expect(step, `no threshold between ${low} and ${high}`).toBeDefined();

  await popup.getByRole('tab', { name: 'History' }).click();
  // The article's title finds both its contacts in the history; the talks are dated by it there too.
  await popup.getByRole('searchbox').fill('Росія і США ведуть переговори');
  await expect(popup.locator('li.contact')).toHaveCount(2);
  await expect(popup.locator('li.contact .date.by-report')).toHaveText('by 2025-02-10');
  // The threshold is chosen in the history and is a setting (which records it hides there, a
  // person's confirmed and corrected ones never, is tests/unit/date-basis.test.ts): this page's
  // list follows it, and says what it hides.
  await popup.getByText('Side, language, review, origin, confidence').click();
  await popup.getByLabel('Confidence').selectOption(String(step));
  await popup.getByRole('tab', { name: 'This page' }).click();
  await expect(panel.locator('li.contact')).toHaveCount(1);
  await expect(panel.locator('li.contact[data-status="denied"]')).toHaveCount(1);
  await expect(panel.getByTestId('hidden-below')).toContainText(`1 hidden below confidence ${step}`);
  await panel.getByRole('button', { name: 'Show all' }).click();
  await expect(panel.locator('li.contact')).toHaveCount(2);
  await popup.getByRole('tab', { name: 'History' }).click();
  await expect(popup.getByLabel('Confidence')).toHaveValue('0');
  await popup.close();
  await page.close();
});

test('the toolbar badge counts the contacts the page reports, and nothing on a page that is not an article', async () => {
  const sw = context.serviceWorkers()[0]!;
  const badge = (tabId: number) => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const p = articles.find((a) => a.file.startsWith('nenka-rosiya-i-ssha-vedut'))!;
  const page = await context.newPage();
  // An address no earlier tab had (earlier tests opened this page too; their summaries remain).
  const url = `${server.urlOf(p)}?badge`;
  await page.goto(url);
  const { tabId, summary } = await waitForDecision(context, url);
  const n = (summary.contacts as unknown[]).length;
  expect(n).toBeGreaterThan(0);
  await expect.poll(() => badge(tabId)).toBe(String(n));
  // The same tab on a page that is not an article: no count.
  const other = `${server.urlOf(others[0]!)}?badge`;
  await page.goto(other);
  expect((await waitForDecision(context, other)).tabId).toBe(tabId);
  await expect.poll(() => badge(tabId)).toBe('');
  await page.close();
});
