/**
 * Places where contacts happen, in the locative forms news uses after у/в/на, with their names in
 * the three interface languages (a record stores the English one; the popup shows the reader's).
 * `third` marks a neutral venue (CAMEO 044) as opposed to one side's capital (a visit, CAMEO 042/043).
 */
export type Place = { id: string; en: string; /** Nominative names, for the interface. */ uk: string; ru: string; country: string; kind: 'city' | 'country' | 'region'; forms: string[]; in?: string };

export const PLACES: Place[] = [
  { id: 'geneva', en: 'Geneva', uk: 'Женева', ru: 'Женева', country: 'CH', kind: 'city', forms: ['Женеві', 'Женеве', 'Женева', 'Женеви', 'Женеву'] },
  { id: 'switzerland', en: 'Switzerland', uk: 'Швейцарія', ru: 'Швейцария', country: 'CH', kind: 'country', forms: ['Швейцарії', 'Швейцарии'] },
  { id: 'miami', en: 'Miami', uk: 'Маямі', ru: 'Майами', country: 'US', kind: 'city', forms: ['Маямі', 'Майамі', 'Майами', 'Маями'], in: 'Florida' },
  { id: 'moscow', en: 'Moscow', uk: 'Москва', ru: 'Москва', country: 'RU', kind: 'city', forms: ['Москві', 'Москве', 'Москви', 'Москву'] },
  { id: 'washington', en: 'Washington', uk: 'Вашингтон', ru: 'Вашингтон', country: 'US', kind: 'city', forms: ['Вашингтоні', 'Вашингтоне', 'Вашингтона', 'Вашингтон'] },
  { id: 'riyadh', en: 'Riyadh', uk: 'Ер-Ріяд', ru: 'Эр-Рияд', country: 'SA', kind: 'city', forms: ['Ер-Ріяді', 'Эр-Рияде', 'Ер-Ріяд', 'Эр-Рияд', 'Ріяді', 'Рияде', 'Ер-Ріяда'] },
  { id: 'saudi-arabia', en: 'Saudi Arabia', uk: 'Саудівська Аравія', ru: 'Саудовская Аравия', country: 'SA', kind: 'country', forms: ['Саудівській Аравії', 'Саудовской Аравии'] },
  { id: 'istanbul', en: 'Istanbul', uk: 'Стамбул', ru: 'Стамбул', country: 'TR', kind: 'city', forms: ['Стамбулі', 'Стамбуле', 'Стамбула', 'Стамбул'] },
  { id: 'ankara', en: 'Ankara', uk: 'Анкара', ru: 'Анкара', country: 'TR', kind: 'city', forms: ['Анкарі', 'Анкаре'] },
  { id: 'turkey', en: 'Turkey', uk: 'Туреччина', ru: 'Турция', country: 'TR', kind: 'country', forms: ['Туреччині', 'Турции'] },
  { id: 'alaska', en: 'Alaska', uk: 'Аляска', ru: 'Аляска', country: 'US', kind: 'region', forms: ['Алясці', 'Аляске', 'Аляски', 'Аляску'] },
  { id: 'anchorage', en: 'Anchorage', uk: 'Анкоридж', ru: 'Анкоридж', country: 'US', kind: 'city', forms: ['Анкориджі', 'Анкоридже', 'Анкоридж', 'Анкориджа'], in: 'Alaska' },
  { id: 'helsinki', en: 'Helsinki', uk: 'Гельсінкі', ru: 'Хельсинки', country: 'FI', kind: 'city', forms: ['Гельсінкі', 'Хельсинки'] },
  { id: 'abu-dhabi', en: 'Abu Dhabi', uk: 'Абу-Дабі', ru: 'Абу-Даби', country: 'AE', kind: 'city', forms: ['Абу-Дабі', 'Абу-Даби'] },
  { id: 'uae', en: 'United Arab Emirates', uk: 'Об\'єднані Арабські Емірати', ru: 'Объединённые Арабские Эмираты', country: 'AE', kind: 'country', forms: ['ОАЕ', 'ОАЭ', 'Об\'єднаних Арабських Еміратах', 'Объединенных Арабских Эмиратах'] },
  { id: 'jeddah', en: 'Jeddah', uk: 'Джидда', ru: 'Джидда', country: 'SA', kind: 'city', forms: ['Джидді', 'Джидде'] },
  { id: 'minsk', en: 'Minsk', uk: 'Мінськ', ru: 'Минск', country: 'BY', kind: 'city', forms: ['Мінську', 'Минске'] },
  { id: 'paris', en: 'Paris', uk: 'Париж', ru: 'Париж', country: 'FR', kind: 'city', forms: ['Парижі', 'Париже'] },
  { id: 'berlin', en: 'Berlin', uk: 'Берлін', ru: 'Берлин', country: 'DE', kind: 'city', forms: ['Берліні', 'Берлине'] },
  { id: 'munich', en: 'Munich', uk: 'Мюнхен', ru: 'Мюнхен', country: 'DE', kind: 'city', forms: ['Мюнхені', 'Мюнхене'] },
  { id: 'kyiv', en: 'Kyiv', uk: 'Київ', ru: 'Киев', country: 'UA', kind: 'city', forms: ['Києві', 'Киеве', 'Києва', 'Киев'] },
  { id: 'st-petersburg', en: 'Saint Petersburg', uk: 'Санкт-Петербург', ru: 'Санкт-Петербург', country: 'RU', kind: 'city', forms: ['Петербурзі', 'Петербурге', 'Санкт-Петербурзі', 'Санкт-Петербурге', 'Петербурга', 'Петербург', 'Санкт-Петербурга', 'Санкт-Петербург'] },
  { id: 'sochi', en: 'Sochi', uk: 'Сочі', ru: 'Сочи', country: 'RU', kind: 'city', forms: ['Сочі', 'Сочи'] },
  { id: 'budapest', en: 'Budapest', uk: 'Будапешт', ru: 'Будапешт', country: 'HU', kind: 'city', forms: ['Будапешті', 'Будапеште', 'Будапешта', 'Будапешт'] },
  { id: 'dubai', en: 'Dubai', uk: 'Дубай', ru: 'Дубай', country: 'AE', kind: 'city', forms: ['Дубаї', 'Дубае'] },
  { id: 'vienna', en: 'Vienna', uk: 'Відень', ru: 'Вена', country: 'AT', kind: 'city', forms: ['Відні', 'Вене'] },
  { id: 'stockholm', en: 'Stockholm', uk: 'Стокгольм', ru: 'Стокгольм', country: 'SE', kind: 'city', forms: ['Стокгольмі', 'Стокгольме'] },
  { id: 'new-york', en: 'New York', uk: 'Нью-Йорк', ru: 'Нью-Йорк', country: 'US', kind: 'city', forms: ['Нью-Йорку', 'Нью-Йорке'] },
  { id: 'beijing', en: 'Beijing', uk: 'Пекін', ru: 'Пекин', country: 'CN', kind: 'city', forms: ['Пекіні', 'Пекине'] },
  { id: 'vatican', en: 'Vatican', uk: 'Ватикан', ru: 'Ватикан', country: 'VA', kind: 'city', forms: ['Ватикані', 'Ватикане'] },
  // The two sides' own countries: a destination ("прибув до США", "отправится в Россию") or a
  // venue named right after the contact ("встречу на территории России"); see findPlace.
  { id: 'united-states', en: 'United States', uk: 'США', ru: 'США', country: 'US', kind: 'country', forms: ['США', 'Сполучених Штатів', 'Соединенных Штатов', 'Сполучені Штати', 'Соединенные Штаты'] },
  { id: 'russia', en: 'Russia', uk: 'Росія', ru: 'Россия', country: 'RU', kind: 'country', forms: ['Росії', 'Росію', 'России', 'Россию', 'РФ'] },
  { id: 'davos', en: 'Davos', uk: 'Давос', ru: 'Давос', country: 'CH', kind: 'city', forms: ['Давосі', 'Давосе', 'Давос'] },
  { id: 'florida', en: 'Florida', uk: 'Флорида', ru: 'Флорида', country: 'US', kind: 'region', forms: ['Флориді', 'Флориде', 'Флориду', 'Флориди', 'Флориды'] },
  { id: 'kuala-lumpur', en: 'Kuala Lumpur', uk: 'Куала-Лумпур', ru: 'Куала-Лумпур', country: 'MY', kind: 'city', forms: ['Куала-Лумпурі', 'Куала-Лумпуре', 'Куала-Лумпур'] },
  { id: 'malaysia', en: 'Malaysia', uk: 'Малайзія', ru: 'Малайзия', country: 'MY', kind: 'country', forms: ['Малайзії', 'Малайзии'] },
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
