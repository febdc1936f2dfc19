import { sideOf, type Actor, type Side } from '../kb/types';
import { rolesAt } from '../kb/roles';
import type { Token } from '../text/tokens';
import { AND } from './lexicon';

/**
 * Office titles that stand for one person: "розмову президента РФ з Трампом", "саміт лідерів
 * США і РФ", "глава российского МИД и госсекретарь США могут поговорить". News names the office
 * instead of the holder once the holder is known to the reader; the holder on the article's day
 * comes from the roles in the knowledge base (each with its dates and source).
 */
export type Office = 'president' | 'foreign' | 'defence' | 'intelligence' | 'ambassador';

// The English role titles in actors.json that hold each office, per side.
const ROLE_EN: Record<Office, Partial<Record<Side, RegExp>>> = {
  president: { US: /^President of the United States$/, RU: /^President of Russia$/ },
  foreign: { US: /^Secretary of State of the United States$/, RU: /^Minister of Foreign Affairs of Russia$/ },
  defence: { US: /^Secretary of Defense of the United States/, RU: /^Minister of Defence of Russia$/ },
  // The two intelligence chiefs who meet each other (Burns and Naryshkin in Ankara, 2022).
  intelligence: { US: /^Director of the Central Intelligence Agency$/, RU: /^Director of the Foreign Intelligence Service of Russia/ },
  // Each side's ambassador to the other: the one summoned to the host's ministry.
  ambassador: { US: /^United States Ambassador to Russia$/, RU: /^Ambassador of Russia to the United States$/ },
};

// Singular and plural forms of "president" / "leader"; not "президентськ-" (an adjective).
const PRESIDENT = /^(президент(а|у|ом|ові|е|і|и|ы|ів|ов|ам|ами)?|лідер(а|у|ом|ові|і|и|ів|ам)?|лидер(а|у|ом|е|ы|ов|ам|ами)?)$/;
const PLURAL = /^(президент(и|ы|ів|ов|ам|ами)|лідер(и|ів|ам)|лидер(ы|ов|ам|ами))$/;
const SECSTATE = /^(держсекретар|госсекретар)/;
const HEAD = /^(глав(а|и|ы|і|е|у|ою|ой|ам|ами)|глав$|голів$|голов(а|и|і|у|ою)|очільник|керівник|руководител|міністр|министр|господар|хозя|директор)/;
const KREMLIN = /^(кремл|кремля|кремлю)/;
const FOREIGN_MINISTRY = /^(мзс|мид|закордонних|иностранных)$/;
const DEFENCE = /^(оборони|обороны|пентагон)/;
const US_WORD = /^(сша|америк|американськ|американск|вашингтон)/;
const RU_WORD = /^(росі|росси|рф|російськ|российск|москв)/;
const ANY_TITLE = /^(президент|лідер|лидер|держсекретар|госсекретар|глав|голов|очільник|керівник|руководител|міністр|министр|господар|хозя|директор)/i;
// "глава ЦРУ", "директор СВР"; "глава Госдепа" is the secretary of state.
const INTEL: [RegExp, Side][] = [[/^(цру|cia)$/, 'US'], [/^свр$/, 'RU']];
const STATE_DEPT = /^(держдеп|госдеп)/;
// "колишній президент", "бывший госсекретарь", "новообраний президент": not the holder of the day.
const FORMER = /^(колишн|бывш|экс|екс|новообран|новоизбран|обран|избран|майбутн|будущ)/;

const sideOfWord = (w: string): Side | null => (US_WORD.test(w) ? 'US' : RU_WORD.test(w) ? 'RU' : null);

// Holders per actors array and day: a handful of lookups per article, cached.
const HOLDERS = new WeakMap<Actor[], Map<string, Map<string, number>>>();

/** Index in `actors` of whoever held the office for that side on `day`, if exactly one did. */
export function holderOf(actors: Actor[], office: Office, side: Side, day: string): number | null {
  let byDay = HOLDERS.get(actors);
  if (!byDay) HOLDERS.set(actors, (byDay = new Map()));
  let table = byDay.get(day);
  if (!table) {
    table = new Map();
    for (const [o, bySide] of Object.entries(ROLE_EN) as [Office, Partial<Record<Side, RegExp>>][]) {
      for (const [s, re] of Object.entries(bySide) as [Side, RegExp][]) {
        const found: number[] = [];
        actors.forEach((a, i) => {
          if (a.kind === 'person' && rolesAt(a, day).some((r) => re.test(r.title.en))) found.push(i);
        });
        if (found.length === 1) table.set(`${o}:${s}`, found[0]!);
      }
    }
    byDay.set(day, table);
  }
  return table.get(`${office}:${side}`) ?? null;
}

const MINISTRY_OF_DEFENCE = /^(міноборони|минобороны)$/;
/**
 * The office named at `j` after a head's title, and the sides it is of: "Кремля", "Белого дома",
 * "ЦРУ", "Госдепа", "МИД России", "российского МИД", "Минобороны США и РФ" (with `many`, a list
 * of countries gives one office each). `end` is the office's last token.
 */
