import type { FoundContact } from '../analyze';
import { sameContact } from '../contacts/merge';
import { dateWindow, windowsOverlap } from '../contacts/window';
import type { ArticleContact, ContactStatus } from '../contacts/types';
import type { ContactRecord, SourceRef } from './types';

/** Parties (named actors, else sides), status and date bucket: equal keys are one contact. */
export function contactKey(c: Pick<ContactRecord, 'participants' | 'sides' | 'status' | 'date'>): string {
  const who = c.participants.length ? [...c.participants].sort().join('+') : c.sides.map((s) => `side:${s}`).sort().join('+');
  return `${who}|${c.status}|${c.date ? c.date.slice(0, 7) : 'undated'}`;
}

const asArticleContact = (r: Omit<ContactRecord, 'id'>): ArticleContact => ({
  ...r,
  participants: r.parties,
  reportedBy: [],
  evidence: r.sources[0]!.evidence,
  mentions: [],
});

const UNDATED_DAYS = 10;

// Reports name the same sit-down "talks", "consultations" or "a meeting"; a visit is the meeting
// with its host (GUIDE.md 3: "Witkoff visited Moscow" and "Putin received Witkoff" are one
// contact); a call is another kind.
const SIT_DOWN = new Set(['meeting', 'negotiations', 'consultations', 'visit']);

/** Whether two reported types can describe one contact. */
export function typesCompatible(a: string, b: string): boolean {
  return a === b || a === 'other' || b === 'other' || (SIT_DOWN.has(a) && SIT_DOWN.has(b));
}

/**
 * The days a record may be about: its date's window, or for an undated contact the days around
 * its first report (two articles a year apart saying "US and Russia held talks" are two contacts).
 */
export function timeWindow(r: Pick<ContactRecord, 'date' | 'endDate' | 'dateBasis' | 'sources' | 'firstSeen'>): [string, string] {
  // Dated by its report: it took place on that day or in the days before.
  if (r.date && r.dateBasis === 'report') return [new Date(Date.parse(r.date) - UNDATED_DAYS * 86400000).toISOString().slice(0, 10), r.date];
  if (r.date) return dateWindow(r.date, r.endDate);
  const anchor = new Date(r.sources[0]?.published ?? r.firstSeen);
  const t = Number.isNaN(anchor.getTime()) ? Date.now() : anchor.getTime();
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [day(t - UNDATED_DAYS * 86400000), day(t + UNDATED_DAYS * 86400000)];
}

function sameTime(a: Omit<ContactRecord, 'id'>, b: Omit<ContactRecord, 'id'>): boolean {
  return windowsOverlap(timeWindow(a), timeWindow(b));
}

/** A new history record for a contact found in an article. */
export function recordFromContact(c: FoundContact, source: Omit<SourceRef, 'evidence' | 'reportedBy'>): Omit<ContactRecord, 'id'> {
  const { evidence, reportedBy, mentions: _mentions, ...facts } = c;
  const claim = { type: c.type, status: c.status, date: c.date, endDate: c.endDate, datePrecision: c.datePrecision, ...(c.dateBasis && { dateBasis: c.dateBasis }), place: c.place };
  const base = {
    ...facts,
    confirmed: false,
    edited: false,
    sources: [{ ...source, evidence, reportedBy, claim }],
    firstSeen: source.seen,
    lastSeen: source.seen,
  };
  return { ...base, key: contactKey(base) };
}

/** What each further article adds to a contact's confidence, up to MAX_CONFIDENCE. */
const PER_SOURCE = 0.02;
const MAX_CONFIDENCE = 0.99;

/**
 * The best extraction confidence among the articles, plus a little per further article. The
 * stored value already holds the bonus for its sources, so it is taken off before the new one is
 * added: otherwise the same article read again (a reload, a retry after the service worker was
 * stopped) raised the confidence every time, and each new article counted the earlier ones twice.
 * Where the cap was reached the taken-off base is too low, but then the result is the cap again.
 */
function mergedConfidence(match: Pick<ContactRecord, 'confidence' | 'sources'>, incoming: Pick<ContactRecord, 'confidence'>, sources: number): number {
  const base = Math.max(match.confidence - PER_SOURCE * (match.sources.length - 1), incoming.confidence);
  return Math.round(Math.min(MAX_CONFIDENCE, base + PER_SOURCE * (sources - 1)) * 100) / 100;
}

/**
 * A plan and its calling off: the two statuses one contact's reports have as it unfolds ("the
 * summit will be held in Budapest", then "the summit is called off"). The history folds them into
 * one record, and they are no disagreement between its sources.
 */
