import { expect, test } from '@playwright/test';
import { extensionId, launchWithExtension } from '../../scripts/harness';
import { translate } from '../../lib/ui/i18n';

// The history starts with the reference timeline shipped with the extension: the first time the
// reader opens the history, a notice says what those contacts are (how many, which years, read
// from what the history holds), in the reader's language; dismissed, it stays dismissed.
test('the reference timeline is introduced on first use, in the reader’s language, and stays dismissed', async () => {
  const context = await launchWithExtension();
  const extId = await extensionId(context);
  const sw = context.serviceWorkers()[0]!;
  // What the history holds of the shipped timeline: its records (marked `prior`) and their years.
  const held = await sw.evaluate(
    () =>
      new Promise<{ n: number; years: string[] }>((resolve, reject) => {
        const open = indexedDB.open('kontakty');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('contacts').objectStore('contacts').getAll();
          req.onsuccess = () => {
            open.result.close();
            const mine = (req.result as { prior?: string; date: string; endDate: string | null }[]).filter((r) => r.prior);
            resolve({ n: mine.length, years: mine.flatMap((r) => [r.date, r.endDate ?? r.date]).map((d) => d.slice(0, 4)).sort() });
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
  expect(held.n).toBeGreaterThan(50);
  const span = { n: held.n, from: held.years[0]!, to: held.years.at(-1)! };

  const openHistory = async (tabName: string) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html`);
    await popup.getByRole('tab', { name: tabName }).click();
    await expect(popup.getByTestId('history-panel')).toHaveAttribute('data-index', 'ready');
    return popup;
  };

  // In Ukrainian, as the reader chose.
  let popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.getByLabel('Language').selectOption('uk');
  await popup.getByRole('tab', { name: 'Історія' }).click();
  const intro = popup.getByTestId('reference-intro');
  await expect(intro).toContainText(translate('uk', 'referenceIntro', span));
  await expect(intro).toContainText(`${span.from}–${span.to}`);
  await popup.close();

  // Back in English: opened again, it is still there (it goes only when dismissed), with the
  // Timeline too. Dismissed from the keyboard, focus goes on to the search.
  popup = await openHistory('Історія');
  await popup.getByLabel('Мова', { exact: true }).selectOption('en');
  await expect(popup.getByTestId('reference-intro')).toHaveText(`${translate('en', 'referenceIntro', span)} Got it`);
  expect(translate('en', 'referenceIntro', span)).toContain(`${span.n} sourced US–Russia contacts, ${span.from}–${span.to}, shipped with Kontakty`);
  await popup.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(popup.getByTestId('timeline-dot').first()).toBeVisible();
  await expect(popup.getByTestId('reference-intro')).toBeVisible();
  await popup.getByRole('button', { name: 'Got it' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('reference-intro')).toHaveCount(0);
  await expect(popup.getByRole('searchbox', { name: 'Search the history' })).toBeFocused();
  await popup.close();

  // Not again: the popup opened anew, twice, shows the history without it.
  for (let i = 0; i < 2; i++) {
    popup = await openHistory('History');
    await expect(popup.locator('li.contact').first()).toBeVisible();
    await expect(popup.getByTestId('reference-intro')).toHaveCount(0);
    await popup.close();
  }
  await context.close();
});
