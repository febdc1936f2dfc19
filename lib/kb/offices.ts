/**
 * Words that name an office in Ukrainian and Russian news ("заступник", "посол", "спецпосланник",
 * "помощник") and the words that say whose office it is ("США", "РФ", "Кремля", "американський",
 * "України"): what lib/kb/propose.ts reads to offer a person the knowledge base lacks.
 */
import type { Side } from './types';
import { casesOf, type Case } from './name-case';

export type Head = {
  /** The word in the nominative, lower case: what a role title starts with. */
  nom: string;
  en: string;
  /** Offices that belong to one side whoever holds them (the US secretary of state, a congressman). */
  side?: Side;
  /** A feminine title ("заступниця", "речниця"): its holder is a woman. */
  female?: boolean;
};

type HeadRule = Head & { re: RegExp };

// Endings of a masculine noun in -ник/-ор/-ар (uk: а у ом ові і; ru: а у ом е); of a feminine in -иця.
const MASC_UK = '(а|у|ом|ові|і)?';
const MASC_RU = '(а|у|ом|е)?';
const FEM_UK = '(я|і|ю|ею)';
const rule = (stem: string, ends: string, h: Head): HeadRule => ({ ...h, re: new RegExp(`^${stem}${ends}$`) });

const UK_HEADS: HeadRule[] = [
  rule('заступник', MASC_UK, { nom: 'заступник', en: 'Deputy' }),
  rule('заступниц', FEM_UK, { nom: 'заступниця', en: 'Deputy', female: true }),
  rule('міністр', MASC_UK, { nom: 'міністр', en: 'Minister' }),
  rule('глав', '(а|и|і|у|ою)', { nom: 'глава', en: 'Head' }),
  rule('керівник', MASC_UK, { nom: 'керівник', en: 'Head' }),
  rule('очільник', MASC_UK, { nom: 'очільник', en: 'Head' }),
  // Not "після" (after), which a stem rule would take for the locative of "посол".
  rule('посл', '(а|у|ом|ові)', { nom: 'посол', en: 'Ambassador' }),
  rule('посол', '', { nom: 'посол', en: 'Ambassador' }),
  rule('спецпосланник', MASC_UK, { nom: 'спецпосланник', en: 'Special envoy' }),
  rule('посланник', MASC_UK, { nom: 'посланник', en: 'Envoy' }),
  rule('спецпосланц', '(я|ю|ем|еві|і)', { nom: 'спецпосланець', en: 'Special envoy' }),
  rule('спецпосланець', '', { nom: 'спецпосланець', en: 'Special envoy' }),
  rule('спецпредставник', MASC_UK, { nom: 'спецпредставник', en: 'Special representative' }),
  rule('представник', MASC_UK, { nom: 'представник', en: 'Representative' }),
  rule('представниц', FEM_UK, { nom: 'представниця', en: 'Representative', female: true }),
  rule('помічник', MASC_UK, { nom: 'помічник', en: 'Aide' }),
  rule('помічниц', FEM_UK, { nom: 'помічниця', en: 'Aide', female: true }),
  rule('радник', MASC_UK, { nom: 'радник', en: 'Adviser' }),
  rule('радниц', FEM_UK, { nom: 'радниця', en: 'Adviser', female: true }),
  rule('речник', MASC_UK, { nom: 'речник', en: 'Spokesperson' }),
  rule('речниц', FEM_UK, { nom: 'речниця', en: 'Spokesperson', female: true }),
  rule('секретар', '(я|ю|ем|еві|і)?', { nom: 'секретар', en: 'Secretary' }),
  rule('держсекретар', '(я|ю|ем|еві|і)?', { nom: 'держсекретар', en: 'Secretary of State', side: 'US' }),
  rule('директор', MASC_UK, { nom: 'директор', en: 'Director' }),
  rule('сенатор', MASC_UK, { nom: 'сенатор', en: 'Senator' }),
  rule('конгресмен', MASC_UK, { nom: 'конгресмен', en: 'Member of Congress', side: 'US' }),
];

