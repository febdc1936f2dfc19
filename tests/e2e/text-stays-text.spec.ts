import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { extensionId, launchWithExtension, servePages, waitForDecision, type PageServer, type SamplePage } from '../../scripts/harness';
import { pointOnHighlight } from './highlights';

// Titles, names, quotes and addresses that carry markup or script URLs, from a page and from the
// database, are shown as text everywhere the extension shows them and are never run or followed.
// Anything that did run would set window.__ran: in the page (where the hover card lives) or in
// the extension's pages (where the popup and options live).
const HOST = 'www.unian.net';
const DIR = mkdtempSync(join(tmpdir(), 'kontakty-markup-'));
const IMG = '<img src=x onerror="window.__ran=1">';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ARTICLE: SamplePage = (() => {
  const sentence = `Державний секретар США Марко Рубіо провів телефонну розмову з міністром закордонних справ Росії Сергієм Лавровим ${esc(IMG)} у вівторок.`;
  const html = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Рубіо ${esc(IMG)} і Лавров</title>
<link rel="canonical" href="javascript:window.__ran=1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Рубіо <script>window.__ran=1<\\/script> і Лавров провели розмову","datePublished":"2025-02-18T18:00:00+02:00"}</script>
</head><body><article><h1>Рубіо ${esc(IMG)} і Лавров провели розмову</h1><div class="article-text">
<p>${sentence}</p>
<p>Сторони обговорили підготовку зустрічі делегацій, повідомили у Державному департаменті ${esc('<script>window.__ran=1</script>')}.</p>
<p>Раніше Лавров заявив, що Москва готова до продовження консультацій зі США щодо роботи посольств.</p>
<p>Наступний раунд консультацій може відбутися у Стамбулі, зазначили в МЗС Росії.</p>
</div></article></body></html>`;
  writeFileSync(join(DIR, 'markup.html'), html);
  return { file: 'markup.html', url: `https://${HOST}/hostile/markup.html`, site: 'unian.net', kind: 'article', lang: 'uk', published: null, dir: DIR };
})();

// What an older version, a bug or a hand-edited backup could have left in the database.
const HOSTILE_RECORD = {
  key: 'hostile-record',
  participants: ['marco-rubio', 'sergey-lavrov'],
  parties: [
    { actorId: 'marco-rubio', side: 'US', text: `Рубіо ${IMG}` },
    { actorId: 'sergey-lavrov', side: 'RU', text: 'Лавров' },
  ],
  sides: ['RU', 'US'],
  type: 'meeting',
  status: 'happened',
  date: '2025-02-17',
  endDate: null,
  datePrecision: 'day',
  place: `<b>Riyadh</b>${IMG}`,
  confidence: 0.9,
  confirmed: false,
  edited: false,
  sources: [
    { url: 'javascript:window.__ran=1', title: `Script link ${IMG}`, site: '<i>site</i>', lang: 'uk', published: '2025-02-17', seen: '2099-01-01T00:00:00.000Z', evidence: { start: 0, end: 10, exact: `<script>window.__ran=1</script>${IMG}`, prefix: '', suffix: '' }, reportedBy: [] },
    { url: 'data:text/html,<script>window.__ran=1</script>', title: 'Data link', site: null, lang: 'uk', published: null, seen: '2099-01-01T00:00:00.000Z', evidence: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '' }, reportedBy: [] },
  ],
  firstSeen: '2099-01-01T00:00:00.000Z',
  lastSeen: '2099-01-01T00:00:00.000Z',
};
const HOSTILE_ACTOR = {
  id: 'custom-markup',
  kind: 'person',
  country: 'US',
  wikidata: null,
  name: { en: `Evil ${IMG}`, uk: `Зло ${IMG}`, ru: `Зло ${IMG}` },
  roles: [{ title: { en: `<b>envoy</b>${IMG}`, uk: 'посланець', ru: 'посланник' }, from: '2020', to: null, source: 'javascript:window.__ran=1' }],
  sources: ['javascript:window.__ran=1', 'data:text/html,<script>window.__ran=1</script>'],
  origin: 'custom',
};

let server: PageServer;
let context: BrowserContext;
let extId: string;

test.beforeAll(async () => {
  server = await servePages([ARTICLE]);
  context = await launchWithExtension({ hosts: [HOST] });
  extId = await extensionId(context);
});
test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** Writes straight into the extension's database from one of its pages, as a stale version might have. */
async function putRaw(page: Page, store: 'contacts' | 'actors', value: unknown) {
  await page.evaluate(
    ([store, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kontakty');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store as string, 'readwrite');
          tx.objectStore(store as string).put(value);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, value] as const,
  );
}

/** Nothing from the data became an element that runs or a link that follows a script. */
async function inert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  await expect(page.locator('img[src="x"], [onerror], i, b')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0);
}

test('markup and script addresses in titles, names, quotes and sources stay text in the page card, the popup and the options', async () => {
  const page = await context.newPage();
  const url = server.urlOf(ARTICLE);
  await page.goto(url);
  const { tabId, summary } = await waitForDecision(context, url);
  // A javascript: canonical is not an address: the contact is stored under the page's own.
  expect(summary.isArticle).toBe(true);
  expect(String((summary as { url?: string }).url)).toBe(url);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await putRaw(popup, 'contacts', HOSTILE_RECORD);
  await putRaw(popup, 'actors', HOSTILE_ACTOR);
  await popup.reload();

  // This page: the quote shows the markup the article printed, as text.
  const panel = popup.getByTestId('page-panel');
  await expect(panel).toContainText('Sergey Lavrov');
  await expect(panel.locator('li.contact').first()).toContainText('<img src=x onerror="window.__ran=1">');
  await inert(popup);

  // History: the stored record's place, quote and source titles are text; its script and data
  // addresses are not links.
  await popup.getByRole('tab', { name: 'History' }).click();
  const row = popup.locator('li.contact', { hasText: '<b>Riyadh</b>' });
  await expect(row).toHaveCount(1);
  await row.locator('details.sources summary').click();
  await expect(row).toContainText(`Script link ${IMG}`);
  await expect(row).toContainText('<script>window.__ran=1</script>');
  await expect(row.locator('a')).toHaveCount(0);
  await inert(popup);

  // The hover card on the page lists that record among Lavrov's contacts, as text.
  await page.reload();
  await waitForDecision(context, url);
  const box = await pointOnHighlight(page, 'kontakty-person', 'Лавров');
  await page.mouse.move(box.x, box.y);
  const card = page.locator('kontakty-card [role="tooltip"]');
  await expect(card).toBeVisible();
  // In the interface language (English here), on a Ukrainian page.
  await expect(card).toContainText('Sergey Lavrov');
  await expect(card.locator('a[href^="javascript:"], a[href^="data:"], img, b')).toHaveCount(0);
  await inert(page);

  // Options: the actor's name, role and sources are text; its script address is no link.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  await options.getByLabel('Search names').fill('Evil');
  const actor = options.locator('[data-actor="custom-markup"]');
  await expect(actor).toContainText(`Evil ${IMG}`);
  await actor.getByText('Roles, sources and name forms').click();
  await expect(actor).toContainText('javascript:window.__ran=1');
  await inert(options);
});
