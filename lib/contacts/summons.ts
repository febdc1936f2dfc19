/**
 * An envoy summoned to a foreign ministry meets it (CAMEO 042/044): "посла США вызвали в МИД",
 * "в МИД РФ была вызвана посол США", "МЗС викликало посла", "МИД вручил ноту послу США". The verb alone is no contact word
 * ("вызвало критику"): only with a ministry and an envoy or embassy in the same sentence. Read by
 * the sentence candidates (sentence-candidates.ts), which the clause rules leave such sentences to.
 */
import type { Actor, Side } from '../kb/types';
import type { ContactStatus, Participant } from './types';
import { holderOf } from './titles';

// Summoned, or handed a note in person ("МИД вручил ноту протеста послу США", "послу вручено ноту").
const SUMMON_VERB = /(?<!\p{L})(виклика|вызва|вызыва|вручи|вруче|вруча)\p{L}*/iu;
const MINISTRY = /(?<!\p{L})(МЗС|МИД|Госдеп|Держдеп|State Department|Міністерств\p{L}* закордонних справ|Министерств\p{L}* иностранных дел)(?!\p{L})(\s+(України|Украины))?/u;
const ENVOY = /(?<!\p{L})(посл(а|ом|у|ові|е)?|посол|посольств\p{L}*|дипломат\p{L}*|дипмісі\p{L}*|дипмисси\p{L}*|повірен\p{L}*|поверенн\p{L}*)(?!\p{L})/iu;
// The ambassador, not the embassy's deputy head ("заместителя руководителя посольства").
const AMBASSADOR: Record<'US' | 'RU', RegExp> = {
  US: /(?<!\p{L})(посл(а|ом|у|ові)?|посол)\s+(США|Соединенных Штатов|Сполучених Штатів)|американск\p{L}* посл|американськ\p{L}* посл/u,
  RU: /(?<!\p{L})(посл(а|ом|у|ові)?|посол)\s+(России|Росії|РФ)|российск\p{L}* посл|російськ\p{L}* посл/u,
};
// The State Department summons Russia's envoys; any other foreign ministry named here is Russia's.
const STATE_DEPARTMENT = new Set(['Госдеп', 'Держдеп', 'State Department']);
// A past or passive form: the summons took place ("вызвали", "викликаний", "была вызвана").
const DONE = /(ли|ла|ло|л|н|на|ний|ная|нн\p{L}*|ного|ной|ній|ному)$/u;

export type Summons = { at: number; verb: string; ministry: string; host: { id: string; side: 'US' | 'RU' } };

/** The summons a sentence tells, with where its verb is; null when it tells none (or Ukraine's ministry summons). */
export function summonsIn(sentence: string): Summons | null {
  const verb = SUMMON_VERB.exec(sentence);
  if (!verb || !ENVOY.test(sentence)) return null;
  const ministry = MINISTRY.exec(sentence);
  if (!ministry || ministry[3]) return null;
  const host = STATE_DEPARTMENT.has(ministry[1]!) ? { id: 'state-department', side: 'US' as const } : { id: 'mfa-russia', side: 'RU' as const };
  return { at: verb.index, verb: verb[0], ministry: ministry[1]!, host };
}

/**
 * The ministry takes part; so does the other side's ambassador of the day (from the knowledge
 * base's roles) when the sentence says "посол" and names no one of that side. Adds to `named`.
 */
export function addSummonsParties(s: Summons, sentence: string, named: Participant[], actors: Actor[], day: string | null): void {
  if (!named.some((p) => p.actorId === s.host.id)) named.push({ actorId: s.host.id, side: s.host.side, text: s.ministry });
  const guest: Side = s.host.side === 'RU' ? 'US' : 'RU';
  const envoy = AMBASSADOR[guest].exec(sentence);
  const holder = envoy && day && !named.some((p) => p.side === guest) ? holderOf(actors, 'ambassador', guest, day) : null;
  if (envoy && holder !== null) named.push({ actorId: actors[holder]!.id, side: guest, text: envoy[0] });
}

/** A summons in a past or passive form took place, where the sentence's cues said nothing. */
export function summonsStatus(s: Summons, read: { status: ContactStatus; cue: boolean }): { status: ContactStatus; cue: 'tense' | 'cue' | null } {
  if (read.status === 'unclear' && DONE.test(s.verb)) return { status: 'happened', cue: 'tense' };
  return { status: read.status, cue: read.cue ? 'cue' : null };
}