const RU_HEADS: HeadRule[] = [
  rule('заместител', '(ь|я|ю|ем|е)', { nom: 'заместитель', en: 'Deputy' }),
  rule('министр', MASC_RU, { nom: 'министр', en: 'Minister' }),
  rule('глав', '(а|ы|е|у|ой)', { nom: 'глава', en: 'Head' }),
  rule('руководител', '(ь|я|ю|ем|е)', { nom: 'руководитель', en: 'Head' }),
  // Not "после" (after).
  rule('посл', '(а|у|ом)', { nom: 'посол', en: 'Ambassador' }),
  rule('посол', '', { nom: 'посол', en: 'Ambassador' }),
  rule('спецпосланник', MASC_RU, { nom: 'спецпосланник', en: 'Special envoy' }),
  rule('посланник', MASC_RU, { nom: 'посланник', en: 'Envoy' }),
  rule('спецпредставител', '(ь|я|ю|ем|е)', { nom: 'спецпредставитель', en: 'Special representative' }),
  rule('представител', '(ь|я|ю|ем|е)', { nom: 'представитель', en: 'Representative' }),
  rule('помощник', MASC_RU, { nom: 'помощник', en: 'Aide' }),
  rule('советник', MASC_RU, { nom: 'советник', en: 'Adviser' }),
  rule('секретар', '(ь|я|ю|ем|е)', { nom: 'секретарь', en: 'Secretary' }),
  rule('госсекретар', '(ь|я|ю|ем|е)', { nom: 'госсекретарь', en: 'Secretary of State', side: 'US' }),
  rule('конгрессмен', MASC_RU, { nom: 'конгрессмен', en: 'Member of Congress', side: 'US' }),
  rule('директор', MASC_RU, { nom: 'директор', en: 'Director' }),
  rule('сенатор', MASC_RU, { nom: 'сенатор', en: 'Senator' }),
];

// "замглавы", "замминистра", "замгоссекретаря": one form for every case.
const ZAM = /^зам(глав[ыи]|министра|госсекретаря|держсекретаря|міністра)$/;

/** The office a word names, and whether the word is in the nominative (null: it cannot tell). */
export function headOf(word: string, lang: 'uk' | 'ru'): { head: Head; nominative: boolean | null; cases: Case[] | null } | null {
  const w = word.toLowerCase();
  if (ZAM.test(w)) return { head: { nom: w, en: 'Deputy', ...(/секретаря$/.test(w) ? { side: 'US' as const } : {}) }, nominative: null, cases: null };
  for (const { re, ...head } of lang === 'uk' ? UK_HEADS : RU_HEADS) if (re.test(w)) return { head, nominative: w === head.nom, cases: headCases(w, head.nom, lang) };
  return null;
}

/** The cases an office word can be in ("посла": genitive or accusative), from its ending. */
function headCases(w: string, nom: string, lang: 'uk' | 'ru'): Case[] | null {
  // "посол" drops its о: "посла", "послу".
  return nom === 'посол' ? casesOf(w, 'посл', lang) : casesOf(w, nom, lang);
}

