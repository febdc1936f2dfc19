/**
 * A generated history for the 100,000-contact bench (scripts/bench-history.ts): realistic
 * contact records built with a seeded PRNG, the same on every run.
 *
 * Participants are the knowledge base's actors (a few of them far more often than the rest, as
 * in the news), two per contact, sometimes three, sometimes only sides; dates from 2021 to 2026
 * at every precision the extractor produces (day, week, month, year, undated); one to three
 * sources each with a ~200-character evidence sentence in Ukrainian or Russian.
 *
 * No two generated records are one contact by the history's own merge rules (lib/history/merge.ts:
 * same parties and overlapping time), so importing the file into an empty profile keeps every
 * one of them: each set of parties gets days of its own (and sets within it are kept apart too).
 */
import actorsData from '../lib/kb/actors.json';
import formsData from '../lib/kb/forms.json';
import type { FormsTable } from '../lib/kb/forms';
import { sideOf, type Actor, type ContactType, type Side } from '../lib/kb/types';
import type { ContactStatus } from '../lib/contacts/types';
import { contactKey, timeWindow } from '../lib/history/merge';
import type { ContactRecord, SourceRef } from '../lib/history/types';
import { rng } from './bench-inputs';

export type GenRecord = Omit<ContactRecord, 'id'>;

const actors = (actorsData as unknown as Actor[]).filter((a) => a.kind !== 'media');
const media = (actorsData as unknown as Actor[]).filter((a) => a.kind === 'media').map((a) => a.id);
const forms = formsData as FormsTable;

/** How often an actor is in the news, relative to the rest (1). */
const WEIGHT: Record<string, number> = {
  'vladimir-putin': 14, 'donald-trump': 12, 'sergey-lavrov': 10, 'marco-rubio': 8, 'steve-witkoff': 8, 'kirill-dmitriev': 6,
  'sergei-ryabkov': 6, 'yuri-ushakov': 6, 'joe-biden': 5, 'antony-blinken': 5, 'jake-sullivan': 4, 'dmitry-peskov': 4,
  'volodymyr-zelensky': 6, 'mike-waltz': 3, 'william-burns': 3, 'sergey-naryshkin': 3, 'jd-vance': 3, 'andriy-yermak': 3,
  'rustem-umerov': 3, 'anatoly-antonov': 2, 'alexander-darchiev': 2, 'lynne-tracy': 2, 'kremlin': 3, 'white-house': 3,
  'state-department': 3, 'mfa-russia': 3, 'jared-kushner': 2, 'keith-kellogg': 2, 'dan-driscoll': 2, 'recep-tayyip-erdogan': 2,
};

type Pool = { list: Actor[]; cum: number[]; total: number };
function pool(pred: (a: Actor) => boolean): Pool {
  const list = actors.filter(pred);
  const cum: number[] = [];
  let total = 0;
  for (const a of list) cum.push((total += WEIGHT[a.id] ?? 1));
  return { list, cum, total };
}
const US = pool((a) => a.country === 'US');
const RU = pool((a) => a.country === 'RU');
const UA = pool((a) => a.country === 'UA');
const OTHER = pool((a) => !['US', 'RU', 'UA'].includes(a.country));

