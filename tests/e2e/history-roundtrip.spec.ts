import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { addActorInOptions } from './actor-form';
import { extensionId, historyCount, launchWithExtension, samplePages, servePages, waitForDecision } from '../../scripts/harness';

// The whole history leaves one browser profile as a file and arrives whole in another;
// a broken file is refused with a message and changes nothing.
test('export from one profile, reject a corrupt file, import into a fresh profile with every edit', async () => {
  const server = await servePages();
  const a = await launchWithExtension();
  const idA = await extensionId(a);
  const page = await a.newPage();
  for (const p of samplePages().filter((s) => s.kind === 'article')) {
    await page.goto(server.urlOf(p));
    await waitForDecision(a, server.urlOf(p));
  }
  // A person's own actor, added in the options: it travels in the file with the contacts.
  const optionsA = await a.newPage();
  await optionsA.goto(`chrome-extension://${idA}/options.html`);
  await addActorInOptions(optionsA);
  await optionsA.close();

  const popupA = await a.newPage();
  await popupA.goto(`chrome-extension://${idA}/popup.html`);
  await popupA.getByRole('tab', { name: 'History' }).click();
  const first = popupA.locator('li.contact').first();
  await first.getByRole('button', { name: 'Edit' }).click();
  // A place named nowhere else (the reference timeline has an OSCE session in Vienna, which a
  // longer rendered list shows too).
  await first.getByLabel('Place').fill('Valletta');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(popupA.locator('li.contact', { hasText: 'Valletta' })).toHaveCount(1);
  // The list is virtualised: the count line and the database tell how many there are.
  const total = await historyCount(a);
  await expect(popupA.getByTestId('count')).toHaveText(`${total} of ${total} contacts`);
  const [download] = await Promise.all([popupA.waitForEvent('download'), popupA.getByTestId('export-json').click()]);
  const exported = join(tmpdir(), `kontakty-export-${Date.now()}.json`);
  await download.saveAs(exported);
  await a.close();

  const b = await launchWithExtension();
  const idB = await extensionId(b);
  const popupB = await b.newPage();
  await popupB.goto(`chrome-extension://${idB}/popup.html`);
  await popupB.getByRole('tab', { name: 'History' }).click();
  // A fresh profile starts with the shipped reference timeline, which profile A had too.
  const reference = await historyCount(b);
  expect(reference).toBeGreaterThanOrEqual(60);
  expect(total).toBeGreaterThan(reference);
  const countB = popupB.getByTestId('count');
  await expect(countB).toHaveText(`${reference} of ${reference} contacts`);

  const corrupt = join(tmpdir(), `kontakty-corrupt-${Date.now()}.json`);
  writeFileSync(corrupt, readFileSync(exported, 'utf8').slice(0, 500));
  await popupB.getByTestId('import-file').setInputFiles(corrupt);
  // A download that stopped half way is told apart from a file that is not a history at all.
  await expect(popupB.getByRole('status')).toContainText('The file is cut short');
  expect(await historyCount(b)).toBe(reference);

  // The timeline's records fold into the ones profile B has; the articles' contacts are new.
  await popupB.getByTestId('import-file').setInputFiles(exported);
  await expect(popupB.getByTestId('import-preview')).toContainText(`${total - reference} new contacts`);
  await expect(popupB.getByTestId('import-preview')).toContainText('Also your own actors (added, corrected or switched off): 1.');
  expect(await historyCount(b)).toBe(reference);
  await popupB.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(countB).toHaveText(`${total} of ${total} contacts`);
  expect(await historyCount(b)).toBe(total);
  const edited = popupB.locator('li.contact', { hasText: 'Valletta' });
  await expect(edited).toHaveCount(1);
  await expect(edited).toContainText('edited');
  const optionsB = await b.newPage();
  await optionsB.goto(`chrome-extension://${idB}/options.html`);
  await optionsB.getByLabel('Search names').fill('Лукашенко');
  await expect(optionsB.locator('[data-actor="custom-alexander-lukashenko"]')).toContainText('added by you');
  await b.close();
  await server.close();
});
