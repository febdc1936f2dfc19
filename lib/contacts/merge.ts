import type { ContactType } from '../kb/types';
import type { ArticleContact, Participant } from './types';
import { dateWindow, precisionRank, windowsOverlap } from './window';

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

/** sameContact with each side's named parties already gathered (a merge asks many times). */
function sameNamed(a: ArticleContact, na: Set<string>, b: ArticleContact, nb: Set<string>): boolean {
  if (a.status !== b.status && a.status !== 'unclear' && b.status !== 'unclear') return false;
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
  const dateFrom = precisionRank(b.datePrecision) > precisionRank(a.datePrecision) ? b : a;
  const placeFrom = !a.place ? b : a;
  return {
    ...a,
    participants: mergeParticipants(a.participants, b.participants),
    sides: union(a.sides, b.sides).sort(),
    type: SPECIFIC[b.type] > SPECIFIC[a.type] ? b.type : a.type,
    status: a.status === 'unclear' ? b.status : a.status,
    date: dateFrom.date,
    endDate: dateFrom.endDate,
    datePrecision: dateFrom.datePrecision,
    place: placeFrom.place,
    reportedBy: union(a.reportedBy, b.reportedBy),
    evidence: b.confidence > a.confidence ? b.evidence : a.evidence,
    mentions: [...a.mentions, ...added],
    confidence: Math.round(Math.min(0.99, Math.max(a.confidence, b.confidence) + 0.03) * 100) / 100,
  };
}

/** One record per contact within an article, in the order the article first reports them. */
export function mergeArticleContacts<T extends ArticleContact>(cands: T[]): ArticleContact[] {
  const out: ArticleContact[] = [];
  // Beside each record, what the comparisons and merges ask of it again and again.
  const outNamed: Set<string>[] = [];
  const outStarts: Set<number>[] = [];
  for (const c of cands) {
    const { participants, sides, type, status, date, endDate, datePrecision, place, reportedBy, evidence, mentions, confidence } = c;
    const plain: ArticleContact = { participants, sides, type, status, date, endDate, datePrecision, place, reportedBy, evidence, mentions, confidence };
    const np = named(plain);
    const i = out.findIndex((o, k) => sameNamed(o, outNamed[k]!, plain, np));
    if (i >= 0) {
      out[i] = mergeInto(out[i]!, plain, outStarts[i]);
      outNamed[i] = named(out[i]!);
    } else {
      out.push(plain);
      outNamed.push(np);
      outStarts.push(new Set(mentions.map((m) => m.start)));
    }
  }
  return out;
}
