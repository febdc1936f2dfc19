import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { extensionId, historyCount, launchWithExtension, samplePages, servePages, waitForDecision, type PageServer } from '../../scripts/harness';
import { importableFile } from './popup-views';
import { translate } from '../../lib/ui/i18n';

// The popup used from the keyboard alone: Tab, Shift+Tab, the arrows, Home, End, Enter, Space
// and Escape. A test starts at the top of the popup and reaches each control with Tab, as a
// person does; after each action it checks where focus went.
let server: PageServer;
let context: BrowserContext;
let extId: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await servePages();
  context = await launchWithExtension();
  extId = await extensionId(context);
  const page = await context.newPage();
  for (const p of samplePages().filter((s) => s.kind === 'article')) {
    await page.goto(server.urlOf(p));
    await waitForDecision(context, server.urlOf(p));
  }
  await page.close();
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** Presses Tab until `target` has focus; fails when it is not reached in `max` presses. */
async function tabTo(page: Page, target: Locator, max = 120): Promise<number> {
  for (let n = 0; n <= max; n++) {
    if (await target.evaluate((el) => el === document.activeElement)) return n;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached with ${max} Tabs: ${await target.evaluate((el) => el.outerHTML.slice(0, 120))}`);
}
const focused = (page: Page) => page.locator(':focus');

/**
 * Presses Enter on the focused Import… button and gives the file to the picker it opened. The
 * browser's own file dialog is outside the page (and Playwright's interception of it proved
 * racy in headless Chromium), so the test checks that Enter opened the picker (a click on the
 * file input) and then sets the file on that input, as choosing it in the dialog does.
 */
async function chooseFileWithEnter(page: Page, file: string): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pickerOpened: number };
    w.__pickerOpened = 0;
    document.querySelector('[data-testid="import-file"]')!.addEventListener('click', () => w.__pickerOpened++, { once: true });
  });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __pickerOpened: number }).__pickerOpened)).toBe(1);
  await page.getByTestId('import-file').setInputFiles(file);
}


async function popupOnHistory(): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.keyboard.press('Tab');
  await expect(focused(popup)).toHaveAttribute('role', 'tab');
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByTestId('history-panel')).toHaveAttribute('data-index', 'ready');
  return popup;
}

test('the tab list: arrows, Home and End move and select; each tab controls its panel', async () => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.keyboard.press('Tab');
  const page = popup.getByRole('tab', { name: 'This page' });
  const history = popup.getByRole('tab', { name: 'History' });
  await expect(page).toBeFocused();
  await expect(page).toHaveAttribute('aria-selected', 'true');
  // Only the selected tab is in the tab order.
  await expect(history).toHaveAttribute('tabindex', '-1');
  for (const [key, tab, other] of [['ArrowRight', history, page], ['ArrowLeft', page, history], ['End', history, page], ['Home', page, history], ['ArrowLeft', history, page]] as const) {
    await popup.keyboard.press(key);
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(other).toHaveAttribute('aria-selected', 'false');
    const panel = popup.locator(`#${await tab.getAttribute('aria-controls')}`);
    await expect(panel).toHaveAttribute('role', 'tabpanel');
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAttribute('aria-labelledby', (await tab.getAttribute('id'))!);
  }
  await expect(popup.getByTestId('history-panel')).toBeVisible();
  await popup.close();
});

