/** What JSON-LD says about a page: every @type seen, and the article node if there is one. */
export type JsonLdInfo = {
  types: string[];
  article: {
    type: string;
    headline: string | null;
    datePublished: string | null;
    dateModified: string | null;
    author: string | null;
    publisher: string | null;
    url: string | null;
    inLanguage: string | null;
  } | null;
};

// schema.org article types news sites use (NewsArticle and its Analysis/Opinion/... kinds).
const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|Report|BlogPosting|LiveBlogPosting|ScholarlyArticle|SocialMediaPosting)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const str = (v: Json | undefined): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v['name'] ?? v['@id'] ?? null);
  return null;
};

function nodes(v: Json, out: { [k: string]: Json }[], depth = 0): void {
  if (depth > 6 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) nodes(x, out, depth + 1);
    return;
  }
  out.push(v);
  if (v['@graph']) nodes(v['@graph'], out, depth + 1);
  if (v['mainEntity']) nodes(v['mainEntity'], out, depth + 1);
}

/** Reads every JSON-LD block, tolerating broken ones, @graph, arrays and array @type. */
export function readJsonLd(doc: Document): JsonLdInfo {
  const all: { [k: string]: Json }[] = [];
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = el.textContent ?? '';
    if (raw.length > 500_000) continue;
    try {
      nodes(JSON.parse(raw) as Json, all);
    } catch {
      // Sites ship JSON-LD with trailing commas or raw newlines; one bad block must not hide the others.
      try {
        nodes(JSON.parse(raw.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' ')) as Json, all);
      } catch {
        /* unreadable: ignored */
      }
    }
  }
  const types: string[] = [];
  let article: JsonLdInfo['article'] = null;
  for (const n of all) {
    const t = n['@type'];
    const list = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
    types.push(...list);
    const at = list.find((x) => ARTICLE_TYPES.test(x));
    if (at && !article) {
      article = {
        type: at,
        headline: str(n['headline'] ?? n['name']),
        datePublished: str(n['datePublished']),
        dateModified: str(n['dateModified']),
        author: str(n['author']),
        publisher: str(n['publisher']),
        url: str(n['url'] ?? n['mainEntityOfPage']),
        inLanguage: str(n['inLanguage']),
      };
    }
  }
  return { types, article };
}
