import type { Actor, ContactType, Side } from '../kb/types';
import { sideOf } from '../kb/types';
import type { ActorHit } from '../match/actors';
import { findDates, isBareWeekday, type DateHit } from '../text/dates';
import type { Span } from '../text/sentences';
import { firstStartingAt, type Token } from '../text/tokens';
import { ABOUT, AND, BACKCHANNEL, CLAUSE_WORDS, DESCRIPTOR, REMOTE, SAID_BY, SPEECH, STATUS_CUES, TRILATERAL, WITH } from './lexicon';
import { infoOf, wordTable, type Word } from './words';
import { PLACE_PREP, placeByForm, type Place } from './places';
import { rolesAt } from '../kb/roles';
import { mayNameOffice, titleParties } from './titles';
import { bodyAsPlace, institutionsAsParties, kindOf } from './institutions';
import type { StatusCue, ArticleContact, ContactStatus, Participant } from './types';
import { mergeArticleContacts, REMOTE_KINDS } from './merge';

export type ExtractInput = {
  text: string;
  norm: string;
  sentences: { span: Span; tokens: Token[] }[];
  actors: Actor[];
  hits: ActorHit[];
  ref: Date | null;
  /** Filled with the starts of the sentences where the rules weighed a US–Russia contact, whether they kept it or not. */
  weighed?: Set<number>;
  /**
   * Each sentence's reading on its own, not yet folded into one record per contact: the learned
   * decisions read status and date per mention first (decide.ts), so that a recalled call and the
   * new one are told apart before they are folded.
   */
  unmerged?: boolean;
};

type Party = { pos: number; end: number; actor: number | null; side: Side; speaker: boolean; descriptor?: boolean; denier?: boolean };

/** Cuts a sentence into clauses at ; : dashes and at a comma before a conjunction or relative word. */
function clauses(norm: string, tokens: Token[], span: Span): Clause[] {
  const cuts = [span.start];
  // Where a clause opened by ", а" has a dash standing for its verb left out (gapping):
  // "Салливан созванивался с Ушаковым, а Бернс – с Нарышкиным".
  const gaps = new Map<number, number>();
  let opener = '';
  for (let i = 1; i < tokens.length; i++) {
    const gap = norm.slice(tokens[i - 1]!.end, tokens[i]!.start);
    const w = low(tokens[i]!);
    // ", про що заявив ...", ", о чем сообщил ...": a relative clause about the telling.
    const aboutWhich = /^(про|о|об)$/.test(w) && /^(що|чем|чём|яку|який|які|котор)/.test(low(tokens[i + 1]));
    // ", а Бернс ...": a contrasting clause of its own ("а також" only adds to the list).
    const contrast = w === 'а' && !/^(також|также)$/.test(low(tokens[i + 1]));
    const dash = /\s[–—-]\s/.exec(gap);
    if (dash && opener === 'а' && WITH.has(w)) {
      gaps.set(cuts[cuts.length - 1]!, tokens[i - 1]!.end + dash.index + 1);
      continue;
    }
    // ", повідомили в Кремлі", ", сообщили журналисты": a reporting clause after the contact is
    // its own; read inside it, the one telling looked like a party and took the contact's place.
    const telling = SPEECH.test(w) && i > 2;
    if (/[;:]|\s[–—-]\s|[”"»],?\s*[–—-]/.test(gap) || (/,/.test(gap) && (CLAUSE_WORDS.has(w) || aboutWhich || contrast || telling))) {
      cuts.push(tokens[i]!.start);
      opener = w;
    }
  }
  cuts.push(span.end);
  const out: Clause[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c]!;
    const to = cuts[c + 1]!;
    out.push({ from, to, toks: tokens.filter((t) => t.start >= from && t.end <= to), gap: gaps.get(from) });
  }
  return out;
}

/** Index of the first token starting at or after pos (tokens in order). */
const tokenIndexAt = (toks: Token[], pos: number): number => firstStartingAt(toks, pos);

// The words of the article being read, each lower-cased and classified once (lib/contacts/words.ts):
// an article repeats its words, and the rules ask about the same token several times. Set anew by
// each extraction (synchronous, so never shared between two), so memory stays one article's words.
let wordOf: (text: string) => Word = wordTable();

/** A token's word in lower case, from the table; '' for a token past either end. */
function low(t: Token | undefined): string {
  return t ? wordOf(t.text).lower : '';
}

function triggerAt(t: Token): ContactType | null {
  return wordOf(t.text).trigger;
}

function sideWord(t: Token): Side | null {
  return infoOf(wordOf(t.text)).side;
}

/** Index of the first hit starting at or after pos (hits in order). */
const hitIndexAt = (hits: ActorHit[], pos: number): number => firstStartingAt(hits, pos);

/** "российско-американский", "американо-російський": a compound adjective names both sides. */
function compoundSides(t: Token): Side[] {
  if (!t.text.includes('-')) return [];
  const parts = t.text.split('-');
  const sides = parts.map((x) => sideWord({ ...t, text: x }) ?? (/^американо$/i.test(x) ? 'US' : null));
  return sides.every((x) => x !== null) ? [...new Set(sides as Side[])] : [];
}

const PLACE_NOUN = new Set(['місті', 'городе', 'столиці', 'столице', 'території', 'территории']);

/** The last place named in [from, to): what a "де" clause points back to. */
function placeBefore(norm: string, tokens: Token[], from: number, to: number): Place | null {
  let found: Place | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < from || t.end > to) continue;
    if (!PLACE_PREP.has(low(tokens[i - 1]!))) continue;
    // Names of one to three tokens ("Ер-Ріяді", "Нью-Йорку").
    for (let n = 3; n >= 1; n--) {
      const last = tokens[i + n - 1];
      if (!last || last.end > to) continue;
      const place = placeByForm(norm.slice(t.start, last.end));
      if (place) {
        found = place;
        break;
      }
    }
  }
  return found;
}

/** The place nearest this trigger, among places no other trigger of the clause is nearer to. */
function findPlace(norm: string, toks: Token[], near: number, all: number[], visit: boolean): Place | null {
  let best: Place | null = null;
  let bestDist = Infinity;
  for (let i = 1; i < toks.length; i++) {
    // "у Женеві", and "в швейцарском городе Давос" (the name after "городе / місті" keeps its nominative).
    const prev = low(toks[i - 1]!);
    if (!PLACE_PREP.has(prev) && !PLACE_NOUN.has(prev)) continue;
    for (let n = 3; n >= 1; n--) {
      const last = toks[i + n - 1];
      if (!last) continue;
      const place = placeByForm(norm.slice(toks[i]!.start, last.end));
      if (place) {
        const at = toks[i]!.start;
        const d = Math.abs(at - near);
        // "у США заявили" is who speaks; the sides' own countries are a place only as a trip's
        // destination or right after the contact word ("встречу на территории России").
        if ((place.country === 'US' || place.country === 'RU') && place.kind === 'country' && !visit && !(at > near && at - near < 40)) break;
        // The place belongs to the trigger before it in the same comma-free stretch, else the nearest.
        const owner = (t: number) => t < at && !norm.slice(t, at).includes(',');
        const ownerTrig = all.filter(owner).pop();
        if (ownerTrig !== undefined ? ownerTrig !== near : all.some((t) => Math.abs(at - t) < d)) break;
        const better = d < bestDist || (best?.kind === 'country' && place.kind === 'city');
        if (better) [best, bestDist] = [place, d];
        break;
      }
    }
  }
  return best;
}

