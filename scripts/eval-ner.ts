/**
 * Measures the actor matcher (lib/match/actors.ts) against the public NER dev sets in
 * /work/shared/data/ner-dev/ (ner-uk v2.0 dev, Ukrainian; factRuEval-2016 dev, Russian).
 *
 *   npx tsx scripts/eval-ner.ts [--verbose] [--data DIR] [--out FILE]
 *
 * Prints a table per dataset and kind, the most frequent misses and false alarms, and writes
 * the same figures to bench-output/ner-eval.json.
 *
 * Method
 * ------
 * The datasets know nothing about our actors; they mark every person (PER), organisation (ORG)
 * and location (LOC). So the first step decides which gold spans are mentions of OUR actors.
 * That decision is made from the gold span's own text and the knowledge base's names only,
 * never from what the matcher returned (otherwise recall would be 100% by construction):
 *
 *  - Span text is normalised as the matcher does (ё→е, typographic apostrophes → '), cut into
 *    words, and compared in lower case. Case and punctuation are deliberately ignored here: the
 *    annotators already said the span is a name, so "ПУТІН" in a headline or «РИА «Новости»
 *    with a stray quote still counts as gold, and the matcher is charged if it misses them.
 *  - The name forms come from the compiled lexicon (bundledKb().lexicon), i.e. exactly the
 *    surname / given / patronymic / institution forms the matcher considers (forms.json or the
 *    inflect.ts rules), all languages pooled (a Russian spelling in a Ukrainian text still names
 *    the same person). Only the forms are borrowed, not the matcher's decisions.
 *  - PER span → person P when the span contains a surname form of P (a whole word, or a word
 *    sequence such as "бін Салман") and no other word in the span contradicts P:
 *      * an initial ("В.", "Ф.") must be the initial of one of P's given names or patronymics;
 *      * a capitalised word must be one of P's given-name / patronymic forms, or else must
 *        NOT be a known first name (our own list of common Ukrainian, Russian and English first
 *        names in all case forms + every KB person's given names) and not look like a
 *        patronymic (-ович, -івна, ...). Unknown words ("Тайип", "Родэм") are accepted but the
 *        span is listed as "uncertain" in --verbose;
 *      * "молодший/младший/старший/Jr" means a namesake: not P.
 *    So "Нил Ушаков", "Мишель Обама", "Александр Медведев", "Олександр Янукович" are gold
 *    spans of OTHER people ("rejected" in --verbose), "Дмитрий Анатольевич Медведев",
 *    "Януковича В. Ф." are ours. A PER span without a surname counts only when all its words
 *    are the first name and patronymic of exactly one of our people ("Владимир Владимирович");
 *    it is listed as uncertain. A PER span whose words merely look like a surname stem
 *    ("Путінових", or "Медведєвим" if that form were missing) is not gold; such spans are
 *    listed as "near misses" so a missing case form still becomes visible.
 *  - ORG span (and LOC span: ner-uk tags "Кремль", factRuEval tags "Белом доме" as locations)
 *    → institution/media I when the longest institution form inside it is one of I's forms and
 *    every remaining word is an identity-preserving modifier (country: США, РФ, России, України,
 *    російський...; media words: агентство, інформаційне, медіакомпанія...; прес-служба,
 *    адміністрація). So "МИД РФ", "Госдепартамента США", "агентству Рейтер", "Кремль",
 *    "администрации Кремля" are gold of ours; "комитетом ООН против пыток", "японского МИДа"
 *    are not. ORG spans that are a cut-short or differently inflected form
 *    ("Адміністрації президента", "МЗС") are not gold either but are listed as near misses.
 *
 * Predicted: every hit findActors(doc.text, lexicon) returns (UTF-16 offsets; gold offsets are
 * Unicode code points and are converted).
 *
 * Scoring, per dataset and per actor kind (person / institution / media):
 *  - TP: a hit overlapping a gold span mapped to the hit's actor.
 *  - FP: any other hit: overlapping no gold span at all ("no gold"), a PER span of another
 *    person ("other PER", e.g. "Мишель Обама"), an ORG/LOC span that is not the actor ("LOC":
 *    the city of Остин), or a gold span of another of our actors ("wrong actor").
 *  - nested (neither TP nor FP, counted apart): a hit strictly inside a longer ORG/LOC span
 *    that is a different organisation built on our actor's name ("Блок Петра Порошенка",
 *    "администрация президента Обамы", "комитетом ООН против пыток"). The actor is really
 *    named there, so highlighting it is not wrong, but it is not an annotated mention either.
 *    A person hit that is half of a hyphenated company name ("Ентер-Прайс") or follows
 *    "ім./имени" (a namesake the thing is named after) stays a false positive.
 *  - FN: a gold span of our actor overlapped by no hit of that actor.
 *  - precision = TP / (TP + FP); recall = (gold − FN) / gold (gold spans found).
 * Each FN / FP carries an automatic hint of its cause (capitalisation, context rule, missing
 * form, ...); --verbose lists them all with context.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bundledKb } from '../lib/kb/index';
import { nameForms, type NameLang } from '../lib/kb/inflect';
import type { ActorKind } from '../lib/kb/types';
import type { Lexicon, LexEntry, TrieNode } from '../lib/match/lexicon';
import { findActors, type ActorHit } from '../lib/match/actors';
import { normalizeText } from '../lib/text/normalize';
import { tokenize } from '../lib/text/tokens';

const ROOT = resolve(import.meta.dirname, '..');

// ---------------------------------------------------------------- options

type Opts = { verbose: boolean; data: string; out: string };

function parseArgs(argv: string[]): Opts {
  const o: Opts = { verbose: false, data: '/work/shared/data/ner-dev', out: join(ROOT, 'bench-output/ner-eval.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--data') o.data = argv[++i] ?? o.data;
    else if (a === '--out') o.out = resolve(argv[++i] ?? o.out);
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npx tsx scripts/eval-ner.ts [--verbose] [--data DIR] [--out FILE]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const DATASETS: { name: string; file: string; lang: NameLang }[] = [
  { name: 'ner-uk', file: 'ner-uk-dev.jsonl', lang: 'uk' },
  { name: 'factRuEval', file: 'factrueval-dev.jsonl', lang: 'ru' },
];

// ---------------------------------------------------------------- input

type RawSpan = { start: number; end: number; text: string; norm?: string };
type RawDoc = { id: string; lang: string; source: string; text: string; persons: RawSpan[]; orgs: RawSpan[]; locs: RawSpan[] };

/** Code-point offset → UTF-16 offset, for texts with characters outside the BMP. */
function cpToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[cp] ?? u;
}