type R = ReturnType<typeof rng>;
function draw(p: Pool, r: R): Actor {
  const x = r.next() * p.total;
  let lo = 0;
  let hi = p.cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.cum[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return p.list[lo]!;
}

function weighted<T extends string>(r: R, table: [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1]![0];
}

type Lang = 'uk' | 'ru';

/** An actor's name in the nominative, or a person's given name and surname in the instrumental ("с Сергеем Рябковым"). */
function nameIn(a: Actor, lang: Lang, instrumental: boolean): string {
  const f = forms[a.id]?.[lang];
  if (!instrumental || a.kind !== 'person' || !f?.surname?.length) return a.name[lang];
  // forms.json lists the cases in order: ru nom, gen, dat, ins, prep; uk nom, gen, dat, dat, ins, loc, voc.
  const ins = (xs: string[] | undefined) => (xs?.length ? xs[lang === 'ru' ? Math.min(3, xs.length - 1) : Math.min(4, xs.length - 1)] : undefined);
  const s = ins(f.surname);
  const g = ins(f.given);
  return s ? (g ? `${g} ${s}` : s) : a.name[lang];
}

const PLACES: { en: string; uk: string; ru: string }[] = [
  { en: 'Geneva', uk: 'Женеві', ru: 'Женеве' }, { en: 'Riyadh', uk: 'Ер-Ріяді', ru: 'Эр-Рияде' }, { en: 'Istanbul', uk: 'Стамбулі', ru: 'Стамбуле' },
  { en: 'Anchorage', uk: 'Анкориджі', ru: 'Анкоридже' }, { en: 'Moscow', uk: 'Москві', ru: 'Москве' }, { en: 'Washington', uk: 'Вашингтоні', ru: 'Вашингтоне' },
  { en: 'Helsinki', uk: 'Гельсінкі', ru: 'Хельсинки' }, { en: 'Abu Dhabi', uk: 'Абу-Дабі', ru: 'Абу-Даби' }, { en: 'Budapest', uk: 'Будапешті', ru: 'Будапеште' },
  { en: 'Miami', uk: 'Маямі', ru: 'Майами' }, { en: 'Vienna', uk: 'Відні', ru: 'Вене' }, { en: 'Jeddah', uk: 'Джидді', ru: 'Джидде' },
  { en: 'Saint Petersburg', uk: 'Петербурзі', ru: 'Петербурге' }, { en: 'New York', uk: 'Нью-Йорку', ru: 'Нью-Йорке' }, { en: 'Switzerland', uk: 'Швейцарії', ru: 'Швейцарии' },
];

const SITES: { site: string; host: string; lang: Lang }[] = [
  { site: 'Українська правда', host: 'www.pravda.com.ua', lang: 'uk' }, { site: 'Європейська правда', host: 'www.eurointegration.com.ua', lang: 'uk' },
  { site: 'УНІАН', host: 'www.unian.ua', lang: 'uk' }, { site: 'НВ', host: 'nv.ua', lang: 'uk' }, { site: 'LIGA.net', host: 'news.liga.net', lang: 'uk' },
  { site: 'ZN.UA', host: 'zn.ua', lang: 'uk' }, { site: 'ТСН', host: 'tsn.ua', lang: 'uk' }, { site: 'Суспільне', host: 'suspilne.media', lang: 'uk' },
  { site: 'Радіо Свобода', host: 'www.radiosvoboda.org', lang: 'uk' }, { site: 'Главред', host: 'glavred.info', lang: 'uk' }, { site: 'Ненька', host: 'nenka.info', lang: 'uk' },
  { site: 'Коментарі', host: 'comments.ua', lang: 'uk' }, { site: 'Коммерсантъ', host: 'www.kommersant.ru', lang: 'ru' }, { site: 'ТАСС', host: 'tass.ru', lang: 'ru' },
  { site: 'РИА Новости', host: 'ria.ru', lang: 'ru' }, { site: 'РБК', host: 'www.rbc.ru', lang: 'ru' }, { site: 'Интерфакс', host: 'www.interfax.ru', lang: 'ru' },
  { site: 'Известия', host: 'iz.ru', lang: 'ru' }, { site: 'Meduza', host: 'meduza.io', lang: 'ru' }, { site: 'Крым.Реалии', host: 'ru.krymr.com', lang: 'ru' },
];

const VERB: Record<Lang, Record<ContactType, string>> = {
  ru: {
    meeting: 'встретился с', phone_call: 'провёл телефонный разговор с', video_call: 'провёл видеоконференцию с', negotiations: 'провёл переговоры с',
    consultations: 'провёл консультации с', visit: 'прибыл с визитом и встретился с', backchannel: 'поддерживал закрытый канал связи с', other: 'вступил в контакт с',
  },
  uk: {
    meeting: 'зустрівся з', phone_call: 'провів телефонну розмову з', video_call: 'провів відеоконференцію з', negotiations: 'провів переговори з',
    consultations: 'провів консультації з', visit: 'прибув з візитом і зустрівся з', backchannel: 'підтримував закритий канал зв’язку з', other: 'вступив у контакт з',
  },
};
const STATUS_LEAD: Record<Lang, Record<ContactStatus, string>> = {
  ru: { happened: 'Как сообщили в обеих делегациях,', planned: 'По данным источников, на следующей неделе', called_off: 'В Белом доме сообщили, что отложена встреча, на которой', denied: 'В Кремле опровергли сообщения о том, что', unclear: 'По неподтверждённым данным,' },
  uk: { happened: 'Як повідомили в обох делегаціях,', planned: 'За даними джерел, наступного тижня', called_off: 'У Білому домі повідомили, що відкладено зустріч, на якій', denied: 'У Кремлі спростували повідомлення про те, що', unclear: 'За непідтвердженими даними,' },
};
const TOPIC: Record<Lang, string[]> = {
  ru: [
    'Стороны обсудили обмен пленными, работу посольств и возможное продление договора СНВ-3, говорится в сообщении.',
    'Речь шла о прекращении огня, поставках энергоносителей и гарантиях безопасности, сообщил источник агентства.',
    'Обсуждались санкции, возвращение дипломатической собственности и график следующих консультаций, добавили в МИД.',
    'По словам собеседника издания, разговор длился около двух часов и касался урегулирования войны в Украине.',
  ],
  uk: [
    'Сторони обговорили обмін полоненими, роботу посольств і можливе продовження договору СНО-3, йдеться в повідомленні.',
    'Ішлося про припинення вогню, постачання енергоносіїв і гарантії безпеки, повідомило джерело агентства.',
    'Обговорювали санкції, повернення дипломатичної власності та графік наступних консультацій, додали в МЗС.',
    'За словами співрозмовника видання, розмова тривала близько двох годин і стосувалася врегулювання війни в Україні.',
  ],
};
const SIDE_WORDS: Record<Lang, Record<Side, string>> = {
  ru: { US: 'американские дипломаты', RU: 'российские чиновники', UA: 'украинская делегация', other: 'посредники' },
  uk: { US: 'американські дипломати', RU: 'російські чиновники', UA: 'українська делегація', other: 'посередники' },
};

const DAY = 86_400_000;
const T0 = Date.UTC(2021, 0, 1);
const T1 = Date.UTC(2026, 10, 20);
const DAYS = Math.round((T1 - T0) / DAY);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** Days a set of parties already has a contact on (with a margin: undated contacts spill ±10 days). */
const SPAN_FROM = Date.UTC(2020, 10, 1);
const SPAN_DAYS = Math.round((Date.UTC(2027, 2, 1) - SPAN_FROM) / DAY);
const dayIndex = (d: string) => Math.round((Date.parse(`${d}T00:00:00Z`) - SPAN_FROM) / DAY);

type Fact = { date: string | null; endDate: string | null; datePrecision: ContactRecord['datePrecision']; anchor: number; published: number };

function facts(r: R, status: ContactStatus): Fact {
  const t = T0 + r.int(DAYS) * DAY;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const kind = weighted(r, [['day', 40], ['undated', 30], ['month', 14], ['week', 7], ['year', 5], ['range', 4]]);
  const after = (base: number, maxDays: number) => base + (1 + r.int(maxDays)) * DAY + r.int(20) * 3_600_000;
  // A planned contact is reported before it happens, the rest after.
  const pub = (start: number) => (status === 'planned' ? start - (1 + r.int(20)) * DAY + r.int(20) * 3_600_000 : after(start, 6));
  switch (kind) {
    case 'day':
      return { date: iso(t), endDate: null, datePrecision: 'day', anchor: t, published: pub(t) };
    case 'range':
      return { date: iso(t), endDate: iso(t + (1 + r.int(3)) * DAY), datePrecision: 'day', anchor: t, published: pub(t) };
    case 'week':
      return { date: iso(t), endDate: iso(t + 6 * DAY), datePrecision: 'week', anchor: t, published: pub(t) };
    case 'month': {
      const m = `${y}-${pad(d.getUTCMonth() + 1)}`;
      return { date: m, endDate: null, datePrecision: 'month', anchor: t, published: pub(Date.UTC(y, d.getUTCMonth(), 1)) };
    }
    case 'year':
      return { date: String(y), endDate: r.chance(0.3) ? `${y}-12-31` : null, datePrecision: 'year', anchor: t, published: pub(Date.UTC(y, 0, 1)) };
    default:
      return { date: null, endDate: null, datePrecision: null, anchor: t, published: t + r.int(20) * 3_600_000 };
  }
}

function evidenceText(r: R, lang: Lang, status: ContactStatus, type: ContactType, who: Actor[], sides: Side[], place: (typeof PLACES)[number] | null): string {
  const subject = who.length ? nameIn(who[0]!, lang, false) : SIDE_WORDS[lang][sides[0]!];
  const others = who.length > 1 ? who.slice(1).map((a) => nameIn(a, lang, true)).join(lang === 'ru' ? ' и ' : ' та ') : SIDE_WORDS[lang][sides[1] ?? 'other'];
  const where = place ? (lang === 'ru' ? ` в ${place.ru}` : ` у ${place.uk}`) : '';
  return `${STATUS_LEAD[lang][status]} ${subject} ${VERB[lang][type]} ${others}${where}. ${r.pick(TOPIC[lang])}`;
}

function slug(r: R): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789'[r.int(36)];
  return s;
}

