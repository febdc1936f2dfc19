import { inlineRuns, isLinkedHeading, isTeaserCard, MIN_PARAGRAPH } from './blocks';
import { isFurniture } from './furniture';

// Containers that article templates (WordPress themes, news CMSs) put the body in.
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.article_body', '.article_text', '.post_text', '.doc__body', '.text-content', '.news-body', '#news-text', '#article-body',
  '.article-body', '.article__body', '.article-content', '.article__content', '.article-text', '.article__text',
  '.post-content', '.entry-content', '.td-post-content', '.tdb_single_content', '.news-text', '.news-content', '.news__text',
  '.post__text', '.story-body', '.body-text', '.wysiwyg', '.text-content', '.content-text', '#article-content', '.article',
  'article', 'main',
];

const ELEMENT_NODE = 1;

export type Score = { chars: number; paragraphs: number };

// Blocks whose own text between <br>s is read as paragraphs; a heading, list item or link is not.
const LOOSE_TEXT = /^(DIV|TD|SECTION|ARTICLE|MAIN|FONT|CENTER)$/;

/**
 * Letters of paragraph text below el, furniture left out: how much reading it holds. A body
 * search scores nested containers (and descends through them), so it passes one `seen` map
 * for the whole search: each element's score is then worked out once.
 */
export function paragraphScore(el: Element, skip: (el: Element) => boolean = isFurniture, seen?: Map<Element, Score>): Score {
  const walk = (node: Element): Score => {
    const known = seen?.get(node);
    if (known) return known;
    let score: Score = NONE;
    if (skip(node)) score = NONE;
    // Everything inside a link is link text: a feed's headline set in a <div> inside its <a>
    // ("<a><time>21:01</time><div>headline</div></a>") is a teaser, never a paragraph.
    else if (node.tagName.toUpperCase() === 'A') score = NONE;
    else {
      const tag = node.tagName.toUpperCase();
      if (tag === 'P' || tag === 'BLOCKQUOTE' || ((tag === 'H2' || tag === 'H3') && !isLinkedHeading(node))) {
        const n = (node.textContent ?? '').trim().length;
        // A paragraph that holds several between <br>s (older CMSs set a whole text in one <p>)
        // counts them, so a long text so set reads as the running text it is.
        const runs = tag === 'P' && node.querySelector('br') ? inlineRuns(node, skip).paragraphs : 1;
        if (n >= MIN_PARAGRAPH && !mostlyLinked(node, n)) score = { chars: n, paragraphs: Math.max(1, runs) };
      } else {
        // Text set straight in the block between <br>s (AMP and React templates, older CMSs)
        // reads as paragraphs too; its blocks are scored on their own.
        let { chars, paragraphs } = LOOSE_TEXT.test(tag) ? inlineRuns(node, skip) : NONE;
        let opened: boolean | null = null;
        for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
          const s = walk(c);
          if (opened === null && isLinkedHeading(c)) opened = paragraphs === 0;
          chars += s.chars;
          paragraphs += s.paragraphs;
        }
        if ((chars || paragraphs) && !isTeaserCard(opened === true, paragraphs, chars)) score = { chars, paragraphs };
      }
    }
    seen?.set(node, score);
    return score;
  };
  const { chars, paragraphs } = walk(el);
  return { chars, paragraphs };
}

const NONE: Score = { chars: 0, paragraphs: 0 };

/**
 * A paragraph whose text is mostly a link's is a teaser's headline or snippet ("<p><a>…</a></p>"
 * in a list of stories), not prose; an article's paragraph links a word or two.
 */
function mostlyLinked(p: Element, chars: number): boolean {
  let linked = 0;
  for (const a of Array.from(p.querySelectorAll('a'))) linked += (a.textContent ?? '').trim().length;
  return linked * 2 > chars;
}

/**
 * The element holding the article's body: the best-scoring known container, or else the parent
 * of the most paragraph text (the idea Readability scores with, much reduced). A root narrows
 * the search to one of several articles on a page.
 */
export function findBodyContainer(doc: Document | Element, skip: (el: Element) => boolean = isFurniture): { el: Element; chars: number; paragraphs: number } | null {
  let best: { el: Element; chars: number; paragraphs: number } | null = null;
  const seen = new Set<Element>();
  const scores = new Map<Element, Score>();
  for (const sel of BODY_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      if (seen.has(el) || isFurnitureChain(el, skip)) continue;
      seen.add(el);
      const s = paragraphScore(el, skip, scores);
      // Prefer the innermost container that keeps (nearly) all the text.
      if (!best || s.chars > best.chars * 1.15 || (s.chars >= best.chars * 0.9 && best.el.contains(el))) best = { el, ...s };
    }
    if (best && best.chars > 800 && sel === '[itemprop="articleBody"]') break;
  }
  if (best && best.chars >= 300) return descend(best, skip, scores);
  // No known container: score parents of paragraphs, and blocks holding text between <br>s
  // themselves (a short item with no <p> at all).
  const parents = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const n = (p.textContent ?? '').trim().length;
    if (n < MIN_PARAGRAPH || !p.parentElement || mostlyLinked(p, n) || isFurnitureChain(p, skip)) continue;
    parents.set(p.parentElement, (parents.get(p.parentElement) ?? 0) + n);
    // Half to the grandparent, as Readability scores: a template that wraps every paragraph in a
    // block of its own ("<div class=block><p>…</p></div>" per paragraph) still has one parent
    // of them all that outweighs any single wrapper.
    const grand = p.parentElement.parentElement;
    if (grand && grand.tagName !== 'BODY' && grand.tagName !== 'HTML') parents.set(grand, (parents.get(grand) ?? 0) + n / 2);
  }
  for (const el of Array.from(doc.querySelectorAll('div, td, section, article'))) {
    const { chars } = inlineRuns(el, skip);
    if (chars && !isFurnitureChain(el, skip)) parents.set(el, (parents.get(el) ?? 0) + chars);
  }
  let top: Element | null = null;
  let topChars = 0;
  for (const [el, n] of parents) if (n > topChars) [top, topChars] = [el, n];
  return top ? { el: top, ...paragraphScore(top, skip, scores) } : best;
}

/**
 * The innermost element under the chosen container that still holds nearly all its paragraph
 * text: a site's wrapper class we do not know ("main", "content") narrows to its body.
 */
function descend(found: { el: Element; chars: number; paragraphs: number }, skip: (el: Element) => boolean, scores: Map<Element, Score>): { el: Element; chars: number; paragraphs: number } {
  let cur = found;
  for (let depth = 0; depth < 8; depth++) {
    let next: typeof cur | null = null;
    for (let c = cur.el.firstElementChild; c; c = c.nextElementSibling) {
      if (skip(c)) continue;
      const s = paragraphScore(c, skip, scores);
      if (s.chars >= cur.chars * 0.9 && s.paragraphs >= Math.min(cur.paragraphs, 2)) next = { el: c, ...s };
    }
    if (!next) break;
    cur = next;
  }
  return cur;
}

/** True when el or an ancestor is furniture. */
export function isFurnitureChain(el: Element, skip: (el: Element) => boolean = isFurniture): boolean {
  for (let e: Element | null = el; e && e.nodeType === ELEMENT_NODE; e = e.parentElement) {
    if (e.tagName === 'BODY' || e.tagName === 'HTML') return false;
    if (skip(e)) return true;
  }
  return false;
}