function officeAt(lower: string[], j: number, many: boolean): { office: Office; sides: Side[]; end: number } | null {
  const w = lower[j] ?? '';
  if (KREMLIN.test(w)) return { office: 'president', sides: ['RU'], end: j };
  if (/^(білого|белого)$/.test(w) && /^(дому|дома)$/.test(lower[j + 1] ?? '')) return { office: 'president', sides: ['US'], end: j + 1 };
  const intel = INTEL.find(([re]) => re.test(w));
  if (intel) return { office: 'intelligence', sides: [intel[1]], end: j };
  if (STATE_DEPT.test(w)) return { office: 'foreign', sides: ['US'], end: j };
  const adj = sideOfWord(w) && /(ськ|ск)/.test(w) ? sideOfWord(w) : null;
  if (adj) j++;
  const at = lower[j] ?? '';
  // "главы государств России и США", "глави держав США та Росії": the presidents.
  const office: Office | null = FOREIGN_MINISTRY.test(at) ? 'foreign' : DEFENCE.test(at) || MINISTRY_OF_DEFENCE.test(at) ? 'defence' : /^(государств|держав)/.test(at) ? 'president' : null;
  if (!office) return null;
  if (/^(закордонних|иностранных)$/.test(at)) j++;
  if (/^пентагон/.test(lower[j]!)) return { office: 'defence', sides: ['US'], end: j };
  if (adj) return { office, sides: [adj], end: j };
  // Countries after the office: one, or with several heads a list ("США и РФ").
  const sides: Side[] = [];
  let end = j;
  for (let q = j + 1; q < lower.length && q <= j + 4; q++) {
    const sw = sideOfWord(lower[q]!);
    if (sw) {
      sides.push(sw);
      end = q;
      if (!many) break;
    } else if (!(many && sides.length && AND.has(lower[q]!) && sideOfWord(lower[q + 1] ?? ''))) break;
  }
  return sides.length ? { office, sides, end } : null;
}

/** Whether a clause holds a word that may name an office (the cheap test before any other work). */
export const mayNameOffice = (toks: Token[]) => toks.some((t) => ANY_TITLE.test(t.text));

export type TitleParty = { pos: number; end: number; actor: number; side: Side };

/**
 * Offices named in a clause without their holder's name, resolved to the holder on `day`.
 * `named` says where known actors were found, so "президента США Дональда Трампа" (the name
 * follows the title) adds nothing.
 */
export function titleParties(toks: Token[], actors: Actor[], day: string, named: { start: number; actor: number }[]): TitleParty[] {
  const out: TitleParty[] = [];
  // Most clauses name no office: one test per token before any other work.
  if (!mayNameOffice(toks)) return out;
  const lower = toks.map((t) => t.text.toLowerCase());
  const add = (office: Office, side: Side, from: number, to: number) => {
    const actor = holderOf(actors, office, side, day);
    if (actor === null) return;
    // A name right after the title says who is meant ("президент США Дональд Трамп", and
    // "колишнього президента США Дональда Трампа" is not the holder of the day): nothing to add.
    const after = toks[Math.min(to + 3, toks.length - 1)]!;
    if (named.some((n) => actors[n.actor]!.kind === 'person' && sideOf(actors[n.actor]!.country) === side && n.start >= toks[from]!.start && n.start <= after.end)) return;
    if (FORMER.test(lower[from - 1] ?? '')) return;
    if (!out.some((p) => p.actor === actor && p.pos === toks[from]!.start)) out.push({ pos: toks[from]!.start, end: toks[to]!.end, actor, side });
  };
  // Countries named right after a title: "лідерів США і РФ" gives two, "президента Росії" one.
  const countriesAfter = (k: number, many: boolean): { side: Side; at: number }[] => {
    const found: { side: Side; at: number }[] = [];
    for (let j = k + 1; j < toks.length && j <= k + 4; j++) {
      const s = sideOfWord(lower[j]!);
      if (s) {
        found.push({ side: s, at: j });
        if (!many) break;
      } else if (!(many && found.length && AND.has(lower[j]!))) break;
    }
    return found;
  };
  // Side adjectives right before a title: "российский и американский лидеры", "американський президент".
  const adjectivesBefore = (k: number, many: boolean): { side: Side; at: number }[] => {
    const found: { side: Side; at: number }[] = [];
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const s = /(ськ|ск)/.test(lower[j]!) ? sideOfWord(lower[j]!) : null;
      if (s) {
        found.push({ side: s, at: j });
        if (!many) break;
      } else if (!(many && found.length && AND.has(lower[j]!))) break;
    }
    return found;
  };
  for (let k = 0; k < toks.length; k++) {
    const w = lower[k]!;
    if (PRESIDENT.test(w)) {
      const many = PLURAL.test(w);
      const sides = [...countriesAfter(k, many), ...adjectivesBefore(k, many)];
      for (const s of sides) add('president', s.side, Math.min(k, s.at), Math.max(k, s.at));
    } else if (SECSTATE.test(w)) {
      const s = countriesAfter(k, false)[0];
      add('foreign', 'US', k, s?.side === 'US' ? s.at : k);
    } else if (HEAD.test(w)) {
      // One head or several: "глава ЦРУ", "главы Минобороны США и РФ", "глав ЦРУ и СВР",
      // "глав Держдепартаменту та МЗС Росії": offices joined by "і/та/и", each with its country.
      const many = /^(глав(ы|и|ам|ами)?|голов(и|ам|ами)|голів|керівник(и|ів|ам|ами)|руководител(и|ей|ям|ями)|міністр(и|ів|ам|ами)|министр(ы|ов|ам|ами)|директор(и|ів|ов|ам|ами)|очільник(и|ів|ам|ами))$/.test(w);
      for (let j = k + 1; ; ) {
        const got = officeAt(lower, j, many);
        if (!got) break;
        for (const side of got.sides) add(got.office, side, k, got.end);
        // The next office after "і/та/и", when several heads were named.
        j = got.end + 1;
        if (!many || !AND.has(lower[j] ?? '')) break;
        j++;
      }
    }
  }
  return out;
}
