import type { FormsTable } from '../kb/forms';
import type { Actor } from '../kb/types';
import { nameForms, type NameLang } from '../kb/inflect';
import { normalizeText } from '../text/normalize';

/** What a surface form stands for: part of a person's name, or an institution's whole name. */
export type LexEntry = { actor: number; part: 'surname' | 'given' | 'patronymic' | 'form' };
export type TrieNode = { next: Map<string, TrieNode>; entries: LexEntry[] };

export type Lexicon = {
  actors: Actor[];
  root: Map<string, TrieNode>;
  /** Given names of every person we know and common ones we do not, in all forms. */
  givenNames: Set<string>;
  /** First two UTF-16 units (c0 * 65536 + c1) of every entry's first word: the matcher's cheap filter. */
  heads: Set<number>;
};

// First names that sit next to our actors' surnames but belong to other people
// (domain.md: Нил Ушаков, Мишель Обама, Хантер Байден, Александр Медведев, Білл Клінтон; Гордон Браун
// beside the general Charles Brown).
export const OTHER_GIVEN: Record<NameLang, string[]> = {
  uk: ['Ніл', 'Мішель', 'Хантер', 'Олександр', 'Білл', 'Джилл', 'Меланія', 'Іванка', 'Ерік', 'Дональд', 'Джеймс', 'Джон', 'Майкл', 'Роберт', 'Девід', 'Марія', 'Олена', 'Ігор', 'Андрій', 'Петро', 'Олег', 'Віктор', 'Іван', 'Михайло', 'Людмила', 'Валентина', 'Тетяна', 'Наталія', 'Ганна', 'Анна', 'Павло', 'Максим', 'Артем', 'Євген', 'Денис', 'Роман', 'Руслан', 'Тарас', 'Богдан', 'Микола', 'Юлія', 'Гордон'],
  ru: ['Нил', 'Мишель', 'Хантер', 'Александр', 'Билл', 'Джилл', 'Мелания', 'Иванка', 'Эрик', 'Дональд', 'Джеймс', 'Джон', 'Майкл', 'Роберт', 'Дэвид', 'Мария', 'Елена', 'Игорь', 'Андрей', 'Петр', 'Олег', 'Виктор', 'Иван', 'Михаил', 'Людмила', 'Валентина', 'Татьяна', 'Наталья', 'Анна', 'Павел', 'Максим', 'Артем', 'Евгений', 'Денис', 'Роман', 'Руслан', 'Богдан', 'Николай', 'Юлия', 'Гордон'],
};

// Lower-case forms of Russian officials' surnames that are everyday words (Cossack, pear, laurels, sands).
const COMMON_WORDS = new Set(['козак', 'козака', 'козаку', 'козаком', 'козаці', 'козаки', 'козаків', 'грушка', 'грушки', 'грушку', 'грушці', 'грушкою', 'грушко', 'лавров', 'песков', 'антонов']);

function insert(root: Map<string, TrieNode>, phrase: string, entry: LexEntry): void {
  const words = normalizeText(phrase).split(/[\s-]+/).filter(Boolean);
  let level = root;
  let node: TrieNode | undefined;
  for (const w of words) {
    node = level.get(w);
    if (!node) {
      node = { next: new Map(), entries: [] };
      level.set(w, node);
    }
    level = node.next;
  }
  if (node && !node.entries.some((e) => e.actor === entry.actor && e.part === entry.part)) node.entries.push(entry);
}

function eachForm(words: string[] | undefined, lang: NameLang | 'en', gender: 'm' | 'f', indecl: boolean, fn: (f: string) => void): void {
  for (const w of words ?? []) {
    const forms = lang === 'en' ? [w] : nameForms(w, lang, gender, indecl);
    for (const f of forms) fn(f);
  }
}

/**
 * Compiles the knowledge base into a token trie: every case form of every name. Forms come from
 * the table generated at build time (forms.json); an actor it lacks (one a user added) gets the
 * project's own inflection rules at run time.
 */
export function buildLexicon(actors: Actor[], forms: FormsTable = {}): Lexicon {
  const root = new Map<string, TrieNode>();
  const givenNames = new Set<string>();
  actors.forEach((a, i) => {
    if (a.kind === 'person') {
      const g = a.gender ?? 'm';
      for (const lang of ['uk', 'ru', 'en'] as const) {
        const shipped = lang === 'en' ? undefined : forms[a.id]?.[lang];
        // Many Ukrainian outlets write Russia's leaders in lower case ("владімір путін", "розмова з
        // шойгу", "кирило дмитрієв"): a Russian official's surname is found so too, unless the
        // lower-case word is a common one ("козак", "грушка") or the person is found by the full
        // name only.
        const lowerToo = a.country === 'RU' && lang !== 'en' && (!!shipped || !a.forms?.[lang]);
        const surname = (f: string) => {
          insert(root, f, { actor: i, part: 'surname' });
          const n = normalizeText(f);
          const low = n.toLowerCase();
          if (lowerToo && low !== n && !COMMON_WORDS.has(low)) insert(root, low, { actor: i, part: 'surname' });
        };
        if (shipped) {
          for (const f of shipped.surname ?? []) surname(f);
          for (const f of shipped.given ?? []) {
            insert(root, f, { actor: i, part: 'given' });
            givenNames.add(normalizeText(f));
          }
          for (const f of shipped.patronymic ?? []) insert(root, f, { actor: i, part: 'patronymic' });
          continue;
        }
        const indecl = lang !== 'en' && (a.indeclinable?.[lang] ?? false);
        eachForm(a.surname?.[lang], lang, g, indecl, surname);
        eachForm(a.given?.[lang], lang, g, false, (f) => {
          insert(root, f, { actor: i, part: 'given' });
          givenNames.add(normalizeText(f));
        });
        eachForm(a.patronymic?.[lang], lang, g, false, (f) => insert(root, f, { actor: i, part: 'patronymic' }));
      }
    }
    for (const lang of ['uk', 'ru', 'en'] as const) {
      for (const f of a.forms?.[lang] ?? []) insert(root, f, { actor: i, part: 'form' });
    }
  });
  for (const lang of ['uk', 'ru'] as const) {
    for (const n of OTHER_GIVEN[lang]) for (const f of nameForms(n, lang, /[ая]$/.test(n) ? 'f' : 'm')) givenNames.add(f);
  }
  const heads = new Set<number>();
  for (const w of root.keys()) heads.add(w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0));
  return { actors, root, givenNames, heads };
}
