import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { addsStoryContainer, blockUrl, findArticleBlocks, joinIndexes, joinPlans, splitArticles } from '@/lib/article/appended';
import { extractArticle } from '@/lib/article/extract';
import type { HighlightPlan } from '@/lib/messages';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const FIRST = 'https://www.rbc.ua/ukr/news/tramp-putin-telefonna-rozmova-1742310000.html';
const SECOND = 'https://www.rbc.ua/ukr/news/vitkoff-putin-peterburg-1744380000.html';
const doc = (html: string) => parseHTML(html).document as unknown as Document;

/** The infinite-scroll fixture, before or after its second story is appended (as its script does). */
function infinitePage(appended: boolean): Document {
  const html = readFileSync(join(FIXTURES, 'dynamic/infinite-scroll.html'), 'utf8');
  const d = doc(html);
  if (appended) {
    // The fixture's own markup for the second story, taken from its script.
    const script = d.querySelector('script:not([type])')!.textContent!;
    const inner = [...script.matchAll(/'(<[^']*)'/g)].map((m) => m[1]).join('');
    const a = d.createElement('article');
    a.className = 'article';
    a.setAttribute('data-url', SECOND);
    a.innerHTML = inner;
    d.getElementById('feed')!.appendChild(a);
  }
  return d;
}

const para = (n: number, word: string) => Array.from({ length: n }, (_, i) => `<p>${word} ${i}: ${'текст статті, досить довгий абзац для підрахунку. '.repeat(3)}</p>`).join('');

describe('infinite scroll: finding appended stories', () => {
  it('a page of one story is not split', () => {
    const d = infinitePage(false);
    expect(findArticleBlocks(d, FIRST).map((b) => b.url)).toEqual([FIRST]);
    expect(splitArticles(d, FIRST, FIRST).others).toEqual([]);
  });

  it('an appended story is read apart, with its own address, headline, date and text', () => {
    const d = infinitePage(true);
    const split = splitArticles(d, 'https://www.rbc.ua:8443/ukr/news/tramp-putin-telefonna-rozmova-1742310000.html', FIRST);
    expect(split.main?.url).toBe(FIRST);
    expect(split.others).toHaveLength(1);
    const other = split.others[0]!;
    expect(other).toMatchObject({ url: SECOND, title: 'Віткофф зустрівся з Путіним у Санкт-Петербурзі', published: '2025-04-11T19:40:00+03:00' });
    expect(other.index.text.startsWith('Віткофф зустрівся з Путіним у Санкт-Петербурзі\n')).toBe(true);
    expect(other.index.text).toContain('Дмитро Пєсков');
    expect(other.index.text).not.toContain('Дональд Трамп');
    expect(other.index.text).not.toContain('11 квітня 2025');
    // The page's own story, read within its container, leaves the appended one out.
    const own = extractArticle(d, FIRST, { root: split.main!.el, skip: split.skip });
    expect(own.isArticle).toBe(true);
    expect(own.index.text).toContain('Дональд Трамп');
    expect(own.index.text).not.toContain('Санкт-Петербурзі');
  });

  it('once the address moves to the appended story (history.pushState), that one is the page\'s own', () => {
    const split = splitArticles(infinitePage(true), SECOND, FIRST);
    expect(split.main?.url).toBe(SECOND);
    expect(split.others.map((o) => o.url)).toEqual([FIRST]);
  });

  it('a body container around both stories still reads only the page\'s own', () => {
    const d = doc(`<html><head><link rel="canonical" href="https://a.ua/one"><meta property="og:type" content="article"></head><body>
      <div class="article-body">
        <div class="story" data-url="/one"><h1>Перша новина</h1>${para(4, 'перша')}</div>
        <div class="story" data-url="/two"><h1>Друга новина</h1>${para(6, 'друга')}</div>
      </div></body></html>`);
    const split = splitArticles(d, 'https://a.ua/one', 'https://a.ua/one');
    expect(split.main?.url).toBe('https://a.ua/one');
    expect(split.others.map((o) => o.url)).toEqual(['https://a.ua/two']);
    const own = extractArticle(d, 'https://a.ua/one', { root: split.main!.el, skip: split.skip });
    expect(own.index.text).toContain('перша 3');
    expect(own.index.text).not.toContain('друга');
  });

  it('teasers, share buttons and stories without an address are not stories', () => {
    const d = doc(`<html><body>
      <article data-url="https://a.ua/one"><h1>Новина</h1>${para(4, 'перша')}<div class="share" data-url="https://a.ua/one"><button>FB</button></div></article>
      <section><article><h2><a href="/teaser">Тизер</a></h2><p>Коротко про інше.</p></article></section>
      <article><h2>Без адреси</h2>${para(4, 'без')}</article>
      <aside class="related"><article data-url="/rel"><h2>Схожа</h2>${para(4, 'схожа')}</article></aside>
    </body></html>`);
    expect(findArticleBlocks(d, 'https://a.ua/one').map((b) => b.url)).toEqual(['https://a.ua/one']);
  });

  it.each([
    ['<article data-article-url="/x/1"></article>', 'https://a.ua/x/1'],
    ['<article><link rel="canonical" href="https://a.ua/c"></article>', 'https://a.ua/c'],
    ['<article><meta itemprop="mainEntityOfPage" content="https://a.ua/m"></article>', 'https://a.ua/m'],
    ['<article><h2><a href="/h#top">x</a></h2></article>', 'https://a.ua/h'],
    ['<article data-url="javascript:void(0)"></article>', null],
    ['<article><h2>x</h2></article>', null],
  ])('address of %s', (html, url) => {
    expect(blockUrl(doc(`<html><body>${html}</body></html>`).querySelector('article')!, 'https://a.ua/page')).toBe(url);
  });

  it('no saved page of a real site is split (each holds one story, or is a listing)', () => {
    const split: string[] = [];
    for (const dir of ['pages', 'sites']) {
      for (const f of readdirSync(join(FIXTURES, dir)).filter((x) => x.endsWith('.html'))) {
        if (findArticleBlocks(doc(readFileSync(join(FIXTURES, dir, f), 'utf8')), 'https://example.org/').length > 1) split.push(f);
      }
    }
    expect(split).toEqual([]);
  });
});

