import { WORD_RE } from './normalize';

/** A word of the normalised text, with its half-open span. */
export type Token = { text: string; start: number; end: number };

// One compiled expression for every call (compiling it per sentence cost more than the matching).
const RE = new RegExp(WORD_RE.source, 'gu');

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = RE;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * True when only spaces, a hyphen in a compound name, or an opening/closing quote inside a
 * name ("РИА «Новости»") separate two tokens.
 */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '-' || /^\s{1,3}$/.test(gap) || /^\s?[«»"„“”]\s?$/.test(gap);
}
