/**
 * The decisions about contact candidates, learned from the labelled corpus
 * (scripts/train-contacts.ts): whether a candidate is a contact the text reports, its kind,
 * status and date. The rules in extract.ts find candidates and read what they can; these models
 * weigh that reading with the sentence's words. Weights are data (contact-model.json).
 */
import { argmax, predict, type LogRegModel } from '../ml/logreg';
import { candidateFeatures, type CandidateContext } from './features';
import { mergeArticleContacts } from './merge';
import { partyCandidates, partyFeatures, withParties, type HitRef } from './parties';
import { withoutThirdParties } from './third-parties';
import { nearDates, type NearContext, type NearDate } from './near-dates';
import { normalizeText } from '../text/normalize';
import type { ArticleContact } from './types';

export type ContactModel = {
  about?: string;
  /** yes / no, per actor named in a candidate's sentences: that actor takes part (parties.ts). */
  party?: LogRegModel;
  /**
   * Maps the keep probability to the share of such contacts that are real (Platt scaling fitted to
   * out-of-fold predictions on the dev part): the confidence shown. Absent: the probability itself.
   */
  calibration?: LogRegModel;
  /** Status and date are read per mention before the mentions are folded (decideMentions). */
  perMention?: boolean;
  /** yes / no: the candidate is a contact the text reports. */
  keep: LogRegModel;
  /** Candidates below this probability are dropped. */
  threshold: number;
  /**
   * How much more probable the model must find another kind or status than the rules' own
   * reading before it overrides it: the rules read grammar the features only approximate, so a
   * small preference of a model trained on a few hundred texts is not enough to undo them.
   */
  margin: { type: number; status: number; date: number };
  /** yes / no, per date told near a record (near-dates.ts): it is the record's date. */
  near?: LogRegModel;
  /** A near date is taken, where the record has none of the text's own, from this probability. */
  nearThreshold?: number;
  /** Why-the-status values (StatusCue) the status model may not override: words the rules read. */
  keepStatusOf?: string[];
  type: LogRegModel;
  status: LogRegModel;
  /** keep (the date the rules read), report (the publication day), none. */
  date: LogRegModel;
};

export type DecideInput = { text: string; refIso: string; leadEnd: number; sentences: { start: number; end: number }[]; hits: HitRef[] };

/** The candidates with the parties the party model picks, then folded where they became one contact. */
export function decideParties(cands: ArticleContact[], input: Pick<DecideInput, 'text' | 'sentences' | 'hits'>, party: LogRegModel): ArticleContact[] {
  const times = new Map<string, number>();
  for (const h of input.hits) times.set(h.id, (times.get(h.id) ?? 0) + 1);
  const yes = party.classes.indexOf('yes');
  const out = cands.map((c) => {
    // The clause rules chose their parties by grammar; a sentence candidate names everyone.
    if (c.origin !== 'sentence') return c;
    const pcs = partyCandidates(c, input.sentences, input.hits);
    const keep = pcs.filter((p) => predict(party, partyFeatures(c, p, input.text, times.get(p.id) ?? 0))[yes]! >= 0.5);
    return withParties(c, keep, input.text) ?? c;
  });
  return mergeArticleContacts(out);
}

export const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** A candidate's probability of being a real contact, from its features. */
export function keepProbability(model: ContactModel, x: ReturnType<typeof candidateFeatures>): number {
  const p = predict(model.keep, x);
  return p[model.keep.classes.indexOf('yes')]!;
}

/** The model's class when it beats the rules' reading by the margin; the rules' reading otherwise. */
function override(m: LogRegModel, p: number[], rule: string, margin: number): string {
  const best = argmax(m, p);
  const k = m.classes.indexOf(rule);
  return k < 0 || p[m.classes.indexOf(best)]! - p[k]! > margin ? best : rule;
}

type Decided = Pick<ArticleContact, 'type' | 'status' | 'date' | 'endDate' | 'datePrecision' | 'dateBasis'>;
type StatusModel = Pick<ContactModel, 'status' | 'margin' | 'keepStatusOf'>;

/** The status the model gives where the rules had no word for it (a cue, the tense, a denial stays theirs). */
function readStatus(c: ArticleContact, x: ReturnType<typeof candidateFeatures>, model: StatusModel): ArticleContact['status'] {
  if (model.keepStatusOf?.includes(c.statusCue ?? 'default')) return c.status;
  return override(model.status, predict(model.status, x), c.status, model.margin.status) as ArticleContact['status'];
}

// The first words (as the features' five-letter stems) that open a sentence telling an earlier contact back.
const RECALLED = ['first:ранее', 'first:раніш', 'first:напом', 'first:нагад'];

