import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { decodeHtml } from '@/lib/text/decode-html';

// The demo's sample pages and the saved-page baselines of more sites (issue: finding the article).
const DIRS = ['../fixtures/pages', '../fixtures/sites'].map((d) => join(import.meta.dirname, d));
type Expected = { isArticle: boolean; kind?: string; posts?: number; title?: string | null; published?: string | null; lang?: string; canonical?: string | null; bodyStartsWith?: string; bodyEndsWith?: string; mustNotContain?: string[] };

const cases = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => [f.replace('.expected.json', ''), dir, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected] as const),
);

describe('saved-page baselines', () => {
  it('has baselines to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
  });

  it.each(cases)('%s', (name, dir, want) => {
    // Decoded as a browser decodes it: some baselines are windows-1251 or KOI8-R.
    const { document } = parseHTML(decodeHtml(readFileSync(join(dir, `${name}.html`))));
    const got = extractArticle(document as unknown as Document, 'https://example.org/');
    expect(got.isArticle, got.reason).toBe(want.isArticle);
    // A live blog is read post by post.
    if (want.kind === 'liveblog') expect(got.live?.posts.length, got.reason).toBe(want.posts ?? got.live?.posts.length ?? -1);
    if (want.kind === 'liveblog') expect(got.live!.posts.every((p) => p.published)).toBe(true);
    if (!want.isArticle) return;
    const body = got.index.text;
    if (want.title) expect(got.title).toBe(want.title);
    if (want.published) expect(new Date(got.published!).getTime()).toBe(new Date(want.published).getTime());
    if (want.lang) expect(got.lang).toBe(want.lang);
    if (want.canonical) expect(got.meta.canonical).toBe(want.canonical);
    // The headline comes first, then the body.
    if (want.bodyStartsWith) expect(body).toContain(want.bodyStartsWith.trim());
    if (want.bodyEndsWith) expect(body.trimEnd().endsWith(want.bodyEndsWith.trim())).toBe(true);
    for (const bad of want.mustNotContain ?? []) expect(body, `body must not contain "${bad}"`).not.toContain(bad);
  });
});

describe('the page’s own address', () => {
  const canonicalOf = (head: string) => {
    const { document } = parseHTML(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`);
    return extractArticle(document as unknown as Document, 'https://www.unian.net/politics/12345-rubio-lavrov.html?utm=x').meta.canonical;
  };
  it.each([
    ['a relative canonical, made absolute', '<link rel="canonical" href="/politics/12345.html#top">', 'https://www.unian.net/politics/12345.html'],
    ['an absolute canonical', '<link rel="canonical" href="https://www.unian.net/politics/12345.html">', 'https://www.unian.net/politics/12345.html'],
    ['a javascript: canonical, ignored for og:url', '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://www.unian.net/p/1">', 'https://www.unian.net/p/1'],
    ['a data: og:url, ignored', '<meta property="og:url" content="data:text/html,<script>alert(1)</script>">', null],
  ])('%s', (_name, head, want) => {
    expect(canonicalOf(head)).toBe(want);
  });
});

// The project's own page: a district paper's template gives the <h1> to its rubric and sets the
// story's headline in an <h2>; the <title> names the story.
describe('a headline in an <h2> under a rubric <h1>', () => {
  const para = (n: number) => `<p>Художники района открыли в библиотеке выставку, где рядом висят работы отца и дочери, и ${n}-й зал собрал всех, кто учился у них в студии.</p>`;
  const page = (title: string) =>
    `<!doctype html><html><head><title>${title}</title></head><body><header><h1>Бюро добрых услуг</h1><nav><a href="/">Главная</a></nav></header>` +
    `<main><h2>Кисти и талант по наследству</h2><div class="text">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(para).join('')}</div></main></body></html>`;
  const read = (title: string) => extractArticle(parseHTML(page(title)).document as unknown as Document, 'https://example.org/news-1.html');
  it('takes the <h2> the <title> names', () => {
    expect(read('«Районные новости» — газета района | Кисти и талант по наследству').title).toBe('Кисти и талант по наследству');
  });
  it('is dated by the dateline beside the headline, not by the header\'s "today"', () => {
    const html = page('«Районные новости» | Кисти и талант по наследству')
      .replace('<nav>', '<div class="date">04 июня 2025, среда</div><nav>')
      .replace('<h2>Кисти и талант по наследству</h2>', '<div class="stamp">22.11.2024</div><div class="name"><h2>Кисти и талант по наследству</h2></div>');
    expect(extractArticle(parseHTML(html).document as unknown as Document, 'https://example.org/news-1.html').published).toBe('2024-11-22');
  });
  it('keeps the <h1> when the <title> names it', () => {
    expect(read('Бюро добрых услуг | Кисти и талант по наследству').title).toBe('Бюро добрых услуг');
  });
});

// The project's own page in an older Drupal template: the headline an <h2> the <title> names, the
// posting line inside the node below it ("Пт, 26/02/2021 - 10:44"), and the whole text one <p>
// with its paragraphs between <br>s.
describe('an older CMS page with its text in one paragraph', () => {
  const run = (n: number) => `Экономисты отделения банка подсчитали, как за год изменились цены на обустройство квартиры для молодой семьи, и это ${n}-я часть расчёта.`;
  const html =
    '<!doctype html><html><head><title>Как обустроить квартиру молодой семье | Городской портал</title></head><body>' +
    '<h1><a href="/"><img src="/logo.png" alt="Независимый портал"></a></h1><div class="breadcrumb"><a href="/">Главная</a></div>' +
    '<h2>Как обустроить квартиру молодой семье</h2><div class="clear-block"><div class="node"><span class="submitted">Пт, 26/02/2021 - 10:44 — admin</span>' +
    `<div class="content"><p>${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(run).join('<br />\n')}</p></div></div></div></body></html>`;
  const got = extractArticle(parseHTML(html).document as unknown as Document, 'https://example.org/node/5244');
  it('reads the paragraphs between <br>s as running text: an article', () => {
    expect(got.isArticle, got.reason).toBe(true);
    expect(got.title).toBe('Как обустроить квартиру молодой семье');
  });
  it('is dated by the posting line after the headline, day first with slashes', () => {
    expect(got.published?.slice(0, 16)).toBe('2021-02-26T10:44');
  });
});
