import { analyzeText, type Analysis } from './analyze';
import { extractArticle, type LearnedOptions } from './article/extract';
import type { KnowledgeBase } from './kb/index';
import type { Lang } from './text/lang';
import { pageLang } from './article/page-lang';

/** One document for the annotator: article text or a saved page's HTML. */
export type AnnotateInput = { id: string; text?: string; html?: string; url?: string | null; published?: string | null; lang?: Lang | null };

/** The CLI's JSON for one document (the contract in README "Command line"). */
export type Annotation = ReturnType<typeof toAnnotation>;

export function toAnnotation(a: Analysis & { posts?: Analysis[] }): Record<string, unknown> {
  return {
    ...one(a),
    ...(a.posts ? { posts: a.posts.map(one) } : {}),
  };
}

function one(a: Analysis) {
  return {
    id: a.id,
    isArticle: a.isArticle,
    lang: a.lang,
    title: a.title,
    published: a.published,
    url: a.url,
    text: a.text,
    actors: a.actors.map(({ id, name, kind, wikidata, country, mentions }) => ({ id, name, kind, wikidata, country, mentions })),
    events: a.events,
    // Sentences beyond the evidence are for highlighting; the contract keeps the evidence.
    contacts: a.contacts.map(({ mentions: _mentions, ...c }) => c),
  };
}

/**
 * Annotates one document. HTML goes through the same article reader as the extension (given a
 * DOM parser for Node); text is taken whole, its first line being the title.
 */
export function annotate(input: AnnotateInput, kb: KnowledgeBase, parseHtml: (html: string) => Document, learned?: LearnedOptions): Analysis & { posts?: Analysis[] } {
  if (input.html !== undefined) {
    const doc = parseHtml(input.html);
    const art = extractArticle(doc, input.url ?? 'about:blank', undefined, learned);
    const url = input.url ?? art.meta.canonical;
    if (art.live) {
      // A live blog, as the extension reads it: each post its own short article.
      const { posts, index, starts, ends } = art.live;
      const blog = analyzeText({ id: input.id, text: index.text, title: art.title, published: input.published ?? art.published, url, isArticle: false }, kb);
      return {
        ...blog,
        posts: posts.map((p, i) =>
          analyzeText({ id: p.id, text: index.text.slice(starts[i]!, ends[i]!), title: p.title, published: p.published ?? art.published, url: url ? `${url}#${p.id}` : null }, kb),
        ),
      };
    }
    return analyzeText(
      {
        id: input.id,
        text: art.index.text,
        title: art.title,
        published: input.published ?? art.published,
        lang: input.lang ?? art.lang ?? (art.isArticle ? null : pageLang(doc)),
        url: input.url ?? art.meta.canonical,
        isArticle: art.isArticle,
      },
      kb,
    );
  }
  const text = input.text ?? '';
  const title = text.split('\n', 1)[0]?.trim() || null;
  return analyzeText({ id: input.id, text, title, published: input.published ?? null, lang: input.lang ?? null, url: input.url ?? null }, kb);
}
