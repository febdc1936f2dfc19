/**
 * The nominative of a name the text gives in another case ("Сергієм Рябковим" → "Сергій Рябков"),
 * found by running the project's own inflection (inflect.ts, the rules forms.json is built with)
 * backwards: a word is a guess's form when nameForms of the guess yields it. Where several guesses
 * fit, the first name and the surname must agree in gender, and the case the text is known to be in
 * (from the role word before the name) decides between a nominative as written and another, and
 * between readings whose endings are of other cases.
 */
import { nameForms, type Gender, type NameLang } from './inflect';
import { casesOf, type Case } from './name-case';

/** Endings a nominative of a name can have, tried after cutting up to four letters off a form. */
const NOM_ENDINGS = ['', 'а', 'я', 'й', 'ь', 'о', 'ий', 'ій', 'ой', 'ый', 'ія', 'ия'];

// First names in -а/-я that are men's (Ukrainian and Russian).
const MEN_IN_A = new Set(['Микола', 'Ілля', 'Илья', 'Никита', 'Микита', 'Кузьма', 'Фома', 'Лука', 'Сава', 'Савва', 'Данила', 'Гаврила']);

// Common women's first names in the nominative: where a form fits a man's name and a woman's
// ("Марину Соколову": Марина Соколова, or a man called Марин), the known name wins.
const WOMEN = new Set([
  'Ірина', 'Марина', 'Ольга', 'Олена', 'Наталія', 'Наталя', 'Тетяна', 'Світлана', 'Юлія', 'Анна', 'Ганна', 'Марія', 'Катерина', 'Людмила', 'Валентина', 'Оксана',
  'Вікторія', 'Галина', 'Лариса', 'Алла', 'Віра', 'Надія', 'Дарія', 'Софія', 'Анастасія', 'Євгенія', 'Олександра', 'Ніна', 'Інна', 'Вероніка', 'Маргарита', 'Поліна',
  'Ирина', 'Елена', 'Наталья', 'Татьяна', 'Светлана', 'Юлия', 'Мария', 'Екатерина', 'Виктория', 'Вера', 'Надежда', 'Дарья', 'София', 'Анастасия', 'Евгения',
  'Александра', 'Нина', 'Инна', 'Вероника', 'Полина', 'Ксения', 'Кристина', 'Алевтина', 'Элла',
]);

const FEMALE_SURNAME = /(ова|ева|єва|іна|їна|ина|ына|ька|ская|цкая|ая)$/;

type Guess = { nom: string; gender: Gender };

/**
 * A first name in -а declined as the noun it is (Ірина: Ірини, Ірині, Ірину, Іриною), where
 * inflect.ts reads -ина/-ова as a surname's adjective ending (Іриної).
 */
function givenNounForms(nom: string, lang: NameLang): string[] {
  if (!/[^аеєиіїоуюя]а$/.test(nom)) return [];
  const st = nom.slice(0, -1);
  if (lang === 'uk') return [st + (/[жшчщ]$/.test(st) ? 'і' : 'и'), st + 'і', st + 'у', st + (/[жшчщ]$/.test(st) ? 'ею' : 'ою')];
  return [st + (/[гкхжшчщ]$/.test(st) ? 'и' : 'ы'), st + 'е', st + 'у', st + 'ой'];
}

/**
 * Every nominative that yields `word` as one of its forms, for either gender; the word itself
 * among them. Also a man's name in -ін/-ин in the instrumental with -ом: inflect.ts gives that
 * ending the Slavic surnames' -им (Путіним), but Мартін, Кевін and Остін take -ом.
 */