/** Whether a record keeps the date the rules read, is dated by the report, or has none. */
export function chooseDate(c: ArticleContact, x: ReturnType<typeof candidateFeatures>, refIso: string, model: Pick<ContactModel, 'date' | 'margin'>, status: ArticleContact['status']): 'keep' | 'report' | 'none' {
  // The publication day dates only what the text reports as having taken place.
  // Nor what a sentence opening with "Ранее", "Раніше", "Напомним", "Нагадаємо" tells back: an
  // earlier contact (on dev, 11 of 13 such records had no date of the report).
  const toldBack = RECALLED.some((k) => x[k]);
  const allowed = (d: string) => (d === 'keep' ? !!c.date : d === 'report' ? !!refIso && status === 'happened' && !toldBack : true);
  const pd = predict(model.date, { ...x, [`final:${status}`]: 1 });
  // A date the text gives is kept unless the model is surer by the margin that it is not this contact's.
  let choice = argmax(model.date, pd, allowed);
  if (c.date && choice !== 'keep' && pd[model.date.classes.indexOf(choice)]! - pd[model.date.classes.indexOf('keep')]! <= model.margin.date) choice = 'keep';
  return choice as 'keep' | 'report' | 'none';
}

/** What the near-date model reads about one date told near a record. */
export const nearFeatures = (d: NearDate, status: string, choice: string) => ({ ...d.x, [`status:${status}`]: 1, [`choice:${choice}`]: 1 });

/** The kind, status (unless already decided per mention) and date the models give one candidate. */
function readFacts(c: ArticleContact, x: ReturnType<typeof candidateFeatures>, refIso: string, model: ContactModel, statusDecided: boolean, near: () => NearDate[] = () => []): Decided {
  // A margin of 1 or more is never beaten (probabilities differ by less): the rules' kind stands.
  const type = (model.margin.type >= 1 ? c.type : override(model.type, predict(model.type, x), c.type, model.margin.type)) as ArticleContact['type'];
  const status = statusDecided ? c.status : readStatus(c, x, model);
  const choice = chooseDate(c, x, refIso, model, status);
  const dated =
    choice === 'keep'
      ? { date: c.date, endDate: c.endDate, datePrecision: c.datePrecision, dateBasis: 'text' as const }
      : choice === 'report'
        ? { date: refIso, endDate: null, datePrecision: 'day' as const, dateBasis: 'report' as const }
        : { date: null, endDate: null, datePrecision: null };
  if (model.near && choice !== 'keep') {
    // No date of the text's own in the record's sentences: one told a sentence or two away may be it.
    const yes = model.near.classes.indexOf('yes');
    let best: { d: NearDate; p: number } | null = null;
    for (const d of near()) {
      // A plan (or one called off) is not dated by a day already past, nor what took place by a day still ahead
      // ("Дату наступного раунду не оголосили" after "домовилися 18 лютого").
      // (Compared at the date's own precision: "2025-02" is not before "2025-02-27".)
      if (refIso && (status === 'planned' || status === 'called_off' ? d.date < refIso.slice(0, d.date.length) : status === 'happened' && d.date > refIso)) continue;
      // What the model reads as reported fresh is not dated by a year long past ("the 1985 Geneva summit" beside today's).
      if (choice === 'report' && refIso && d.date.slice(0, 4) < String(Number(refIso.slice(0, 4)) - 1)) continue;
      const p = predict(model.near, nearFeatures(d, status, choice))[yes]!;
      if (!best || p > best.p) best = { d, p };
    }
    if (best && best.p >= (model.nearThreshold ?? 0.5)) return { type, status, date: best.d.date, endDate: best.d.endDate, datePrecision: best.d.precision, dateBasis: 'text' };
  }
  return { type, status, ...dated };
}

/**
 * Per mention first (model.perMention): each sentence's candidate gets its status from the model,
 * and only then are the mentions folded into one record per contact, so that "they talked today"
 * and "their previous call" with statuses of their own stay two records. The rules' merge reads an
 * 'unclear' mention as fitting any other, which folds them otherwise. Dates are read after folding
 * (the record's best date is its mentions' best).
 */
export function decideMentions(found: ArticleContact[], input: DecideInput, model: StatusModel): ArticleContact[] {
  const ctx: CandidateContext = { ...input, count: found.length };
  return mergeArticleContacts(found.map((c) => ({ ...c, status: readStatus(c, candidateFeatures(c, ctx), model) })));
}

/** The contacts the model keeps, with its kind, status, date and calibrated confidence. */
export function decideContacts(found: ArticleContact[], input: DecideInput, model: ContactModel): ArticleContact[] {
  const cands = model.perMention ? decideMentions(found, input, model) : model.party ? decideParties(found, input, model.party) : found;
  const ctx: CandidateContext = { ...input, count: cands.length, ...(model.perMention && { all: cands }) };
  const nctx: NearContext | null = model.near ? { norm: normalizeText(input.text), sentences: input.sentences, refIso: input.refIso, all: cands } : null;
  const out: ArticleContact[] = [];
  for (const c of cands) {
    const x = candidateFeatures(c, ctx);
    const p = keepProbability(model, x);
    if (p < model.threshold) continue;
    const facts = readFacts(c, x, input.refIso, model, !!model.perMention, () => (nctx ? nearDates(c, nctx) : []));
    const { dateBasis: _old, statusCue: _why, origin: _from, governors: _gov, ...rest } = c;
    const conf = model.calibration ? predict(model.calibration, { lp: logit(p) })[1]! : p;
    out.push(withoutThirdParties({ ...rest, ...facts, confidence: Math.round(conf * 100) / 100 }, input.text));
  }
  return out;
}
