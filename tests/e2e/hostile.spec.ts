import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import { extensionId, launchWithExtension, servePages, waitForDecision, type PageServer, type SamplePage } from '../../scripts/harness';

// Pages built to break extensions. The page must keep working, see no change to its DOM from
// us and no error of ours; what is not article text is never highlighted.
const HOST = 'www.unian.net';
const DIR = mkdtempSync(join(tmpdir(), 'kontakty-hostile-'));
const BODY = ['Державний секретар США Марко Рубіо провів телефонну розмову з міністром закордонних справ Росії Сергієм Лавровим.', 'Сторони обговорили підготовку зустрічі делегацій, повідомили у Державному департаменті.', 'Раніше Лавров заявив, що Москва готова до продовження консультацій зі США щодо роботи посольств.', 'Наступний раунд консультацій може відбутися у Стамбулі, зазначили в МЗС Росії.'];

function page(name: string, opts: { head?: string; before?: string; after?: string; script?: string; article?: boolean } = {}): SamplePage {
  const article = opts.article ?? true;
  const html = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>${name}</title>
${article ? `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Рубіо і Лавров провели розмову","datePublished":"2025-02-15T18:00:00+02:00"}</script>` : '<meta property="og:type" content="website">'}
${opts.head ?? ''}</head><body>
<script>window.__errors = 0; window.addEventListener('error', function () { window.__errors++; }); window.__clicks = 0;</script>
<button id="own" onclick="window.__clicks++">Кнопка сторінки</button>
<form id="f" onsubmit="event.preventDefault(); window.__submitted = true;"><input name="q" value="Путін"><button type="submit">Пошук</button></form>
${opts.before ?? ''}
${article ? `<article><h1>Рубіо і Лавров провели розмову</h1><div class="article-text">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></article>` : ''}
${opts.after ?? ''}
<script>${opts.script ?? ''}</script>
</body></html>`;
  writeFileSync(join(DIR, `${name}.html`), html);
  return { file: `${name}.html`, url: `https://${HOST}/hostile/${name}.html`, site: 'unian.net', kind: 'article', lang: 'uk', published: null, dir: DIR };
}

const PAGES = {
  bigDom: page('big-dom', { before: `<aside><div id="many"></div></aside>`, script: `var m = document.getElementById('many'); var h = []; for (var i = 0; i < 50000; i++) h.push('<span>' + (i % 7 === 0 ? 'Путін ' : 'x ') + '</span>'); m.innerHTML = h.join('');` }),
  hugeText: page('huge-text', { after: `<div class="article-text" id="huge"></div>`, script: `document.getElementById('huge').appendChild(document.createTextNode(new Array(10 * 1024 * 1024 / 32).join('Путін і Трамп говорили довго. ')));` }),
  // 5,000 nested spans: Chromium 156 itself crashes laying out 3,000 nested divs, extension or not.
  deep: page('deep', { after: `<div id="deep"></div>`, script: `var d = document.getElementById('deep'); for (var i = 0; i < 5000; i++) { var c = document.createElement('span'); d.appendChild(c); d = c; } d.textContent = 'Лавров і Рубіо';` }),
  mixed: page('mixed', {
    after: `<div id="host"></div><iframe srcdoc="<p>Лавров у фреймі</p>"></iframe><div contenteditable="true">Лавров у редакторі</div>
<textarea>Лавров у полі</textarea><input value="Сергій Лавров"><style>.x::after { content: "Лавров" }</style><script>var s = 'Сергій Лавров';</script>`,
    script: `document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Лавров у тіні</p>';`,
  }),
  tampered: page('tampered', {
    head: `<script>Array.prototype.map = function () { throw new Error('page broke map'); }; JSON.parse = function () { throw new Error('page broke JSON'); };
window.MutationObserver = function () { throw new Error('page broke MO'); }; try { delete CSS.highlights; } catch (e) {}</script>`,
  }),
  churn: page('churn', { article: false, after: '<main id="feed"></main>', script: `var f = document.getElementById('feed'), n = 0; var t = setInterval(function () { for (var i = 0; i < 1000; i++) { var p = document.createElement('p'); p.textContent = 'Новина ' + (n++); f.appendChild(p); } if (n >= 100000) clearInterval(t); }, 100);` }),
};

let server: PageServer;
let context: BrowserContext;
const requests: Request[] = [];

test.beforeAll(async () => {
  server = await servePages(Object.values(PAGES));
  context = await launchWithExtension({ hosts: [HOST] });
  await extensionId(context);
  context.on('request', (r) => requests.push(r));
  await context.addInitScript(() => {
    const w = window as unknown as { __mutations: number };
    w.__mutations = 0;
    const MO = window.MutationObserver;
    document.addEventListener('DOMContentLoaded', () => {
      // Started after the page's own scripts ran, so only later changes count.
      setTimeout(() => new MO((l) => (w.__mutations += l.length)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }), 0);
    });
  });
});
test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

