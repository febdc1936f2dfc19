import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionId, launchWithExtension, samplePages, servePages, waitForDecision, type PageServer } from '../../scripts/harness';

// The page's highlighted names reached without a mouse: the keyboard commands go to the next or
// previous name (or earlier event) in reading order, scroll it into view and open its card; a
// card that holds links is then a dialog that takes focus, keeps Tab inside and gives focus back
// on Escape. The page's own DOM is never changed.
//
// A browser's own shortcut (Alt+Shift+. and Alt+Shift+,) cannot be pressed from Playwright: the
// browser, not the page, catches it. Each step runs the command from the service worker through
// runCommand (lib/ext/commands.ts), the function the commands.onCommand listener calls with the
// shortcut's name and tab: from there on it is the path a pressed shortcut takes.
let server: PageServer;
let context: BrowserContext;
let sw: Worker;
let page: Page;
let tabId: number;
let bodyBefore: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await servePages();
  context = await launchWithExtension();
  await extensionId(context);
  sw = context.serviceWorkers()[0]!;
  // Sullivan's back channel (krymr, Russian): names, institutions and an earlier event, some of
  // whose cards list contacts from the history (links) and some not.
  const article = samplePages().find((p) => p.seed?.startsWith('004'))!;
  page = await context.newPage();
  await page.goto(server.urlOf(article));
  tabId = (await waitForDecision(context, server.urlOf(article))).tabId;
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0);
  bodyBefore = await page.evaluate(() => document.body.innerHTML);
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** Runs a keyboard command as the shortcut's listener does; resolves to the page's reply. */
const command = (name: 'next-name' | 'previous-name') =>
  sw.evaluate(([c, id]) => (globalThis as unknown as { kontaktyRunCommand: (c: string, t: { id: number }) => Promise<unknown> }).kontaktyRunCommand(c, { id }), [name, tabId] as const);

/**
 * Which painted names the card stands at now, as indexes into the names in reading order (the
 * drawn ones: names, then earlier events where both start at one point), and whether that name
 * is fully on screen. The card is placed below its name (or above it near the viewport's
 * bottom), its left edge at the name's unless pulled in from the right edge.
 */
const cardAt = (p: Page) =>
  p.evaluate(() => {
    const ranges = ['kontakty-person', 'kontakty-institution', 'kontakty-event']
      .flatMap((n) => [...(CSS.highlights.get(n) ?? [])] as Range[])
      .map((r, i) => ({ r, i }))
      .sort((a, b) => a.r.compareBoundaryPoints(Range.START_TO_START, b.r) || a.i - b.i)
      .map((x) => x.r)
      .filter((r) => r.getClientRects().length > 0);
    const host = document.querySelector('kontakty-card') as HTMLElement | null;
    const box = host?.shadowRoot?.querySelector('.c')?.getBoundingClientRect();
    const at: number[] = [];
    let inView = false;
    if (box && host!.style.display !== 'none')
      ranges.forEach((range, i) => {
        const r = range.getClientRects()[0]!;
        const left = Math.max(4, Math.min(r.left, innerWidth - box.width - 4));
        const below = Math.abs(box.top - (r.bottom + 6)) <= 1;
        const above = Math.abs(box.top - Math.max(4, r.top - box.height - 6)) <= 1;
        if (Math.abs(box.left - left) <= 1 && (below || above)) {
          at.push(i);
          inView ||= r.top >= 0 && r.bottom <= innerHeight;
        }
      });
    return { count: ranges.length, at, inView, role: host?.shadowRoot?.querySelector('.c')?.getAttribute('role') ?? null };
  });

/** Where focus is: the card's own element (inside its shadow root) or the page's. */
const focus = (p: Page) =>
  p.evaluate(() => {
    const host = document.querySelector('kontakty-card');
    const inner = host?.shadowRoot?.activeElement ?? null;
    const items = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll('a[href], button:not([hidden])')] : [];
    return { inCard: document.activeElement === host && !!inner, index: inner ? items.indexOf(inner) : -1, items: items.length, onBody: document.activeElement === document.body };
  });

