/**
 * Places where contacts happen, in the locative forms news uses after у/в/на. `third` marks a
 * neutral venue (CAMEO 044) as opposed to one side's capital (a visit, CAMEO 042/043).
 */
export type Place = { id: string; en: string; country: string; kind: 'city' | 'country' | 'region'; forms: string[]; in?: string };

export const PLACES: Place[] = [
  { id: 'geneva', en: 'Geneva', country: 'CH', kind: 'city', forms: ['Женеві', 'Женеве', 'Женева', 'Женеви', 'Женеву'] },
  { id: 'switzerland', en: 'Switzerland', country: 'CH', kind: 'country', forms: ['Швейцарії', 'Швейцарии'] },
  { id: 'miami', en: 'Miami', country: 'US', kind: 'city', forms: ['Маямі', 'Майамі', 'Майами', 'Маями'], in: 'Florida' },
  { id: 'moscow', en: 'Moscow', country: 'RU', kind: 'city', forms: ['Москві', 'Москве', 'Москви', 'Москву'] },
  { id: 'washington', en: 'Washington', country: 'US', kind: 'city', forms: ['Вашингтоні', 'Вашингтоне', 'Вашингтона', 'Вашингтон'] },
  { id: 'riyadh', en: 'Riyadh', country: 'SA', kind: 'city', forms: ['Ер-Ріяді', 'Эр-Рияде', 'Ер-Ріяд', 'Эр-Рияд', 'Ріяді', 'Рияде', 'Ер-Ріяда'] },
  { id: 'saudi-arabia', en: 'Saudi Arabia', country: 'SA', kind: 'country', forms: ['Саудівській Аравії', 'Саудовской Аравии'] },
  { id: 'istanbul', en: 'Istanbul', country: 'TR', kind: 'city', forms: ['Стамбулі', 'Стамбуле', 'Стамбула', 'Стамбул'] },
  { id: 'ankara', en: 'Ankara', country: 'TR', kind: 'city', forms: ['Анкарі', 'Анкаре'] },
  { id: 'turkey', en: 'Turkey', country: 'TR', kind: 'country', forms: ['Туреччині', 'Турции'] },
  { id: 'alaska', en: 'Alaska', country: 'US', kind: 'region', forms: ['Алясці', 'Аляске', 'Аляски', 'Аляску'] },
  { id: 'anchorage', en: 'Anchorage', country: 'US', kind: 'city', forms: ['Анкориджі', 'Анкоридже', 'Анкоридж', 'Анкориджа'], in: 'Alaska' },
  { id: 'helsinki', en: 'Helsinki', country: 'FI', kind: 'city', forms: ['Гельсінкі', 'Хельсинки'] },
  { id: 'abu-dhabi', en: 'Abu Dhabi', country: 'AE', kind: 'city', forms: ['Абу-Дабі', 'Абу-Даби'] },
  { id: 'uae', en: 'United Arab Emirates', country: 'AE', kind: 'country', forms: ['ОАЕ', 'ОАЭ', 'Об\'єднаних Арабських Еміратах', 'Объединенных Арабских Эмиратах'] },
  { id: 'jeddah', en: 'Jeddah', country: 'SA', kind: 'city', forms: ['Джидді', 'Джидде'] },
  { id: 'minsk', en: 'Minsk', country: 'BY', kind: 'city', forms: ['Мінську', 'Минске'] },
  { id: 'paris', en: 'Paris', country: 'FR', kind: 'city', forms: ['Парижі', 'Париже'] },
  { id: 'berlin', en: 'Berlin', country: 'DE', kind: 'city', forms: ['Берліні', 'Берлине'] },
  { id: 'munich', en: 'Munich', country: 'DE', kind: 'city', forms: ['Мюнхені', 'Мюнхене'] },
  { id: 'kyiv', en: 'Kyiv', country: 'UA', kind: 'city', forms: ['Києві', 'Киеве', 'Києва', 'Киев'] },
  { id: 'st-petersburg', en: 'Saint Petersburg', country: 'RU', kind: 'city', forms: ['Петербурзі', 'Петербурге', 'Санкт-Петербурзі', 'Санкт-Петербурге'] },
  { id: 'sochi', en: 'Sochi', country: 'RU', kind: 'city', forms: ['Сочі', 'Сочи'] },
  { id: 'budapest', en: 'Budapest', country: 'HU', kind: 'city', forms: ['Будапешті', 'Будапеште', 'Будапешта', 'Будапешт'] },
  { id: 'dubai', en: 'Dubai', country: 'AE', kind: 'city', forms: ['Дубаї', 'Дубае'] },
  { id: 'vienna', en: 'Vienna', country: 'AT', kind: 'city', forms: ['Відні', 'Вене'] },
  { id: 'stockholm', en: 'Stockholm', country: 'SE', kind: 'city', forms: ['Стокгольмі', 'Стокгольме'] },
  { id: 'new-york', en: 'New York', country: 'US', kind: 'city', forms: ['Нью-Йорку', 'Нью-Йорке'] },
  { id: 'beijing', en: 'Beijing', country: 'CN', kind: 'city', forms: ['Пекіні', 'Пекине'] },
  { id: 'vatican', en: 'Vatican', country: 'VA', kind: 'city', forms: ['Ватикані', 'Ватикане'] },
  // The two sides' own countries: a destination ("прибув до США", "отправится в Россию") or a
  // venue named right after the contact ("встречу на территории России"); see findPlace.
  { id: 'united-states', en: 'United States', country: 'US', kind: 'country', forms: ['США', 'Сполучених Штатів', 'Соединенных Штатов', 'Сполучені Штати', 'Соединенные Штаты'] },
  { id: 'russia', en: 'Russia', country: 'RU', kind: 'country', forms: ['Росії', 'Росію', 'России', 'Россию', 'РФ'] },
  { id: 'davos', en: 'Davos', country: 'CH', kind: 'city', forms: ['Давосі', 'Давосе', 'Давос'] },
  { id: 'florida', en: 'Florida', country: 'US', kind: 'region', forms: ['Флориді', 'Флориде', 'Флориду', 'Флориди', 'Флориды'] },
  { id: 'kuala-lumpur', en: 'Kuala Lumpur', country: 'MY', kind: 'city', forms: ['Куала-Лумпурі', 'Куала-Лумпуре', 'Куала-Лумпур'] },
  { id: 'malaysia', en: 'Malaysia', country: 'MY', kind: 'country', forms: ['Малайзії', 'Малайзии'] },
];

export const LOCATIVE_PREP = new Set(['у', 'в', 'во', 'на']);
/** Where a place can stand: "у Женеві", and a visit's destination "до Москви", "в Москву". */
export const PLACE_PREP = new Set(['у', 'в', 'во', 'на', 'до']);
const BY_FORM = new Map<string, Place>();
for (const p of PLACES) for (const f of p.forms) BY_FORM.set(f, p);

/** The place a form names, or undefined. */
export function placeByForm(form: string): Place | undefined {
  return BY_FORM.get(form);
}