async function open(p: SamplePage): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.urlOf(p));
  await waitForDecision(context, server.urlOf(p), 30000);
  return { page, errors };
}

async function pageStillWorks(page: Page) {
  await page.locator('#own').click();
  await page.getByRole('button', { name: 'Пошук' }).click();
  expect(await page.evaluate(() => [(window as unknown as { __clicks: number }).__clicks, (window as unknown as { __submitted: boolean }).__submitted])).toEqual([1, true]);
}

const painted = (page: Page) => page.evaluate(() => [...(CSS.highlights?.get('kontakty-person') ?? [])].map((r) => (r as Range).toString()));

for (const [name, p] of Object.entries(PAGES).filter(([n]) => n !== 'churn' && n !== 'tampered')) {
  test(`hostile page ${name}: article highlighted, page untouched and working`, async () => {
    const { page, errors } = await open(p);
    await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0, null, { timeout: 30000 });
    // The 10 MB block outweighs the article and is read as its body (its first megabyte).
    expect(await painted(page)).toEqual(expect.arrayContaining(name === 'hugeText' ? ['Путін'] : ['Марко Рубіо', 'Сергієм Лавровим']));
    expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);
    await pageStillWorks(page);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __errors: number }).__errors)).toBe(0);
    await page.close();
  });
}

test('names in script, style, textarea, input, shadow roots, iframes and editors are never highlighted', async () => {
  const { page } = await open(PAGES.mixed);
  await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0);
  const where = await page.evaluate(() =>
    [...CSS.highlights.get('kontakty-person')!].map((r) => (r as Range).startContainer.parentElement!.closest('h1, p, textarea, [contenteditable], script, style')?.tagName ?? 'none'),
  );
  expect(new Set(where)).toEqual(new Set(['H1', 'P']));
  expect(await painted(page)).not.toContain('Лавров у редакторі');
  await page.close();
});

test('a page that breaks Array.map, JSON.parse, MutationObserver and CSS.highlights keeps working', async () => {
  const { page, errors } = await open(PAGES.tampered);
  await pageStillWorks(page);
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __errors: number }).__errors)).toBe(0);
  await page.close();
});

test('a page adding 10,000 nodes a second for ten seconds stays responsive', async () => {
  const { page, errors } = await open(PAGES.churn);
  await page.waitForFunction(() => document.querySelectorAll('#feed p').length >= 100000, null, { timeout: 30000 });
  const t = Date.now();
  await pageStillWorks(page);
  expect(Date.now() - t).toBeLessThan(5000);
  expect(errors).toEqual([]);
  expect(await painted(page)).toEqual([]);
  await page.close();
});

/** The extension page or worker that made a request, or the page's address for a page's own. */
const madeBy = (r: Request) => r.serviceWorker()?.url() ?? r.frame()?.url() ?? '';

test('the popup, the options page and the background work under the same watch', async () => {
  const { page } = await open(PAGES.deep);
  const { tabId } = await waitForDecision(context, server.urlOf(PAGES.deep));
  const extId = await extensionId(context);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('page-panel')).toContainText('Lavrov');
  await popup.getByRole('tab', { name: 'History' }).click();
  await expect(popup.locator('li.contact').first()).toBeVisible();
  await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  // A request of the background's own, to show the watch sees the worker's requests at all.
  const sw = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extId}/`))!;
  expect(await sw.evaluate(async () => (await fetch(chrome.runtime.getURL('manifest.json'))).ok)).toBe(true);
  for (const p of [popup, options, page]) await p.close();
});

test('no request leaves 127.0.0.1, and the extension makes none', () => {
  expect(requests.length).toBeGreaterThan(0);
  // Every extension context was watched: each shows up with requests of its own (its files).
  for (const context of ['/popup.html', '/options.html', '/background.js']) expect(requests.some((r) => madeBy(r).startsWith('chrome-extension://') && new URL(madeBy(r)).pathname === context), context).toBe(true);
  const fromExtension = requests.filter((r) => madeBy(r).startsWith('chrome-extension://') && !r.url().startsWith('chrome-extension://'));
  expect(fromExtension.map((r) => r.url())).toEqual([]);
  const outside = requests.map((r) => new URL(r.url())).filter((u) => !['chrome-extension:', 'data:', 'about:', 'blob:'].includes(u.protocol) && !(u.hostname === HOST && u.port === String(server.port)));
  expect(outside.map((u) => u.href)).toEqual([]);
});
