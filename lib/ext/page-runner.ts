import { extractArticle } from '../article/extract';
import type { HighlightPlan, Message, Reply } from '../messages';
import type { TextIndex } from '../dom/text-index';
import { detectLang } from '../text/lang';
import { applyHighlights } from './highlighter';
import { installHoverCards } from './hover-card';

export type Send = <M extends Message>(m: M) => Promise<Reply<M>>;

/** paint() draws the highlights and cards and returns their undo; it can be called again after undo. */
export type PageRun = { isArticle: boolean; paint: (() => () => void) | null };

/**
 * The content script's work on one page: decide, read the article, let the background analyse
 * and store it, paint the highlights. Returns whether it was an article, and the undo.
 */
export async function runOnPage(send: Send, doc: Document = document, href = location.href): Promise<PageRun> {
  const art = extractArticle(doc, href);
  if (art.live) {
    const { posts, index, starts, ends } = art.live;
    const reply = await send({
      type: 'analyze-live',
      page: { url: art.meta.canonical ?? href, href, title: art.title, site: art.meta.siteName ?? new URL(href).hostname.replace(/^www\./, ''), lang: detectLang(index.text), published: art.published, text: index.text, reason: art.reason },
      posts: posts.map((p, i) => ({ id: p.id, title: p.title, published: p.published, start: starts[i]!, end: ends[i]! })),
    });
    if (!reply || !reply.ok) return { isArticle: true, paint: null };
    return { isArticle: true, paint: () => paintPlan(art.live!.index, reply.plan, doc) };
  }
  if (!art.isArticle) {
    await send({ type: 'not-article', url: href, title: art.title, reason: art.reason });
    return { isArticle: false, paint: null };
  }
  const reply = await send({
    type: 'analyze',
    page: {
      url: art.meta.canonical ?? href,
      href,
      title: art.title,
      site: art.meta.siteName ?? new URL(href).hostname.replace(/^www\./, ''),
      lang: art.lang,
      published: art.published,
      text: art.index.text,
      reason: art.reason,
    },
  });
  if (!reply || !reply.ok) return { isArticle: true, paint: null };
  const plan = reply.plan;
  return { isArticle: true, paint: () => paintPlan(art.index, plan, doc) };
}

/** Highlights and hover cards for a plan over a text index; returns their undo. */
function paintPlan(index: TextIndex, plan: HighlightPlan, doc: Document): () => void {
  const painted = applyHighlights(index, plan, doc);
  const removeCards = installHoverCards(
    painted.actorRanges.map(({ range, actor }) => ({ range, card: plan.actors[actor]!.card })),
    doc,
  );
  return () => {
    removeCards();
    painted.undo();
  };
}