/** Country words, capitalised as written, by side; "other" is any third country, Ukraine, the EU. */
const MARKERS: Record<'US' | 'RU' | 'other', string[]> = {
  US: ['США', 'Сполучених', 'Соединенных', 'Пентагону', 'Пентагона', 'Держдепу', 'Держдепартаменту', 'Госдепа', 'Госдепартамента', 'ЦРУ', 'ФБР', 'Білого', 'Белого', 'Вашингтона', 'Конгресу', 'Конгресса'],
  RU: ['РФ', 'Росії', 'России', 'Російської', 'Российской', 'Кремля', 'СВР', 'ФСБ', 'Держдуми', 'Госдумы', 'РФПІ', 'РФПИ', 'Москви', 'Москвы'],
  other: [
    'України', 'Украины', 'ЄС', 'ЕС', 'ООН', 'НАТО', 'ОБСЄ', 'ОБСЕ', 'Туреччини', 'Турции', 'Китаю', 'Китая', 'КНР', 'Британії', 'Великобритании',
    'Франції', 'Франции', 'Німеччини', 'Германии', 'ФРН', 'ФРГ', 'Польщі', 'Польши', 'Білорусі', 'Беларуси', 'Угорщини', 'Венгрии', 'Ізраїлю', 'Израиля',
    'Ірану', 'Ирана', 'Індії', 'Индии', 'Саудівської', 'Саудовской', 'ОАЕ', 'ОАЭ', 'Катару', 'Катара', 'Японії', 'Японии', 'Фінляндії', 'Финляндии',
    'Швейцарії', 'Швейцарии', 'Казахстану', 'Казахстана', 'Грузії', 'Грузии', 'Молдови', 'Молдовы', 'Києва', 'Киева', 'Євросоюзу', 'Евросоюза',
  ],
};
const BY_WORD = new Map<string, Side>();
for (const side of ['US', 'RU', 'other'] as const) for (const w of MARKERS[side]) BY_WORD.set(w, side);
const ADJECTIVES: [RegExp, Side][] = [
  [/^американськ|^американск/, 'US'],
  [/^російськ|^российск|^кремлівськ|^кремлевск/, 'RU'],
  [/^українськ|^украинск|^турецьк|^турецк|^китайськ|^китайск|^британськ|^британск|^французьк|^французск|^німецьк|^немецк|^польськ|^польск|^білоруськ|^белорусск|^європейськ|^европейск|^угорськ|^венгерск|^саудівськ|^саудовск/, 'other'],
];

/** The side a word says an office belongs to: a country's name in the genitive or its adjective. */
export function markerSide(word: string): Side | null {
  const s = BY_WORD.get(word);
  if (s) return s;
  const w = word.toLowerCase();
  for (const [re, side] of ADJECTIVES) if (re.test(w)) return side;
  return null;
}

// Capitalised words inside an office's name that are not a person's: "Ради Безпеки", "Білого дому".
const OFFICE_WORDS = new Set([
  'Сполучені', 'Сполученим', 'Сполученими', 'Сполучених', 'Соединенные', 'Соединенным', 'Соединенными', 'Штати', 'Штатам', 'Штатами', 'Штатах', 'Штаты',
  'Російська', 'Російській', 'Російською', 'Российская', 'Российскую', 'Федерація', 'Федерацією', 'Федерация', 'Федерацией', 'Ради', 'Совета', 'Безпеки', 'Безопасности', 'Федерації', 'Федерации', 'Штатів', 'Штатов', 'Державної', 'Государственной', 'Думи', 'Думы', 'Національної', 'Национальной', 'Адміністрації', 'Администрации', 'Президента']);

/** A capitalised word that belongs to the role phrase (a country, an acronym, an office's name), not to a name. */
export function isOfficeWord(word: string): boolean {
  return BY_WORD.has(word) || OFFICE_WORDS.has(word) || (word.length >= 2 && word === word.toUpperCase());
}

/** What an office is called in English, for the English role title of a proposed person. */
const OFFICES_EN: [RegExp, string][] = [
  [/МЗС|МИД|закордонних справ|иностранных дел/, 'Foreign Ministry'],
  [/Пентагон|оборони|обороны/, 'Defense'],
  [/Держдеп|Госдеп/, 'State Department'],
  [/Білого дому|Белого дома/, 'White House'],
  [/Кремл/, 'Kremlin'],
  [/Ради безпеки|Ради Безпеки|Совета безопасности|Совбез|національної безпеки|национальной безопасности/, 'Security Council'],
  [/адміністрації президента|администрации президента/i, 'Presidential Administration'],
  [/президента/, 'President'],
  [/ЦРУ/, 'CIA'],
  [/СВР/, 'SVR'],
  [/ФСБ/, 'FSB'],
  [/фінансів|финансов|Мінфін|Минфин/, 'Finance'],
  [/РФПІ|РФПИ/, 'RDIF'],
];

/** An English role title from the office word and the phrase after it: "Deputy, Foreign Ministry (Russia)". */
export function englishTitle(head: Head, phrase: string, side: 'US' | 'RU'): string {
  const office = OFFICES_EN.find(([re]) => re.test(phrase))?.[1];
  const title = /^пресс?-/.test(phrase) ? 'Press secretary' : head.en;
  return `${title}${office ? `, ${office}` : ''} (${side === 'US' ? 'United States' : 'Russia'})`;
}