function source(r: R, rec: { status: ContactStatus; type: ContactType; who: Actor[]; sides: Side[]; place: (typeof PLACES)[number] | null }, published: number, n: number): SourceRef {
  const s = r.pick(SITES);
  const lang = s.lang;
  const exact = evidenceText(r, lang, rec.status, rec.type, rec.who, rec.sides, rec.place);
  const start = 300 + r.int(4000);
  const d = new Date(published);
  const names = rec.who.map((a) => nameIn(a, lang, false));
  const title = names.length >= 2 ? `${names[0]} і ${names[1]}: ${lang === 'ru' ? 'что известно о контакте' : 'що відомо про контакт'}` : lang === 'ru' ? 'Контакты России и США: что известно' : 'Контакти Росії та США: що відомо';
  return {
    url: `https://${s.host}/news/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${slug(r)}${n}.html`,
    title,
    site: s.site,
    lang,
    published: `${iso(published)}T${pad(d.getUTCHours())}:${pad(r.int(60))}:00Z`,
    seen: new Date(published + r.int(48 * 60) * 60_000).toISOString(),
    evidence: { start, end: start + exact.length, exact, prefix: lang === 'ru' ? 'заявил журналистам.\n' : 'заявив журналістам.\n', suffix: lang === 'ru' ? '\nРанее сообщалось, что' : '\nРаніше повідомлялося, що' },
    reportedBy: r.chance(0.2) ? [r.pick(media)] : [],
  };
}