export function planThenCalledOff(a: ContactStatus, b: ContactStatus): boolean {
  return (a === 'planned' && b === 'called_off') || (a === 'called_off' && b === 'planned');
}

/**
 * A denial and the report it denies: one source says the contact took place (or is planned),
 * another that it did not. The history folds them into one record, whose sources then disagree on
 * its status, so it is contested (contested.ts), rather than keeping two records side by side.
 */
export function denialOf(a: ContactStatus, b: ContactStatus): boolean {
  const told = (s: ContactStatus) => s === 'happened' || s === 'planned';
  return (a === 'denied' && told(b)) || (b === 'denied' && told(a));
}

/** The same people: the same named actors, or, told by sides alone, nobody named and the same sides. */
function samePeople(a: ArticleContact, b: ArticleContact): boolean {
  const named = (c: ArticleContact) => [...new Set(c.participants.flatMap((p) => (p.actorId ? [p.actorId] : [])))].sort().join('+');
  const na = named(a);
  return na === named(b) && (na !== '' || [...a.sides].sort().join() === [...b.sides].sort().join());
}

/** A record as the folds read it: its facts, and (where it has them) its sources and first sighting. */
type Foldable = ArticleContact & Partial<Pick<ContactRecord, 'sources' | 'firstSeen'>>;

/** The day a record was first reported: its first source's publication, else when it was first seen. */
const reportDay = (r: Foldable): string => (r.sources?.[0]?.published ?? r.firstSeen ?? '').slice(0, 10);

/**
 * Whether a denial denies this report: the same people and the same kind (a sit-down may be told
 * as talks or a meeting; "contacts" in general, `other`, deny no particular call or meeting), and
 * a contact said to have happened that began no later than the day the denial was reported (a
 * denial does not deny what took place after it). Their days overlapping, or either undated, is
 * asked by the callers (sameTime) and by sameContact.
 */
function denies(denial: Foldable, told: Foldable): boolean {
  if (!samePeople(denial, told)) return false;
  if (denial.type !== told.type && (denial.type === 'other' || told.type === 'other')) return false;
  const day = reportDay(denial);
  return told.status !== 'happened' || !told.date || !day || dateWindow(told.date, told.endDate)[0] <= day;
}

/**
 * Whether two records are the same contact as the history folds them: the article merge's
 * sameContact (compatible status, date and people), where a plan and its calling off count as
 * one status, and a denial is the contact it denies (denies: same people and kind, not after it).
 * The kinds and days are asked of both by the callers too (typesCompatible, sameTime).
 * CandidateIndex (db.ts) asks the same, so the two never differ.
 */
export function sameRecordContact(a: Foldable, b: Foldable): boolean {
  if (planThenCalledOff(a.status, b.status)) return sameContact(a, { ...b, status: a.status });
  if (denialOf(a.status, b.status)) return (a.status === 'denied' ? denies(a, b) : denies(b, a)) && sameContact(a, { ...b, status: a.status });
  return sameContact(a, b);
}

/** The candidate an incoming record folds into, if any. */
export function matchFor<T extends Omit<ContactRecord, 'id'>>(candidates: T[], incoming: Omit<ContactRecord, 'id'>): T | undefined {
  return (
    // The same key is the same people, status and month: one contact, whatever kind each source
    // calls it (the disagreement is kept and shown). Told by the sides alone, a key says too little:
    // talks and a back channel of "Russia and the US" that month are two contacts.
    candidates.find((c) => c.key === incoming.key && (c.participants.length > 0 || typesCompatible(c.type, incoming.type)) && sameTime(c, incoming)) ??
    candidates.find((c) => sameRecordContact(asArticleContact(c), asArticleContact(incoming)) && typesCompatible(c.type, incoming.type) && sameTime(c, incoming))
  );
}

/** The latest publication day among a record's sources that said `status` (their claims), or null when none says when. */
function latestReport(r: Pick<ContactRecord, 'sources' | 'status'>, status: ContactStatus): string | null {
  let out: string | null = null;
  for (const s of r.sources) {
    if ((s.claim?.status ?? r.status) !== status || !s.published) continue;
    const day = s.published.slice(0, 10);
    if (!out || day > out) out = day;
  }
  return out;
}

/**
 * The status of a stored record and an incoming report folded together. A definite report
 * (happened, planned, called off, denied) settles an unclear one. A plan and its calling off
 * are one transition, and the later report wins it: a plan reported called off becomes called off,
 * whichever of the two was read first; only a plan reported after every report of its calling off
 * (on a later publication day) stands as planned again. Any other status stays as stored.
 */
