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
      let rejected = false;
      // Walk back over patronymic and first name (or an initial) of the same person.
      for (let step = 0; step < 2 && k >= 0; step++) {
        const prev = toks[k]!;
        const next = toks[k + 1]!;
        if (isInitial(norm, prev) && /^\.\s?$/.test(norm.slice(prev.end, next.start))) {
          const ok = cands.filter((c) => initialOf(lex, c).has(prev.text));
          if (!ok.length) rejected = true;
          else {
            cands = ok;
            start = prev.start;
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
    // "Сергей Алексеевич": first name and patronymic without the surname.
    const given = partOf(best.entries, 'given');
    const nextTok = toks[i + 1];
    if (given.length && nextTok && adjacent(norm, toks[i]!, nextTok)) {
      const pat = partOf(lex.root.get(nextTok.text)?.entries ?? [], 'patronymic').filter((a) => given.includes(a));
      if (pat.length === 1) {
        out.push({ actor: pat[0]!, start: toks[i]!.start, end: nextTok.end });
        i++;
      }
    }
  }
  return out;
}