type PartySet = { who: Actor[]; sides: Side[] };

function partySet(r: R): PartySet {
  const shape = weighted(r, [['us-ru', 70], ['us-ua', 8], ['ru-ua', 4], ['other', 6], ['three', 9], ['sides', 3]]);
  let who: Actor[];
  if (shape === 'sides') {
    const sides = weighted(r, [['RU+US', 6], ['UA+US', 2], ['RU+UA', 1]]).split('+') as Side[];
    return { who: [], sides: sides.sort() };
  }
  if (shape === 'us-ru') who = [draw(r.chance(0.5) ? US : RU, r)].flatMap((a) => [a, draw(a.country === 'US' ? RU : US, r)]);
  else if (shape === 'us-ua') who = [draw(US, r), draw(UA, r)];
  else if (shape === 'ru-ua') who = [draw(RU, r), draw(UA, r)];
  else if (shape === 'other') who = [draw(OTHER, r), draw(r.chance(0.5) ? US : RU, r)];
  else who = [draw(US, r), draw(RU, r), draw(r.chance(0.5) ? US : RU, r)];
  if (new Set(who.map((a) => a.id)).size !== who.length) return partySet(r);
  return { who, sides: [...new Set(who.map((a) => sideOf(a.country)))].sort() };
}

/**
 * `n` contact records, oldest report first (as a history fills up). Deterministic for a seed.
 */
