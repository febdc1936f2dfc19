/**
 * The command line and the extension read the same bytes the same way: for a sample of the
 * fixture pages (articles, short items, a windows-1251 and a KOI8-R page, pages that are not
 * articles) the verdict, headline, publication date, language and body text the extension
 * decided in Chromium equal what `npm run annotate` prints for the saved file.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension, samplePages, servePages, siteBaselines, waitForDecision, type PageServer, type SamplePage } from '../../scripts/harness';
import { norm, tokenF1 } from '../../scripts/pages-eval-score';

const SAMPLE = [
  'glavred-bayden-maye-namir-peregovory-z-putinym.html', // a demo article
  'interfax-lavrov-rubio-telefon.html', // a site baseline, Russian
  'charter97-short-ryabkov-br.html', // windows-1251, text between <br>s
  'fontanka-koi8-short-ushakov.html', // KOI8-R, an old table layout
  'tass-short-lavrov-rubio-kontakty.html', // a two-paragraph brief
  'espreso-short-rubio-lavrov-article-time.html', // a dated <article>, no metadata
  'rbcua-home.html', // a home page
  'nv-author-page.html', // an author page
  'kp-photo-riyad-fotoreportazh.html', // a photo gallery with og:type article
];
const pages = [...samplePages(), ...siteBaselines()].filter((p) => SAMPLE.includes(p.file));

/** What the content script sent the background: the text it read and the metadata it sent with it. */
type Sent = { type: string; page?: { href: string; text: string }; url?: string };
type Cli = { isArticle: boolean; lang: string | null; title: string | null; published: string | null; text: string };

let server: PageServer;
let context: BrowserContext;
let worker: Worker;

test.beforeAll(async () => {
  server = await servePages(pages);
  context = await launchWithExtension({ hosts: pages.map((p) => new URL(p.url).hostname) });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // A second listener beside the background's own: it answers nothing, it only keeps a copy of
  // each message, so the test sees the very text the extension analysed.
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __sent: unknown[] };
    g.__sent = [];
    chrome.runtime.onMessage.addListener((m: unknown) => void g.__sent.push(m));
  });
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** The CLI's reading of the saved bytes, as a researcher runs it. */
const annotate = (p: SamplePage): Cli => JSON.parse(execFileSync('npx', ['tsx', 'scripts/annotate.ts', '--jobs', '1', '--url', p.url, join(p.dir, p.file)], { encoding: 'utf8' })) as Cli;

test('the sample covers every kind the comparison is about', () => {
  expect(pages.map((p) => p.file).sort()).toEqual([...SAMPLE].sort());
});

for (const p of pages) {
  test(`${p.file}: the extension and the command line agree`, async () => {
    const page = await context.newPage();
    const url = server.urlOf(p);
    await page.goto(url);
    const { summary } = await waitForDecision(context, url);
    const sent = (await worker.evaluate(() => (globalThis as unknown as { __sent: Sent[] }).__sent)).filter((m) => (m.page?.href ?? m.url) === url);
    const cli = annotate(p);
    const ext = summary as { isArticle: boolean; lang: string | null; title: string | null; published: string | null };
    expect({ isArticle: ext.isArticle, title: ext.title, published: ext.published, lang: ext.lang }, p.file).toEqual({
      isArticle: cli.isArticle,
      title: cli.title,
      published: cli.published,
      lang: cli.lang,
    });
    // The body: the text the content script sent for analysis (none for a page that is not an article).
    const text = sent.find((m) => m.type === 'analyze')?.page?.text ?? '';
    if (norm(text) !== norm(cli.text)) expect(tokenF1(text, cli.text).f1, `${p.file}: body token F1`).toBeGreaterThanOrEqual(0.99);
    if (cli.isArticle) expect(norm(text).length, p.file).toBeGreaterThan(100);
    await page.close();
  });
}
