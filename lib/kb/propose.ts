/**
 * People the knowledge base lacks, found where an article names them through a US or Russian office:
 * "заступник глави МЗС Росії Гліб Чорноус", "спецпосланця президента США Кевіна Олдріча", or the
 * name first, "Гліб Чорноус, заступник глави МЗС Росії, ...". The popup offers each one to be added
 * as the reader's own actor. Pure: the background runs it on the article's text after the matcher.
 */
import { headOf, isOfficeWord, markerSide, englishTitle, type Head } from './offices';
import { nominativeName, type NameCase } from './nominative';
import type { Gender } from './inflect';
import { PLACES, placeByForm } from '../contacts/places';
import { normalizeText } from '../text/normalize';
import { splitSentences, type Span } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import { OTHER_GIVEN } from '../match/lexicon';
import type { Actor, Side } from './types';

export type Proposal = {
  /** The name in the nominative, in the text's language: "Гліб Чорноус". */
  name: string;
  given: string;
  patronymic: string | null;
  surname: string;
  gender: Gender;
  lang: 'uk' | 'ru';
  side: 'US' | 'RU';
  /** The role: in the text's language, its first word in the nominative ("заступник глави МЗС Росії"), and in English. */
  role: { text: string; en: string };
  /** The sentence that names the person, and the name in it (offsets into the text, end exclusive). */
  sentence: Span;
  mention: Span;
};

// Every word of a place's name or form: "Женеву Москві" after a role is no person. Besides the
// places contacts are held in, the two-word cities of both countries a sentence may name there.
const CITIES = ['Нижній Новгород', 'Нижний Новгород', 'Новгороді', 'Новгороде', 'Великий', 'Ростов', 'Ростові', 'Ростове', 'Лос-Анджелес', 'Сан-Франциско', 'Лас-Вегас', 'Солт-Лейк'];
const PLACE_WORDS = new Set([...PLACES.flatMap((p) => [p.uk, p.ru, ...p.forms]), ...CITIES].flatMap((n) => n.split(/[\s-]+/)));
const PATRONYMIC = /(ович|евич|йович|івна|ївна|овна|евна|ьич|ич|ична)(а|у|ем|ом|ем|і|е|ою|ой|ої|ій)?$/;

const isLower = (w: string) => w[0] !== w[0]!.toUpperCase();
/** A word that can be part of a person's name: capitalised, not an acronym, a country, an office or a place. */
const nameWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && !isOfficeWord(w) && markerSide(w) === null && !PLACE_WORDS.has(w) && !placeByForm(w);

/** The name's words at tokens[from..]: first name, an optional patronymic, surname, all apart by spaces only. */
function nameAt(norm: string, toks: Token[], from: number, forward: boolean): Token[] | null {
  const spaced = (a: Token, b: Token) => /^ {1,2}$/.test(norm.slice(a.end, b.start));
  const take = (n: number) => {
    const ws = forward ? toks.slice(from, from + n) : toks.slice(from - n + 1, from + 1);
    if (ws.length !== n || !ws.every((t) => nameWord(t.text))) return null;
    for (let k = 1; k < n; k++) if (!spaced(ws[k - 1]!, ws[k]!)) return null;
    return ws;
  };
  const three = take(3);
  if (three && PATRONYMIC.test(three[1]!.text)) return three;
  const two = take(2);
  if (!two) return null;
  // A third capitalised word right after (or before) that is no patronymic: a longer name than ours to read.
  const beyond = forward ? toks[from + 2] : toks[from - 2];
  if (beyond && nameWord(beyond.text) && (forward ? spaced(two[1]!, beyond) : spaced(beyond, two[0]!))) return null;
  // A hyphen goes on with the word ("Нью-Йорк", a double surname we would cut in half).
  if (norm[two[1]!.end] === '-' || norm[two[0]!.start - 1] === '-') return null;
  return two;
}

type Phrase = { head: Head; nominative: boolean | null; side: Side | null; start: number; last: number };

