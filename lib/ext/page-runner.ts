import { extractArticle } from '../article/extract';
import type { Message, Reply } from '../messages';
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
  const paint = () => {
    const painted = applyHighlights(art.index, plan, doc);
    const removeCards = installHoverCards(
      painted.actorRanges.map(({ range, actor }) => ({ range, card: plan.actors[actor]!.card })),
      doc,
    );
    return () => {
      removeCards();
      painted.undo();
    };
  };
  return { isArticle: true, paint };
}