// The contact verb's own tense: "зустрілися", "созвонились" (past) against "встретятся",
// "зустрінуться", "поговорять" (future). Only verb stems; "переговорів" ends in -в as a noun.
// Verbs of calling that take their counterpart in the dative: "зателефонував Трампу", "позвонил Шойгу".
const DATIVE_CALL = /^(зателефон|подзвон|передзвон|позвон|перезвон|дзвон|звон|телефонува)\p{L}*(в|л|ла|ли|ть|ти|ит|ять|ят|ать|ує|ують|ував|увала|ували)?$/u;
const VERB_STEM = /^(зателефон|подзвон|передзвон|позвони|позвонил|перезвон|телефонува|зустрі[лвн]|зустріча|поговори|поспілкува|розмовля|говори|созвони|созван|зідзвон|встрет|встреча|поговор|разговарива|пообща|прибу|прибыл|прилеті|прилетел|приїха|приеха|відвіда|посети|вируши|вылет|полет|поїд|поед|приїд|приед|отправ|провел|провёл|провів|провели)/;
const PAST = /(л|ла|ло|ли|лся|лась|лось|лись|лася|лося|лися|в|вся)$/;
const FUTURE = /(нуться|неться|нусь|тимуть|тиме|тимемо|ятся|ится|утся|ются|ять|уть|ють|ить|ет|ут|ит|ят)$/;
// Present tense of a motion verb ("вирушає", "направляется") is an intention: the trip is ahead.
const MOTION = /^(вируш|вылет|полет|поїд|поед|приїд|приед|прилет|отправ|направля|прямує|прямують|прилітає|прилетает)/;
function tenseOf(w: string): 'happened' | 'planned' | null {
  if (HOSTING.test(w)) return /^(примет|примут|прийме|приймуть)$/.test(w) ? 'planned' : /(л|ла|ли|в)$/.test(w) ? 'happened' : null;
  if (!VERB_STEM.test(w) && !MOTION.test(w)) return null;
  if (PAST.test(w)) return 'happened';
  // A verb of motion not in the past ("вирушає", "поїде", "направляется") is a trip still ahead.
  if (MOTION.test(w)) return 'planned';
  if (/(ся|сь)$/.test(w) && !FUTURE.test(w)) return null;
  if (FUTURE.test(w)) return 'planned';
  return null;
}

// Global versions of the status cues, compiled once.
// Global versions of the status cues, compiled once. Cues start at a word start ("ведут",
// under way, is not inside "проведут", will hold): checked on each match below.
const STATUS_CUES_G = STATUS_CUES.map((c) => ({ ...c, re: new RegExp(c.re.source, 'gu') }));
const LETTER = /\p{L}/u;

export function statusOf(lower: string, from: number, trigger: number, future: boolean): { status: ContactStatus; cue: boolean } {
  let best: { status: ContactStatus; dist: number; rank: number } | null = null;
  STATUS_CUES_G.forEach((cue, rank) => {
    const re = cue.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower))) {
      if (m.index > 0 && LETTER.test(lower[m.index - 1]!)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const dist = Math.abs(from + m.index - trigger);
      // A denial or a calling-off anywhere in the clause decides; otherwise the nearest cue does.
      const key = cue.status === 'denied' || cue.status === 'called_off' ? -1 : dist;
      if (!best || key < best.dist || (key === best.dist && rank < best.rank)) best = { status: cue.status, dist: key, rank };
    }
  });
  const found = best as { status: ContactStatus } | null;
  if (found) return { status: found.status, cue: true };
  return { status: future ? 'planned' : 'unclear', cue: false };
}

// Words that point back to a contact already told: "ці переговори", "наступний раунд", "таких
// контактів", "розмова обох лідерів".
const BACKREF = /(^|[^\p{L}])(ці|цих|цим|ця|цієї|такі|таких|такої|такі|подібн|наступн|чергов|останн|эти|этих|этой|эта|такие|такой|подобн|следующ|очередн|последн|обидві сторони|обе стороны|ще один|ещё один|еще один|учасники|участники|(обох|обоих|двох|двух) (лідер|лидер|президент))/u;


// Prepositions after which a country word is a place or a topic; з/с (with) and між (between) name parties.
const NOT_PARTY_PREP = new Set(['у', 'в', 'во', 'на', 'через', 'щодо', 'про', 'о', 'об', 'по', 'для', 'до', 'від', 'от', 'проти', 'против', 'після', 'после', 'перед', 'без', 'при', 'за', 'к', 'біля', 'около', 'навколо', 'вокруг', 'серед', 'среди', 'насчет', 'стосовно', 'относительно']);

/** Prepositions of a topic: "про", "щодо", "о", "насчет". */
const TOPIC_PREP = new Set(['про', 'щодо', 'о', 'об', 'насчет', 'стосовно', 'относительно']);

/** Nouns after which a country is what an office deals with: "з питань", "по вопросам", "по делам". */
export const TOPIC_NOUN = /^(питань|питання|питаннях|вопросам|вопросу|вопросов|вопросах|делам|справах)$/;

// Sentences that say who made up the delegations.
const DELEGATION = /(представля|возглав|очолю|очолив|очолил|входил|входя|увійшл|вошл|у складі|в составе|за столом|сопровожд|супроводж)/;
// "З американського боку участь у консультаціях взяли: ...": taking part as what the sentence is
// about (at its start), not "який брав участь у переговорах" said in passing.
const TOOK_PART = /^(\S+\s+){0,4}(участь|участие)\s|\s(на|в|у)\s(переговорах|зустрічі|встрече|консультаціях|консультациях)\s(був|була|були|был|была|были|присутні|присутствовали|присутствовал)\s/;
// Third-person pronouns (and possessives) that point back to a person named before.
// Relative pronouns count only where they open their clause ("будь-яка" is no back-reference).
const RELATIVE = new Set(['який', 'яка', 'які', 'который', 'которая', 'которые']);
const PRONOUN = new Set(['він', 'вона', 'вони', 'його', 'її', 'їх', 'йому', 'їй', 'їм', 'ним', 'нею', 'ними', 'нього', 'неї', 'них', 'он', 'она', 'они', 'его', 'ее', 'её', 'их', 'ему', 'ей', 'им', 'него', 'нее', 'неё', 'ней']);

const DENIAL_VERB = /(спростува|опроверг|запереч|отрица|відкину|отверг|назва\S* (фейк|неправд)|назвал\S* (фейк|неправд))/;

const iso = (d: Date) => d.toISOString().slice(0, 10);

