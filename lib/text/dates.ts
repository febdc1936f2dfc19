import { firstStartingAt } from './tokens';
/**
 * Dates as Ukrainian and Russian news write them, resolved against the article's publication
 * date (never today: an archived article keeps its own "yesterday"). Precision is kept:
 * "у листопаді 2024 року" is a month, "минулого тижня" a week, "в 2021 году" a year.
 */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export type DateHit = { start: number; end: number; date: string; endDate: string | null; precision: DatePrecision };

const MONTHS: [RegExp, number][] = [
  [/^(січ|январ)/, 1], [/^(лют|феврал)/, 2], [/^(берез|март)/, 3], [/^(квіт|апрел)/, 4],
  [/^(трав|ма[йяе])/, 5], [/^(черв|июн)/, 6], [/^(лип|июл)/, 7], [/^(серп|август)/, 8],
  [/^(верес|сентябр)/, 9], [/^(жовт|октябр)/, 10], [/^(листопад|ноябр)/, 11], [/^(груд|декабр)/, 12],
];
const MONTH = '(січ(?:ень|ня|ні)|лют(?:ий|ого|ому)|берез(?:ень|ня|ні)|квіт(?:ень|ня|ні)|трав(?:ень|ня|ні)|черв(?:ень|ня|ні)|лип(?:ень|ня|ні)|серп(?:ень|ня|ні)|верес(?:ень|ня|ні)|жовт(?:ень|ня|ні)|листопад(?:а|і)?|груд(?:ень|ня|ні)|январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])';
const YEAR_WORD = '(?:\\s*(?:року|році|роком|рік|года|году|г\\.|р\\.))?';
const WEEKDAYS: [RegExp, number][] = [
  [/^(понеділ|понедельн)/, 1], [/^(вівтор|вторн)/, 2], [/^серед/, 3], [/^сред/, 3], [/^четв/, 4],
  [/^(п'ятниц|пятниц)/, 5], [/^(субот|суббот)/, 6], [/^(неділ|воскресен)/, 0],
];
const SEASONS: [RegExp, number][] = [[/^(весн|навесні|весной)/, 3], [/^(літ|влітку|лет)/, 6], [/^(осен|восени|осінь|осені)/, 9], [/^(зим|взимку)/, 12]];
const NUM_WORDS: Record<string, number> = { два: 2, дві: 2, две: 2, три: 3, чотири: 4, четыре: 4, пять: 5, "п'ять": 5, кілька: 3, несколько: 3 };

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);
const monthOf = (w: string) => MONTHS.find(([re]) => re.test(w))?.[1] ?? 0;

function nearestYear(ref: Date, month: number, day: number): number {
  const y = ref.getUTCFullYear();
  let best = y;
  let bestDist = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    const dist = Math.abs(Date.UTC(cand, month - 1, day) - ref.getTime());
    if (dist < bestDist) [best, bestDist] = [cand, dist];
  }
  return best;
}

/**
 * The year of a month named without one: ahead of the publication only up to three months
 * ("саміт у січні" in December is next January), otherwise the last such month (news tells of
 * "the meeting in June" more often than of one next June).
 */
function monthYear(ref: Date, month: number): number {
  const ahead = (month - 1 - ref.getUTCMonth() + 12) % 12;
  const y = ref.getUTCFullYear();
  if (ahead === 0) return y;
  return ahead <= 3 ? (month - 1 < ref.getUTCMonth() ? y + 1 : y) : month - 1 > ref.getUTCMonth() ? y - 1 : y;
}

