/**
 * Which grammatical cases a form can be in, told by the ending it adds to its nominative
 * ("Рябков" → "Рябкова": genitive or accusative; "Томмі" left as it is: any). The role word
 * before a name is in the same case as the name (apposition: "заступника ... Томмі Піготта"), so
 * a reading of the name whose endings cannot be that case ("Томм" + locative "-і") is a worse one.
 */
export type Case = 'gen' | 'dat' | 'acc' | 'ins' | 'loc';
type Decl = 'm' | 'f';

const ALL: Case[] = ['gen', 'dat', 'acc', 'ins', 'loc'];

// Endings after the part a form shares with its nominative, by declension and language.
const ENDINGS: Record<'uk' | 'ru', Record<Decl, [RegExp, Case[]][]>> = {
  uk: {
    m: [[/^(а|я)$/, ['gen', 'acc']], [/^(у|ю|ові|еві|єві)$/, ['dat', 'loc']], [/^(ом|ем|єм|им)$/, ['ins']], [/^(і|ї)$/, ['loc']]],
    f: [[/^(и|ої|ьої)$/, ['gen']], [/^(ї)$/, ['gen', 'dat', 'loc']], [/^(і|ій)$/, ['dat', 'loc']], [/^(у|ю)$/, ['acc']], [/^(ою|ею|єю)$/, ['ins']]],
  },
  ru: {
    m: [[/^(а|я)$/, ['gen', 'acc']], [/^(у|ю)$/, ['dat']], [/^(ом|ем|ым|им)$/, ['ins']], [/^(е|и)$/, ['loc']]],
    f: [[/^(ы)$/, ['gen']], [/^(и)$/, ['gen', 'dat', 'loc']], [/^(е)$/, ['dat', 'loc']], [/^(ой|ей)$/, ['gen', 'dat', 'ins', 'loc']], [/^(у|ю|ую)$/, ['acc']], [/^(ою|ею)$/, ['ins']]],
  },
};

/** The cases `word` can be in as a form of `nom`; null when it is the nominative itself (or indeclinable). */
export function casesOf(word: string, nom: string, lang: 'uk' | 'ru'): Case[] | null {
  if (word === nom) return null;
  let k = 0;
  while (k < word.length && k < nom.length && word[k] === nom[k]) k++;
  const ending = word.slice(k);
  const decl: Decl = /[ая]$/.test(nom) ? 'f' : 'm';
  // A soft stem's -і is its genitive too (заступниці, Наталі).
  if (lang === 'uk' && decl === 'f' && nom.endsWith('я') && ending === 'і') return ['gen', 'dat', 'loc'];
  for (const [re, cases] of ENDINGS[lang][decl]) if (re.test(ending)) return cases;
  return ALL;
}