export function nominativeGuesses(word: string, lang: NameLang, given = false): Guess[] {
  const out: Guess[] = [];
  const seen = new Set<string>();
  const instr = /(ін|їн|ин|ов|ев|ын)ом$/.exec(word);
  if (instr && (given || /(ін|їн|ин)ом$/.test(word))) {
    out.push({ nom: word.slice(0, -2), gender: 'm' });
    seen.add(`${word.slice(0, -2)}|m`);
  }
  for (let cut = 0; cut <= Math.min(4, word.length - 2); cut++) {
    const stem = word.slice(0, word.length - cut);
    for (const end of NOM_ENDINGS) {
      const nom = stem + end;
      for (const gender of ['m', 'f'] as const) {
        const key = `${nom}|${gender}`;
        const fits = nameForms(nom, lang, gender).includes(word) || (given && gender === genderOfGiven(nom) && givenNounForms(nom, lang).includes(word));
        if (seen.has(key) || !fits) continue;
        seen.add(key);
        out.push({ nom, gender });
      }
    }
  }
  return out;
}

/** The gender a first name in the nominative most likely has. */
function genderOfGiven(nom: string): Gender {
  return /[ая]$/.test(nom) && !MEN_IN_A.has(nom) ? 'f' : 'm';
}

export type NameCase = 'nominative' | 'oblique' | 'unknown';
export type Nominative = { given: string; patronymic: string | null; surname: string; gender: Gender };

/**
 * The nominative of first name (+ patronymic) + surname as the text writes them, or null when no
 * reading fits. `known` holds first names in the nominative that the knowledge base knows: a
 * guess among them beats one that is not ("Игоря" is "Игорь", not "Игор").
 */
export function nominativeName(given: string, patronymic: string | null, surname: string, lang: NameLang, textCase: NameCase, known: ReadonlySet<string> = new Set(), female = false, roleCases: Case[] | null = null): Nominative | null {
  let best: (Nominative & { score: number }) | null = null;
  const parts = (w: string) => nominativeGuesses(w, lang);
  const pats = patronymic ? parts(patronymic) : [null];
  for (const g of nominativeGuesses(given, lang, true)) {
    for (const s of parts(surname)) {
      if (s.gender !== g.gender) continue;
      for (const p of pats) {
        if (p && p.gender !== g.gender) continue;
        const words = [[g.nom, given], [s.nom, surname], ...(p ? [[p.nom, patronymic!]] : [])] as [string, string][];
        const asWritten = words.filter(([nom, w]) => nom === w).length;
        let score = 0;
        // The text's case: in the nominative every word stays as written; in another case every
        // word that declines changes (an indeclinable one, Рубіо, has only its own guess).
        if (textCase === 'nominative') score += asWritten === words.length ? 10 : -10;
        if (textCase === 'oblique') score += 2 * (words.length - asWritten);
        // The role word's case is the name's: "заступника ... Томмі Піготта" is not "Томм" (a locative).
        if (roleCases && textCase === 'oblique')
          for (const [nom, w] of words) {
            const cases = casesOf(w, nom, lang);
            if (cases) score += cases.some((c) => roleCases.includes(c)) ? 1 : -3;
          }
        score += genderOfGiven(g.nom) === g.gender ? 2 : -2;
        // A feminine title ("речниці", "заступниця") says who holds it.
        if (g.gender === 'f' && female) score += 5;
        // "Ірині" is Ірина far more often than Іриня.
        if (/[^аеєиіїоуюяь']я$/.test(g.nom) && !known.has(g.nom)) score -= 0.5;
        // A woman's surname that declines is a Slavic one in -ова, -іна, -ська...; "Оверчука" is
        // the genitive of a man's surname, not a woman's.
        if (g.gender === 'f' && s.nom !== surname && !FEMALE_SURNAME.test(s.nom)) score -= 2;
        if (known.has(g.nom) || WOMEN.has(g.nom)) score += 2;
        // A man's surname in -а is rare (Сковорода); "Беркутовій" is a woman's Беркутова.
        if (g.gender === 'm' && s.nom !== surname && /[ая]$/.test(s.nom)) score -= 2;
        // Last, the shorter reading: "Глібом" is "Гліб" rather than "Глібо", "Ольгою" "Ольга" rather than "Ольгоя".
        score -= 0.01 * (g.nom.length + s.nom.length);
        if (!best || score > best.score) best = { given: g.nom, patronymic: p?.nom ?? null, surname: s.nom, gender: g.gender, score };
      }
    }
  }
  if (!best) return null;
  const { score: _s, ...name } = best;
  return name;
}
