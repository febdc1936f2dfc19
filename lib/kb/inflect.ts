/**
 * Case forms of personal names in Ukrainian and Russian, generated from the nominative.
 * Rules follow the school grammars of both languages for the endings that names of
 * politicians have (-ов/-ев/-ін/-ин, a consonant, -ий/-ський, -а/-я, -о/-ко, -й, -ь);
 * a name flagged indeclinable, and a woman's name ending in a consonant, keep one form.
 */
export type NameLang = 'uk' | 'ru';
export type Gender = 'm' | 'f';

const SIBILANT = /[жшчщц]$/;

function masculine(w: string, lang: NameLang): string[] {
  const stem1 = w.slice(0, -1);
  const stem2 = w.slice(0, -2);
  if (lang === 'ru') {
    if (/(ский|цкий)$/.test(w)) return [stem2 + 'ого', stem2 + 'ому', stem2 + 'им', stem2 + 'ом'];
    if (/[ыо]й$/.test(w)) return [stem2 + 'ого', stem2 + 'ому', stem2 + 'ым', stem2 + 'ом'];
    if (/ий$/.test(w)) return [stem2 + 'ия', stem2 + 'ию', stem2 + 'ием', stem2 + 'ии'];
    if (/й$/.test(w)) return [stem1 + 'я', stem1 + 'ю', stem1 + 'ем', stem1 + 'е'];
    if (/ь$/.test(w)) return [stem1 + 'я', stem1 + 'ю', stem1 + 'ем', stem1 + 'е'];
    if (/[ая]$/.test(w)) return feminineA(w, lang);
    if (/[оуеиюэы]$/.test(w)) return [];
    if (/(ов|ев|ин|ын)$/.test(w)) return [w + 'а', w + 'у', w + 'ым', w + 'е'];
    return [w + 'а', w + 'у', w + (SIBILANT.test(w) ? 'ем' : 'ом'), w + 'е'];
  }
  if (/(ський|цький)$/.test(w)) return [stem2 + 'ого', stem2 + 'ому', stem2 + 'им', stem2 + 'ім'];
  if (/ій$/.test(w)) return [stem2 + 'ія', stem2 + 'ію', stem2 + 'ієм', stem2 + 'ієві', stem2 + 'ії'];
  if (/й$/.test(w)) return [stem1 + 'я', stem1 + 'ю', stem1 + 'єм', stem1 + 'єві'];
  if (/ь$/.test(w)) return [stem1 + 'я', stem1 + 'ю', stem1 + 'ем', stem1 + 'еві', stem1 + 'і'];
  if (/[ая]$/.test(w)) return feminineA(w, lang);
  // -о after a consonant declines in Ukrainian (Порошенко, Дмитро); after a vowel it does not (Рубіо).
  if (/[^аеєиіїоуюя]о$/.test(w)) return [stem1 + 'а', stem1 + 'у', stem1 + 'ові', stem1 + 'ом', stem1 + 'і'];
  if (/[аеєиіїоуюя]$/.test(w)) return [];
  // Russian-type surnames take -им in the instrumental (Путіним), others -ом/-ем (Трампом).
  if (/(ов|ев|єв|ін|їн|ин)$/.test(w)) return [w + 'а', w + 'у', w + 'ові', w + 'им', w + 'і', w + 'е'];
  const soft = SIBILANT.test(w);
  return [w + 'а', w + 'у', w + (soft ? 'еві' : 'ові'), w + (soft ? 'ем' : 'ом'), w + 'і', w + 'е'];
}

function feminineA(w: string, lang: NameLang): string[] {
  const stem = w.slice(0, -1);
  const soft = w.endsWith('я');
  if (lang === 'ru') {
    if (/(ова|ева|ина|ына)$/.test(w)) return [stem + 'ой', stem + 'у'];
    if (/ая$/.test(w)) return [w.slice(0, -2) + 'ой', w.slice(0, -2) + 'ую'];
    const gen = soft || /[гкхжшчщ]$/.test(stem) ? 'и' : 'ы';
    return [stem + gen, stem + 'е', stem + (soft ? 'ю' : 'у'), stem + (soft ? 'ей' : 'ой')];
  }
  if (/(ова|ева|єва|іна|ина)$/.test(w)) return [stem + 'ої', stem + 'ій', stem + 'у', stem + 'ою'];
  if (/ька$|ська$|цька$/.test(w)) return [stem + 'ої', stem + 'ій', stem + 'у', stem + 'ою'];
  if (soft) return /[аеєиіїоуюя]я$/.test(w) ? [stem + 'ї', stem + 'ю', stem + 'єю'] : [stem + 'і', stem + 'ю', stem + 'ею'];
  const gen = /[жшчщ]$/.test(stem) ? 'і' : 'и';
  return [stem + gen, stem + 'і', stem + 'у', stem + (/[жшчщ]$/.test(stem) ? 'ею' : 'ою')];
}

function feminine(w: string, lang: NameLang): string[] {
  if (/[ая]$/.test(w)) return feminineA(w, lang);
  if (lang === 'ru' && /ь$/.test(w)) return [w.slice(0, -1) + 'и', w + 'ю'];
  return [];
}

/** Every form of a name word, nominative first, without duplicates. */
export function nameForms(word: string, lang: NameLang, gender: Gender, indeclinable = false): string[] {
  // Compound surnames (Ер-Ріяд is not a name, but Кім Чен Ин or бін Салман are) inflect in their last part.
  const dash = word.lastIndexOf('-');
  if (dash > 0) {
    const head = word.slice(0, dash + 1);
    return nameForms(word.slice(dash + 1), lang, gender, indeclinable).map((f) => head + f);
  }
  if (indeclinable) return [word];
  const rest = gender === 'f' ? feminine(word, lang) : masculine(word, lang);
  return [...new Set([word, ...rest])];
}