test('delete and undo: focus goes to Undo, then back to the restored row', async () => {
  const popup = await popupOnHistory();
  const count = popup.getByTestId('count');
  const total = await historyCount(context);
  await expect(count).toHaveText(`${total} of ${total} contacts`);
  const row = popup.locator('li.contact').nth(1);
  const id = await row.getAttribute('data-id');
  await tabTo(popup, row.getByRole('button', { name: 'Delete' }));
  await popup.keyboard.press('Enter');
  await expect(count).toHaveText(`${total - 1} of ${total - 1} contacts`);
  await expect(popup.getByRole('button', { name: 'Undo' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(count).toHaveText(`${total} of ${total} contacts`);
  await expect(popup.locator(`li.contact[data-id="${id}"]`)).toBeFocused();
  await popup.close();
});

test('edit and save: the form takes focus, Enter saves, focus lands on the saved row; Cancel and Escape go back to Edit', async () => {
  const popup = await popupOnHistory();
  const row = popup.locator('li.contact').first();
  const id = await row.getAttribute('data-id');
  const edit = row.getByRole('button', { name: 'Edit' });
  await tabTo(popup, edit);
  await popup.keyboard.press('Enter');
  // The form's first field has focus; the place is three Tabs on (status, kind, date, place).
  await expect(row.getByLabel('Status')).toBeFocused();
  await tabTo(popup, row.getByLabel('Place'), 3);
  await popup.keyboard.press('Control+A');
  await popup.keyboard.type('Vilnius');
  await popup.keyboard.press('Enter');
  const saved = popup.locator(`li.contact[data-id="${id}"]`);
  await expect(saved).toContainText('Vilnius');
  await expect(saved).toContainText('edited');
  await expect(saved).toBeFocused();

  // Cancel: nothing saved, focus back on Edit.
  await tabTo(popup, edit);
  await popup.keyboard.press('Enter');
  await popup.keyboard.type('x');
  await tabTo(popup, row.getByRole('button', { name: 'Cancel' }), 6);
  await popup.keyboard.press('Enter');
  await expect(row.locator('form.edit')).toHaveCount(0);
  await expect(edit).toBeFocused();
  // Escape does the same from any field.
  await popup.keyboard.press('Enter');
  await expect(row.getByLabel('Status')).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(row.locator('form.edit')).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(saved).toContainText('Vilnius');
  await popup.close();
});

test('import: choosing a file puts focus on the preview’s Import; Enter imports and focus goes to the result; Cancel goes back', async () => {
  const popup = await popupOnHistory();
  const before = await historyCount(context);
  const importButton = popup.getByRole('button', { name: 'Import…' });
  // Cancel first: focus returns to Import….
  await tabTo(popup, importButton);
  await chooseFileWithEnter(popup, importableFile());
  await expect(popup.getByTestId('import-preview').getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByTestId('import-preview').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('import-preview')).toHaveCount(0);
  await expect(importButton).toBeFocused();
  expect(await historyCount(context)).toBe(before);

  await chooseFileWithEnter(popup, importableFile());
  await expect(popup.getByTestId('import-preview')).toContainText('1 new');
  // Enter only once focus has moved to the preview's Import (it follows the preview's drawing).
  await expect(popup.getByTestId('import-preview').getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('notice')).toBeFocused();
  await expect(popup.getByTestId('notice')).toContainText('Imported: 1 new');
  expect(await historyCount(context)).toBe(before + 1);
  await popup.close();
});

test('the timeline: one labelled point in the tab order, 24 px targets, arrows, Home and End move, Enter opens the contact and focus goes to it', async () => {
  const popup = await popupOnHistory();
  await tabTo(popup, popup.getByRole('button', { name: 'Timeline', exact: true }));
  await popup.keyboard.press('Enter');
  const points = popup.getByTestId('timeline-dot');
  const n = await points.count();
  expect(n).toBeGreaterThan(10);
  // Tab enters the timeline on its first point, and the next Tab leaves it.
  await tabTo(popup, points.first(), 5);
  const labels = await points.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  // Month, parties, kind and status: "March 2025: Sergey Lavrov, Marco Rubio. Phone call, Happened".
  for (const l of labels) expect(l).toMatch(/^[A-Z][a-z]+ \d{4}: .+\. (Meeting|Phone call|Video call|Negotiations|Consultations|Visit|Back channel|Contact), (Happened|Planned|Called off \/ postponed|Denied|Unclear)$/);
  expect(await points.evaluateAll((els) => els.filter((el) => el.getAttribute('tabindex') === '0').length)).toBe(1);
  for (const el of await points.all()) {
    const box = (await el.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  }
  await popup.keyboard.press('ArrowRight');
  await expect(points.nth(1)).toBeFocused();
  await popup.keyboard.press('ArrowLeft');
  await expect(points.nth(0)).toBeFocused();
  await popup.keyboard.press('End');
  await expect(points.nth(n - 1)).toBeFocused();
  await popup.keyboard.press('ArrowRight');
  await expect(points.nth(0)).toBeFocused();
  await popup.keyboard.press('Home');
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowDown');
  await expect(points.nth(2)).toBeFocused();
  // The focused point stays in view inside the sideways-scrolling chart.
  await popup.keyboard.press('End');
  await expect(points.nth(n - 1)).toBeInViewport();
  await popup.keyboard.press('Tab');
  expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null)).not.toBe('timeline-dot');
  await popup.keyboard.press('Shift+Tab');
  await expect(points.nth(n - 1)).toBeFocused();
  const label = (await points.nth(n - 1).getAttribute('aria-label'))!;
  await popup.keyboard.press('Enter');
  const rows = popup.locator('li.contact');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toBeFocused();
  // It is the contact the point named: its kind and status.
  const [, kind, status] = /\. (.+), (.+)$/.exec(label)!;
  await expect(rows.first().locator('.facts')).toContainText(kind!);
  await expect(rows.first().locator('.badge')).toHaveText(status!);
  await popup.close();
});

test('an import the file refuses says why in the reader’s language, and the message takes focus', async () => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.getByLabel('Language').selectOption('uk');
  await popup.getByRole('tab', { name: 'Історія' }).click();
  const empty = join(tmpdir(), `kontakty-empty-${process.pid}.json`);
  writeFileSync(empty, '');
  await tabTo(popup, popup.getByRole('button', { name: 'Імпорт…' }));
  await chooseFileWithEnter(popup, empty);
  await expect(popup.getByTestId('notice')).toBeFocused();
  await expect(popup.getByTestId('notice')).toHaveText(translate('uk', 'optErrEmpty'));
  await popup.getByLabel('Мова', { exact: true }).selectOption('en');
  await popup.close();
});
