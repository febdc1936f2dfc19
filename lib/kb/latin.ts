/**
 * Latin letters for a Ukrainian or Russian name: the English name a proposed person gets until
 * the reader corrects it (an actor needs one; customActorInput refuses a name without Latin).
 * Ukrainian by the national table (Cabinet of Ministers resolution 55 of 27 January 2010, which
 * writes є ї й ю я as ye yi y yu ya at the start of a word and ie i i iu ia inside it); Russian
 * by the same letters where they agree, and ы y, э e, ъ and ь dropped.
 */
const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ж: 'zh', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', "'": '',
};
const UK: Record<string, string> = { ...COMMON, г: 'h', ґ: 'g', и: 'y', і: 'i', є: 'ie', ї: 'i', й: 'i', ю: 'iu', я: 'ia' };
const UK_FIRST: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const RU: Record<string, string> = { ...COMMON, г: 'g', и: 'i', й: 'y', ы: 'y', э: 'e', ю: 'yu', я: 'ya', ё: 'yo', ъ: '' };

/** The name in Latin letters, each word capitalised as written. */
export function toLatin(name: string, lang: 'uk' | 'ru'): string {
  return name.replace(/[\p{L}']+/gu, (word) => {
    let out = '';
    [...word].forEach((ch, i) => {
      const low = ch.toLowerCase();
      // "зг" is written "zgh" in Ukrainian, so that it is not read as "zh".
      const table = lang === 'uk' ? (i === 0 ? { ...UK, ...UK_FIRST } : UK) : RU;
      let lat = table[low] ?? low;
      if (lang === 'uk' && low === 'г' && word[i - 1]?.toLowerCase() === 'з') lat = 'gh';
      out += ch !== low && lat ? lat[0]!.toUpperCase() + lat.slice(1) : lat;
    });
    return out;
  });
}