function readDocs(path: string): RawDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RawDoc);
}

// ---------------------------------------------------------------- names from the lexicon

type Phrase = { words: string[]; orig: string[]; actor: number };
type NameIndex = {
  surnames: Map<string, Phrase[]>; // first word (lower case) → phrases
  forms: Map<string, Phrase[]>;
  ownNames: Map<number, Set<string>>; // actor → given + patronymic words, lower case
  initials: Map<number, Set<string>>;
  kbGiven: Set<string>; // every given-name word of every KB person, lower case
  surnameStems: { stem: string; actor: number }[]; // for near-miss detection
  formStems: { stems: string[]; actor: number }[]; // every institution form, word prefixes
};

function walk(level: Map<string, TrieNode>, prefix: string[], fn: (words: string[], e: LexEntry) => void): void {
  for (const [w, node] of level) {
    const words = [...prefix, w];
    for (const e of node.entries) fn(words, e);
    walk(node.next, words, fn);
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const xs = m.get(k);
  if (xs) xs.push(v);
  else m.set(k, [v]);
}

const ENDING = /(ами|ями|ому|ему|ого|его|ою|ею|єю|ом|ем|ам|ям|ах|ях|ів|ей|ий|ій|ый|ой|ая|яя|ое|ее|ые|ие|і|и|ы|а|я|у|ю|е|є|о|ь|й)$/u;
/** Crude stems for spotting near misses: each word, lower case, without its case ending. */
function prefixes(phrase: string): string[] {
  return normalizeText(phrase)
    .toLowerCase()
    .split(/[^\p{L}\p{M}']+/u)
    .filter(Boolean)
    .map((x) => {
      const y = x.replace(ENDING, '');
      return y.length >= 3 ? y : x;
    });
}
// A form cut short before one of these names a foreign institution; unqualified, the text means its own country's.
const FOREIGN = /^(сша|рф|рос|америк|агресор)/u;

function stemOf(w: string): string {
  return w.toLowerCase().replace(/(ий|ій|ый|[аяоеєиіїйьуюы])$/u, '');
}

function nameIndex(lex: Lexicon): NameIndex {
  const idx: NameIndex = { surnames: new Map(), forms: new Map(), ownNames: new Map(), initials: new Map(), kbGiven: new Set(), surnameStems: [], formStems: [] };
  walk(lex.root, [], (words, e) => {
    const lower = words.map((w) => w.toLowerCase());
    const ph = { words: lower, orig: words, actor: e.actor };
    if (e.part === 'surname') push(idx.surnames, lower[0]!, ph);
    else if (e.part === 'form') push(idx.forms, lower[0]!, ph);
    else {
      let own = idx.ownNames.get(e.actor);
      if (!own) idx.ownNames.set(e.actor, (own = new Set()));
      let ini = idx.initials.get(e.actor);
      if (!ini) idx.initials.set(e.actor, (ini = new Set()));
      for (const w of words) {
        own.add(w.toLowerCase());
        ini.add(w.charAt(0).toUpperCase());
        if (e.part === 'given') idx.kbGiven.add(w.toLowerCase());
      }
    }
  });
  // Stems of the KB's nominative surnames / one-word institution forms, to spot near misses.
  lex.actors.forEach((a, i) => {
    for (const lang of ['uk', 'ru'] as const) {
      for (const s of a.surname?.[lang] ?? []) {
        const last = normalizeText(s).split(/[\s-]+/).pop()!;
        const stem = stemOf(last);
        if (stem.length >= 4) idx.surnameStems.push({ stem, actor: i });
      }
      for (const f of a.forms?.[lang] ?? []) idx.formStems.push({ stems: prefixes(f), actor: i });
    }
  });
  return idx;
}

// Common first names that are not our actors' (the rule "another first name = another person").
// Independent of the matcher's own list; every case form is generated with inflect.ts.
const FIRST_NAMES: Record<NameLang, string[]> = {
  uk: [
    'Олександр', 'Олексій', 'Андрій', 'Анатолій', 'Антон', 'Аркадій', 'Артем', 'Борис', 'Богдан', 'Вадим', 'Валентин', 'Валерій', 'Василь', 'Віктор', 'Віталій', 'Володимир', 'Вячеслав', 'Геннадій', 'Георгій', 'Григорій', 'Данило', 'Денис', 'Дмитро', 'Євген', 'Єгор', 'Іван', 'Ігор', 'Ілля', 'Кирило', 'Костянтин', 'Леонід', 'Максим', 'Микола', 'Михайло', 'Назар', 'Олег', 'Остап', 'Павло', 'Петро', 'Роман', 'Руслан', 'Сергій', 'Станіслав', 'Степан', 'Тарас', 'Тимофій', 'Федір', 'Юрій', 'Ярослав', 'Вікторія',
    'Анна', 'Ганна', 'Алла', 'Валентина', 'Віра', 'Галина', 'Дарина', 'Євгенія', 'Катерина', 'Ірина', 'Лариса', 'Людмила', 'Марина', 'Марія', 'Надія', 'Наталія', 'Наталя', 'Ніна', 'Оксана', 'Олена', 'Ольга', 'Світлана', 'Софія', 'Тамара', 'Тетяна', 'Юлія', 'Яна', 'Любов', 'Раїса', 'Зоя',
    'Ніл', 'Мішель', 'Хантер', 'Білл', 'Джилл', 'Меланія', 'Іванка', 'Ерік', 'Джеймс', 'Джон', 'Майкл', 'Роберт', 'Девід', 'Річард', 'Джордж', 'Пол', 'Пітер', 'Томас', 'Вільям', 'Чарльз', 'Френк', 'Мері', 'Елізабет', 'Сара', 'Дженніфер', 'Джордан', 'Кевін', 'Марк', 'Стівен', 'Ендрю', 'Патрік', 'Ден', 'Том', 'Тім', 'Гордон',
  ],
  ru: [
    'Александр', 'Алексей', 'Андрей', 'Анатолий', 'Антон', 'Аркадий', 'Артем', 'Борис', 'Вадим', 'Валентин', 'Валерий', 'Василий', 'Виктор', 'Виталий', 'Владимир', 'Владислав', 'Вячеслав', 'Геннадий', 'Георгий', 'Григорий', 'Даниил', 'Денис', 'Дмитрий', 'Евгений', 'Егор', 'Иван', 'Игорь', 'Илья', 'Кирилл', 'Константин', 'Леонид', 'Максим', 'Михаил', 'Никита', 'Николай', 'Олег', 'Павел', 'Петр', 'Роман', 'Руслан', 'Сергей', 'Станислав', 'Степан', 'Тимофей', 'Федор', 'Юрий', 'Ярослав', 'Лев', 'Семен', 'Глеб',
    'Анна', 'Алла', 'Валентина', 'Вера', 'Галина', 'Дарья', 'Евгения', 'Екатерина', 'Ирина', 'Лариса', 'Людмила', 'Марина', 'Мария', 'Надежда', 'Наталья', 'Нина', 'Оксана', 'Елена', 'Ольга', 'Светлана', 'София', 'Тамара', 'Татьяна', 'Юлия', 'Яна', 'Любовь', 'Раиса', 'Зоя', 'Виктория', 'Ксения',
    'Нил', 'Мишель', 'Хантер', 'Билл', 'Джилл', 'Мелания', 'Иванка', 'Эрик', 'Джеймс', 'Джон', 'Майкл', 'Роберт', 'Дэвид', 'Ричард', 'Джордж', 'Пол', 'Питер', 'Томас', 'Уильям', 'Чарльз', 'Фрэнк', 'Мэри', 'Элизабет', 'Сара', 'Дженнифер', 'Джордан', 'Кевин', 'Марк', 'Стивен', 'Эндрю', 'Патрик', 'Дэн', 'Том', 'Тим', 'Гордон',
  ],
};

function firstNameSet(): Set<string> {
  const out = new Set<string>();
  for (const lang of ['uk', 'ru'] as const) {
    for (const n of FIRST_NAMES[lang]) {
      const g = /[ая]$/.test(n) ? 'f' : 'm';
      for (const f of nameForms(normalizeText(n), lang, g)) out.add(f.toLowerCase());
    }
  }
  return out;
}

const PATRONYMIC = /(ович|евич|євич|ьич|ична|івна|ївна|овна|евна|ьевна)$/u;
const NAMESAKE = new Set(['молодший', 'молодшого', 'молодшому', 'молодшим', 'младший', 'младшего', 'младшему', 'младшим', 'старший', 'старшого', 'старшего', 'старшим', 'мл', 'ст', 'jr', 'sr']);
// Words that do not change which organisation an ORG/LOC span names.
const MODIFIER = /^(сша|рф|рос+ии|росії|рос+ийск|російськ|федерац|украин|україн|американ|московськ|московск|национальн|національн|государствен|державн|информацион|інформаційн|агентств|издани|видан|газет|телеканал|журнал|радио|радіо|прес+|служб|официальн|офіційн|медиа|медіа|администрац|адміністрац|the)/u;

// ---------------------------------------------------------------- gold

type GType = 'PER' | 'ORG' | 'LOC';
type Status = 'ours' | 'rejected' | 'nested' | 'none';
type Gold = {
  type: GType;
  start: number;
  end: number;
  text: string;
  status: Status;
  /** Our actors the span names (ours), or contains and is not (rejected / nested). */
  actors: number[];
  why?: string;
  uncertain?: string[];
  found?: boolean;
};

type Words = { lower: string[]; orig: string[] };

function words(span: string): Words {
  const toks = tokenize(normalizeText(span));
  return { lower: toks.map((t) => t.text.toLowerCase()), orig: toks.map((t) => t.text) };
}

/** Every occurrence of a phrase of the index inside the words: [from, to) and actor. */
function occurrences(w: Words, index: Map<string, Phrase[]>, exactCase = false): { from: number; to: number; actor: number }[] {
  const out: { from: number; to: number; actor: number }[] = [];
  for (let i = 0; i < w.lower.length; i++) {
    for (const ph of index.get(w.lower[i]!) ?? []) {
      const same = exactCase ? ph.orig.every((x, k) => w.orig[i + k] === x) : ph.words.every((x, k) => w.lower[i + k] === x);
      if (same) out.push({ from: i, to: i + ph.words.length, actor: ph.actor });
    }
  }
  return out;
}

function mapPerson(text: string, idx: NameIndex, firstNames: Set<string>): Pick<Gold, 'status' | 'actors' | 'why' | 'uncertain'> {
  const w = words(text);
  const occ = occurrences(w, idx.surnames);
  if (!occ.length) {
    // "Владимир Владимирович": a first name and patronymic of exactly one of our people, nothing else.
    const pat = w.lower.filter((x) => PATRONYMIC.test(x));
    if (pat.length && pat.length < w.lower.length) {
      const who = [...idx.ownNames].filter(([, own]) => w.lower.every((x) => own.has(x))).map(([a]) => a);
      if (who.length === 1) return { status: 'ours', actors: who, uncertain: ['first name + patronymic only'] };
    }
    return { status: 'none', actors: [] };
  }
  const cands = [...new Set(occ.map((o) => o.actor))];
  const accepted: number[] = [];
  const reasons: string[] = [];
  const uncertain: string[] = [];
  for (const a of cands) {
    const covered = new Set<number>();
    for (const o of occ) if (o.actor === a) for (let k = o.from; k < o.to; k++) covered.add(k);
    const own = idx.ownNames.get(a) ?? new Set<string>();
    const ini = idx.initials.get(a) ?? new Set<string>();
    let bad: string | null = null;
    const unk: string[] = [];
    w.orig.forEach((word, k) => {
      if (bad || covered.has(k)) return;
      const low = w.lower[k]!;
      if (NAMESAKE.has(low)) bad = `namesake "${word}"`;
      else if (word.length === 1 && word !== low) {
        if (!ini.has(word)) bad = `initial ${word}.`;
      } else if (word.charAt(0) !== word.charAt(0).toLowerCase()) {
        if (own.has(low)) return;
        if (firstNames.has(low) || idx.kbGiven.has(low)) bad = `first name "${word}"`;
        else if (PATRONYMIC.test(low) && low.length > 6) bad = `patronymic "${word}"`;
        else unk.push(word);
      }
    });
    if (bad) reasons.push(`${lexName(a)}: ${bad}`);
    else {
      accepted.push(a);
      uncertain.push(...unk);
    }
  }
  if (accepted.length) return { status: 'ours', actors: accepted, ...(uncertain.length ? { uncertain } : {}) };
  return { status: 'rejected', actors: cands, why: reasons.join('; ') };
}

function mapOrg(text: string, idx: NameIndex): Pick<Gold, 'status' | 'actors' | 'why'> {
  const w = words(text);
  const occ = occurrences(w, idx.forms);
  if (!occ.length) return { status: 'none', actors: [] };
  // The longest form wins; the rest of the span must only qualify it.
  occ.sort((x, y) => y.to - y.from - (x.to - x.from) || x.from - y.from);
  const best = occ[0]!;
  const rest = w.lower.filter((_, k) => k < best.from || k >= best.to);
  const extra = rest.filter((x) => !MODIFIER.test(x));
  const actors = [...new Set(occ.map((o) => o.actor))];
  if (!extra.length) return { status: 'ours', actors: [best.actor] };
  return { status: 'nested', actors, why: `other organisation (${extra.join(' ')})` };
}

/**
 * A span that is not gold of ours but looks close: a PER word starting with the stem of one of
 * our surnames ("Путінових"), or an ORG/LOC span that is a truncated or differently inflected
 * institution form ("Адміністрації президента", "МЗС"). Listed for a human to judge.
 */
function nearMissOf(type: GType, text: string, idx: NameIndex): { word: string; actor: number } | null {
  if (type === 'PER') {
    for (const word of words(text).lower) {
      const hit = idx.surnameStems.find((x) => word.startsWith(x.stem));
      if (hit) return { word, actor: hit.actor };
    }
    return null;
  }
  const sp = prefixes(text);
  const single = sp.length === 1 && (text === text.toUpperCase() || idx.formStems.some((f) => f.stems.length === 1 && f.stems[0] === sp[0]));
  if (!sp.length || (sp.length < 2 && !single)) return null;
  const hit = idx.formStems.find(
    (f) => (type === 'ORG' ? f.stems.length >= sp.length : f.stems.length === sp.length) && sp.every((x, k) => f.stems[k] === x) && !f.stems.slice(sp.length).some((x) => FOREIGN.test(x)),
  );
  return hit ? { word: sp.join(' '), actor: hit.actor } : null;
}

// ---------------------------------------------------------------- scoring

const KINDS: ActorKind[] = ['person', 'institution', 'media'];
type Figures = { gold: number; found: number; hits: number; tp: number; fp: number; fn: number; nested: number; precision: number | null; recall: number | null };
type Item = { dataset: string; doc: string; kind: ActorKind; actor: string; surface: string; context: string; hint: string };

function ctx(text: string, start: number, end: number, width = 45): string {
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  const l = clean(text.slice(Math.max(0, start - width), start));
  const r = clean(text.slice(end, end + width));
  return `…${l}[${clean(text.slice(start, end))}]${r}…`;
}

let LEX: Lexicon;
let idx0: NameIndex;
const lexName = (a: number) => LEX.actors[a]?.id ?? `#${a}`;
const kindOf = (a: number): ActorKind => LEX.actors[a]?.kind ?? 'person';

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Why a gold mention of actor(s) was missed: re-runs the matcher on the span alone, for hints only. */
function fnHint(g: Gold, text: string, hits: ActorHit[]): string {
  const other = hits.find((h) => overlaps(h, g));
  if (other) return `wrong actor (${lexName(other.actor)})`;
  const span = text.slice(g.start, g.end);
  const alone = findActors(span, LEX).some((h) => g.actors.includes(h.actor));
  if (alone) return 'found alone, not in context (neighbouring word)';
  const w = words(span);
  const index = g.type === 'PER' ? idx0.surnames : idx0.forms;
  const exact = occurrences(w, index, true).some((o) => g.actors.includes(o.actor));
  if (!exact) return 'capitalisation differs from every KB form';
  if (/[«»"“”„]/.test(span)) return 'quotes or punctuation inside the name';
  if (w.orig.some((x) => x.length === 1 && x !== x.toLowerCase())) return 'initials rule rejects it';
  if (/ [.,] /.test(text.slice(Math.max(0, g.start - 3), g.end + 3))) return 'tokenised text (spaces around punctuation)';
  return 'first-name rule or adjacency rejects it';
}

function fpHint(h: ActorHit, text: string, golds: Gold[]): string {
  const surface = text.slice(h.start, h.end);
  const over = golds.filter((g) => overlaps(g, h));
  const ours = over.find((g) => g.status === 'ours');
  if (ours) return `wrong actor (gold: ${ours.actors.map(lexName).join('/')})`;
  const per = over.find((g) => g.type === 'PER');
  if (per) return `other PER "${per.text}"${per.why ? ` (${per.why})` : ''}`;
  const loc = over.find((g) => g.type === 'LOC');
  if (loc) return `LOC "${loc.text}"`;
  const org = over.find((g) => g.type === 'ORG');
  if (org) return `other ORG "${org.text}"`;
  if (surface.charAt(0) === surface.charAt(0).toLowerCase()) return 'no gold; lower-case word';
  const sentenceStart = /(^|[.!?…]\s*|\n\s*)$/.test(text.slice(Math.max(0, h.start - 3), h.start));
  return sentenceStart ? 'no gold; sentence-initial word' : 'no gold span';
}

function emptyFigures(): Figures {
  return { gold: 0, found: 0, hits: 0, tp: 0, fp: 0, fn: 0, nested: 0, precision: null, recall: null };
}

function finish(f: Figures): Figures {
  f.precision = f.tp + f.fp ? f.tp / (f.tp + f.fp) : null;
  f.recall = f.gold ? f.found / f.gold : null;
  return f;
}

function top(items: { key: string }[], n: number): { surface: string; count: number }[] {
  const c = new Map<string, number>();
  for (const it of items) c.set(it.key, (c.get(it.key) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([surface, count]) => ({ surface, count }));
}

// ---------------------------------------------------------------- main

function main(): number {
  const opts = parseArgs(process.argv.slice(2));
  const kb = bundledKb();
  LEX = kb.lexicon;
  const idx = nameIndex(LEX);
  idx0 = idx;
  const firstNames = firstNameSet();
  const out: Record<string, unknown> = {};
  const tables: { dataset: string; kind: ActorKind; f: Figures }[] = [];
  const allFN: Item[] = [];
  const allFP: Item[] = [];
  const allNested: Item[] = [];
  const goldLog = new Map<string, { type: GType; status: Status; actors: string; why: string; count: number }>();
  const nearMiss: { dataset: string; type: GType; text: string; word: string; actor: string; context: string }[] = [];
  const uncertain: { dataset: string; text: string; actor: string; words: string[] }[] = [];
  let offsetErrors = 0;

  for (const ds of DATASETS) {
    const docs = readDocs(join(opts.data, ds.file));
    const figs = Object.fromEntries(KINDS.map((k) => [k, emptyFigures()])) as Record<ActorKind, Figures>;
    const fn: Item[] = [];
    const fp: Item[] = [];
    for (const doc of docs) {
      const text = doc.text;
      const u16 = cpToUtf16(text);
      const golds: Gold[] = [];
      const add = (type: GType, spans: RawSpan[]) => {
        for (const s of spans) {
          const start = u16(s.start);
          const end = u16(s.end);
          if (text.slice(start, end) !== s.text) offsetErrors++;
          const m = type === 'PER' ? mapPerson(s.text, idx, firstNames) : mapOrg(s.text, idx);
          // A place that is only an institution's name by accident ("Кремінському районі")
          // never matches a whole form; LOC spans that do ("Кремль") are the institution.
          const g: Gold = { type, start, end, text: s.text, ...m };
          golds.push(g);
          if (g.status !== 'none') {
            const key = `${ds.name}\t${type}\t${normalizeText(s.text)}\t${g.status}\t${g.actors.map(lexName).join('/')}`;
            const e = goldLog.get(key);
            if (e) e.count++;
            else goldLog.set(key, { type, status: g.status, actors: g.actors.map(lexName).join('/'), why: g.why ?? '', count: 1 });
            if (g.uncertain) uncertain.push({ dataset: ds.name, text: s.text, actor: g.actors.map(lexName).join('/'), words: g.uncertain });
          } else {
            const near = nearMissOf(type, s.text, idx);
            if (near) nearMiss.push({ dataset: ds.name, type, text: s.text, word: near.word, actor: lexName(near.actor), context: ctx(text, start, end) });
          }
        }
      };
      add('PER', doc.persons);
      add('ORG', doc.orgs);
      add('LOC', doc.locs);
      for (const g of golds) if (g.status === 'ours') figs[kindOf(g.actors[0]!)].gold++;

      const hits = findActors(text, LEX);
      for (const h of hits) {
        const k = kindOf(h.actor);
        figs[k].hits++;
        const over = golds.filter((g) => overlaps(g, h));
        const match = over.filter((g) => g.status === 'ours' && g.actors.includes(h.actor));
        const surface = text.slice(h.start, h.end);
        const item: Item = { dataset: ds.name, doc: doc.id, kind: k, actor: lexName(h.actor), surface, context: ctx(text, h.start, h.end), hint: '' };
        if (match.length) {
          figs[k].tp++;
          for (const g of match) g.found = true;
          continue;
        }
        const container = over.find(
          (g) => g.type !== 'PER' && g.status !== 'ours' && g.start <= h.start && g.end >= h.end && words(g.text).lower.length > words(surface).lower.length,
        );
        const before = text.slice(Math.max(0, h.start - 8), h.start);
        const compound = /\p{L}-$/u.test(before) || /^-\p{L}/u.test(text.slice(h.end, h.end + 2));
        const namedAfter = /(ім\.|імені|им\.|имени)\s*$/u.test(before);
        if (container && !(k === 'person' && (compound || namedAfter))) {
          figs[k].nested++;
          allNested.push({ ...item, hint: `inside ${container.type} "${container.text}"` });
          continue;
        }
        figs[k].fp++;
        item.hint = fpHint(h, text, golds);
        if (compound) item.hint += '; part of a hyphenated compound';
        if (namedAfter) item.hint += '; "named after" (ім./имени): a namesake';
        fp.push(item);
      }
      for (const g of golds) {
        if (g.status !== 'ours') continue;
        const k = kindOf(g.actors[0]!);
        if (g.found) {
          figs[k].found++;
          continue;
        }
        figs[k].fn++;
        fn.push({ dataset: ds.name, doc: doc.id, kind: k, actor: g.actors.map(lexName).join('/'), surface: g.text, context: ctx(text, g.start, g.end), hint: fnHint(g, text, hits) });
      }
    }
    for (const k of KINDS) tables.push({ dataset: ds.name, kind: k, f: finish(figs[k]) });
    allFN.push(...fn);
    allFP.push(...fp);
    out[ds.name] = {
      lang: ds.lang,
      documents: docs.length,
      kinds: figs,
      topMissed: top(fn.map((x) => ({ key: normalizeText(x.surface) })), 20),
      topFalsePositives: top(fp.map((x) => ({ key: normalizeText(x.surface) })), 20),
    };
  }

  // ---------------------------------------------------------------- report
  const pct = (x: number | null) => (x === null ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);
  const lines: string[] = [];
  lines.push('dataset      kind          gold  found   hits    TP    FP    FN  nested  precision  recall');
  for (const t of tables) {
    const f = t.f;
    lines.push(
      `${t.dataset.padEnd(12)} ${t.kind.padEnd(12)} ${String(f.gold).padStart(5)} ${String(f.found).padStart(6)} ${String(f.hits).padStart(6)} ${String(f.tp).padStart(5)} ${String(f.fp).padStart(5)} ${String(f.fn).padStart(5)} ${String(f.nested).padStart(7)}     ${pct(f.precision)}  ${pct(f.recall)}`,
    );
  }
  const total = emptyFigures();
  for (const t of tables) for (const key of ['gold', 'found', 'hits', 'tp', 'fp', 'fn', 'nested'] as const) total[key] += t.f[key];
  finish(total);
  lines.push(
    `${'all'.padEnd(12)} ${'all'.padEnd(12)} ${String(total.gold).padStart(5)} ${String(total.found).padStart(6)} ${String(total.hits).padStart(6)} ${String(total.tp).padStart(5)} ${String(total.fp).padStart(5)} ${String(total.fn).padStart(5)} ${String(total.nested).padStart(7)}     ${pct(total.precision)}  ${pct(total.recall)}`,
  );
  console.log(lines.join('\n'));
  if (offsetErrors) console.log(`\nwarning: ${offsetErrors} gold spans whose offsets do not give their text`);

  const topWithHint = (items: Item[], n: number) => {
    const c = new Map<string, { n: number; hint: string; actor: string; ds: string }>();
    for (const it of items) {
      const key = `${it.dataset}\t${normalizeText(it.surface)}`;
      const e = c.get(key);
      if (e) e.n++;
      else c.set(key, { n: 1, hint: it.hint, actor: it.actor, ds: it.dataset });
    }
    return [...c].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0])).slice(0, n);
  };
  console.log('\nTop missed (FN): count  dataset  surface  → actor  [hint]');
  for (const [k, e] of topWithHint(allFN, 20)) console.log(`  ${String(e.n).padStart(3)}  ${e.ds.padEnd(10)} ${k.split('\t')[1]}  → ${e.actor}  [${e.hint}]`);
  console.log('\nTop false positives (FP): count  dataset  surface  → actor  [hint]');
  for (const [k, e] of topWithHint(allFP, 20)) console.log(`  ${String(e.n).padStart(3)}  ${e.ds.padEnd(10)} ${k.split('\t')[1]}  → ${e.actor}  [${e.hint}]`);
  if (allNested.length) {
    console.log('\nNested (not scored): hits inside a longer organisation/place name');
    for (const [k, e] of topWithHint(allNested, 10)) console.log(`  ${String(e.n).padStart(3)}  ${e.ds.padEnd(10)} ${k.split('\t')[1]}  → ${e.actor}`);
  }
  const nearTop = top(nearMiss.map((x) => ({ key: `${x.dataset}\t${x.type}\t${x.text}\t(${x.actor}?)` })), 15);
  if (nearTop.length) {
    console.log('\nNear misses (not gold: a word looks like our name but is no known form; check for missing forms):');
    for (const t of nearTop) console.log(`  ${String(t.count).padStart(3)}  ${t.surface.replace(/\t/g, '  ')}`);
  }

  if (opts.verbose) {
    const byStatus = (s: Status) => [...goldLog].filter(([, v]) => v.status === s).sort((a, b) => b[1].count - a[1].count);
    console.log('\n== Gold mapping: spans taken as OUR actors (dataset, type, span → actor, count)');
    for (const [k, v] of byStatus('ours')) console.log(`  ${String(v.count).padStart(3)}  ${k.split('\t').slice(0, 3).join('  ')}  → ${v.actors}`);
    console.log('\n== Gold spans containing our name but NOT our actor (rejected persons)');
    for (const [k, v] of byStatus('rejected')) console.log(`  ${String(v.count).padStart(3)}  ${k.split('\t').slice(0, 3).join('  ')}  ✗ ${v.why}`);
    console.log('\n== Organisations containing our institution but naming another one (nested)');
    for (const [k, v] of byStatus('nested')) console.log(`  ${String(v.count).padStart(3)}  ${k.split('\t').slice(0, 3).join('  ')}  ✗ ${v.actors}: ${v.why}`);
    if (uncertain.length) {
      console.log('\n== Accepted with unknown extra words (check by hand)');
      for (const u of uncertain) console.log(`  ${u.dataset}  "${u.text}" → ${u.actor}  (unknown: ${u.words.join(', ')})`);
    }
    console.log('\n== False negatives with context');
    for (const it of allFN) console.log(`  ${it.dataset}  ${it.actor}  ${it.context}  [${it.hint}]  ${it.doc}`);
    console.log('\n== False positives with context');
    for (const it of allFP) console.log(`  ${it.dataset}  ${it.actor}  ${it.context}  [${it.hint}]  ${it.doc}`);
    console.log('\n== Nested hits with context');
    for (const it of allNested) console.log(`  ${it.dataset}  ${it.actor}  ${it.context}  [${it.hint}]  ${it.doc}`);
    console.log('\n== Near misses with context');
    for (const n of nearMiss) console.log(`  ${n.dataset}  ${n.type}  "${n.text}" (${n.word} ~ ${n.actor})  ${n.context}`);
  }

  const report = {
    method: 'see the header of scripts/eval-ner.ts',
    data: opts.data,
    table: tables.map((t) => ({ dataset: t.dataset, kind: t.kind, ...t.f })),
    total,
    datasets: out,
    falseNegatives: allFN,
    falsePositives: allFP,
    nested: allNested,
    goldRejected: [...goldLog].filter(([, v]) => v.status !== 'ours').map(([k, v]) => ({ dataset: k.split('\t')[0], type: v.type, text: k.split('\t')[2], status: v.status, actors: v.actors, why: v.why, count: v.count })),
    goldOurs: [...goldLog].filter(([, v]) => v.status === 'ours').map(([k, v]) => ({ dataset: k.split('\t')[0], type: v.type, text: k.split('\t')[2], actors: v.actors, count: v.count })),
    uncertain,
    nearMisses: nearMiss,
  };
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(report, null, 1) + '\n');
  console.log(`\nwritten ${opts.out}`);
  return 0;
}

process.exitCode = main();
