import type { Lexicon, LexEntry } from './lexicon';
import { normalizeText } from '../text/normalize';
import { adjacent, tokenize, type Token } from '../text/tokens';

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

const partOf = (entries: LexEntry[], part: LexEntry['part']) => entries.filter((e) => e.part === part).map((e) => e.actor);

/**
 * Finds every mention of a known actor, case-sensitively on whole words (so "лавров", laurels,
 * is not Lavrov). A surname takes in the first name, patronymic or initial before it; a first
 * name or initial of somebody else ("Нил Ушаков", "Н. Ушаков") means another person: no hit.
 */
export function findActors(text: string, lex: Lexicon): ActorHit[] {
  const norm = normalizeText(text);
  const toks = tokenize(norm);
  const out: ActorHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    let level = lex.root;
    let best: { j: number; entries: LexEntry[] } | null = null;
    for (let j = i; j < toks.length; j++) {
      if (j > i && !adjacent(norm, toks[j - 1]!, toks[j]!)) break;
      const node = level.get(toks[j]!.text);
      if (!node) break;
      if (node.entries.length) best = { j, entries: node.entries };
      level = node.next;
    }
    if (!best) continue;
    const end = toks[best.j]!.end;
    const forms = partOf(best.entries, 'form');
    if (forms.length) {
      out.push({ actor: forms[0]!, start: toks[i]!.start, end });
      i = best.j;
      continue;
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
      if (!rejected) out.push({ actor: cands[0]!, start, end });
      i = best.j;
      continue;
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
        i++;
      }
    }
  }
  return out;
}
