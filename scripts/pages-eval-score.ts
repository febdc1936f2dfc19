/**
 * How the real-page evaluation scores a body, a title and a date.
 *
 * The gold body is not stored (it is other people's writing); the gold keeps the body's first
 * and last sentence and the strings that must not be in it. At evaluation time the gold text is
 * cut out of the page's own text, from the start of the first sentence to the end of the last,
 * with the must-not strings taken out. Extracted and gold text are then compared as bags of
 * tokens, as the article-extraction benchmarks do (trafilatura's comparison, Zyte's article
 * extraction benchmark): precision = shared tokens / extracted tokens, recall = shared tokens /
 * gold tokens, F1 their harmonic mean; a page's tokens are its lower-cased runs of letters and
 * digits, counted with multiplicity.
 */
import { parseHTML } from 'linkedom';

/** Whitespace (NBSP and other spaces included) folded to one space, so markup layout does not matter. */
export const norm = (s: string) => s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();

const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, br, tr, td, th, section, article, blockquote, figcaption, header, footer, aside, nav, ul, ol, dd, dt';

/**
 * Text of a page or of a tool's HTML output, as a reader sees it: no scripts, styles or
 * templates, a space after every block so that paragraphs never weld into one word. The page
 * and every tool's output go through this one function, so their tokens are comparable.
 */
export function htmlText(html: string): string {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();
  for (const el of Array.from(document.querySelectorAll(BLOCKS))) el.appendChild(document.createTextNode(' '));
  return norm(document.body?.textContent ?? document.documentElement?.textContent ?? '');
}

/** Gold body text: the page's span from the first sentence to the last, furniture taken out. */
export function goldSpan(text: string, first: string, last: string, mustNot: string[] = []): string | null {
  const a = text.indexOf(norm(first));
  if (a < 0) return null;
  const lastN = norm(last);
  const b = text.indexOf(lastN, a);
  if (b < 0) return null;
  let span = text.slice(a, b + lastN.length);
  for (const m of mustNot) span = span.split(norm(m)).join(' ');
  return norm(span);
}

export function tokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export type Prf = { p: number; r: number; f1: number };

export function tokenF1(extracted: string, gold: string): Prf {
  const want = new Map<string, number>();
  const g = tokens(gold);
  for (const t of g) want.set(t, (want.get(t) ?? 0) + 1);
  const got = tokens(extracted);
  let shared = 0;
  for (const t of got) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      shared++;
      want.set(t, n - 1);
    }
  }
  const p = got.length ? shared / got.length : 0;
  const r = g.length ? shared / g.length : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Right boundaries: the body begins with the first sentence (after a headline) and ends with the last. */
export function boundariesRight(body: string, first: string, last: string): boolean {
  const strip = (x: string) => norm(x).replace(/[.!?…»"”\s]+$/, '');
  const at = norm(body).indexOf(norm(first));
  // A tool may put the headline (and a standfirst) before the body: a few hundred characters allowed.
  return at >= 0 && at <= 400 && strip(body).endsWith(strip(last));
}

/** Titles compared as a reader would: quotes, dashes and spacing unified, case kept. */
export function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  const f = (s: string) => norm(s).replace(/[«»„“”"]/g, '"').replace(/[‘’`]/g, "'").replace(/[–—−]/g, '-').replace(/\s*\.$/, '');
  return f(a) === f(b);
}

/** The day a date string gives, as written in its own time zone (ISO prefix), else what Date reads. */
export function dayOf(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  if (iso) return iso[1]!;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** A body leaks when it holds a string the gold says must not be there. */
export function leaks(body: string, mustNot: string[] = []): string[] {
  const b = norm(body);
  return mustNot.filter((m) => b.includes(norm(m)));
}
