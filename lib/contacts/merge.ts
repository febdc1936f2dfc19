import type { ContactType } from '../kb/types';
import type { ArticleContact, Participant } from './types';
import { dateWindow, precisionRank, windowsOverlap } from './window';
import { PLACES } from './places';

const COUNTRY_NAMES = new Set(PLACES.filter((p) => p.kind === 'country').map((p) => p.en));
const COUNTRY_OF = new Map(PLACES.map((p) => [p.en, p.country]));
const REGION_OF = new Map(PLACES.flatMap((p) => (p.in ? [[p.en, p.in] as const] : [])));
/** Same place, a city in its region ("Miami", "Florida"), or a place in its own country ("Abu Dhabi", "United Arab Emirates"). */
const placesFit = (a: string | null, b: string | null) =>
  !a || !b || a === b || REGION_OF.get(a) === b || REGION_OF.get(b) === a || ((COUNTRY_NAMES.has(a) || COUNTRY_NAMES.has(b)) && COUNTRY_OF.get(a) !== undefined && COUNTRY_OF.get(a) === COUNTRY_OF.get(b));

/** How much a type says: a phone call says more than "talks", a back channel more than both. */
const SPECIFIC: Record<ContactType, number> = {
  backchannel: 7, phone_call: 6, video_call: 6, visit: 5, consultations: 4, negotiations: 3, meeting: 3, other: 0,
};

function named(c: ArticleContact): Set<string> {
  const out = new Set<string>();
  for (const p of c.participants) if (p.actorId) out.add(p.actorId);
  return out;
}

/** The distinct items of a then b, in first-seen order (as [...new Set([...a, ...b])], without the copies). */
function union<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (const x of a) if (!out.includes(x)) out.push(x);
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}
function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export function datesCompatible(a: Pick<ArticleContact, 'date' | 'endDate'>, b: Pick<ArticleContact, 'date' | 'endDate'>): boolean {
  if (!a.date || !b.date) return true;
  return windowsOverlap(dateWindow(a.date, a.endDate), dateWindow(b.date, b.endDate));
}

/** Same contact told twice: compatible status, date and parties (one's named actors within the other's). */
export function sameContact(a: ArticleContact, b: ArticleContact): boolean {
  return sameNamed(a, named(a), b, named(b));
}

/** A plan and its calling off ("домовилися про саміт", "саміт скасовано"): one contact told at two moments. */
const planAndCallingOff = (a: ArticleContact['status'], b: ArticleContact['status']) => (a === 'planned' && b === 'called_off') || (a === 'called_off' && b === 'planned');

/** The status of two reports of one contact folded: a definite one settles an unclear one, a calling-off its plan. */
const foldStatus = (a: ArticleContact, b: ArticleContact) => (a.status === 'unclear' || (a.status === 'planned' && b.status === 'called_off') ? b : a);

/** sameContact with each side's named parties already gathered (a merge asks many times). */
function sameNamed(a: ArticleContact, na: Set<string>, b: ArticleContact, nb: Set<string>): boolean {
  if (a.status !== b.status && a.status !== 'unclear' && b.status !== 'unclear' && !planAndCallingOff(a.status, b.status)) return false;
  if (!datesCompatible(a, b)) return false;
  if (!na.size || !nb.size) return !na.size && !nb.size && a.sides.join() === b.sides.join();
  return subset(na, nb) || subset(nb, na);
}

function mergeParticipants(a: Participant[], b: Participant[]): Participant[] {
  const out = [...a];
  for (const p of b) {
    const dup = out.some((q) => (p.actorId ? q.actorId === p.actorId : !q.actorId && q.side === p.side));
    if (!dup) out.push(p);
  }
  // A side named only as "американська делегація" adds nothing once a person of that side is named.
  const namedSides = new Set(out.filter((p) => p.actorId).map((p) => p.side));
  return out.filter((p) => p.actorId || !namedSides.has(p.side));
}

/**
 * Folds b into a (a keeps its evidence unless b's is stronger). `starts` may hold the starts of
 * a's mentions, kept by the caller across merges; it is brought up to date here.
 */
export function mergeInto(a: ArticleContact, b: ArticleContact, starts: Set<number> = new Set(a.mentions.map((m) => m.start))): ArticleContact {
  const added = b.mentions.filter((m) => !starts.has(m.start));
  for (const m of added) starts.add(m.start);
  // A date the text gives outranks the report's day, whatever their precision.
  const rank = (c: ArticleContact) => (c.dateBasis === 'report' ? 0.5 : precisionRank(c.datePrecision));
  // A contact called off is dated only by what tells it called off (the guide leaves it undated
  // unless the text says when it was to be held): not by the day of a mention that still plans
  // it or leaves it open ("могут снова поговорить на этой неделе", "21 жовтня Трамп говорив…").
  const status = foldStatus(a, b);
  const offOnly = status.status === 'called_off' && a.status !== b.status ? status : null;
  const dateFrom = offOnly ?? (rank(b) > rank(a) ? b : a);
  // A city says more than its country ("United States" then "Miami").
  const placeFrom = !a.place || (b.place && COUNTRY_NAMES.has(a.place) && !COUNTRY_NAMES.has(b.place)) ? b : a;
  return {
    ...a,
    participants: mergeParticipants(a.participants, b.participants),
    sides: union(a.sides, b.sides).sort(),
    type: SPECIFIC[b.type] > SPECIFIC[a.type] ? b.type : a.type,
    status: status.status,
    ...(status.statusCue && { statusCue: status.statusCue }),
    date: dateFrom.date,
    endDate: dateFrom.endDate,
    datePrecision: dateFrom.datePrecision,
    ...(dateFrom.dateBasis && { dateBasis: dateFrom.dateBasis }),
    place: placeFrom.place,
    reportedBy: union(a.reportedBy, b.reportedBy),
    evidence: b.confidence > a.confidence ? b.evidence : a.evidence,
    mentions: [...a.mentions, ...added],
    confidence: Math.round(Math.min(0.99, Math.max(a.confidence, b.confidence) + 0.03) * 100) / 100,
  };
}

