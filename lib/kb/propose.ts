/**
 * People the knowledge base lacks, found where an article names them through a US or Russian office:
 * "заступник глави МЗС Росії Гліб Чорноус", "спецпосланця президента США Кевіна Олдріча", or the
 * name first, "Гліб Чорноус, заступник глави МЗС Росії, ...". The popup offers each one to be added
 * as the reader's own actor. Pure: the background runs it on the article's text after the matcher.
 */
import { headOf, isOfficeWord, markerSide, englishTitle, type Head } from './offices';
import { nominativeGuesses, nominativeName, type NameCase } from './nominative';
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
  // "Ентоні Дж. Блінкен": an initial is no surname.
  const end = two[1]!;
  if (end.text.length <= 3 && norm[end.end] === '.') return null;
  // A hyphen goes on with the word ("Нью-Йорк", a double surname we would cut in half).
  if (norm[two[1]!.end] === '-' || norm[two[0]!.start - 1] === '-') return null;
  return two;
}

type Phrase = { head: Head; nominative: boolean | null; side: Side | null; start: number; last: number; restart: number | null };

/**
 * The role phrase from the office word at toks[i]: its complement (five words at most), and whose
 * office it is. Another office word further on, not right after this one, starts a phrase of its
 * own ("посол должен встретиться с помощником госсекретаря ..."): `restart` says where.
 */
function phraseAt(norm: string, toks: Token[], i: number, head: Head, nominative: boolean | null, lang: 'uk' | 'ru'): Phrase {
  let start = i;
  // "прес-секретар": the first half is part of the title.
  if (i > 0 && norm.slice(toks[i - 1]!.end, toks[i]!.start) === '-') start = i - 1;
  let side: Phrase['side'] = null;
  // "американський посол", "российского дипломата": the adjective before the office.
  const before = toks[start - 1];
  if (before && /^ $/.test(norm.slice(before.end, toks[start]!.start))) side = markerSide(before.text);
  let last = i;
  for (let j = i + 1; j < toks.length && j <= i + 5; j++) {
    const gap = norm.slice(toks[j - 1]!.end, toks[j]!.start);
    if (!/^ {1,2}$|^-$/.test(gap)) break;
    const w = toks[j]!.text;
    if (!isLower(w) && !isOfficeWord(w)) break;
    // "с турецким коллегой ...": the name that follows is the counterpart's.
    if (/^(колег|коллег)/.test(w)) return { head, nominative, side: null, start, last, restart: null };
    const nested = headOf(w, lang);
    // Right after an office word ("заступник міністра", "заступника прес-секретаря") it is this office's complement.
    const prev = gap === '-' ? toks[j - 2] : toks[j - 1];
    if (nested && !(prev && headOf(prev.text, lang))) return { head, nominative, side: null, start, last, restart: j };
    side ??= markerSide(w) ?? nested?.head.side ?? null;
    last = j;
  }
  return { head, nominative, side: side ?? head.side ?? null, start, last, restart: null };
}

/** Title of the role in the text's language, its office word in the nominative. */
function roleText(norm: string, toks: Token[], p: Phrase, i: number): string {
  const lead = p.start < i ? norm.slice(toks[p.start]!.start, toks[i]!.start) : '';
  const word = p.nominative === null ? toks[i]!.text.toLowerCase() : p.head.nom;
  return `${lead.toLowerCase()}${word}${norm.slice(toks[i]!.end, toks[p.last]!.end)}`;
}

/** Edits (insert, delete, change a letter) from a to b, up to max + 1. */
function edits(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Whether first name + a reading of the surname as written is a person the knowledge base has:
 * the same first name and a surname one letter off (two in a long one) is the same person spelled
 * another way or mistyped ("Майк Волц" for Волтц, "Энтони Блинке"), not somebody new.
 */
function isKnown(given: string, surname: string, lang: 'uk' | 'ru', people: KnownNames['people']): boolean {
  const theirs = people.get(given);
  if (!theirs) return false;
  const readings = [surname, surname.replace(/(ом|ым|им)$/, ''), ...nominativeGuesses(surname, lang).map((g) => g.nom)];
  return readings.some((r) => theirs.some((s) => edits(r, s, 2) <= (s.length >= 6 ? 2 : 1)));
}

/** Names in the nominative the knowledge base knows: first names (its own and common ones), and its people's surnames by first name. */
export type KnownNames = { given: ReadonlySet<string>; people: ReadonlyMap<string, string[]> };

/**
 * Persons named through a US or Russian office whom `known` (the matcher's mentions) does not
 * cover, one per name, in the order the text first names them. `names.given` decides a nominative
 * that two readings fit; a first name and surname in `names.people` (or a letter off) are somebody
 * the knowledge base has, in a form the matcher missed ("Сергеем Лавровом"), not a person to add;
 * a namesake with another first name (Джон Остін beside Ллойд) is.
 */
export function proposeActors(text: string, lang: 'uk' | 'ru', known: Span[], names: KnownNames = { given: new Set(), people: new Map() }): Proposal[] {
  const norm = normalizeText(text);
  const out = new Map<string, Proposal>();
  for (const sentence of splitSentences(norm)) {
    const toks = tokenize(norm, sentence.start, sentence.end);
    for (let i = 0; i < toks.length; i++) {
      const h = headOf(toks[i]!.text, lang);
      if (!h) continue;
      const p = phraseAt(norm, toks, i, h.head, h.nominative, lang);
      // "заступник міністра ...": the office words inside a role phrase are that phrase's.
      const at = i;
      i = p.restart !== null ? p.restart - 1 : Math.max(i, p.last);
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
      const nom = nominativeName(g.text, pat?.text ?? null, s.text, lang, textCase, names.given, !!h.head.female, h.cases);
      if (!nom || isKnown(nom.given, s.text, lang, names.people)) continue;
      const name = [nom.given, nom.patronymic, nom.surname].filter(Boolean).join(' ');
      if (out.has(name)) continue;
      const role = roleText(norm, toks, p, at);
      out.set(name, { name, ...nom, lang, side: p.side, role: { text: role, en: englishTitle(h.head, role, p.side) }, sentence, mention });
    }
  }
  return [...out.values()];
}

/** What proposeActors needs to know of the knowledge base's names. */
export function knownNames(actors: Actor[]): KnownNames {
  const people = actors.filter((a) => a.kind === 'person');
  const out: { given: Set<string>; people: Map<string, string[]> } = {
    given: new Set([...OTHER_GIVEN.uk, ...OTHER_GIVEN.ru, ...people.flatMap((a) => [...(a.given?.uk ?? []), ...(a.given?.ru ?? [])])]),
    people: new Map(),
  };
  for (const a of people)
    for (const l of ['uk', 'ru'] as const)
      for (const g of a.given?.[l] ?? []) out.people.set(g, [...(out.people.get(g) ?? []), ...(a.surname?.[l] ?? [])]);
  return out;
}
