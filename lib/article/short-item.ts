import { parseDateline } from './meta';
/**
 * Whether the text found is enough for an article. A long text is, whatever the page says; a
 * short news item (a brief of two or three paragraphs) is when the page says it is one: JSON-LD
 * NewsArticle, og:type article, or its headline and a dated <time> inside one <article> that
 * holds the text. Listings have <article> teasers too, but their headline (the page's <h1>) is
 * outside every one of them, and picture galleries are pictures with a line of text each.
 */

/** The least text of an item whose page says it is an article (a two-paragraph brief). */
export const SHORT_ITEM = 120;
/** Without the page saying so, only a text of an article's length counts (the old rule). */
const LONG_CHARS = 1200;
const LONG_PARAGRAPHS = 4;
/** Text per picture below which a page with many pictures is a gallery, not an item. */
const GALLERY_CHARS_PER_IMAGE = 150;
const GALLERY_IMAGES = 5;

type Body = { el: Element; chars: number; paragraphs: number };

/**
 * The <article> holding the body, the headline and its date, if there is one: a dated <time>,
 * or a dateline an older template prints in a block of its own ("p.date" reading "15 августа
 * 2016, 13:43") with no <time> around it.
 */
export function datedArticleOf(body: Element, h1: Element | null): Element | null {
  const art = body.closest('article');
  if (!art || !h1 || !art.contains(h1)) return null;
  if (art.querySelector('time[datetime], [itemprop="datePublished"]')) return art;
  for (const el of Array.from(art.querySelectorAll('time, [class*="date"]'))) {
    const t = el.textContent ?? '';
    if (t.length < 120 && parseDateline(t)) return art;
  }
  return null;
}

/** Why the text found is not an article's (a reason for the popup), or null when it is. */
export function judgeBody(body: Body, says: 'jsonld' | 'og' | null, h1: Element | null): string | null {
  const dated = datedArticleOf(body.el, h1);
  const root = dated ?? body.el;
  const images = root.querySelectorAll('img, picture').length;
  if (images >= GALLERY_IMAGES && body.chars < images * GALLERY_CHARS_PER_IMAGE) return `a gallery of ${images} pictures`;
  if (says || dated) return body.chars >= SHORT_ITEM ? null : 'no body text of an article';
  if (body.chars < 300) return 'no body text of an article';
  if (body.paragraphs < LONG_PARAGRAPHS || body.chars < LONG_CHARS) return 'no article metadata and too little running text';
  return null;
}