/** The role phrase from the office word at toks[i]: its complement, and whose office it is. */
function phraseAt(norm: string, toks: Token[], i: number, head: Head, nominative: boolean | null): Phrase {
  let start = i;
  // "прес-секретар": the first half is part of the title.
  if (i > 0 && norm.slice(toks[i - 1]!.end, toks[i]!.start) === '-') start = i - 1;
  let side: Phrase['side'] = null;
  // "американський посол", "российского дипломата": the adjective before the office.
  const before = toks[start - 1];
  if (before && /^ $/.test(norm.slice(before.end, toks[start]!.start))) side = markerSide(before.text);
  let last = i;
  for (let j = i + 1; j < toks.length && j <= i + 9; j++) {
    const gap = norm.slice(toks[j - 1]!.end, toks[j]!.start);
    if (!/^ {1,2}$|^-$/.test(gap)) break;
    const w = toks[j]!.text;
    if (!isLower(w) && !isOfficeWord(w)) break;
    side ??= markerSide(w);
    last = j;
  }
  return { head, nominative, side: side ?? head.side ?? null, start, last };
}

/** Title of the role in the text's language, its office word in the nominative. */
function roleText(norm: string, toks: Token[], p: Phrase, i: number): string {
  const lead = p.start < i ? norm.slice(toks[p.start]!.start, toks[i]!.start) : '';
  const word = p.nominative === null ? toks[i]!.text.toLowerCase() : p.head.nom;
  return `${lead.toLowerCase()}${word}${norm.slice(toks[i]!.end, toks[p.last]!.end)}`;
}

/**
 * Persons named through a US or Russian office whom `known` (the matcher's mentions) does not
 * cover, one per name, in the order the text first names them. `knownGiven` holds first names in
 * the nominative (the knowledge base's and common ones): they decide a nominative that two readings fit.
 */
export function proposeActors(text: string, lang: 'uk' | 'ru', known: Span[], knownGiven: ReadonlySet<string> = new Set()): Proposal[] {
  const norm = normalizeText(text);
  const out = new Map<string, Proposal>();
  for (const sentence of splitSentences(norm)) {
    const toks = tokenize(norm, sentence.start, sentence.end);
    for (let i = 0; i < toks.length; i++) {
      const h = headOf(toks[i]!.text, lang);
      if (!h) continue;
      const p = phraseAt(norm, toks, i, h.head, h.nominative);
      // "заступник міністра ...": the office words inside a role phrase are that phrase's.
      const at = i;
      i = Math.max(i, p.last);
      if (p.side !== 'US' && p.side !== 'RU') continue;
      // The name after the role, else before it, set off by a comma or a dash.
      const next = toks[p.last + 1];
      let words = next && /^ {1,2}$/.test(norm.slice(toks[p.last]!.end, next.start)) ? nameAt(norm, toks, p.last + 1, true) : null;
      if (!words && p.start >= 2 && /^\s*[,(—–]\s*$/.test(norm.slice(toks[p.start - 1]!.end, toks[p.start]!.start))) words = nameAt(norm, toks, p.start - 1, false);
      if (!words) continue;
      const mention = { start: words[0]!.start, end: words[words.length - 1]!.end };
      if (known.some((k) => k.start < mention.end && mention.start < k.end)) continue;
      const textCase: NameCase = h.nominative === null ? 'unknown' : h.nominative ? 'nominative' : 'oblique';
      const [g, pat, s] = words.length === 3 ? [words[0]!, words[1]!, words[2]!] : [words[0]!, null, words[1]!];
      const nom = nominativeName(g.text, pat?.text ?? null, s.text, lang, textCase, knownGiven, !!h.head.female);
      if (!nom) continue;
      const name = [nom.given, nom.patronymic, nom.surname].filter(Boolean).join(' ');
      if (out.has(name)) continue;
      const role = roleText(norm, toks, p, at);
      out.set(name, { name, ...nom, lang, side: p.side, role: { text: role, en: englishTitle(h.head, role, p.side) }, sentence, mention });
    }
  }
  return [...out.values()];
}

/** First names in the nominative the knowledge base and the matcher know: proposeActors' `knownGiven`. */
export function knownGivenNames(actors: Actor[]): Set<string> {
  return new Set([...OTHER_GIVEN.uk, ...OTHER_GIVEN.ru, ...actors.flatMap((a) => [...(a.given?.uk ?? []), ...(a.given?.ru ?? [])])]);
}
