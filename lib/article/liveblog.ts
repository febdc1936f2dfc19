import { buildTextIndex, type TextIndex } from '../dom/text-index';
import { isFurniture } from './furniture';

/** One post of a live blog, read as its own short article. */
export type LivePost = { id: string; published: string | null; title: string | null; el: Element };

const timeOf = (el: Element) => el.querySelector('time[datetime], [itemprop="datePublished"]');

/**
 * The posts of a live blog: the largest group of sibling elements that each carry their own
 * time stamp (and some text). Site markup varies (liveblog-post, c-live-post, LiveItem...), the
 * shape does not: a list of dated blocks under one parent.
 */
export function findLivePosts(doc: Document, max = 200): LivePost[] {
  const groups = new Map<Element, Set<Element>>();
  for (const t of Array.from(doc.querySelectorAll('time'))) {
    // Climb from the time stamp to the block that is one of several dated siblings.
    let el: Element | null = t;
    for (let depth = 0; el && depth < 5; depth++) {
      const parent: Element | null = el.parentElement;
      if (!parent) break;
      if (el !== t && !isFurniture(el)) {
        let dated = 0;
        for (let c = parent.firstElementChild; c && dated < 3; c = c.nextElementSibling) if (c.querySelector('time')) dated++;
        if (dated >= 3) {
          const set = groups.get(parent) ?? new Set<Element>();
          set.add(el);
          groups.set(parent, set);
          break;
        }
      }
      el = parent;
    }
  }
  let best: Element[] = [];
  for (const set of groups.values()) if (set.size > best.length) best = [...set];
  return best
    .filter((el) => (el.textContent ?? '').trim().length >= 40)
    .slice(0, max)
    .map((el, i) => ({
      id: el.id || `post-${i + 1}`,
      published: timeOf(el)?.getAttribute('datetime') ?? timeOf(el)?.getAttribute('content') ?? null,
      title: el.querySelector('h2, h3, h4')?.textContent?.trim() ?? null,
      el,
    }));
}

/**
 * The posts' texts in one index (posts separated by a blank line), with where each post's text
 * starts: one set of highlights then covers the whole blog.
 */
export function indexPosts(posts: LivePost[]): { index: TextIndex; starts: number[]; ends: number[] } {
  const index = buildTextIndex(
    posts.map((p) => p.el),
    isFurniture,
  );
  // Block boundaries become "\n"; find each post's span by its first and last mapped segment.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const p of posts) {
    const segs = index.segments.filter((s) => p.el.contains(s.node));
    starts.push(segs[0]?.start ?? index.text.length);
    ends.push(segs[segs.length - 1]?.end ?? index.text.length);
  }
  return { index, starts, ends };
}
