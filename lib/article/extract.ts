import { buildTextIndex, type TextIndex } from '../dom/text-index';
import { detectLang, type Lang } from '../text/lang';
import { findBodyContainer } from './body';
import { isFurniture } from './furniture';
import { parseDateline, readMeta, siteZone, zoneOffset, type PageMeta } from './meta';

export type ArticleVerdict = { isArticle: boolean; reason: string };
export type ExtractedArticle = ArticleVerdict & {
  meta: PageMeta;
  title: string | null;
  published: string | null;
  lang: Lang | null;
  /** The headline and body as text, with the map back to the page. Empty when not an article. */
  index: TextIndex;
};

const NON_ARTICLE_TYPES = /^(WebSite|CollectionPage|ItemList|SearchResultsPage|ProfilePage|Organization|NewsMediaOrganization)$/;

/**
 * Decides whether the page is one news article and, if so, reads its headline, body and
 * metadata. Metadata decides first (JSON-LD article types, og:type); the body's own weight
 * decides when the page says nothing about itself.
 */
export function extractArticle(doc: Document, url: string): ExtractedArticle {
  const meta = readMeta(doc, url);
  const empty: TextIndex = { text: '', segments: [] };
  const says = meta.jsonld.article ? 'jsonld' : meta.ogType === 'article' ? 'og' : null;
  const saysNot = !says && (meta.ogType === 'website' || meta.jsonld.types.some((t) => NON_ARTICLE_TYPES.test(t)));
  const base = { meta, title: meta.title, published: meta.published, lang: null, index: empty };
  // Home pages and listings announce themselves; stop before reading any text.
  if (saysNot && !doc.querySelector('[itemprop="articleBody"]')) return { ...base, isArticle: false, reason: `page says it is a ${meta.jsonld.types[0] ?? meta.ogType}` };

  // A live blog is a stream of short dated posts, not one article: reading it as one would
  // weld unrelated posts into one text (issue: live blogs as series of posts).
  if (meta.jsonld.article?.type === 'LiveBlogPosting') return { ...base, isArticle: false, reason: 'a live blog (posts are not read as one article yet)' };
  const body = findBodyContainer(doc);
  if (!body || body.chars < 300) return { ...base, isArticle: false, reason: 'no body text of an article' };
  if (!says && (body.paragraphs < 4 || body.chars < 1200)) return { ...base, isArticle: false, reason: 'no article metadata and too little running text' };

  const h1 = Array.from(doc.querySelectorAll('h1')).find((h) => !isFurnitureChainLite(h)) ?? null;
  const roots: Node[] = h1 && !body.el.contains(h1) ? [h1, body.el] : [body.el];
  const index = buildTextIndex(roots, isFurniture);
  const lang = detectLang(index.text);
  let published = meta.published;
  if (!published) {
    const dateline = doc.querySelector('time, .date, .post-date, .article__date, .news-date, [class*="date"]');
    const local = dateline ? parseDateline(dateline.textContent ?? '') : null;
    let host = '';
    try {
      host = new URL(meta.canonical ?? url).hostname;
    } catch {
      /* a page without a usable address */
    }
    published = local && local.length > 10 ? `${local}${zoneOffset(siteZone(host, lang), local)}` : local;
  }
  return {
    isArticle: true,
    reason: says === 'jsonld' ? `JSON-LD ${meta.jsonld.article!.type}` : says === 'og' ? 'og:type article' : 'running text of an article',
    meta,
    title: meta.title ?? h1?.textContent?.trim() ?? null,
    published,
    lang,
    index,
  };
}

function isFurnitureChainLite(el: Element): boolean {
  for (let e: Element | null = el.parentElement; e && e.tagName !== 'BODY'; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}
