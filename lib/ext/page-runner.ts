import { extractArticle } from '../article/extract';
import { findArticleBlocks, joinIndexes, joinPlans, splitArticles } from '../article/appended';
import type { HighlightPlan, Message, Reply } from '../messages';
import type { TextIndex } from '../dom/text-index';
import { detectLang } from '../text/lang';
import { pageLang } from '../article/page-lang';
import { applyHighlights } from './highlighter';
import { installHoverCards } from './hover-card';
import { nameWalker } from './name-walk';
import type { Dir } from '../ui/walk';

export type Send = <M extends Message>(m: M) => Promise<Reply<M>>;

/**
 * What a paint left on the page: its undo, and the keyboard walk over its names (false when
 * there is no name to go to).
 */
export type Painted = { undo: () => void; walk: (dir: Dir) => boolean };

/**
 * paint() draws the highlights and cards; it can be called again after undo. stories: the
 * addresses of the article containers seen, to notice one appended later.
 */
export type PageRun = { isArticle: boolean; paint: (() => Painted) | null; stories: string[] };

/** The addresses of the article containers on the page now (infinite scroll adds more). */
export const storiesOn = (doc: Document = document, href = location.href) => findArticleBlocks(doc, href).map((b) => b.url);

/**
 * The content script's work on one page: decide, read the article, let the background analyse
 * and store it, paint the highlights. Returns whether it was an article, and the undo.
 */
export async function runOnPage(send: Send, doc: Document = document, href = location.href): Promise<PageRun> {
  const art = extractArticle(doc, href);
  const site = art.meta.siteName ?? new URL(href).hostname.replace(/^www\./, '');
  if (art.live) {
    const { posts, index, starts, ends } = art.live;
    const reply = await send({
      type: 'analyze-live',
      page: { url: art.meta.canonical ?? href, href, title: art.title, site, lang: detectLang(index.text), published: art.published, text: index.text, reason: art.reason },
      posts: posts.map((p, i) => ({ id: p.id, title: p.title, published: p.published, start: starts[i]!, end: ends[i]! })),
    });
    if (!reply || !reply.ok) return { isArticle: true, paint: null, stories: [] };
    return { isArticle: true, paint: () => paintPlan(art.live!.index, reply.plan, doc), stories: [] };
  }
  if (!art.isArticle) {
    // After the decision, not in it: a home page's language costs a read of its first screens.
    await send({ type: 'not-article', url: href, title: art.title, reason: art.reason, lang: pageLang(doc) });
    return { isArticle: false, paint: null, stories: [] };
  }
  // Infinite scroll: further stories under the first are read apart, each under its own address.
  const split = splitArticles(doc, href, art.meta.canonical);
  const main = split.others.length && split.main ? split.main : null;
  const own = main ? extractArticle(doc, href, { root: main.el, skip: split.skip }) : art;
  const stories = [...(split.main ? [split.main.url] : []), ...split.others.map((o) => o.url)];
  const parts: { index: TextIndex; plan: HighlightPlan }[] = [];
  // The appended stories first and the page's own last: the popup shows the last one read.
  for (const o of split.others) {
    const reply = await send({
      type: 'analyze',
      page: { url: o.url, href, title: o.title, site, lang: detectLang(o.index.text), published: o.published, text: o.index.text, reason: 'an article appended to the page' },
    });
    if (reply?.ok) parts.push({ index: o.index, plan: reply.plan });
  }
  const reply = await send({
    type: 'analyze',
    page: {
      url: main?.url ?? art.meta.canonical ?? href,
      href,
      title: main?.title ?? own.title,
      site,
      lang: own.lang,
      published: main?.published ?? own.published,
      text: own.index.text,
      reason: own.reason,
    },
  });
  if (reply?.ok) parts.unshift({ index: own.index, plan: reply.plan });
  if (!parts.length) return { isArticle: true, paint: null, stories };
  if (parts.length === 1) return { isArticle: true, paint: () => paintPlan(parts[0]!.index, parts[0]!.plan, doc), stories };
  const joined = joinIndexes(parts.map((p) => p.index));
  const plan = joinPlans(
    parts.map((p) => p.plan),
    joined.starts,
  );
  return { isArticle: true, paint: () => paintPlan(joined.index, plan, doc), stories };
}

/** Highlights, hover cards and the keyboard walk for a plan over a text index. */
function paintPlan(index: TextIndex, plan: HighlightPlan, doc: Document): Painted {
  const painted = applyHighlights(index, plan, doc);
  // Names first: where an event's words hold a name, the person's card is the one asked for.
  const targets = [
    ...painted.actorRanges.map(({ range, actor }) => ({ range, card: plan.actors[actor]!.card })),
    ...painted.eventRanges.flatMap(({ range, event }) => { const card = plan.events[event]!.card; return card ? [{ range, card }] : []; }),
  ];
  const cards = installHoverCards(targets, doc);
  return {
    undo: () => {
      cards.remove();
      painted.undo();
    },
    walk: nameWalker(targets, cards.open, doc),
  };
}