function monday(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

function endOfMonth(y: number, m: number): string {
  return ymd(new Date(Date.UTC(y, m, 0)));
}

/**
 * A date grammar rule. `need` is a cheap test that every match of `re` passes (a digit, or a
 * word the rule cannot match without): most stretches of text hold no date, and the rule's own
 * expression, which may start anywhere, is then not run over them.
 */
type Rule = { need: RegExp; re: RegExp; make: (m: RegExpExecArray, ref: Date | null) => Omit<DateHit, 'start' | 'end'> | null };

const DIGIT = /\d/;

const RULES: Rule[] = [
  { need: DIGIT, re: /(\d{1,2})\.(\d{1,2})\.(\d{4})/g, make: (m) => ({ date: `${m[3]}-${pad(+m[2]!)}-${pad(+m[1]!)}`, endDate: null, precision: 'day' }) },
  {
    need: DIGIT,
    // "17 и 18 февраля", "17 та 18 лютого": two days in a row are one stretch (two days of talks);
    // "3 и 10 марта" are two days, each read by the rule below.
    re: new RegExp(`(?:(?:з|с|від|от)\\s+)?(\\d{1,2})\\s*(?:[–—-]|по|до|\\s(?:и|та|і|й)\\s)\\s*(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4})${YEAR_WORD})?`, 'gu'),
    make: (m, ref) => {
      if (/\s(и|та|і|й)\s/.test(m[0]) && +m[2]! !== +m[1]! + 1) return null;
      const mo = monthOf(m[3]!);
      const y = m[4] ? +m[4] : ref ? nearestYear(ref, mo, +m[1]!) : null;
      if (y === null) return null;
      return { date: `${y}-${pad(mo)}-${pad(+m[1]!)}`, endDate: `${y}-${pad(mo)}-${pad(+m[2]!)}`, precision: 'day' };
    },
  },
  {
    need: DIGIT,
    re: new RegExp(`(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4})${YEAR_WORD})?`, 'gu'),
    make: (m, ref) => {
      const mo = monthOf(m[2]!);
      const y = m[3] ? +m[3] : ref ? nearestYear(ref, mo, +m[1]!) : null;
      return y === null ? null : { date: `${y}-${pad(mo)}-${pad(+m[1]!)}`, endDate: null, precision: 'day' };
    },
  },
  {
    need: DIGIT,
    re: new RegExp(`(на початку|наприкінці|в кінці|у кінці|в середині|у середині|в начале|в конце|в середине)?\\s*${MONTH}\\s+(\\d{4})${YEAR_WORD}`, 'gu'),
    make: (m) => {
      const mo = monthOf(m[2]!);
      return { date: ym(+m[3]!, mo), endDate: null, precision: 'month' };
    },
  },
  {
    // A month without a year ("у липні", "в конце июня"): the one nearest the publication, as a
    // reader of the day takes it (July read in September is this July; December in November, the next).
    need: /січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр/,
    re: new RegExp(`(?:^|[^\\p{L}])(?:(?:на початку|наприкінці|в кінці|у кінці|в середині|у середині|в начале|в конце|в середине|у|в|во|с|з|із|до|до конца|до кінця)\\s+)${MONTH}(?![\\p{L}])(?!\\s*\\d)`, 'gu'),
    make: (m, ref) => {
      if (!ref) return null;
      const mo = monthOf(m[1]!);
      return { date: ym(monthYear(ref, mo), mo), endDate: null, precision: 'month' };
    },
  },
  {
    // "июньского саммита", "липневої зустрічі": a month named by its adjective (the stems alone
    // are the cheap test: the whole expression is the slowest of the date rules).
    need: /січнев|лютнев|березнев|квітнев|травнев|червнев|липнев|серпнев|вересне|жовтнев|листопадов|груднев|январск|февральск|мартовск|апрельск|майск|июньск|июльск|августовск|сентябрьск|октябрьск|ноябрьск|декабрьск/,
    // Only before a contact noun: "Травневе" is a village, "майские" holidays.
    re: /(?:^|[^\p{L}])(січнев|лютнев|березнев|квітнев|травнев|червнев|липнев|серпнев|вересне|жовтнев|листопадов|груднев|январск|февральск|мартовск|апрельск|майск|июньск|июльск|августовск|сентябрьск|октябрьск|ноябрьск|декабрьск)\p{L}*\s+(?=саміт|саммит|зустріч|встреч|переговор|перемовин|розмов|разговор|візит|визит|консультац|телефонн)/gu,
    make: (m, ref) => {
      if (!ref) return null;
      const k = ['січнев|январск', 'лютнев|февральск', 'березнев|мартовск', 'квітнев|апрельск', 'травнев|майск', 'червнев|июньск', 'липнев|июльск', 'серпнев|августовск', 'вересне|сентябрьск', 'жовтнев|октябрьск', 'листопадов|ноябрьск', 'груднев|декабрьск'].findIndex((alt) => new RegExp(`^(${alt})`).test(m[1]!));
      if (k < 0) return null;
      return { date: ym(monthYear(ref, k + 1), k + 1), endDate: null, precision: 'month' };
    },
  },
  {
    need: /весн|літ|лет|осен|осін|зим/,
    re: /(на початку|наприкінці|в кінці|у кінці|в середині|у середині|в начале|в конце|в середине)?\s*(весн[аиіу]|весны|літа|лето|лета|осен[іиь]|осінь|зим[аиу]|зимы|навесні|весной|влітку|летом|восени|осенью|взимку|зимой)(?:\s+(\d{4})(?:\s*(?:року|года|г\.|р\.))?)?/gu,
    make: (m, ref) => {
      const first = SEASONS.find(([re]) => re.test(m[2]!))?.[1] ?? 3;
      let y = m[3] ? +m[3] : ref?.getUTCFullYear();
      if (y === undefined) return null;
      const pos = m[1] ?? '';
      const offset = /початк|начал/.test(pos) ? 0 : /середин/.test(pos) ? 1 : /кінц|кінці|наприкінці|конц/.test(pos) ? 2 : -1;
      if (offset >= 0) {
        const mo = first + offset;
        return mo > 12 ? { date: ym(y + 1, mo - 12), endDate: null, precision: 'month' } : { date: ym(y, mo), endDate: null, precision: 'month' };
      }
      const endM = first + 2;
      return { date: ym(y, first), endDate: endM > 12 ? ym(y + 1, endM - 12) : ym(y, endM), precision: 'month' };
    },
  },
  {
    need: /\d|року|года/,
    re: /(на початку|наприкінці|до кінця|в кінці|в начале|в конце|до конца)\s+(?:(\d{4})\s*(?:року|года|г\.|р\.)|(?:нинішнього|поточного|цього|этого|нынешнего|текущего)\s+(?:року|года))/gu,
    make: (m, ref) => {
      const y = m[2] ? +m[2] : ref?.getUTCFullYear();
      if (y === undefined) return null;
      if (/^до /.test(m[1]!)) return { date: String(y), endDate: `${y}-12-31`, precision: 'year' };
      return /початк|начал/.test(m[1]!) ? { date: ym(y, 1), endDate: ym(y, 3), precision: 'month' } : { date: ym(y, 10), endDate: ym(y, 12), precision: 'month' };
    },
  },
  {
    need: DIGIT,
    re: /(\d{4})\s*[–—-]\s*(\d{4})\s*(?:роках|роки|років|годах|годы|гг\.|рр\.)/gu,
    make: (m) => ({ date: m[1]!, endDate: m[2]!, precision: 'year' }),
  },
  {
    need: DIGIT,
    re: /(?:(?:^|[^\p{L}])(?:у|в|во)\s+)?(\d{4})\s*(?:року|році|рік|года|году|г\.|р\.)/gu,
    make: (m) => ({ date: m[1]!, endDate: null, precision: 'year' }),
  },
  {
    need: /вчора|вчера|сьогодні|сегодня|завтра/,
    re: /(позавчора|позавчера|вчора|вчера|сьогодні|сегодня|післязавтра|послезавтра|завтра)/gu,
    make: (m, ref) => {
      if (!ref) return null;
      const w = m[1]!;
      const n = /позавч/.test(w) ? -2 : /вчор|вчер/.test(w) ? -1 : /післяз|послез/.test(w) ? 2 : /завтра/.test(w) ? 1 : 0;
      return { date: ymd(addDays(ref, n)), endDate: null, precision: 'day' };
    },
  },
  {
    need: /тижн|неделе/,
    re: /(минулого|на минулому|цього|на цьому|наступного|на наступному|на прошлой|на этой|на следующей|на будущей)\s+(тижня|тижні|неделе)/gu,
    make: (m, ref) => {
      if (!ref) return null;
      const w = m[1]!;
      const shift = /минул|прошл/.test(w) ? -7 : /наступн|следующ|будущ/.test(w) ? 7 : 0;
      const start = addDays(monday(ref), shift);
      return { date: ymd(start), endDate: ymd(addDays(start, 6)), precision: 'week' };
    },
  },
  {
    need: /місяц|месяце/,
    re: /(минулого|цього|наступного|в минулому|у минулому|в цьому|у цьому|в наступному|у наступному|в прошлом|в этом|в следующем)\s+(місяця|місяці|месяце)/gu,
    make: (m, ref) => {
      if (!ref) return null;
      const shift = /минул|прошл/.test(m[1]!) ? -1 : /наступн|следующ/.test(m[1]!) ? 1 : 0;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, 1));
      return { date: ym(d.getUTCFullYear(), d.getUTCMonth() + 1), endDate: null, precision: 'month' };
    },
  },
  {
    need: /року|году|года|торік/,
    re: /(минулого року|торік|в прошлом году|прошлого года|цього року|этого года|в этом году|нинішнього року|нынешнего года|наступного року|в следующем году)/gu,
    make: (m, ref) => {
      if (!ref) return null;
      const shift = /минул|торік|прошл/.test(m[1]!) ? -1 : /наступн|следующ/.test(m[1]!) ? 1 : 0;
      return { date: String(ref.getUTCFullYear() + shift), endDate: null, precision: 'year' };
    },
  },
  {
    // "з неділі", "с понедельника": read as the weekday (the contact's status may move it ahead).
    need: /понеділка|вівторка|середи|четверга|п'ятниці|суботи|неділі|понедельника|вторника|среды|пятницы|субботы|воскресенья/,
    re: /(понеділка|вівторка|середи|четверга|п'ятниці|суботи|неділі|понедельника|вторника|среды|пятницы|субботы|воскресенья)(?!\p{L})/gu,
    make: (m, ref) => {
      // Only after "з / с / до" (the weekday literal first keeps the scan fast).
      if (!ref || !/(?:^|[^\p{L}])(?:з|із|с|до)\s+$/u.test(m.input.slice(Math.max(0, m.index - 4), m.index))) return null;
      const wd = WEEKDAYS.find(([re]) => re.test(m[1]!))?.[1] ?? 0;
      return { date: ymd(addDays(ref, -((ref.getUTCDay() - wd + 7) % 7))), endDate: null, precision: 'day' };
    },
  },
  {
    // "пів години тому", "полчаса назад", "два часа назад": the day of publication.
    need: /тому|назад/,
    re: /(?:годин[уи]?|хвилин[уи]?|часа?|часов|минут[уы]?|полчаса)\s+(?:тому|назад)/gu,
    make: (_m, ref) => (ref ? { date: ymd(ref), endDate: null, precision: 'day' } : null),
  },
  {
    need: /тому|назад/,
    re: /(\d+|два|дві|две|три|чотири|четыре|п'ять|пять|кілька|несколько)\s+(?:дні|днів|дня|дней|день)\s+(?:тому|назад)/gu,
    make: (m, ref) => {
      if (!ref) return null;
      const n = /^\d+$/.test(m[1]!) ? +m[1]! : (NUM_WORDS[m[1]!] ?? 1);
      return { date: ymd(addDays(ref, -n)), endDate: null, precision: 'day' };
    },
  },
  {
    need: /понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю|понедельник|вторник|среду|пятницу|субботу|воскресенье/,
    re: /(?:^|[^\p{L}])(?:у|в|во)\s+(минулий\s+|минулу\s+|минулу\s+|прошлый\s+|прошлую\s+|прошлое\s+|наступний\s+|наступну\s+|следующий\s+|следующую\s+|цей\s+|цю\s+|этот\s+|эту\s+)?(понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)/gu,
    make: (m, ref) => {
      if (!ref) return null;
      const wd = WEEKDAYS.find(([re]) => re.test(m[2]!))?.[1] ?? 0;
      const future = /наступн|следующ/.test(m[1] ?? '');
      const diff = (ref.getUTCDay() - wd + 7) % 7;
      const d = future ? addDays(ref, ((wd - ref.getUTCDay() + 7) % 7) || 7) : addDays(ref, /минул|прошл/.test(m[1] ?? '') && diff === 0 ? -7 : -diff);
      return { date: ymd(d), endDate: null, precision: 'day' };
    },
  },
];

// One article's text is read range by range many times over (its clauses, sentences, the dates
// near each contact: on a long page 5,000 calls for 2,000 ranges). Its dates are read once, over
// the whole text, and each range gets those that lie inside it: on the 1,571 texts of the contact
// corpus (11,903 ranges) that gives every range the same dates as reading the range alone. Kept
// until another text or another publication day is read; the hits are frozen, being shared.
let wholeText: string | null = null;
let wholeRef = NaN;
let whole: readonly DateHit[] = [];

/**
 * Every date expression in text[from, to), resolved against `ref` (the publication date).
 * Without a reference, only expressions that carry their own year are returned.
 */
export function findDates(text: string, ref: Date | null, from = 0, to = text.length): DateHit[] {
  const r = ref ? ref.getTime() : -1;
  if (text !== wholeText || r !== wholeRef) {
    wholeText = text;
    wholeRef = r;
    whole = datesIn(text, ref, 0, text.length).map((h) => Object.freeze(h));
  }
  // The hits are in order of start: from the first at or after `from`, on to `to`.
  const out: DateHit[] = [];
  for (let i = firstStartingAt(whole, from); i < whole.length && whole[i]!.start < to; i++) if (whole[i]!.end <= to) out.push(whole[i]!);
  return out;
}

function datesIn(text: string, ref: Date | null, from: number, to: number): DateHit[] {
  const slice = text.slice(from, to).toLowerCase();
  const hits: DateHit[] = [];
  // Eight rules need a digit: each distinct need is tested once per call.
  const passed = new Map<RegExp, boolean>();
  for (const rule of RULES) {
    let ok = passed.get(rule.need);
    if (ok === undefined) passed.set(rule.need, (ok = rule.need.test(slice)));
    if (!ok) continue;
    // The rules' own global expressions, rewound: compiling them anew per call cost more than matching.
    const re = rule.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      // Trim the leading non-letter a rule may consume as a word boundary.
      const lead = m[0].length - m[0].trimStart().length;
      const start = from + m.index + lead + (/^[^\p{L}\d]/u.test(m[0].trimStart()) ? 1 : 0);
      const end = from + m.index + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      const v = rule.make(m, ref);
      if (v) hits.push({ start, end, ...v });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // "у четвер, 23 жовтня", "23 октября (в четверг)": the weekday only names the day the explicit
  // date gives; read on its own against the publication day it may be another week.
  return hits.filter((h, i) => {
    if (!isBareWeekday(text.slice(h.start, h.end))) return true;
    const prev = hits[i - 1];
    const next = hits[i + 1];
    const explicitNear = (o: DateHit | undefined, gap: string) => !!o && o.precision === 'day' && !isBareWeekday(text.slice(o.start, o.end)) && /^[\s,()–—-]{0,4}$/.test(gap);
    return !(explicitNear(next, next ? text.slice(h.end, next.start) : '') || explicitNear(prev, prev ? text.slice(prev.end, h.start) : ''));
  });
}

/** A date expression that is a weekday and nothing more (no digit: "у четвер", "с понедельника"). */
export function isBareWeekday(said: string): boolean {
  if (/\d/.test(said)) return false;
  return (said.toLowerCase().match(/\p{L}[\p{L}']*/gu) ?? []).some((w) => WEEKDAYS.some(([re]) => re.test(w)));
}

/** The rules, for the test that checks each rule's `need` against what its expression matches. */
export const DATE_RULES: readonly Pick<Rule, 'need' | 're'>[] = RULES;

/** Parses an ISO date or date-time; null when absent or invalid. */
export function parseIsoDate(s: string | null | undefined): Date | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

export { endOfMonth };
