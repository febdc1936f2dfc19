import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext } from '@playwright/test';
import { contestedDenialPages, extensionId, historyCount, launchWithExtension, servePages, waitForDecision, type PageServer } from '../../scripts/harness';

// One site reports that Rubio and Lavrov met in Istanbul; another, the same day, that the Kremlin
// denies it (tests/fixtures/contested-denial, sentences invented). Read in a real Chromium, the
// denial folds into the meeting it denies: one record, both sources, marked contested on its
// status, each version shown with its source, and the JSON export says so.
let server: PageServer;
let context: BrowserContext;
let extId: string;

test.beforeAll(async () => {
  server = await servePages(contestedDenialPages());
  context = await launchWithExtension({ hosts: contestedDenialPages().map((p) => new URL(p.url).hostname) });
  extId = await extensionId(context);
});
test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

type Exported = { participants: string[]; status: string; sources: { url: string; claim?: { status: string } }[]; contested?: boolean; disagreements?: { field: string }[] };

test('a report that a meeting took place and a denial of it: one record, contested on its status', async () => {
  const page = await context.newPage();
  const before = await historyCount(context);
  for (const p of contestedDenialPages()) {
    await page.goto(server.urlOf(p));
    await waitForDecision(context, server.urlOf(p));
  }
  // Two articles, one contact: the denial did not make a record of its own.
  const total = await historyCount(context);
  expect(total).toBe(before + 1);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.getByRole('tab', { name: 'History' }).click();
  await expect(popup.getByTestId('history-panel')).toHaveAttribute('data-index', 'ready');
  const badge = popup.getByRole('img', { name: 'Contested. The sources disagree: Status' });
  await expect(badge).toHaveCount(1);
  const row = popup.locator('li.contact', { has: badge });
  await expect(row).toContainText('Marco Rubio');
  await expect(row.getByTestId('disagree').locator('li[data-field="status"]')).toHaveText('Status: Happened (ukrinform.ua); Denied (tass.ru)');

  await popup.getByLabel('Contested only').check();
  await expect(popup.locator('li.contact')).toHaveCount(1);
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { contacts: Exported[] };
  expect(file.contacts).toHaveLength(1);
  const [rec] = file.contacts;
  expect([...rec!.participants].sort()).toEqual(['marco-rubio', 'sergey-lavrov']);
  expect(rec!.sources.map((s) => [new URL(s.url).hostname.replace(/^www\./, ''), s.claim?.status])).toEqual([['ukrinform.ua', 'happened'], ['tass.ru', 'denied']]);
  expect(rec).toMatchObject({ contested: true });
  expect(rec!.disagreements!.map((d) => d.field)).toEqual(['status']);
});
