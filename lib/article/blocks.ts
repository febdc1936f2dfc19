/**
 * How a block's own text reads, for the body search: text set straight in a container between
 * <br>s (older Russian and Ukrainian CMSs write a whole item that way, with no <p>), and teaser
 * cards (a linked headline over a snippet) that must not count as an article's paragraphs.
 */

/** Elements that break a line or start a block: they end a run of inline text. */
export const BLOCK_TAG = /^(P|DIV|UL|OL|LI|TABLE|TBODY|TR|TD|TH|SECTION|ARTICLE|BLOCKQUOTE|H[1-6]|FIGURE|ASIDE|NAV|HEADER|FOOTER|MAIN|DL|DT|DD|PRE|HR|BR|FORM|IMG|VIDEO|IFRAME)$/;

// Teaser snippets are short; a paragraph of an article rarely is.
export const MIN_PARAGRAPH = 40;

export type Runs = { chars: number; paragraphs: number };

/**
 * The runs of inline text set directly in el (text nodes and inline elements such as <a>, <b>,
 * <span> between <br>s and blocks), each run of MIN_PARAGRAPH letters or more a paragraph.
 * Blocks inside el are left to the caller, which scores them on their own.
 */
export function inlineRuns(el: Element, skip: (el: Element) => boolean): Runs {
  let chars = 0;
  let paragraphs = 0;
  let run = 0;
  // A run that is mostly link text is a list of headlines ("<a>…</a><br>" feeds), not prose.
  let linked = 0;
  const flush = () => {
    if (run >= MIN_PARAGRAPH && linked * 2 < run) {
      chars += run;
      paragraphs++;
    }
    run = 0;
    linked = 0;
  };
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) run += solidLength((c as Text).data);
    else if (c.nodeType === 1) {
      const child = c as Element;
      const tag = child.tagName.toUpperCase();
      if (BLOCK_TAG.test(tag) || holdsBlock(child)) flush();
      else if (!skip(child)) {
        const n = solidLength(child.textContent ?? '');
        run += n;
        if (tag === 'A' || child.querySelector('a')) linked += n;
      }
    }
  }
  flush();
  return { chars, paragraphs };
}

/** An inline element wrapping blocks (a card's <a> around its <h3> and <p>) is read as a block. */
export function holdsBlock(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK_TAG.test(c.tagName.toUpperCase()) && c.tagName.toUpperCase() !== 'BR') return true;
    if (holdsBlock(c)) return true;
  }
  return false;
}

/** Length of the text with its runs of white space counted as one, as the reader sees it. */
function solidLength(s: string): number {
  const t = s.trim();
  return t ? t.replace(/\s+/g, ' ').length : 0;
}

const HEADING = /^H[2-4]$/;

/**
 * A teaser's headline: a heading that is a link, or a link that holds a heading. In an article a
 * subheading is hardly ever a link; in a list of stories every headline is one.
 */
export function isLinkedHeading(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (HEADING.test(tag)) return el.querySelector('a') !== null || el.parentElement?.tagName.toUpperCase() === 'A';
  if (tag === 'A') {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (HEADING.test(c.tagName.toUpperCase())) return true;
  }
  return false;
}

/**
 * True for a teaser card: a block that opens with a linked headline before any paragraph of its
 * own and holds no more than a snippet or two. A list of them (a feed beside a short item, a
 * rubric) then weighs nothing in the body search.
 */
export function isTeaserCard(openedWithLink: boolean, paragraphs: number, chars: number): boolean {
  return openedWithLink && paragraphs <= 2 && chars < 400;
}
