import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inlineRuns } from '@/lib/article/blocks';
import { findBodyContainer, paragraphScore } from '@/lib/article/body';
import { isFurniture } from '@/lib/article/furniture';
import { parseDateline } from '@/lib/article/meta';
import { judgeBody } from '@/lib/article/short-item';
import { extractArticle } from '@/lib/article/extract';

// Sentences long enough to be paragraphs (MIN_PARAGRAPH letters), written for these tests.
const A = 'Делегации двух стран провели еще одну встречу по работе посольств.';
const B = 'Стороны договорились продолжить консультации в следующем месяце.';
const el = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;

describe('text set straight in a block, between <br>s', () => {
  it.each([
    ['two runs split by <br><br>', `<div>${A}<br><br>${B}</div>`, 2],
    ['runs around a photo block', `<div>${A}<div class="photo"><img src="x.jpg"></div>${B}</div>`, 2],
    ['bold and links inside a run stay in it', `<div>${A} <b>Рябков</b> <a href="/x">заявил</a> ${B}</div>`, 1],
    ['a run that is mostly a link is a headline list', `<div><a href="/1">${A}</a><br><a href="/2">${B}</a></div>`, 0],
    ['a short line is not a paragraph', '<div>Фото: МИД<br>Источник</div>', 0],
  ])('%s', (_name, html, paragraphs) => {
    expect(inlineRuns(el(html), isFurniture).paragraphs).toBe(paragraphs);
  });

  it('finds a body with no <p> at all', () => {
    const { document } = parseHTML(`<!doctype html><html><body><h1>Заголовок</h1><div class="txt">${A}<br><br>${B}<br><br>${A}</div></body></html>`);
    const body = findBodyContainer(document as unknown as Document);
    expect(body?.el.getAttribute('class')).toBe('txt');
    expect(body?.paragraphs).toBe(3);
  });
});

describe('teaser cards weigh nothing', () => {
  const card = (n: number) => `<div class="item"><a href="/${n}"><h3>Заголовок новости ${n}</h3></a><p>${A}</p></div>`;
  it('a feed of linked headlines over snippets scores zero', () => {
    expect(paragraphScore(el(`<div>${[1, 2, 3, 4, 5].map(card).join('')}</div>`)).chars).toBe(0);
  });
  it('a body with an unlinked subheading keeps its paragraphs', () => {
    expect(paragraphScore(el(`<div><h3>Подзаголовок статьи, без ссылки, довольно длинный</h3><p>${A}</p><p>${B}</p></div>`)).paragraphs).toBe(3);
  });
});

describe('datelines', () => {
  it.each([
    ['21.03.2025, 14:37', '2025-03-21T14:37:00'],
    ['21.03.2025 14:37', '2025-03-21T14:37:00'],
    ['Опубликовано 04.03.2025', '2025-03-04'],
    ['17 марта 2025 года, 18:05', '2025-03-17T18:05:00'],
    ['99.99.2025', null],
    ['версия 1.2.2025', null],
  ])('%s', (text, want) => {
    expect(parseDateline(text)).toBe(want);
  });
});

describe('is the text found an article?', () => {
  const body = (html: string, chars: number, paragraphs: number) => {
    const root = el(html);
    return { el: root.querySelector('.b') ?? root, chars, paragraphs };
  };
  const h1Of = (b: { el: Element }) => b.el.ownerDocument.querySelector('h1');
  it.each([
    ['a two-paragraph brief its page calls an article', body('<div class="b"></div>', 160, 2), 'jsonld', null],
    ['a shorter scrap, even so', body('<div class="b"></div>', 80, 1), 'og', 'no body text of an article'],
    ['a dated <article> with the headline', body('<article><h1>x</h1><time datetime="2025-04-02">2 квітня</time><div class="b"></div></article>', 300, 3), null, null],
    ['an <article> without the headline (a teaser)', body('<article><time datetime="2025-04-02">2 квітня</time><div class="b"></div></article>', 300, 3), null, 'no article metadata and too little running text'],
    ['a short text the page says nothing about', body('<div class="b"></div>', 600, 3), null, 'no article metadata and too little running text'],
    ['eight pictures with a line of text', body(`<article><h1>x</h1><time datetime="2025-02-18">18</time><div class="b">${'<img src="a.jpg">'.repeat(8)}</div></article>`, 121, 1), 'og', 'a gallery of 8 pictures'],
  ] as const)('%s', (_name, b, says, want) => {
    expect(judgeBody(b, says, h1Of(b))).toBe(want);
  });
});

describe('a photo report whose pictures a script draws', () => {
  // The page the photo section serves: og:type article, a headline, a lead of two paragraphs,
  // and the pictures in a script's array (no <img> in the markup). Written for this test.
  const page = (h1: string) =>
    `<!doctype html><html><head><meta property="og:type" content="article"></head><body><h1>${h1}</h1><div class="lead"><p>${A} ${B}</p><p>${B} ${A}</p></div><div class="photoreport"><script>var pictures = [{ src: "1.jpg" }, { src: "2.jpg" }];</script></div></body></html>`;
  const read = (url: string, h1: string) => extractArticle(parseHTML(page(h1)).document as unknown as Document, url);
  it('is no article when its address is a photo section', () => {
    const r = read('https://example.ru/politics/photo/vstrecha_v_stambule.shtml', 'Как прошла встреча делегаций');
    expect(r.isArticle).toBe(false);
    expect(r.reason).toBe('a photo report');
  });
  it('is no article when its headline calls it one', () => {
    expect(read('https://example.ru/politics/2025/11/20/vstrecha.shtml', 'Как прошла встреча — в фоторепортаже').isArticle).toBe(false);
  });
  it('the same short item elsewhere stays an article', () => {
    expect(read('https://example.ru/politics/2025/11/20/vstrecha.shtml', 'Как прошла встреча делегаций').isArticle).toBe(true);
  });
});