// A sit-down told as a meeting in one sentence is the talks or consultations of the next.
const SIT_DOWN = new Set<ContactType>(['meeting', 'negotiations', 'consultations']);
const kindsFit = (a: ContactType, b: ContactType) => a === b || a === 'other' || b === 'other' || (SIT_DOWN.has(a) && SIT_DOWN.has(b)) || (a === 'visit' && SIT_DOWN.has(b)) || (b === 'visit' && SIT_DOWN.has(a));
const statusFits = (a: ArticleContact, b: ArticleContact) => a.status === b.status || a.status === 'unclear' || b.status === 'unclear' || planAndCallingOff(a.status, b.status);

// A trip whose only counterpart is the host country merges with a sit-down only with the same
// status: "находясь с визитом в США, не стал подтверждать встречу с Уиткоффом" is a trip under
// way and a meeting still in doubt.
const hostOnlyVisit = (a: ArticleContact, b: ArticleContact) => {
  const [v, o] = a.type === 'visit' ? [a, b] : [b, a];
  if (v.type !== 'visit' || o.type === 'visit') return false;
  const namedSides = new Set(v.participants.filter((p) => p.actorId).map((p) => p.side));
  return v.sides.some((s) => !namedSides.has(s));
};
// Within one article, a call and a trip are two contacts even with the same people ("his phone
// talk with Witkoff" and "Witkoff's visit next week"); a visit and the meeting held on it are one.
export const REMOTE_KINDS = new Set<ContactType>(['phone_call', 'video_call']);
const sameOccasion = (a: ContactType, b: ContactType) => a === b || a === 'other' || b === 'other' || a === 'backchannel' || b === 'backchannel' || REMOTE_KINDS.has(a) === REMOTE_KINDS.has(b);
// "Talks" may be held by phone: "провели переговоры по телефону", "переговори у форматі
// відеозв'язку", or talks and a call given the same day, are one call.
const talksByWire = (a: ArticleContact, b: ArticleContact) => {
  const [t, r] = a.type === 'negotiations' ? [a, b] : [b, a];
  if (t.type !== 'negotiations' || !REMOTE_KINDS.has(r.type)) return false;
  if (t.mentions.some((m) => r.mentions.some((n) => m.start < n.end && n.start < m.end))) return true;
  return !!t.date && t.date === r.date && t.datePrecision === 'day' && r.datePrecision === 'day';
};

/** One record per contact within an article, in the order the article first reports them. */
export function mergeArticleContacts<T extends ArticleContact>(cands: T[]): ArticleContact[] {
  const out: ArticleContact[] = [];
  // Beside each record, what the comparisons and merges ask of it again and again.
  const outNamed: Set<string>[] = [];
  const outStarts: Set<number>[] = [];
  for (const c of cands) {
    const { participants, sides, type, status, statusCue, origin, date, endDate, datePrecision, dateBasis, place, reportedBy, evidence, mentions, confidence } = c;
    const plain: ArticleContact = { participants, sides, type, status, ...(statusCue && { statusCue }), ...(origin && { origin }), date, endDate, datePrecision, ...(dateBasis && { dateBasis }), place, reportedBy, evidence, mentions, confidence };
    const np = named(plain);
    const i = out.findIndex((o, k) => sameNamed(o, outNamed[k]!, plain, np) && (sameOccasion(o.type, plain.type) || talksByWire(o, plain)) && (o.status === plain.status || !hostOnlyVisit(o, plain)));
    if (i >= 0) {
      out[i] = mergeInto(out[i]!, plain, outStarts[i]);
      outNamed[i] = named(out[i]!);
    } else {
      out.push(plain);
      outNamed.push(np);
      outStarts.push(new Set(mentions.map((m) => m.start)));
    }
  }
  // "Переговори Росії та США у Маямі" in the headline is the Dmitriev–Witkoff talks the body
  // names: a contact told by its sides only is folded into the one named contact of the article
  // it can be (same sides, fitting kind, status, date and place). With two such, it stays apart.
  const hasNamed = (c: ArticleContact) => c.participants.some((p) => p.actorId);
  // A headline with no verb and no date ("Зустріч Росії та США в Маямі") tells no status of its
  // own: whatever a model read into it, it fits the named record's. ("Наступний раунд — на початку
  // весни" has a date of its own: another contact.)
  const untold = (c: ArticleContact) => (!c.statusCue || c.statusCue === 'default') && !c.date;
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    if (hasNamed(c)) continue;
    // Consultations are a format of their own (working groups on embassies, strategic stability):
    // told by sides only, they are not the ministers' meeting the article names.
    const fits = out.filter((o) => o !== c && hasNamed(o) && o.sides.join() === c.sides.join() && kindsFit(o.type, c.type) && (c.type !== 'consultations' || o.type === 'consultations' || o.type === 'other') && (statusFits(o, c) || untold(c)) && datesCompatible(o, c) && placesFit(o.place, c.place));
    if (fits.length !== 1) continue;
    const j = out.indexOf(fits[0]!);
    // The named record leads: its people and evidence stay, the sides-only one adds what it knows.
    out[j] = mergeInto(fits[0]!, c);
    out.splice(i, 1);
  }
  return out;
}
