/**
 * The views of the popup and the options page, each reached as a person reaches it (tabs,
 * buttons, the file picker), for the accessibility and reflow tests to check one by one.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { translate, UI_LANG_KEY, type UiLang } from '../../lib/ui/i18n';
import { REFERENCE_INTRO_KEY } from '../../lib/kb/prior-records';

export type ViewName = 'this page' | 'history' | 'timeline' | 'actor view' | 'edit form' | 'import preview' | 'options' | 'history tab';
export const VIEWS: ViewName[] = ['this page', 'history', 'timeline', 'actor view', 'edit form', 'import preview', 'options', 'history tab'];

/** A small history file of one contact no shipped record holds, for the import preview. */
export function importableFile(): string {
  const file = join(tmpdir(), `kontakty-a11y-import-${process.pid}.json`);
  const contact = {
    key: 'a11y-test-lavrov-rubio-2025-03-03', sides: ['RU', 'US'], confirmed: false, edited: false,
    participants: ['sergey-lavrov', 'marco-rubio'],
    parties: [{ actorId: 'sergey-lavrov', side: 'RU', text: 'Лавров' }, { actorId: 'marco-rubio', side: 'US', text: 'Рубіо' }],
    type: 'phone_call', status: 'happened', date: '2025-03-03', endDate: null, datePrecision: 'day', place: null, confidence: 0.9,
    sources: [{
      url: 'https://example.org/a11y-test', title: 'A test report', site: 'example.org', lang: 'uk', published: '2025-03-03T10:00:00Z', seen: '2025-03-03T10:00:00Z',
      evidence: { start: 0, end: 30, exact: 'Лавров і Рубіо провели розмову', prefix: '', suffix: '' }, reportedBy: [],
    }],
    firstSeen: '2025-03-03T10:00:00Z', lastSeen: '2025-03-03T10:00:00Z',
  };
  writeFileSync(file, JSON.stringify({ format: 'kontakty-history', version: 1, exported: '2025-03-04T00:00:00Z', contacts: [contact] }));
  return file;
}

/**
 * Opens a view on a new page and waits until it is drawn. `pageTab` is the id of a tab showing
 * an article (the popup's "this page" reads it); `extId` the extension's id.
 */
export async function openView(context: BrowserContext, extId: string, view: ViewName, pageTab: number, opts: { width?: number; colorScheme?: 'light' | 'dark'; lang?: UiLang } = {}): Promise<Page> {
  const lang = opts.lang ?? 'en';
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  // The interface language, as the popup's picker stores it (the options page follows it too).
  const sw = context.serviceWorkers()[0]!;
  await sw.evaluate(([key, value]) => chrome.storage.local.set({ [key!]: value }), [UI_LANG_KEY, lang]);
  const page = await context.newPage();
  if (opts.width) await page.setViewportSize({ width: opts.width, height: 640 });
  if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
  if (view === 'options') {
    await page.goto(`chrome-extension://${extId}/options.html`);
    await expect(page.locator('[data-actor]').first()).toBeVisible();
    return page;
  }
  await page.goto(`chrome-extension://${extId}/popup.html?tab=${pageTab}`);
  if (view === 'this page') {
    await expect(page.getByTestId('page-panel').locator('li.contact').first()).toBeVisible();
    return page;
  }
  await page.getByRole('tab', { name: t('history') }).click();
  await expect(page.getByTestId('history-panel')).toHaveAttribute('data-index', 'ready');
  // The reference timeline's introduction, until dismissed, is part of the history as first met.
  if (!(await sw.evaluate(async (key) => (await chrome.storage.local.get(key))[key], REFERENCE_INTRO_KEY))) await expect(page.getByTestId('reference-intro')).toBeVisible();
  await expect(page.locator('li.contact').first()).toBeVisible();
  if (view === 'timeline') {
    await page.getByRole('button', { name: t('timeline'), exact: true }).click();
    await expect(page.getByTestId('timeline-dot').first()).toBeVisible();
  } else if (view === 'actor view') {
    await page.getByLabel(t('actor'), { exact: true }).selectOption('kirill-dmitriev');
    await expect(page.getByTestId('actor-summary')).toBeVisible();
  } else if (view === 'edit form') {
    await page.locator('li.contact').first().getByRole('button', { name: t('edit') }).click();
    await expect(page.locator('form.edit')).toBeVisible();
  } else if (view === 'history tab') {
    // Opened from the History's button, at its fullest: a row's details and a link's contacts open.
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: t('openInTab') }).click()]);
    await page.close();
    if (opts.width) await tab.setViewportSize({ width: opts.width, height: 640 });
    if (opts.colorScheme) await tab.emulateMedia({ colorScheme: opts.colorScheme });
    await expect(tab.getByTestId('history-tab')).toHaveAttribute('data-index', 'ready');
    await expect(tab.getByTestId('network')).toHaveAttribute('data-layout', 'done');
    await tab.locator('tbody tr').first().focus();
    await tab.keyboard.press('Enter');
    await expect(tab.getByTestId('details').locator('li.contact')).toBeVisible();
    await tab.getByTestId('network-list').locator('summary').click();
    await tab.getByTestId('network-list').locator('[data-edge]').first().click();
    await expect(tab.getByTestId('edge-contacts').locator('li.contact').first()).toBeVisible();
    return tab;
  } else if (view === 'import preview') {
    await page.getByTestId('import-file').setInputFiles(importableFile());
    await expect(page.getByTestId('import-preview').getByRole('button', { name: t('importConfirm'), exact: true })).toBeFocused();
  }
  return page;
}