export function generateHistory(n: number, seed = 100_000): GenRecord[] {
  const r = rng(seed);
  const used = new Map<string, Uint8Array>();
  const usedOf = (k: string) => {
    let u = used.get(k);
    if (!u) used.set(k, (u = new Uint8Array(SPAN_DAYS)));
    return u;
  };
  const out: GenRecord[] = [];
  let tries = 0;
  while (out.length < n) {
    if (++tries > n * 50) throw new Error(`could only place ${out.length} of ${n} contacts`);
    const ps = partySet(r);
    const status = weighted<ContactStatus>(r, [['happened', 55], ['planned', 22], ['denied', 8], ['unclear', 15]]);
    const type = weighted<ContactType>(r, [['meeting', 24], ['phone_call', 20], ['negotiations', 20], ['consultations', 10], ['visit', 8], ['video_call', 5], ['backchannel', 4], ['other', 9]]);
    const f = facts(r, status);
    const ids = ps.who.map((a) => a.id).sort();
    // The set's own key, and the keys of the sets within it (a two-party contact folds into a three-party one).
    const keys = ids.length ? [ids.join('+'), ...(ids.length === 3 ? [[ids[0], ids[1]], [ids[0], ids[2]], [ids[1], ids[2]]].map((p) => p.join('+')) : [])] : [`sides:${ps.sides.join('+')}`];
    const nSources = weighted(r, [['1', 60], ['2', 28], ['3', 12]]) === '1' ? 1 : Number(weighted(r, [['2', 70], ['3', 30]]));
    const place = r.chance(0.55) ? r.pick(PLACES) : null;
    const pubs = Array.from({ length: nSources }, (_, i) => f.published + i * (r.int(36) + 1) * 3_600_000);
    const rec0 = { status, type, who: ps.who, sides: ps.sides, place };
    const sources = pubs.map((p, i) => source(r, rec0, p, i));
    const parties = ps.who.length
      ? ps.who.map((a, i) => ({ actorId: a.id, side: sideOf(a.country), text: nameIn(a, sources[0]!.lang as Lang, i > 0) }))
      : ps.sides.map((s) => ({ actorId: null, side: s, text: SIDE_WORDS[sources[0]!.lang as Lang][s] }));
    const seen = sources.map((s) => s.seen).sort();
    const base = {
      sides: ps.sides,
      type,
      status,
      date: f.date,
      endDate: f.endDate,
      datePrecision: f.datePrecision,
      place: place?.en ?? null,
      confidence: Math.round((0.55 + r.next() * 0.42) * 100) / 100,
      participants: ps.who.map((a) => a.id),
      parties,
      confirmed: r.chance(0.04),
      edited: r.chance(0.015),
      sources,
      firstSeen: seen[0]!,
      lastSeen: seen[seen.length - 1]!,
    };
    const rec: GenRecord = { ...base, key: contactKey(base) };
    // Its days must be free for its set and every set within it.
    const [a, b] = timeWindow(rec);
    const lo = Math.max(0, dayIndex(a));
    const hi = Math.min(SPAN_DAYS - 1, dayIndex(b));
    const maps = keys.map(usedOf);
    let free = true;
    for (const u of maps) {
      for (let i = lo; i <= hi && free; i++) if (u[i]) free = false;
      if (!free) break;
    }
    if (!free) continue;
    for (const u of maps) u.fill(1, lo, hi + 1);
    out.push(rec);
  }
  return out.sort((x, y) => x.firstSeen.localeCompare(y.firstSeen));
}