// Words that may stand between the names of one noun phrase: "зустрічі Трампа і Путіна",
// "розмови 16 жовтня між президентом США Дональдом Трампом і Володимиром Путіним".
const CONJ = new Set(['і', 'й', 'та', 'и', 'а', 'також', 'также', 'між', 'между', 'з', 'із', 'зі', 'с', 'со']);
const TITLE_WORD = /^(президент|господар|хозя|прем'єр|премьер|міністр|министр|глав|голов|керівник|руководител|лідер|лидер|диктатор|держсекретар|госсекретар|секретар|спецпосланц|спецпосланник|посланц|посланник|спецпредставник|спецпредставител|представник|представител|радник|советник|помічник|помощник|директор|очільник|делегаці|делегац|бізнесмен|бизнесмен|зят|посол|посл|начальник|віце|вице|заступник|заместител|речник|колег|партнер|візаві|визави|мзс|мид|цру|свр|фсб|держдеп|госдеп|пентагон|кремл|білого|белого|дому|дома|закордонних|иностранных|справ|дел|оборони|обороны|рф|сша|його|его|її|ее|їх|их|свої|своим|своїм|своего|свого|своей|своєю)/;
// Adjectives (and participles) by their endings: "російського", "спеціальним", "американської".
const ADJECTIVE = /(ого|ому|ий|ый|ій|ой|ої|ая|ою|ей|ою|их|ых|ими|ыми|им|ым|ые|і|ую|ю)$/;
const DATE_WORD = /^(\d+|січн|лют|берез|квіт|травн|черв|лип|серп|верес|жовт|листопад|груд|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|року|рік|года|год)/;
const HOSTING = /^(примет|примут|принял|приняла|приняли|принимает|принимал|прийме|приймуть|прийняв|прийняла|прийняли|приймає|приймав)$/;
// Nouns for people and bodies that a country word after them makes a party: "влада США".
const SIDE_BEARER = /^(керівництв|руководств|влад|власт|сторон|представ|посольств|відомств|ведомств|дипломат|чиновник|посадов|переговорник|переговорщик|військов|военн|розвідк|разведк|спецслужб|лідер|лидер|міністерств|министерств|глав|президент)/;
// A contact noun after these prepositions is a second event the clause places its own against:
// "поговорив із Лавровим перед зустріччю Трампа і Путіна" (the summit is still ahead).
const BEFORE_PREP = new Set(['перед', 'напередодні', 'накануне', 'преддверии', 'передодні']);
const AFTER_PREP = new Set(['після', 'после']);

/**
 * The parties a contact word governs: the names that follow it within one noun phrase. Walks
 * right from the trigger over names, titles, adjectives, conjunctions and "між/з", and stops at
 * anything else (a verb, a preposition of place, a clause break).
 */
function governed(norm: string, toks: Token[], k: number, parties: Party[]): Party[] {
  const out: Party[] = [];
  // Nobody named after the word: nothing to walk to.
  const from = toks[k]!.end;
  if (!parties.some((p) => p.pos >= from)) return out;
  let j = k + 1;
  // "телефонної розмови": a run of contact words is one head.
  while (j < toks.length && triggerAt(toks[j]!) !== null && j <= k + 2) j++;
  let gap = 0;
  let prevEnd = toks[k]!.end;
  // Inside "помощником президента по внешней политике Юрием Ушаковым" the "по ..." phrase is part
  // of the title: its words link the title to the name.
  let inTitlePp = false;
  for (; j < toks.length; j++) {
    const t = toks[j]!;
    const gapText = t.start - prevEnd > 1 ? norm.slice(prevEnd, t.start) : ' ';
    if (/[;:()–—]|\s-\s/.test(gapText)) break;
    // "Україна-США-росія" is three parties on one token.
    let party: Party | undefined;
    for (const p of parties) {
      if (t.start < p.pos || t.start >= p.end) continue;
      party ??= p;
      if (!out.includes(p)) out.push(p);
    }
    if (party) {
      gap = 0;
      // Skip the rest of this party's tokens.
      while (j + 1 < toks.length && toks[j + 1]!.start < party.end) j++;
      prevEnd = toks[j]!.end;
      continue;
    }
    const w = low(t);
    // "визита в Вашингтон украинского президента ...": the destination sits inside the phrase.
    if (PLACE_PREP.has(w) && j + 1 < toks.length && placeByForm(toks[j + 1]!.text)) {
      prevEnd = toks[++j]!.end;
      // "визита Уиткоффа в Москву Дмитриев указывал": a name right after the place starts the next phrase.
      if (out.length && /^\p{Lu}/u.test(toks[j + 1]?.text ?? '')) break;
      continue;
    }
    if ((w === 'по' || (w === 'з' && low(toks[j + 1]) === 'питань')) && j > 0 && (TITLE_WORD.test(low(toks[j - 1]!)) || parties.some((p) => p.end === toks[j - 1]!.end))) {
      inTitlePp = true;
      prevEnd = t.end;
      continue;
    }
    if (inTitlePp && /^\p{Ll}/u.test(t.text) && triggerAt(t) === null && !PLACE_PREP.has(w)) {
      if (++gap > 6) break;
      prevEnd = t.end;
      continue;
    }
    inTitlePp = false;
    const linking = CONJ.has(w) || /^\p{Lu}/u.test(t.text) || TITLE_WORD.test(w) || (!out.length && DATE_WORD.test(w)) || (w.length > 3 && ADJECTIVE.test(w) && triggerAt(t) === null);
    if (!linking || ++gap > 4) break;
    // A comma ends the phrase unless a name or a title goes on the list: "Віткоффом, Кушнером і ...".
    if (gapText.includes(',') && !/^\p{Lu}/u.test(t.text) && !TITLE_WORD.test(w)) break;
    prevEnd = t.end;
  }
  return out;
}

/**
 * The coordinated names that end at `last`: "Уиткофф и Кушнер встретятся с Путиным" makes both
 * Witkoff and Kushner the subject, not only the name nearest the verb.
 */
function coordinatedBefore(norm: string, toks: Token[], last: Party, parties: Party[]): Party[] {
  const out = [last];
  let cur = last;
  for (;;) {
    // "Віткофф і зять президента США Джаред Кушнер": an office (or its country) right before a
    // name is the name's apposition ("президента США" whose son-in-law), no member of the list.
    const apposition = (p: Party) => /^\s*$/.test(norm.slice(p.end, cur.pos)) && (p.actor === null || /^\p{Ll}/u.test(norm.slice(p.pos, p.end))) && /^\p{Lu}/u.test(norm.slice(cur.pos, cur.end));
    const prev = [...parties].reverse().find((p) => p.end <= cur.pos && !p.descriptor && !apposition(p));
    if (!prev) break;
    const between = toks.filter((t) => t.start >= prev.end && t.end <= cur.pos).map((t) => low(t));
    const gapText = norm.slice(prev.end, cur.pos);
    // Only a conjunction (and the title of the next name) may stand between: "Рубіо та Лавров".
    const ok = between.length >= 1 && between.length <= 4 && AND.has(between[0]!) && between.slice(1).every((w) => TITLE_WORD.test(w) || ADJECTIVE.test(w));
    const commaList = between.length === 0 && /^\s*,\s*$/.test(gapText);
    // "За словами Пєскова, Віткофф зустрінеться ...": a speaker is no member of the list after it.
    if ((!ok && !commaList) || prev.speaker) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/**
 * Whether a noun names the actor's own office ("спецпредставника Стіва Віткоффа" is Witkoff, the
 * envoy; "зятем Джаредом Кушнером" is Kushner): then the name is an apposition, not a possessor.
 */
function namesOwnRole(actor: Actor, noun: string): boolean {
  const stem = noun.toLowerCase().slice(0, Math.min(6, noun.length - 1));
  let words = ROLE_WORDS.get(actor);
  if (!words) {
    words = actor.roles.flatMap((r) => [r.title.uk, r.title.ru].flatMap((t) => (t ? t.toLowerCase().split(/[\s()—;,]+/) : [])));
    ROLE_WORDS.set(actor, words);
  }
  return words.some((w) => w.startsWith(stem));
}
// The words of each actor's role titles, split once.
const ROLE_WORDS = new WeakMap<Actor, string[]>();

/** A masculine surname in -а/-я is a genitive (a possessor: "зять Трампа"), not an apposition ("зятем Кушнером"). */
export function looksGenitive(actor: Actor, form: string): boolean {
  if (actor.kind !== 'person' || actor.gender !== 'm') return true;
  // A title standing for the person ("президента США") shows its case in its first word.
  const words = form.split(/\s+/);
  if (/^\p{Ll}/u.test(form)) return words.some((w) => /[ая]$/.test(w) && !/(ая|ськая|ская)$/.test(w));
  return /[ая]$/.test(words[words.length - 1]!);
}

/**
 * Whether a country named right after this word is its possessor ("війни Росії", "позиції США"):
 * after a plain noun it is; after people or bodies ("делегацій Росії", "уряду США"), a title, a
 * conjunction or a contact word it is a party.
 * A country in a list of countries is one of them, not the possessor of the one before
 * ("переговори України, Росії та США").
 */
export function possessedBy(prevLower: string, prevTok: Token | undefined): boolean {
  // "за участі української, американської та російської сторін", "при участии США": who takes part.
  if (/^участ/.test(prevLower)) return false;
  return !!prevTok && /^\p{Ll}{3,}$/u.test(prevLower) && /[аяиіыоеу]$/.test(prevLower) && !TITLE_WORD.test(prevLower) && !DESCRIPTOR.test(prevLower) && !SIDE_BEARER.test(prevLower) && triggerAt(prevTok) === null && !CONJ.has(prevLower) && sideWord(prevTok) === null;
}

/** Whether a mention qualifies another's office and is not at the table: "зять Трампа Джаред Кушнер", "представник Путіна". */
export function possessorTest(norm: string, actors: Actor[]): (h: ActorHit) => boolean {
  return (h) => {
    const prev = /(\p{L}+)\s*$/u.exec(norm.slice(Math.max(0, h.start - 40), h.start))?.[1] ?? '';
    const a = actors[h.actor]!;
    return DESCRIPTOR.test(prev.toLowerCase()) && looksGenitive(a, norm.slice(h.start, h.end)) && !namesOwnRole(a, prev);
  };
}

type Clause = { from: number; to: number; toks: Token[]; gap?: number };
type Trig = { i: number; t: Token; type: ContactType | null };
type Raw = ArticleContact & { sentence: number; inherited: boolean };
type Last = { sentence: number; parties: Party[]; type: ContactType };

/** What one article's rules read: its text, names and publication day. */
type Article = {
  text: string;
  norm: string;
  sentences: ExtractInput['sentences'];
  actors: Actor[];
  hits: ActorHit[];
  ref: Date | null;
  refIso: string;
  possessor: (h: ActorHit) => boolean;
  /** Sentences (by start) where the rules weighed a contact of both sides, kept or not. */
  weighed: Set<number>;
};

// A speaker: a verb of saying right after the name, or right before it with nobody between
// ("Про це заявив ... Рябков", but not "опроверг информацию о разговоре Путина").
function markSpeaker(toks: Token[], parties: Party[], p: Party): { from: number; before: Token[] } {
  const at = tokenIndexAt(toks, p.end);
  const after = toks.slice(at, at + 4);
  const from = tokenIndexAt(toks, p.pos);
  const before = toks.slice(Math.max(0, from - 7), from);
  const nextParty = parties.find((q) => q.pos >= p.end);
  // "сообщил помощник президента России Юрий Ушаков": the office in between is no other speaker.
  let prevParty: Party | undefined;
  for (let q = parties.length - 1; q >= 0 && !prevParty; q--) if (parties[q]!.end <= p.pos && !parties[q]!.descriptor && parties[q]!.actor !== null) prevParty = parties[q];
  const saying = (t: Token) => SPEECH.test(low(t));
  const sayAfter = after.find((t) => saying(t) && (!nextParty || t.start < nextParty.pos));
  if (sayAfter) [p.speaker, p.denier] = [true, DENIAL_VERB.test(low(sayAfter))];
  // "За словами Пєскова, візит Віткоффа ...": who the words are of speaks too.
  const verb = before.findLastIndex((t) => (saying(t) || SAID_BY.test(low(t))) && (!prevParty || t.start > prevParty.end));
  if (verb >= 0 && !before.slice(verb + 1).some((t) => ABOUT.test(low(t)) || triggerAt(t))) [p.speaker, p.denier] = [true, DENIAL_VERB.test(low(before[verb]!))];
  return { from, before };
}

/**
 * The day whose office holders an office named in the clause stands for: the article's, unless
 * the clause dates what it tells before it ("остання розмова Наришкіна з головою ЦРУ відбулася
 * влітку 2023 року" is Burns, not the director of the article's day). A month or year is read at
 * its middle.
 */
function officeDay(art: Article, cl: Clause): string {
  const { norm, ref, refIso } = art;
  if (!mayNameOffice(cl.toks)) return refIso;
  const d = findDates(norm, ref, cl.from, cl.to).find((x) => x.date < refIso.slice(0, x.date.length));
  if (!d) return refIso;
  return d.date.length === 10 ? d.date : d.date.length === 7 ? `${d.date}-15` : `${d.date}-07-01`;
}

/** Everyone a clause names: known actors, offices, country words; who speaks and who only qualifies. */
function clauseParties(art: Article, cl: Clause, sentenceHits: ActorHit[], hitAt: number, withTitles: boolean): Party[] {
  const { norm, actors, hits, ref, refIso } = art;
  const parties: Party[] = [];
  for (const h of sentenceHits) {
    if (h.start < cl.from || h.end > cl.to) continue;
    const a = actors[h.actor]!;
    if (a.kind === 'media') continue;
    if (a.kind === 'institution' && bodyAsPlace(norm, h.start)) continue;
    parties.push({ pos: h.start, end: h.end, actor: h.actor, side: sideOf(a.country), speaker: false });
  }
  // Offices standing for their holder on the article's day: "президента РФ", "лідерів США і РФ".
  if (ref && withTitles) {
    const titles = titleParties(cl.toks, actors, officeDay(art, cl), sentenceHits);
    // "главой МИД России" is Lavrov, not the ministry found inside the title (titles of one
    // phrase, "лідерів США і РФ", overlap and all stay).
    for (const tp of titles) for (let q = parties.length - 1; q >= 0; q--) if (parties[q]!.pos >= tp.pos && parties[q]!.end <= tp.end) parties.splice(q, 1);
    for (const tp of titles) parties.push({ ...tp, speaker: false });
  }
  let prepScope = false;
  for (let k = 0; k < cl.toks.length; k++) {
    const t = cl.toks[k]!;
    const s = sideWord(t);
    const prev = k > 0 ? low(cl.toks[k - 1]!) : '';
    // "у Москві", "через Україну", "щодо України": a place or a topic, not a party; and
    // "для Москви та Вашингтона": the preposition covers both.
    // "війни Росії", "позиції США": after a plain noun the country is its possessor; after people
    // or bodies ("делегацій Росії", "уряду США") or a contact word it is a party.
    const possessed = !!s && possessedBy(prev, cl.toks[k - 1]);
    // "спецпредставник з питань України та Росії", "по вопросам России": the country is a topic.
    // "розмова про військових РФ біля кордону": people of a country right after "про" are the topic.
    const topicPeople = SIDE_BEARER.test(prev) && k > 1 && TOPIC_PREP.has(low(cl.toks[k - 2]!));
    const notParty: boolean = possessed || topicPeople || NOT_PARTY_PREP.has(prev) || TOPIC_NOUN.test(prev) || (prepScope && AND.has(prev));
    // The scope runs on over a conjunction to the next country ("для Москви та Вашингтона").
    prepScope = s ? notParty : prepScope && AND.has(low(t));
    const both = compoundSides(t);
    if (both.length > 1 && !notParty) for (const side of both) parties.push({ pos: t.start, end: t.end, actor: null, side, speaker: false });
    else if (s && !notParty && !parties.some((p) => t.start >= p.pos && t.end <= p.end)) parties.push({ pos: t.start, end: t.end, actor: null, side: s, speaker: false });
  }
  parties.sort((a, b) => a.pos - b.pos);
  for (const p of parties) {
    if (p.actor === null) continue;
    const { from, before } = markSpeaker(cl.toks, parties, p);
    // "спецпосланник Трампа": the name qualifies a noun; that person is not in the room.
    const prevTok = before[before.length - 1];
    const a = actors[p.actor]!;
    // "російського лідера Володимира Путіна Кирило Дмитрієв": a genitive name right before
    // another person's name qualifies that person.
    const nextParty0 = parties.find((q) => q.pos >= p.end && q.actor !== null);
    if (nextParty0 && nextParty0.pos - p.end === 1 && a.kind === 'person' && a.gender === 'm' && actors[nextParty0.actor!]!.kind === 'person' && /[ая]/.test(norm[p.end - 1]!) && !/[ая]/.test(norm[nextParty0.end - 1]!)) p.descriptor = true;
    if (prevTok && DESCRIPTOR.test(low(prevTok)) && prevTok.end + 2 >= p.pos && looksGenitive(a, norm.slice(p.pos, p.end)) && !namesOwnRole(a, prevTok.text)) p.descriptor = true;
    // "посланник президента США Дональда Трампа": the president's name after his title, which
    // itself qualifies the noun; not "помощник президента Юрий Ушаков" (Ushakov is not the president).
    const title = before.findLastIndex((t) => /^(президент|лідер|лидер)/.test(low(t)));
    if (title > 0 && from - (before.length - title) >= 0 && DESCRIPTOR.test(low(before[title - 1]!)) && before.slice(title + 1).every((t) => sideWord(t) || /^\p{Lu}/u.test(t.text)) && looksGenitive(a, norm.slice(p.pos, p.end)) && ref && rolesAt(a, refIso).some((r) => /^President of/.test(r.title.en))) p.descriptor = true;
  }
  // "радник Путіна, коментуючи публікації про його телефонну розмову з Віткоффом": a noun with
  // its possessor and no name after it is a person the article has named before, whose own
  // office the noun names (Ushakov, the adviser), on the possessor's side.
  for (const p of [...parties]) {
    if (!p.descriptor || p.actor === null) continue;
    const k = tokenIndexAt(cl.toks, p.pos) - 1;
    const noun = cl.toks[k];
    if (!noun || !DESCRIPTOR.test(low(noun))) continue;
    if (parties.some((q) => q !== p && q.pos >= p.end && tokenIndexAt(cl.toks, q.pos) <= tokenIndexAt(cl.toks, p.end) + 1)) continue;
    let found: number | null = null;
    // Among the names told before (the last 200 mentions: a news text names its people often).
    for (let h = hitAt - 1; h >= 0 && h >= hitAt - 200 && found === null; h--) {
      const x = hits[h]!;
      const a = actors[x.actor]!;
      if (x.actor !== p.actor && a.kind === 'person' && sideOf(a.country) === p.side && namesOwnRole(a, noun.text)) found = x.actor;
    }
    if (found === null) continue;
    const q: Party = { pos: noun.start, end: p.end, actor: found, side: p.side, speaker: false };
    parties.push(q);
    parties.sort((x, y) => x.pos - y.pos);
    markSpeaker(cl.toks, parties, q);
  }
  return parties;
}

/** The clause's dates, with "Накануне" as an adverb: the day before the article. */
function clauseDates(art: Article, cl: Clause, lower: string, prevFrom: number): (DateHit & { reported?: boolean })[] {
  const { norm, ref } = art;
  let dates = findDates(norm, ref, cl.from, cl.to);
  // "25 червня повідомлялося, що Остін провів розмову ...": the report's date bounds what it
  // reports, when the що-clause gives none of its own (kept for what happened only: the day a
  // plan or a denial was told is not the contact's).
  if (!dates.length && prevFrom < cl.from && /^(що|что)$/i.test(cl.toks[0]?.text ?? '')) dates = findDates(norm, ref, prevFrom, cl.from).map((d) => ({ ...d, reported: true }));
  // "... 18 лютого в Ер-Ріяді, де Рубіо зустрівся з Лавровим": "де" is that place on that day.
  if (!dates.length && prevFrom < cl.from && /^(де|где)$/i.test(cl.toks[0]?.text ?? '')) dates = findDates(norm, ref, prevFrom, cl.from);
  // "Накануне Уиткофф и Кушнер встретились ...": the adverb (not the preposition of "накануне
  // визита") is the day before the article.
  if (ref && (lower.includes('накануне') || lower.includes('напередодні'))) {
    const k = cl.toks.findIndex((t) => /^(накануне|напередодні)$/i.test(t.text));
    const next = cl.toks[k + 1];
    if (k >= 0 && next && (/^\p{Lu}/u.test(next.text) || PLACE_PREP.has(low(next)) || /,/.test(norm.slice(cl.toks[k]!.end, next.start)))) {
      const d = new Date(ref.getTime());
      d.setUTCDate(d.getUTCDate() - 1);
      dates.push({ start: cl.toks[k]!.start, end: cl.toks[k]!.end, date: iso(d), endDate: null, precision: 'day' });
    }
  }
  return dates;
}

/** How a clause's contact words relate: nested events, noun phrases, trips and their purposes. */
type Plan = {
  nestedBy: Map<number, 'planned' | 'happened'>;
  consumed: Map<Party, number>;
  nestedStarts: number[];
  runOf: Map<number, number>;
  govOf: Map<number, Party[]>;
  tripFor: Map<number, Trig>;
  trips: Set<number>;
};

function planClause(norm: string, cl: Clause, triggers: Trig[], parties: Party[]): Plan {
  // A contact noun after "перед / після / накануне" is a second event with its own parties
  // ("Рубіо поговорив із Лавровим перед зустріччю Трампа і Путіна"): those parties are kept
  // out of the clause's main contact, and the preposition tells whether it is ahead or past.
  const nestedBy = new Map<number, 'planned' | 'happened'>();
  const consumed = new Map<Party, number>();
  let run = -2;
  for (const trig of triggers) {
    const first = trig.i === run + 1 ? null : trig.i;
    run = trig.i;
    if (first === null) continue;
    const w1 = low(cl.toks[trig.i - 1]);
    const w2 = low(cl.toks[trig.i - 2]);
    const prepWord = BEFORE_PREP.has(w1) || AFTER_PREP.has(w1) ? w1 : ADJECTIVE.test(w1) && (BEFORE_PREP.has(w2) || AFTER_PREP.has(w2)) ? w2 : null;
    if (!prepWord) continue;
    nestedBy.set(trig.i, BEFORE_PREP.has(prepWord) ? 'planned' : 'happened');
    for (const p of governed(norm, cl.toks, trig.i, parties)) consumed.set(p, trig.i);
  }
  // Triggers that follow one another ("телефонної розмови") share the nesting of the first.
  for (const trig of triggers) if (!nestedBy.has(trig.i) && nestedBy.has(trig.i - 1)) nestedBy.set(trig.i, nestedBy.get(trig.i - 1)!);
  const nestedStarts = triggers.filter((x) => nestedBy.has(x.i)).map((x) => x.t.start);
  // Each run of contact words ("телефонну розмову") with the names its noun phrase governs:
  // "провели розмову за підсумками саміту НАТО" leaves NATO to the summit.
  const runOf = new Map<number, number>();
  const govOf = new Map<number, Party[]>();
  for (const x of triggers) {
    runOf.set(x.i, runOf.has(x.i - 1) ? runOf.get(x.i - 1)! : x.i);
    govOf.set(x.i, governed(norm, cl.toks, x.i, parties).filter((p) => !p.descriptor && !p.speaker));
  }
  // "вирушає в Маямі на зустріч з Віткоффом", "прилетів до Вашингтона для переговорів з
  // Віткоффом": the contact a trip is made for is the trip. It is told once, as a visit with the
  // purpose's parties and the status of the verb of motion.
  const tripFor = new Map<number, Trig>();
  for (const x of triggers) {
    if (x.type === 'visit' || !/^(на|для)$/.test(low(cl.toks[x.i - 1]))) continue;
    let trip: Trig | undefined;
    for (let q = triggers.length - 1; q >= 0 && !trip; q--) if (triggers[q]!.type === 'visit' && triggers[q]!.i < x.i) trip = triggers[q];
    if (trip && !nestedBy.has(x.i)) tripFor.set(x.i, trip);
  }
  const trips = new Set([...tripFor.values()].map((y) => y.i));
  return { nestedBy, consumed, nestedStarts, runOf, govOf, tripFor, trips };
}

/** Where one contact word sits: its sentence and clause, and what the clauses before said. */
type Context = {
  si: number;
  tokens: Token[];
  cl: Clause;
  lower: string;
  triggers: Trig[];
  parties: Party[];
  plan: Plan;
  sentenceSpeaker: Party | undefined;
  subjectBefore: Party[];
  /** The first person named in the clause before, speaker or not ("Дмитрієв назвав ..., а ... охарактеризував"). */
  firstBefore: Party | undefined;
  prevClauseFrom: number;
  lastParties: Last | null;
};

/** The parties of the contact a word names, or none. */
function partiesOf(art: Article, c: Context, trig: Trig): { chosen: Party[]; inherited: boolean } {
  const { norm, actors } = art;
  const { cl, lower, triggers, parties, plan, lastParties, si } = c;
  let chosen: Party[];
  const nested = plan.nestedBy.get(trig.i);
  const run = plan.runOf.get(trig.i)!;
  // Only a noun keeps its phrase to itself; a verb's "з Трампом" is the whole clause's
  // ("розмовляв з Трампом телефоном" is one call).
  const others = triggers.length === 1 ? new Set<Party>() : new Set(triggers.filter((x) => plan.runOf.get(x.i) !== run && !VERB_STEM.test(low(x.t))).flatMap((x) => plan.govOf.get(x.i)!));
  // Parties another event of this clause holds are not this one's.
  const free = parties.filter((p) => !p.descriptor && (nested ? true : !plan.consumed.has(p) && !others.has(p)));
  const gov = [...plan.govOf.get(trig.i)!];
  const govSides = new Set(gov.map((p) => p.side));
  // "переговорів між делегаціями Росії та України": the noun names both its parties itself.
  const between = /^(між|между)$/.test(low(cl.toks[trig.i + 1])) || /^(між|между)$/.test(low(cl.toks[trig.i + 2]));
  const withAt = cl.toks.slice(trig.i + 1, trig.i + 4).findIndex((t) => WITH.has(low(t)));
  // Where the counterpart phrase starts: after "з/с", or, for "зателефонувати Путіну", "позвонил
  // министру Шойгу" (a call's counterpart in the dative, no preposition), right after the verb.
  let prepAt = withAt >= 0 ? trig.i + 1 + withAt : DATIVE_CALL.test(low(trig.t)) ? trig.i : -1;
  // "переговори за участю представників росії, України та США": the list is all the parties.
  let withPart = -1;
  for (let k = trig.i + 1; k <= trig.i + 6 && k < cl.toks.length && withPart < 0; k++) if (/^(участю|участии|участием)$/i.test(cl.toks[k]!.text)) withPart = k;
  if (withPart > 0) {
    const listed = governed(norm, cl.toks, withPart, parties).filter((p) => !p.descriptor);
    if (listed.length) gov.splice(0, gov.length, ...listed);
    prepAt = -1;
  }
  // A contact noun whose own names are neither American nor Russian ("саміту НАТО") is theirs.
  const nounWithArgs = (withPart > 0 && gov.length > 0) || (gov.length > 0 && gov.every((p) => p.side !== 'US' && p.side !== 'RU') && !VERB_STEM.test(low(trig.t)) && !MOTION.test(low(trig.t)) && prepAt < 0);
  if (nested || nounWithArgs || (govSides.has('US') && govSides.has('RU')) || (between && govSides.size >= 2)) {
    // "зустріч Трампа і Путіна", "розмову президента РФ з Трампом": the noun's own arguments.
    chosen = gov;
  } else if (prepAt >= 0) {
    // "X провів переговори з Y": X is the nearest party before the trigger, Y all after "з".
    const prepTok = cl.toks[prepAt]!;
    // The counterpart phrase runs to the next comma or the next event: "з X і Y, рассказали ..."
    // and "із Лавровим перед зустріччю Трампа" stop there.
    const comma = norm.slice(prepTok.end, cl.to).indexOf(',');
    const stop = Math.min(comma >= 0 ? prepTok.end + comma : cl.to, ...plan.nestedStarts.filter((x) => x > prepTok.start));
    // The counterpart is the noun phrase after "з": "з американською делегацією для просування
    // плану президента Трампа" names the delegation, not Trump.
    const phrase = governed(norm, cl.toks, prepAt, parties);
    const withGroup = free.filter((p) => p.pos > prepTok.start && p.pos < stop && phrase.includes(p));
    // The party before the trigger with those coordinated with it ("Уиткофф и Кушнер встретятся
    // с Путиным"); else whoever speaks in this sentence ("Трамп заявил, что не будет
    // встречаться с Путиным": Trump is the one who would meet).
    let last: Party | undefined;
    for (let q = free.length - 1; q >= 0 && !last; q--) if (free[q]!.end <= trig.t.start) last = free[q];
    const opener = low(cl.toks[0]);
    const purpose = /^(щоб|чтобы|аби)$/.test(opener);
    // ", а переговори з Віткоффом охарактеризував як ...", "прибув до Москви, де зустрівся з
    // Путіним": the subject is the clause before's.
    const before = last ? coordinatedBefore(norm, cl.toks, last, free) : purpose && c.subjectBefore.length ? c.subjectBefore : /^(а|де|где)$/.test(opener) && c.firstBefore ? [c.firstBefore] : c.sentenceSpeaker ? [c.sentenceSpeaker] : [];
    chosen = withGroup.length ? [...before, ...withGroup] : free.filter((p) => !p.speaker);
  } else {
    chosen = free.filter((p) => !p.speaker);
  }
  let inherited = false;
  if (!chosen.length && lastParties && si - lastParties.sentence <= 8 && BACKREF.test(lower)) {
    // "наступний раунд переговорів очікується..." refers back to the last contact: to its
    // people when it was told just before ("таких контактів не існує"), else to its sides
    // ("переговори між двома державами" names no one).
    const close = si - lastParties.sentence <= 2 && !/(держав|країн|стран|государств)/.test(lower);
    chosen = close ? lastParties.parties : lastParties.parties.map((p) => ({ ...p, actor: null }));
    inherited = true;
  }
  // An institution stands for its country only when no person of that country is named.
  const persons = new Set(chosen.filter((p) => p.actor !== null && actors[p.actor]!.kind === 'person').map((p) => p.side));
  chosen = chosen.filter((p) => p.actor === null || actors[p.actor]!.kind === 'person' || !persons.has(p.side));
  // "президента США Джо Байдена": the country word describes the person, adds no party.
  const namedSides = new Set(chosen.filter((p) => p.actor !== null).map((p) => p.side));
  chosen = chosen.filter((p) => p.actor !== null || !namedSides.has(p.side));
  return { chosen, inherited };
}

/**
 * "Вони зустрінуться з президентом Путіним": a pronoun stands for the person named last before
 * it (in this sentence or the two before); that person fills the contact's missing side.
 */
function pronounParty(art: Article, c: Context, chosen: Party[]): Party | null {
  const { actors, hits, sentences } = art;
  const { cl, tokens, si } = c;
  const hasUS = chosen.some((p) => p.side === 'US');
  if (hasUS === chosen.some((p) => p.side === 'RU')) return null;
  // The pronoun may sit in the clause a "де" clause hangs on: "Його кортеж помітили біля
  // гольф-клубу, де відбулася зустріч з Віткоффом". "за його словами", "по его мнению" only say
  // who tells.
  const scopeFrom = /^(де|где|куди|куда)$/.test(low(cl.toks[0])) ? c.prevClauseFrom : cl.from;
  const scope = tokens.filter((t) => t.start >= scopeFrom && t.start < cl.to);
  const pronoun = scope.find((t, k, all) => (PRONOUN.has(low(t)) || (RELATIVE.has(low(t)) && t.start === cl.from)) && !TITLE_WORD.test(low(all[k + 1])) && !/^(слова|словам|словами|мнению|думку|думкою|данным|даними|оценке|оцінкою|версии|версією)$/.test(low(all[k + 1])));
  if (!pronoun) return null;
  const from = sentences[Math.max(0, si - 2)]!.span.start;
  let antecedent: ActorHit | null = null;
  for (let hi = hitIndexAt(hits, from); hi < hits.length; hi++) {
    const h = hits[hi]!;
    if (h.start >= pronoun.start) break;
    if (actors[h.actor]!.kind === 'person' && !chosen.some((p) => p.actor === h.actor) && !art.possessor(h)) antecedent = h;
  }
  const side = antecedent ? sideOf(actors[antecedent.actor]!.country) : null;
  if (!antecedent || side !== (hasUS ? 'RU' : 'US')) return null;
  // "не может вести переговоры с Киевом из-за его отказа": a country or city named in between, in
  // this sentence, is what the pronoun points to.
  const sentenceFrom = sentences[si]!.span.start;
  const between = Math.max(antecedent.end, sentenceFrom);
  // ("Президент США ... о его встрече": a country word in a title is that person, no block.)
  const place = (t: Token, k: number) => t.start >= between && t.start < pronoun.start && sideWord(t) && !TITLE_WORD.test(low(tokens[k - 1]));
  if (tokens.some(place)) return null;
  return { pos: antecedent.start, end: antecedent.end, actor: antecedent.actor, side, speaker: false };
}

/** Status, date and the rest of one contact, once its parties are known; null when it is none. */
function finishContact(
  art: Article,
  c: Context,
  trig: Trig,
  chosen: Party[],
  inherited: boolean,
  x: { span: Span; sentenceHits: ActorHit[]; dates: (DateHit & { reported?: boolean })[]; mods: string[]; denied: boolean; seenTypes: Set<string> },
): { last: Last | null; contact: Raw | null } {
  const { text, norm, actors, ref, refIso } = art;
  const { cl, lower, triggers, parties, plan, lastParties, si } = c;
  const trip = plan.tripFor.get(trig.i);
  // Where the status and place are read from, and the kind told.
  const at = trip ?? trig;
  let baseType: ContactType = trip ? 'visit' : trig.type!;
  const nested = plan.nestedBy.get(trig.i);
  let place = findPlace(norm, cl.toks, at.t.start, triggers.map((y) => y.t.start), baseType === 'visit');
  if (!place && /^(де|где)$/.test(x.mods[0] ?? '')) place = placeBefore(norm, c.tokens, c.prevClauseFrom, cl.from);
  // A trip to a third country is to meet there (CAMEO 044), not a visit to the other side (042/043).
  if (baseType === 'visit' && place && place.country !== 'US' && place.country !== 'RU') baseType = 'meeting';
  // A visit to Moscow is a contact with Russia even when no Russian is named (CAMEO 042/043).
  const host = baseType === 'visit' && place && (place.country === 'US' || place.country === 'RU') ? (place.country as Side) : null;
  if (host && chosen.length && !chosen.some((p) => p.side === host)) chosen = [...chosen, { pos: trig.t.start, end: trig.t.end, actor: null, side: host, speaker: false }];
  const sides = [...new Set(chosen.map((p) => p.side))];
  if (!sides.includes('US') || !sides.includes('RU')) return { last: null, contact: null };
  art.weighed.add(x.span.start);
  let type: ContactType = baseType;
  // "подібних розмов" told back: the kind of the contact it points to.
  if (inherited && type === 'other' && lastParties) type = lastParties.type;
  const last = inherited ? null : { sentence: si, parties: chosen, type };
  const none = { last, contact: null };

  const { mods } = x;
  if (mods.some((w) => BACKCHANNEL.test(w)) || /додатков\S* канал|обхідн\S* канал|back channel/.test(lower)) type = 'backchannel';
  else if ((type === 'meeting' || type === 'negotiations' || type === 'other') && mods.some((w) => REMOTE.test(w))) type = 'video_call';
  if (x.seenTypes.has(type)) return none;
  x.seenTypes.add(type);

  let date: (DateHit & { reported?: boolean }) | null = null;
  for (const d of x.dates) if (!date || Math.abs(d.start - trig.t.start) < Math.abs(date.start - trig.t.start)) date = d;
  // A stretch of days that ends after the publication day ("17 и 18 февраля" told on the 17th) is still ahead.
  const future = !!(date && ref && (date.endDate ?? date.date) > refIso);
  let found = statusOf(lower, cl.from, at.t.start, future);
  let why: StatusCue = found.cue ? (future ? 'date' : 'cue') : 'default';
  // The verb's tense decides over cues elsewhere in the clause, a denial or a calling-off still outranks it.
  // The contact word's own tense, or that of the verb right before it ("говорили по телефону").
  let tense = tenseOf(mods[at.i]!);
  for (let d = 1; d <= 2 && !tense; d++) {
    const t = cl.toks[at.i - d];
    if (t && !parties.some((p) => t.start >= p.pos && t.end <= p.end)) tense = tenseOf(mods[at.i - d]!);
  }
  if (tense && found.status !== 'denied' && found.status !== 'called_off' && !MODAL_BEFORE.test(mods[at.i - 1] ?? '')) [found, why] = [{ status: tense, cue: true }, 'tense'];
  // "Під час зустрічі у червні 2021 року Байден і Путін домовились ...", "по итогам переговоров":
  // a contact named as the frame of what was done is one that took place; "домовились" there is
  // what was agreed at it, not a plan to meet. A future verb or "майбутньої" keeps it ahead.
  const framed = () => DURING.test(cl.toks.slice(Math.max(0, at.i - 3), at.i).map((t) => low(t)).join(' ')) || (low(cl.toks[at.i - 1]) === 'на' && AT_EVENT.test(low(at.t)));
  const ahead = () => cl.toks.some((t) => AHEAD.test(low(t)) || (VERB_LIKE.test(low(t)) && FUTURE.test(low(t))));
  if (!x.denied && found.status !== 'called_off' && !future && framed() && !ahead()) [found, why] = [{ status: 'happened', cue: true }, 'during'];
  // "щоб зустрітися з Путіним": what a purpose clause names is still ahead.
  if (!found.cue && /^(щоб|чтобы|аби)$/.test(mods[0] ?? '')) [found, why] = [{ status: 'planned', cue: true }, 'purpose'];
  const nestedStatus = nested && !(date && ref) && (found.status === 'happened' || found.status === 'unclear') ? nested : null;
  const { status, cue } = x.denied ? { status: 'denied' as const, cue: true } : nestedStatus ? { status: nestedStatus, cue: true } : found;
  if (x.denied) why = 'denial';
  else if (nestedStatus) why = 'nested';
  // "встреча ожидается в субботу": a planned contact's bare weekday is the coming one, not the
  // last (the date grammar alone reads a bare weekday as past, as reports mostly mean).
  if (status === 'planned' && date && ref && date.precision === 'day' && date.date < refIso) {
    const said = norm.slice(date.start, date.end).toLowerCase();
    if (isBareWeekday(said) && !/(минул|прошл)/.test(said)) {
      const d = new Date(`${date.date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 7);
      date = { ...date, date: iso(d) };
    }
  }
  // "встреча в феврале", told in October: a plan's month without a year is the coming one.
  if ((status === 'planned' || status === 'called_off') && date && ref && date.precision === 'month' && date.date < refIso.slice(0, 7) && !/\d{4}/.test(norm.slice(date.start, date.end))) {
    date = { ...date, date: `${Number(date.date.slice(0, 4)) + 1}${date.date.slice(4)}` };
  }
  if (date?.reported && status !== 'happened') date = null;
  // "22 жовтня Трамп скасував зустріч": a day (or week) up to the article's is when it was called
  // off, or when it was no longer held, not a day of the contact (the guide leaves a called-off
  // contact undated unless the text gives when it was to be held, mostly still ahead: "переговоры
  // 29 ноября отложены").
  if (status === 'called_off' && date && ref && (date.precision === 'day' || date.precision === 'week') && date.date <= refIso) date = null;
  // "Домовленості про консультації досягли 18 лютого в Ер-Ріяді": a contact planned by an agreement
  // made before the article is not dated or placed by that agreement's day and venue.
  let agreedPlace = place;
  if (status === 'planned' && date && ref && date.date < refIso && /(домовил|договорил|домовленіст|домовленост|договоренност|договорённост)/.test(lower)) [date, agreedPlace] = [null, null];
  // "договорились продолжить диалог", "поддерживать регулярные контакты": going on with contacts,
  // with no date or place, is an intention about the relationship, not a contact (labels.json
  // calls it vague).
  const intent = (w: string | undefined) => /^(продовж|продолж|підтрим|поддерж)/.test(w ?? '');
  if ((intent(mods[at.i - 1]) || (ADJECTIVE.test(mods[at.i - 1] ?? '') && intent(mods[at.i - 2]))) && !date && !place) return none;
  // A told-back contact with nothing new about its status adds only noise.
  if (inherited && !cue && !date) return none;
  const participants: Participant[] = chosen.map((p) => ({
    actorId: p.actor === null ? null : actors[p.actor]!.id,
    side: p.side,
    text: p.actor === null && host === p.side && p.pos === trig.t.start ? place!.en : text.slice(p.pos, p.end),
  }));
  const named = new Set(participants.filter((p) => p.actorId).map((p) => p.side));
  const reportedBy = [...new Set(x.sentenceHits.filter((h) => actors[h.actor]!.kind === 'media').map((h) => actors[h.actor]!.id))];
  const confidence = Math.min(0.95, 0.45 + (named.has('US') ? 0.15 : 0) + (named.has('RU') ? 0.15 : 0) + (cue ? 0.1 : 0) + (date ? 0.05 : 0) - (inherited ? 0.15 : 0));
  const { span } = x;
  return {
    last,
    contact: {
      governors: [mods[trig.i - 2] ?? '', mods[trig.i - 1] ?? ''],
      participants,
      sides: sides.sort(),
      type,
      status,
      date: date?.date ?? null,
      endDate: date?.endDate ?? null,
      datePrecision: date?.precision ?? null,
      ...(date && { dateBasis: 'text' as const }),
      place: agreedPlace?.en ?? null,
      reportedBy,
      evidence: {
        start: span.start,
        end: span.end,
        exact: text.slice(span.start, span.end),
        prefix: text.slice(Math.max(0, span.start - 32), span.start),
        suffix: text.slice(span.end, span.end + 32),
      },
      mentions: [{ start: span.start, end: span.end }],
      confidence: Math.round(confidence * 100) / 100,
      statusCue: why,
      sentence: si,
      inherited,
    },
  };
}

const SIT_DOWN_WORDS = new Set<ContactType>(['negotiations', 'consultations', 'other', 'meeting']);

// "під час / во время / в ходе / по итогам / за підсумками / після" right before the contact word
// (an adjective may stand between: "під час телефонної розмови").
const DURING = /(^|\s)(під час|во время|в ходе|в ході|по итогам|по результатам|за підсумками|за результатами|після|после)( \S+)?$/;
// "На переговорах в Абу-Дабі делегації домовилися ...": a contact noun in the locative after "на".
const AT_EVENT = /^(переговорах|перемовинах|зустрічі|встрече|саміті|саммите|консультаціях|консультациях)$/;
// Words that put the contact ahead whatever frame names it: a future verb, "майбутній", "наступний".
const AHEAD = /^(майбутн|предстоящ|наступн|следующ|будущ|буде|будет|будут|будуть|плану|планиру|може|может|можуть|могут|можл|возможн)/;
// A finite verb in the present-future ("обговорять", "обсудят", "зустрінуться"): not a noun ("країнах").
const VERB_LIKE = /^(об|пров|зустр|встрет|пого|дом|дог|подп|підп|прибу|прилет|обміня|обменя|пере)/;
// Words before a contact verb that make its tense say nothing about whether it happened.
const MODAL_BEFORE = /^(має|мають|намерен|планиру|планує|собира|збира|готов|може|можуть|может|могут|хоче|хочет|хотят|домовил|договорил|предлож|запропон|пригла|запроси|ожида|очіку|обеща|обіця)/;

/**
 * Contacts between the United States and Russia that the text reports: a trigger word
 * (переговори, зустріч, розмова...) with parties on both sides in the same clause.
 */
export function extractContacts(input: ExtractInput): ArticleContact[] {
  const { text, norm, sentences, actors, hits, ref } = input;
  wordOf = wordTable();
  const possessor = possessorTest(norm, actors);
  const art: Article = { text, norm, sentences, actors, hits, ref, refIso: ref ? iso(ref) : '', possessor, weighed: input.weighed ?? new Set() };
  const raw: Raw[] = [];
  let lastParties: Last | null = null;
  let hitAt = 0;
  for (let si = 0; si < sentences.length; si++) {
    const { span, tokens } = sentences[si]!;
    // Most sentences name no contact at all: skip them before any work on parties.
    if (!tokens.some((t) => triggerAt(t) !== null)) continue;
    while (hitAt < hits.length && hits[hitAt]!.start < span.start) hitAt++;
    let hitEnd = hitAt;
    while (hitEnd < hits.length && hits[hitEnd]!.start < span.end) hitEnd++;
    const sentenceHits = hits.slice(hitAt, hitEnd);
    let sentenceSpeaker: Party | undefined;
    // Who acts in the clause before: "намерены отправиться в Москву, чтобы встретиться с Путиным"
    // (the purpose clause shares its subject).
    let prevSubject: Party[] = [];
    let firstHere: Party | undefined;
    let prevClauseFrom = span.start;
    let clauseFrom = span.start;
    let denialBefore = false;
    // The kind of contact the last clause named, for a clause that leaves its verb out.
    let lastKind: ContactType | null = null;
    for (const cl of clauses(norm, tokens, span)) {
      [prevClauseFrom, clauseFrom] = [clauseFrom, cl.from];
      // "У Кремлі заперечили, що Путін розмовляв з Трампом": the denial governs the що-clause.
      const denied = denialBefore && /^(що|что)$/i.test(cl.toks[0]?.text ?? '');
      denialBefore ||= DENIAL_VERB.test(norm.slice(cl.from, cl.to).toLowerCase());
      // "примет Уиткоффа" receives a person; "примет решение" is no contact.
      let triggers: Trig[] = cl.toks.map((t, i) => ({ i, t, type: triggerAt(t) })).filter((x) => x.type !== null && (!HOSTING.test(low(x.t)) || sentenceHits.some((h) => h.start === cl.toks[x.i + 1]?.start)));
      // "..., а Бернс – с Нарышкиным": the dash is the verb of the clause before, left out.
      if (!triggers.length && cl.gap !== undefined && lastKind) {
        const dash: Token = { text: '–', start: cl.gap, end: cl.gap + 1 };
        const at = cl.toks.findIndex((t) => t.start > cl.gap!);
        cl.toks.splice(at, 0, dash);
        triggers = [{ i: at, t: dash, type: lastKind }];
      }
      // "телефонні переговори", "телефонные переговоры", "видеоконференция-встреча": the mode word
      // tells the kind of the talks it qualifies; they are one contact, a call, not two.
      triggers = triggers.filter((x, k) => !(k > 0 && triggers[k - 1]!.i === x.i - 1 && REMOTE_KINDS.has(triggers[k - 1]!.type!) && x.type !== null && SIT_DOWN_WORDS.has(x.type)));
      if (triggers.length) lastKind = triggers[0]!.type;
      const lower = norm.slice(cl.from, cl.to).toLowerCase();
      const parties = clauseParties(art, cl, sentenceHits, hitAt, triggers.length > 0);
      const speakerHere = parties.find((p) => p.speaker && p.actor !== null);
      const firstBefore = firstHere;
      firstHere = parties.find((p) => p.actor !== null && !p.descriptor && actors[p.actor]!.kind === 'person') ?? firstHere;
      const subjectBefore = prevSubject;
      prevSubject = parties.filter((p) => p.actor !== null && !p.speaker && !p.descriptor && actors[p.actor]!.kind === 'person');
      if (!prevSubject.length) prevSubject = subjectBefore;
      if (!triggers.length) {
        // Who denies a contact speaks of others' ("Пєсков спростував: розмови з Путіним не було").
        if (!speakerHere?.denier) sentenceSpeaker ??= speakerHere;
        continue;
      }
      // No American or Russian named in the clause: only a told-back contact ("ці переговори") or a
      // three-way one can still be a US–Russia contact; every other rule needs one of them here.
      if (!parties.some((p) => p.side === 'US' || p.side === 'RU') && !BACKREF.test(lower) && !TRILATERAL.test(lower)) continue;
      const dates = clauseDates(art, cl, lower, prevClauseFrom);
      const mods = cl.toks.map((t) => low(t));
      const seenTypes = new Set<string>();
      const plan = planClause(norm, cl, triggers, parties);
      for (const trig of triggers) {
        if (plan.trips.has(trig.i)) continue;
        const c: Context = { si, tokens, cl, lower, triggers, parties, plan, sentenceSpeaker, subjectBefore, firstBefore, prevClauseFrom, lastParties };
        const parts = partiesOf(art, c, trig);
        const { inherited } = parts;
        let { chosen } = parts;
        const byPronoun = pronounParty(art, c, chosen);
        if (byPronoun) chosen = [...chosen, byPronoun];
        // "Тристоронні контакти з українською стороною не плануються": the other two of a three-way
        // contact are the sides of the contact the article told last.
        if (TRILATERAL.test(lower) && lastParties) {
          for (const side of new Set(lastParties.parties.map((p) => p.side))) if (!chosen.some((p) => p.side === side)) chosen = [...chosen, { pos: trig.t.start, end: trig.t.end, actor: null, side, speaker: false }];
        }
        // The same person twice ("президентов России и США Владимира Путина и Джо Байдена"): once.
        chosen = chosen.filter((p, i) => p.actor === null || chosen.findIndex((q) => q.actor === p.actor) === i);
        const done = finishContact(art, c, trig, chosen, inherited, { span, sentenceHits, dates, mods, denied, seenTypes });
        if (done.last) lastParties = done.last;
        if (done.contact) {
          // A clause that leaves its verb out says as much as the one it shares the verb with.
          const told = raw[raw.length - 1];
          if (trig.t.text === '–' && told?.sentence === si && done.contact.status === 'unclear') done.contact.status = told.status;
          raw.push(done.contact);
        }
      }
    }
  }
  // "Переговоры делегаций России и США продолжались... Российскую сторону представляли Лавров и
  // Ушаков, американскую — Рубио и Уолц", "до складу американської делегації входили ...": a
  // sentence that says who sat at the table adds its people to the contact told just before it.
  const told = new Set(raw.map((c) => c.sentence));
  for (let k = 0; k < sentences.length; k++) {
    if (!told.has(k) && !told.has(k - 1) && !told.has(k - 2) && !told.has(k - 3)) continue;
    const { span } = sentences[k]!;
    const said = norm.slice(span.start, span.end).toLowerCase();
    if (!DELEGATION.test(said) && !TOOK_PART.test(said)) continue;
    // A sentence that tells a contact of its own with a side still unnamed ("Российскую делегацию
    // на консультациях с американцами возглавлял Рябков") gives its people to that one; else they
    // join the latest contact within three before ("У зустрічі також брали участь Ушаков і
    // Дмитрієв, який зустрічав Віткоффа": the meeting told before, not the one at the airport).
    const listed = hits.filter((h) => h.start >= span.start && h.end <= span.end && actors[h.actor]!.kind === 'person').map((h) => sideOf(actors[h.actor]!.country));
    const unnamedHere = (c: Raw) => c.participants.some((p) => !p.actorId && listed.includes(p.side));
    let at = raw.some((c) => c.sentence === k && unnamedHere(c)) ? k : -1;
    if (at < 0) for (const c of raw) if (c.sentence < k && c.sentence >= k - 3 && c.sentence > at) at = c.sentence;
    if (at < 0) continue;
    // A list after a colon runs on over the next short lines ("у складі: Рустема Умєрова; ...").
    let to = span.end;
    if (/:\s*$/.test(norm.slice(span.start, span.end))) {
      for (let n = k + 1; n < sentences.length && sentences[n]!.span.end - sentences[n]!.span.start < 80; n++) to = sentences[n]!.span.end;
    }
    for (const c of raw) {
      if (c.sentence !== at) continue;
      const people = hits.filter((h) => h.start >= span.start && h.end <= to && actors[h.actor]!.kind === 'person' && c.sides.includes(sideOf(actors[h.actor]!.country)) && !possessor(h));
      if (!people.length) continue;
      const named = new Set(people.map((h) => sideOf(actors[h.actor]!.country)));
      const have = new Set(c.participants.map((p) => p.actorId));
      c.participants = [
        ...c.participants.filter((p) => p.actorId || !named.has(p.side)),
        ...people.filter((h, i) => !have.has(actors[h.actor]!.id) && people.findIndex((x) => x.actor === h.actor) === i).map((h) => ({ actorId: actors[h.actor]!.id, side: sideOf(actors[h.actor]!.country), text: text.slice(h.start, h.end) })),
      ];
    }
  }
  const kind = kindOf(actors);
  for (const c of raw) {
    c.participants = institutionsAsParties(c.participants, kind);
    c.sides = [...new Set(c.participants.map((p) => p.side))].sort();
  }
  const both = raw.filter((c) => c.sides.includes('US') && c.sides.includes('RU'));
  if (input.unmerged) return both.map(({ sentence: _s, inherited: _i, ...c }) => c);
  return mergeArticleContacts(both);
}