describe('infinite scroll: one paint for several stories', () => {
  it('joins texts and shifts every span by its story\'s start', () => {
    const d = doc('<html><body><p id="a">Лавров</p><p id="b">Рубіо</p></body></html>');
    const ta = d.getElementById('a')!.firstChild as Text;
    const tb = d.getElementById('b')!.firstChild as Text;
    const { index, starts } = joinIndexes([
      { text: 'Лавров', segments: [{ node: ta, nodeStart: 0, start: 0, end: 6 }] },
      { text: 'Рубіо', segments: [{ node: tb, nodeStart: 0, start: 0, end: 5 }] },
    ]);
    expect(index.text).toBe('Лавров\n\nРубіо');
    expect(starts).toEqual([0, 8]);
    expect(index.segments.map((s) => [s.start, s.end, s.node])).toEqual([[0, 6, ta], [8, 13, tb]]);
    const plan = (id: string, start: number, end: number): HighlightPlan => ({
      actors: [{ id, kind: 'person', name: id, card: { lang: 'en', name: id, role: null, country: 'RU', badge: 'Russia', wikidata: null, kind: '' }, mentions: [{ start, end }] }],
      events: [],
      contacts: [{ status: 'happened', mentions: [{ start, end }] }],
    });
    const joined = joinPlans([plan('lavrov', 0, 6), plan('rubio', 0, 5)], starts);
    expect(joined.actors.map((a) => [a.id, index.text.slice(a.mentions[0]!.start, a.mentions[0]!.end)])).toEqual([['lavrov', 'Лавров'], ['rubio', 'Рубіо']]);
    expect(joined.contacts.map((c) => c.mentions[0]!.start)).toEqual([0, 8]);
  });
});

describe('addsStoryContainer', () => {
  it('is true for added nodes that are or hold a story container, false for ticker lines and text', () => {
    const d = doc('<main><p>x</p><div class="wrap"><article data-url="https://a.example/2"><h2>t</h2></article></div><span>tick</span></main>');
    const [p, wrap, span] = Array.from(d.querySelector('main')!.children);
    expect(addsStoryContainer([p!, span!, d.createTextNode('y')])).toBe(false);
    expect(addsStoryContainer([wrap!])).toBe(true);
    expect(addsStoryContainer([wrap!.firstElementChild!])).toBe(true);
  });
});
