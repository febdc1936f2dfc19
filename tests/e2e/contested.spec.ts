import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { contestedPages, extensionId, historyCount, launchWithExtension, servePages, waitForDecision, type PageServer } from '../../scripts/harness';

// Two sites report the same talks on the same day, one in Geneva and one in Vienna
// (tests/fixtures/contested, sentences invented). Read in a real Chromium, they make one record:
// the history marks it contested, the "Contested only" filter keeps it and nothing else, the
// history tab marks it too, and the CSV export says contested=true on the disputed place.
let server: PageServer;
let context: BrowserContext;
let extId: string;

test.beforeAll(async () => {
  server = await servePages(contestedPages());
  context = await launchWithExtension({ hosts: contestedPages().map((p) => new URL(p.url).hostname) });
  extId = await extensionId(context);
});
test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => v.id);

/** RFC 4180 as toCsv writes it: quoted cells with "" inside, CRLF rows, a byte-order mark first. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && s[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

test('two sites disagreeing on where a contact took place: marked contested, filtered, in the tab and in the CSV', async () => {
  const page = await context.newPage();
  for (const p of contestedPages()) {
    await page.goto(server.urlOf(p));
    await waitForDecision(context, server.urlOf(p));
  }
  // A page's own address may be its canonical one, without the test server's port: the sites tell the sources.
  const sites = contestedPages().map((p) => p.site);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.getByRole('tab', { name: 'History' }).click();
  await expect(popup.getByTestId('history-panel')).toHaveAttribute('data-index', 'ready');
  const total = await historyCount(context);
  await expect(popup.getByTestId('count')).toHaveText(`${total} of ${total} contacts`);
  // The row says so in the reader's language, with a name telling on what.
  const badge = popup.getByRole('img', { name: 'Contested. The sources disagree: Place' });
  await expect(badge).toHaveCount(1);
  const row = popup.locator('li.contact', { has: badge });
  // Its details show each version with its source.
  await expect(row.getByTestId('disagree').locator('li[data-field="place"]')).toHaveText('Place: Geneva (ukrinform.ua); Vienna (espreso.tv)');

  // The filter keeps it and hides every contact whose sources agree (the reference timeline's).
  expect(total).toBeGreaterThan(1);
  await popup.getByLabel('Contested only').check();
  await expect(popup.getByTestId('count')).toHaveText(`1 of ${total} contacts (filtered; export takes these)`);
  await expect(popup.locator('li.contact')).toHaveCount(1);
  await expect(popup.locator('li.contact').getByRole('img', { name: /^Contested/ })).toHaveCount(1);
  // The badge and the filter as axe reads them (the badge's name, the checkbox's label, contrast).
  expect(await axe(popup)).toEqual([]);

  // The history tab, opened with the filter, marks it in its table.
  const [tab] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in a tab' }).click()]);
  await expect(tab.getByTestId('history-tab')).toHaveAttribute('data-index', 'ready');
  await expect(tab.getByLabel('Contested only')).toBeChecked();
  const rows = tab.getByTestId('contact-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('img', { name: 'Contested. The sources disagree: Place' })).toHaveCount(1);
  expect(await axe(tab)).toEqual([]);
  await tab.close();

  // The CSV of everything: contested=true on this record, on its place; false on every other.
  await popup.getByLabel('Contested only').uncheck();
  await expect(popup.getByTestId('count')).toHaveText(`${total} of ${total} contacts`);
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-csv').click()]);
  const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
  expect(csv).toHaveLength(total);
  const ours = csv.filter((r) => sites.every((site) => r.source_urls!.includes(site)));
  expect(ours).toHaveLength(1);
  expect(ours[0]).toMatchObject({ participant_ids: 'marco-rubio; sergey-lavrov', date: '2025-10-09', contested: 'true', disputed: 'place' });
  expect(csv.filter((r) => r.contested === 'true')).toHaveLength(1);
  expect(csv.filter((r) => r.contested === 'false')).toHaveLength(total - 1);
});
