import type { Lexicon, LexEntry } from './lexicon';
import { normalizeText } from '../text/normalize';
import { adjacent, type Token } from '../text/tokens';

/** One mention of a known actor: half-open span into the text, index into lexicon.actors. */
export type ActorHit = { actor: number; start: number; end: number };

function isInitial(norm: string, t: Token): boolean {
  return t.text.length === 1 && t.text !== t.text.toLowerCase() && norm[t.end] === '.';
}

function initialOf(lex: Lexicon, actor: number): Set<string> {
  const a = lex.actors[actor]!;
  const out = new Set<string>();
  for (const names of [a.given?.uk, a.given?.ru, a.given?.en]) for (const n of names ?? []) out.add(n.charAt(0));
  return out;
}

const NAMESAKE = /(ім\.|імені|им\.|имени)\s*$/;
// "Блок Петра Порошенка", "партия Путина", "Фонд Клинтон": a name inside an organisation's name.
const ORG_BEFORE = /(^|[^\p{L}])(ім\.|імені|им\.|имени|[Бб]лок[ауі]?|[Пп]арті[яїюєй]|[Пп]арти[яиюей]|[Фф]ракці[яїює]|[Фф]ракци[яиюей]|[Фф]онд[ауі]?|[Фф]онде)\s*$/u;

const partOf = (entries: LexEntry[], part: LexEntry['part']) => entries.filter((e) => e.part === part).map((e) => e.actor);

/**
 * Finds every mention of a known actor, case-sensitively on whole words (so "лавров", laurels,
 * is not Lavrov). A surname takes in the first name, patronymic or initial before it; a first
 * name or initial of somebody else ("Нил Ушаков", "Н. Ушаков") means another person: no hit.
 */
export function findActors(text: string, lex: Lexicon): ActorHit[] {
  const norm = normalizeText(text);
  const out: ActorHit[] = [];
  const n = norm.length;
  let pos = 0;
  // A cheap scan over the words; only a word that can start a name (its first two letters
  // begin some lexicon entry, and the word itself is one) gets tokens around it and the full
  // resolution. No object is made for the other 95% of words.
  while (pos < n) {
    let s = pos;
    while (s < n && !isWordChar(norm.charCodeAt(s))) s++;
    if (s >= n) break;
    const e = wordEnd(norm, s);
    pos = e;
    const head = norm.charCodeAt(s) * 65536 + (e - s > 1 ? norm.charCodeAt(s + 1) : 0);
    if (!lex.heads.has(head) || !lex.root.has(norm.slice(s, e))) continue;
    const { toks, i } = wordsAround(norm, s, e);
    const last = resolveAt(norm, toks, i, lex, out);
    pos = Math.max(pos, toks[last]!.end);
  }
  return out;
}

/** End of the word starting at s (letters, with apostrophes inside). */
function wordEnd(norm: string, s: number): number {
  const n = norm.length;
  let e = s + 1;
  for (;;) {
    const c = norm.charCodeAt(e);
    if (e < n && isWordChar(c)) e++;
    else if (c === 39 && e + 1 < n && isWordChar(norm.charCodeAt(e + 1))) e += 2;
    else return e;
  }
}

/**
 * The words a candidate's resolution looks at: two before it (first name, patronymic or
 * initials) and six from it (multi-word names), found by scanning the string, not the text.
 */
function wordsAround(norm: string, s: number, e: number): { toks: Token[]; i: number } {
  const before: Token[] = [];
  let p = s;
  while (before.length < 2 && p > 0) {
    let q = p - 1;
    while (q >= 0 && !isWordChar(norm.charCodeAt(q))) q--;
    if (q < 0) break;
    let b = q;
    for (;;) {
      if (b > 0 && isWordChar(norm.charCodeAt(b - 1))) b--;
      else if (b > 1 && norm.charCodeAt(b - 1) === 39 && isWordChar(norm.charCodeAt(b - 2))) b -= 2;
      else break;
    }
    before.unshift({ text: norm.slice(b, q + 1), start: b, end: q + 1 });
    p = b;
  }
  const toks: Token[] = [...before, { text: norm.slice(s, e), start: s, end: e }];
  let at = e;
  while (toks.length < before.length + 7) {
    while (at < norm.length && !isWordChar(norm.charCodeAt(at))) at++;
    if (at >= norm.length) break;
    const end = wordEnd(norm, at);
    toks.push({ text: norm.slice(at, end), start: at, end });
    at = end;
  }
  return { toks, i: before.length };
}

