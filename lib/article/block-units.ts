/**
 * The page cut into text blocks for the learned body decision (block-features.ts, block-model.ts):
 * every block element that holds text of its own and no block holding text below it (a
 * paragraph, a list item, a heading, a caption, a <div> of loose text), in reading order, with
 * what the rules already decided about it. The rules' body (the roots of the text index) is the
 * "main run" the learned decision refines.
 */
import { BLOCK_TAG } from './blocks';

/** What the rules chose: the text index's roots (headline, lead blocks, body) and their skip test. */
export type RulesChoice = { roots: Element[]; h1: Element | null; body: Element; skip: (el: Element) => boolean };

export type BlockUnit = {
  el: Element;
  /** The block's text, white space folded. */
  text: string;
  /** Letters of it inside links. */
  linked: number;
  /** Index among the page's blocks, in reading order. */
  order: number;
  /** Inside one of the rules' roots (and not the headline). */
  inRoots: boolean;
  /** Inside the rules' body container. */
  inBody: boolean;
  /** The rules leave it out (it or an ancestor is furniture to them). */
  ruleSkip: boolean;
  /** The headline itself, or inside it. */
  headline: boolean;
};

// Never read: code, styles, templates, pictures' markup.
const DEAD = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|HEAD|IFRAME|OBJECT|CANVAS|SELECT|OPTION)$/;
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The page's text blocks from root (the document's <body> by default), in reading order. The
 * walk is one pass: each element is visited once and the rules' skip test is asked once per
 * element on the way down.
 */
export function blockUnits(root: Element, rules: RulesChoice): BlockUnit[] {
  const out: BlockUnit[] = [];
  const roots = new Set(rules.roots.filter((r) => r !== rules.h1));
  // Returns whether el holds text in a block of its own (so its parent is not a leaf block).
  const walk = (el: Element, state: { inRoots: boolean; inBody: boolean; skip: boolean; headline: boolean }): boolean => {
    const tag = el.tagName.toUpperCase();
    if (DEAD.test(tag)) return false;
    const s = {
      inRoots: state.inRoots || roots.has(el),
      inBody: state.inBody || el === rules.body,
      skip: state.skip || rules.skip(el),
      headline: state.headline || el === rules.h1,
    };
    let childBlocks = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (walk(c, s)) childBlocks = true;
    const block = BLOCK_TAG.test(tag) && tag !== 'BR' && tag !== 'HR' && tag !== 'IMG';
    if (childBlocks) return true;
    if (!block) return false;
    const text = fold(liveText(el));
    if (!text) return false;
    out.push({ el, text, linked: linkedChars(el), order: 0, inRoots: s.inRoots && !s.headline, inBody: s.inBody, ruleSkip: s.skip, headline: s.headline });
    return true;
  };
  walk(root, { inRoots: false, inBody: false, skip: false, headline: false });
  // Children are pushed before their parents return, so the list is already in reading order.
  out.forEach((u, i) => (u.order = i));
  return out;
}

/** The text a reader sees in el: a script or style inside it (an inline player's setup) is no text. */
function liveText(el: Element): string {
  if (!el.querySelector('script, style, noscript, template')) return el.textContent ?? '';
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1 && !DEAD.test((n as Element).tagName.toUpperCase())) for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  return out;
}

function linkedChars(el: Element): number {
  if (el.tagName.toUpperCase() === 'A' || el.closest('a')) return fold(el.textContent ?? '').length;
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += fold(a.textContent ?? '').length;
  return n;
}