test('next and previous go through the names in reading order, each scrolled into view with its card, wrapping round', async () => {
  await page.evaluate(() => scrollTo(0, 0));
  const { count } = await cardAt(page);
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    expect(await command('next-name')).toBe(true);
    const now = await cardAt(page);
    expect(now.at, `step ${i + 1} of ${count}`).toContain(i);
    expect(now.inView, `step ${i + 1}`).toBe(true);
    // A card with links is a dialog with focus in it; one without stays a tooltip and takes none.
    if (now.role === 'dialog') expect((await focus(page)).inCard).toBe(true);
    else expect(now.role).toBe('tooltip');
  }
  // Past the last name: the first again; and back from the first: the last.
  await command('next-name');
  expect((await cardAt(page)).at).toContain(0);
  await command('previous-name');
  expect((await cardAt(page)).at).toContain(count - 1);
  await command('previous-name');
  expect((await cardAt(page)).at).toContain(count - 2);
  await page.keyboard.press('Escape');
  await expect(page.locator('kontakty-card')).toBeHidden();
});

/** Steps forward until a card opens as a dialog; fails when none does in a round of the page. */
async function walkToDialog(): Promise<void> {
  const { count } = await cardAt(page);
  for (let n = 0; n < count; n++) {
    await command('next-name');
    if ((await cardAt(page)).role === 'dialog') return;
  }
  throw new Error('no card with links on the page');
}

test('a card with links opens as a labelled dialog with focus inside; Tab stays in it; Escape closes it and focus goes back to where it was', async () => {
  await page.evaluate(() => scrollTo(0, 0));
  // Focus on one of the page's own links first (its site logo), as a keyboard reader's would be.
  await page.evaluate(() => (document.querySelector('a[href]') as HTMLElement).focus());
  const pageLink = () => page.evaluate(() => document.activeElement === document.querySelector('a[href]'));
  expect(await pageLink()).toBe(true);
  await walkToDialog();
  const dialog = page.locator('kontakty-card [role="dialog"]');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  // Named by the name it is about.
  const name = await dialog.locator('.n').textContent();
  expect(name?.trim()).toBeTruthy();
  await expect(dialog).toHaveAccessibleName(name!);
  // Focus is on its first link; Tab goes round its links and close button and never leaves it.
  let f = await focus(page);
  expect(f).toMatchObject({ inCard: true, index: 0 });
  expect(f.items).toBeGreaterThanOrEqual(2);
  for (let n = 1; n <= f.items; n++) {
    await page.keyboard.press('Tab');
    expect(await focus(page)).toMatchObject({ inCard: true, index: n % f.items });
  }
  await page.keyboard.press('Shift+Tab');
  f = await focus(page);
  expect(f).toMatchObject({ inCard: true, index: f.items - 1 });
  await expect(dialog.getByRole('button')).toHaveAccessibleName('Close');
  // Escape closes it and focus is back on the page's link.
  await page.keyboard.press('Escape');
  await expect(page.locator('kontakty-card')).toBeHidden();
  expect(await pageLink()).toBe(true);

  // The close button does the same from the keyboard.
  await walkToDialog();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('kontakty-card')).toBeHidden();
  expect(await pageLink()).toBe(true);

  // With nothing focused on the page, focus goes back to the page itself (the body).
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  expect((await focus(page)).onBody).toBe(true);
  await walkToDialog();
  expect((await focus(page)).inCard).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('kontakty-card')).toBeHidden();
  expect(await focus(page)).toMatchObject({ inCard: false, onBody: true });
});

test('the open dialog passes axe-core (WCAG 2.1 A and AA), light and dark', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await walkToDialog();
    // The card alone: the sample page's own markup is not the extension's to answer for.
    const result = await new AxeBuilder({ page }).include('kontakty-card').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.failureSummary).join(' | ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('kontakty-card')).toBeHidden();
  }
  await page.emulateMedia({ colorScheme: null });
});

test('hovering a name with the mouse still shows a tooltip, which takes no focus', async () => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const point = await page.evaluate(() => {
    for (const r of CSS.highlights.get('kontakty-person') ?? []) {
      const range = r as Range;
      if (!range.toString().includes('Салливан')) continue;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 4, y: rect.top + rect.height / 2 };
    }
    return null;
  });
  await page.mouse.move(point!.x, point!.y);
  await expect(page.locator('kontakty-card [role="tooltip"]')).toBeVisible();
  await expect(page.locator('kontakty-card [role="tooltip"] a').first()).toBeVisible();
  expect((await focus(page)).onBody).toBe(true);
  await page.mouse.move(5, 5);
  await expect(page.locator('kontakty-card')).toBeHidden();
});

test('the page’s DOM is as it was: walking, dialogs and focus changed nothing in it', async () => {
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
});