/** Letters and combining marks, as WORD_RE has them; the scripts of our texts first, cheaply. */
function isWordChar(c: number): boolean {
  if (c < 0x41) return false;
  if (c <= 0x5a) return true;
  if (c < 0x61) return false;
  if (c <= 0x7a) return true;
  if (c < 0xc0) return false;
  if ((c >= 0x400 && c <= 0x52f) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f)) return true;
  return /[\p{L}\p{M}]/u.test(String.fromCharCode(c));
}

/**
 * Resolves a possible mention starting at toks[i]: appends a hit to out when it is one of our
 * actors, and returns the index of the last token it consumed.
 */
function resolveAt(norm: string, toks: Token[], i: number, lex: Lexicon, out: ActorHit[]): number {
    let level = lex.root;
    let best: { j: number; entries: LexEntry[] } | null = null;
    for (let j = i; j < toks.length; j++) {
      if (j > i && !adjacent(norm, toks[j - 1]!, toks[j]!)) break;
      const node = level.get(toks[j]!.text);
      if (!node) break;
      if (node.entries.length) best = { j, entries: node.entries };
      level = node.next;
    }
    if (!best) return i;
    const end = toks[best.j]!.end;
    const forms = partOf(best.entries, 'form');
    if (forms.length) {
      out.push({ actor: forms[0]!, start: toks[i]!.start, end });
      return best.j;
    }
    let cands = partOf(best.entries, 'surname');
    if (cands.length) {
      let start = toks[i]!.start;
      let k = i - 1;
      // "ТОВ «Ентер-Прайс»": the tail of a hyphenated word is not a surname on its own;
      // "ім. Антонова", "имени Лаврова": a namesake (a plant, a street), not the person.
      let rejected = (i > 0 && norm.slice(toks[i - 1]!.end, toks[i]!.start) === '-' && !lex.givenNames.has(toks[i - 1]!.text)) || NAMESAKE.test(norm.slice(Math.max(0, toks[i]!.start - 8), toks[i]!.start));
      // Walk back over patronymic and first name (or an initial) of the same person.
      for (let step = 0; step < 2 && k >= 0; step++) {
        const prev = toks[k]!;
        const next = toks[k + 1]!;
        if (isInitial(norm, prev) && /^\.\s?$/.test(norm.slice(prev.end, next.start))) {
          // "В. Ф. Януковича": the last initial may be the patronymic's; the first is the name's.
          const before = toks[k - 1];
          const two = before && isInitial(norm, before) && /^\.\s?$/.test(norm.slice(before.end, prev.start));
          const first = two ? before : prev;
          const ok = cands.filter((c) => initialOf(lex, c).has(first.text));
          if (!ok.length) rejected = true;
          else {
            cands = ok;
            start = first.start;
          }
          break;
        }
        if (!adjacent(norm, prev, next)) break;
        const entries = lex.root.get(prev.text)?.entries ?? [];
        const own = entries.filter((e) => (e.part === 'given' || e.part === 'patronymic') && cands.includes(e.actor));
        if (own.length) {
          cands = cands.filter((c) => own.some((e) => e.actor === c));
          start = prev.start;
          k--;
          continue;
        }
        if (step === 0 && lex.givenNames.has(prev.text)) rejected = true;
        break;
      }
      if (!rejected && ORG_BEFORE.test(norm.slice(Math.max(0, start - 10), start))) rejected = true;
      if (!rejected) out.push({ actor: cands[0]!, start, end });
      return best.j;
    }
    // "Сергей Алексеевич": first name and patronymic without the surname. Not when a surname
    // stands right before or after ("Непийвода Анатолій Іванович", "Віктор Федорович Гавриленко"),
    // nor when it is our actor's own surname (the surname path takes the whole name).
    const given = partOf(best.entries, 'given');
    const nextTok = toks[i + 1];
    const afterTok = toks[i + 2];
    const prevTok = toks[i - 1];
    const capital = (t: Token | undefined, a: Token, b: Token) => !!t && adjacent(norm, a, b) && t.text[0] !== t.text[0]!.toLowerCase();
    if (given.length && nextTok && adjacent(norm, toks[i]!, nextTok) && !(prevTok && capital(prevTok, prevTok, toks[i]!)) && !(afterTok && capital(afterTok, nextTok, afterTok))) {
      const pat = partOf(lex.root.get(nextTok.text)?.entries ?? [], 'patronymic').filter((a) => given.includes(a));
      if (pat.length === 1) {
        out.push({ actor: pat[0]!, start: toks[i]!.start, end: nextTok.end });
        return i + 1;
      }
    }
  return i;
}