function foldedStatus(match: Pick<ContactRecord, 'sources' | 'status'>, incoming: Pick<ContactRecord, 'sources' | 'status'>): ContactStatus {
  if (match.status === 'unclear') return incoming.status;
  if (!planThenCalledOff(match.status, incoming.status)) return match.status;
  const [plan, off] = match.status === 'planned' ? [match, incoming] : [incoming, match];
  const planDay = latestReport(plan, 'planned');
  const offDay = latestReport(off, 'called_off');
  return planDay && offDay && planDay > offDay ? 'planned' : 'called_off';
}

/**
 * Folds an incoming record into the history's candidates: returns the record to write (an
 * existing one with the new source added, or the incoming one). A person's edits win over
 * what extraction says; a source already present is replaced, never duplicated.
 */
export function foldRecord(candidates: ContactRecord[], incoming: Omit<ContactRecord, 'id'>): ContactRecord {
  const match = matchFor(candidates, incoming);
  if (!match) return { ...incoming };
  const sources = [...match.sources.filter((s) => !incoming.sources.some((n) => n.url === s.url)), ...incoming.sources];
  // Seen last is the later of the two: a reference-timeline record (dated by its event) folding
  // into a contact read today must not move it back in time.
  const lastSeen = incoming.lastSeen > match.lastSeen ? incoming.lastSeen : match.lastSeen;
  const prior = match.prior ?? incoming.prior;
  if (match.edited) return { ...match, sources, lastSeen, ...(prior && { prior }) };
  // A person's correction arriving (an imported edited record) outranks what extraction stored:
  // its facts win and the record stays marked edited, so no later article overwrites them.
  // (The people only add up, as in every fold: the history's participant index relies on it.)
  if (incoming.edited) {
    const { type, status, date, endDate, datePrecision, dateBasis, place, confirmed } = incoming;
    return {
      ...match,
      participants: [...new Set([...match.participants, ...incoming.participants])],
      parties: [...match.parties, ...incoming.parties.filter((p) => !match.parties.some((q) => (p.actorId ? q.actorId === p.actorId : q.side === p.side && !q.actorId)))],
      sides: [...new Set([...match.sides, ...incoming.sides])].sort(),
      type, status, date, endDate, datePrecision, place, confirmed,
      ...(dateBasis ? { dateBasis } : { dateBasis: undefined }),
      edited: true,
      sources,
      lastSeen,
      ...(prior && { prior }),
    };
  }
  // A date an article's text gives outranks a report's day (the contact took place by then); of
  // two report days the earlier is the tighter bound; else the more precise date wins.
  const byReport = (r: Pick<ContactRecord, 'date' | 'dateBasis'>) => !!r.date && r.dateBasis === 'report';
  const more = !!incoming.date && (
    !match.date ||
    (byReport(match) && !byReport(incoming)) ||
    (byReport(match) && byReport(incoming) && incoming.date < match.date) ||
    (!byReport(match) && !byReport(incoming) && !!incoming.datePrecision && (!match.datePrecision || incoming.date.length > match.date.length)));
  return {
    ...match,
    participants: [...new Set([...match.participants, ...incoming.participants])],
    parties: [...match.parties, ...incoming.parties.filter((p) => !match.parties.some((q) => (p.actorId ? q.actorId === p.actorId : q.side === p.side && !q.actorId)))],
    status: foldedStatus(match, incoming),
    type: match.type === 'other' && incoming.type !== 'other' ? incoming.type : match.type,
    date: more ? incoming.date : match.date,
    endDate: more ? incoming.endDate : match.endDate,
    datePrecision: more ? incoming.datePrecision : match.datePrecision,
    ...((more ? incoming : match).dateBasis ? { dateBasis: (more ? incoming : match).dateBasis } : { dateBasis: undefined }),
    place: match.place ?? incoming.place,
    confidence: mergedConfidence(match, incoming, sources.length),
    sources,
    lastSeen,
    ...(prior && { prior }),
  };
}

/** Folds many records into one history in memory (the CLI's --history), as the extension would. */
export function foldAll(records: Omit<ContactRecord, 'id'>[]): Omit<ContactRecord, 'id'>[] {
  const out: ContactRecord[] = [];
  const byParty = new Map<string, ContactRecord[]>();
  for (const r of records) {
    const keys = r.participants.length ? r.participants : r.sides.map((s) => `side:${s}`);
    const cands = [...new Set(keys.flatMap((k) => byParty.get(k) ?? []))];
    const prev = matchFor(cands, r);
    const folded = foldRecord(cands, r);
    if (prev) Object.assign(prev, folded);
    else {
      out.push(folded);
      for (const k of keys) byParty.set(k, [...(byParty.get(k) ?? []), folded]);
    }
  }
  return out;
}
