import { webAddress } from './meta';
import { buildTextIndex, type TextIndex } from '../dom/text-index';
import { findBodyContainer, isFurnitureChain, paragraphScore } from './body';
import { isFurniture } from './furniture';
import type { HighlightPlan } from '../messages';

/**
 * Infinite scroll: news sites append the next article under the one that was opened, each in
 * its own container with its own headline and address (in a data attribute, a canonical link
 * inside it, or the headline's link). Such a container is read as an article of its own, so
 * two stories are never welded into one text and each one's contacts keep their own source.
 */

/** One article container of several on a page. */
export type ArticleBlock = { el: Element; url: string; title: string | null; published: string | null };

// Containers a story can come in: an <article>, schema.org microdata, or a block carrying its
// address in a data attribute (share buttons carry data-url too; the text test weeds them out).
const BLOCK_SELECTOR = 'article, [itemtype*="Article"], [data-article-url], [data-post-url], [data-url], [data-href]';
const URL_ATTRS = ['data-article-url', 'data-post-url', 'data-url', 'data-href', 'data-canonical'];
const HEADLINE = 'h1, h2, [itemprop="headline"]';

/**
 * Whether nodes a page added may hold a story of their own: an element that is, or contains, a
 * container a story comes in. A ticker line or an ad swapped in is not; only then is it worth
 * looking for appended stories again.
 */
export function addsStoryContainer(added: Iterable<Node>): boolean {
  for (const n of added) if (n.nodeType === 1 && ((n as Element).matches(BLOCK_SELECTOR) || (n as Element).querySelector(BLOCK_SELECTOR))) return true;
  return false;
}

/** A story's own body, more than a teaser: a few real paragraphs. */
const MIN_CHARS = 500;
const MIN_PARAGRAPHS = 3;

/** Where a container says its story lives, or null. */
export function blockUrl(el: Element, base: string): string | null {
  for (const a of URL_ATTRS) {
    const u = webAddress(el.getAttribute(a), base);
    if (u) return u;
  }
  const inside =
    el.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    el.querySelector('meta[itemprop="url"], meta[itemprop="mainEntityOfPage"]')?.getAttribute('content') ??
    el.querySelector('[itemprop="mainEntityOfPage"]')?.getAttribute('itemid') ??
    el.querySelector('h1 a[href], h2 a[href], [itemprop="headline"] a[href]')?.getAttribute('href');
  return webAddress(inside, base);
}

function blockOf(el: Element, base: string): ArticleBlock | null {
  if (isFurnitureChain(el)) return null;
  const headline = Array.from(el.querySelectorAll(HEADLINE)).find((h) => !isFurnitureChain(h));
  if (!headline) return null;
  const score = paragraphScore(el);
  if (score.chars < MIN_CHARS || score.paragraphs < MIN_PARAGRAPHS) return null;
  const url = blockUrl(el, base);
  if (!url) return null;
  const time = el.querySelector('time[datetime], [itemprop="datePublished"]');
  const published = time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? el.getAttribute('data-published') ?? null;
  return { el, url, title: headline.textContent?.replace(/\s+/g, ' ').trim() || null, published };
}

/**
 * The page's article containers, outermost first and in page order, each with its own address.
 * Fewer than two means the page holds one story (the usual case) and nothing is split.
 */
export function findArticleBlocks(doc: Document, pageUrl: string): ArticleBlock[] {
  const found: ArticleBlock[] = [];
  for (const el of Array.from(doc.querySelectorAll(BLOCK_SELECTOR))) {
    // A container inside one already taken is part of that story (or a teaser in it).
    if (found.some((b) => b.el.contains(el))) continue;
    const b = blockOf(el, pageUrl);
    if (b) found.push(b);
  }
  // Two containers with one address are one story in two wrappers; keep the first.
  return found.filter((b, i) => found.findIndex((x) => x.url === b.url) === i);
}

const sameStory = (a: string, b: string | null) => !!b && a.replace(/\/$/, '') === (webAddress(b, b) ?? b).replace(/\/$/, '');

/** One appended story, read: its address, headline, date and text with its map to the page. */
export type AppendedArticle = ArticleBlock & { index: TextIndex };

/**
 * Splits a page of several stories: which container is the page's own (the one at the address
 * shown, else the canonical one, else the first), and each other container read on its own.
 * `others` is empty for a page of one story; `skip` keeps the other stories' text out of the
 * page's own article when its body container happens to enclose them.
 */
export function splitArticles(doc: Document, pageUrl: string, canonical: string | null): { main: ArticleBlock | null; others: AppendedArticle[]; skip: (el: Element) => boolean } {
  const blocks = findArticleBlocks(doc, pageUrl);
  if (blocks.length < 2) return { main: blocks[0] ?? null, others: [], skip: isFurniture };
  const main = blocks.find((b) => sameStory(b.url, pageUrl)) ?? blocks.find((b) => sameStory(b.url, canonical)) ?? blocks[0]!;
  const rest = blocks.filter((b) => b !== main);
  const otherEls = new Set(rest.map((b) => b.el));
  const others = rest.map((b) => {
    const body = findBodyContainer(b.el);
    const headline = Array.from(b.el.querySelectorAll(HEADLINE)).find((h) => !isFurnitureChain(h)) ?? null;
    const roots: Node[] = body ? (headline && !body.el.contains(headline) ? [headline, body.el] : [body.el]) : [b.el];
    return { ...b, index: buildTextIndex(roots, isFurniture) };
  });
  return { main, others, skip: (el) => otherEls.has(el) || isFurniture(el) };
}

/** Texts of several stories as one index (a blank line apart), and where each one starts. */
export function joinIndexes(parts: TextIndex[]): { index: TextIndex; starts: number[] } {
  const texts: string[] = [];
  const segments: TextIndex['segments'] = [];
  const starts: number[] = [];
  let at = 0;
  for (const p of parts) {
    if (texts.length) {
      texts.push('\n\n');
      at += 2;
    }
    starts.push(at);
    texts.push(p.text);
    for (const s of p.segments) segments.push({ ...s, start: s.start + at, end: s.end + at });
    at += p.text.length;
  }
  return { index: { text: texts.join(''), segments }, starts };
}

/** Several stories' highlight plans as one over their joined index (see joinIndexes). */
export function joinPlans(plans: HighlightPlan[], starts: number[]): HighlightPlan {
  const shift = <T extends { start: number; end: number }>(xs: T[], by: number) => xs.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));
  const out: HighlightPlan = { actors: [], events: [], contacts: [] };
  plans.forEach((p, i) => {
    const by = starts[i] ?? 0;
    // Each story keeps its own actor entries: a hover card shows the role as of that story's date.
    for (const a of p.actors) out.actors.push({ ...a, mentions: shift(a.mentions, by) });
    for (const e of p.events) out.events.push({ ...e, mentions: shift(e.mentions, by) });
    for (const c of p.contacts) out.contacts.push({ ...c, mentions: shift(c.mentions, by) });
  });
  return out;
}
