/**
 * Trains the contact decisions (lib/contacts/decide.ts) on the dev part of the labelled corpus
 * and writes lib/contacts/contact-model.json.
 *
 *   npm run train:contacts        (npx tsx scripts/train-contacts.ts)
 *
 * Reproducible: the dev texts are taken in id order, training starts from zero weights with
 * fixed steps (lib/ml/logreg.ts), so the same labels and cache give the same weights. The test
 * part is never read here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chooseDate, decideMentions, decideParties, nearFeatures, type ContactModel, type DecideInput } from '../lib/contacts/decide';
import { nearDates } from '../lib/contacts/near-dates';
import { mergeArticleContacts } from '../lib/contacts/merge';
import { partyCandidates, partyFeatures, type HitRef } from '../lib/contacts/parties';
import { sideOf } from '../lib/kb/types';
import { normalizeText } from '../lib/text/normalize';
import { splitSentences } from '../lib/text/sentences';
import { tokenize } from '../lib/text/tokens';
import { findActors } from '../lib/match/actors';
import { contactCandidates } from '../lib/analyze';
import { candidateFeatures } from '../lib/contacts/features';
import type { ArticleContact } from '../lib/contacts/types';
import { bundledKb } from '../lib/kb/index';
import { predict, train, type Features, type LogRegModel } from '../lib/ml/logreg';
import { logit } from '../lib/contacts/decide';
import { evaluateItems, folds, partiesAgree, statusAgrees, type TextResult } from './contacts-scoring';
import { typesCompatible } from '../lib/history/merge';
import { loadConstructions, partTexts, type CorpusText, type GoldContact } from './contacts-corpus';

export const TYPES = ['meeting', 'phone_call', 'video_call', 'negotiations', 'consultations', 'visit', 'backchannel', 'other'];
export const STATUSES = ['happened', 'planned', 'denied', 'unclear'];
export const MODEL_FILE = join(import.meta.dirname, '..', 'lib', 'contacts', 'contact-model.json');

/** One text with the rules' candidates and what the decisions read, ready for training or deciding. */
export type Item = DecideInput & {
  t: CorpusText & { text: string };
  /** The rules' candidates folded into one record per contact, and the sentences' beside them. */
  cands: ArticleContact[];
  /** The same before folding: one per mention (what decideMentions reads). */
  raw: ArticleContact[];
};

/**
 * Each text's candidates as analyzeText makes them for the decisions (the clause rules' and the
 * sentences', lib/analyze.ts contactCandidates), with what the decisions read.
 */
export function candidatesOf(texts: (CorpusText & { text: string })[]): Item[] {
  const kb = bundledKb();
  return texts.map((t) => {
    const norm = normalizeText(t.text);
    const spans = splitSentences(norm);
    const actorHits = findActors(norm, kb.lexicon);
    const ref = new Date(`${t.published.slice(0, 10)}T00:00:00Z`);
    const raw = contactCandidates({ text: t.text, norm, sentences: spans.map((span) => ({ span, tokens: tokenize(norm, span.start, span.end) })), actors: kb.actors, hits: actorHits, ref, unmerged: true }, true);
    // As extractContacts folds its own when not asked for mentions; the sentences' stand apart.
    const cands = [...mergeArticleContacts(raw.filter((c) => c.origin !== 'sentence')), ...raw.filter((c) => c.origin === 'sentence')];
    const hits: HitRef[] = actorHits.map((h) => {
      const x = kb.actors[h.actor]!;
      return { id: x.id, side: sideOf(x.country), kind: x.kind, start: h.start, end: h.end };
    });
    return { t, text: t.text, refIso: t.published.slice(0, 10), leadEnd: spans[0]?.end ?? 0, sentences: spans, hits, cands, raw };
  });
}

const ids = (c: ArticleContact) => c.participants.flatMap((p) => (p.actorId ? [p.actorId] : []));
/** Whether a candidate names the gold contact's parties, as the evaluation matches them. */
export function sameParties(g: GoldContact, c: ArticleContact): boolean {
  return partiesAgree(g, { participants: ids(c), sides: c.sides });
}

/**
 * Pairs candidates with gold contacts for training: same parties, those agreeing on kind, then
 * status, then date first, one to one. Kind need not agree: a candidate with the right people
 * and the wrong kind teaches the kind model.
 */
export function trainingPairs(gold: GoldContact[], cands: ArticleContact[]): Map<number, GoldContact> {
  const opts: { g: number; c: number; s: number }[] = [];
  gold.forEach((g, gi) =>
    cands.forEach((c, ci) => {
      if (!sameParties(g, c)) return;
      opts.push({ g: gi, c: ci, s: (typesCompatible(g.type, c.type) ? 4 : 0) + (statusAgrees(g.status, c.status) ? 2 : 0) + (g.date === c.date ? 1 : 0) });
    }),
  );
  opts.sort((a, b) => b.s - a.s || a.g - b.g || a.c - b.c);
  const usedG = new Set<number>();
  const out = new Map<number, GoldContact>();
  for (const o of opts) {
    if (usedG.has(o.g) || out.has(o.c)) continue;
    usedG.add(o.g);
    out.set(o.c, gold[o.g]!);
  }
  return out;
}

/**
 * The status the date model is told a record ends with, as it will be at prediction time: the
 * gold's, but a candidate the rules call off keeps `called_off` where the gold's `denied` or
 * `planned` is what the guide labels such a contact (statusAgrees).
 */
export const finalStatus = (g: GoldContact, c: ArticleContact) => (c.status === 'called_off' && statusAgrees(g.status, c.status) ? 'called_off' : g.status);

/** The date decision a gold contact asks of a candidate, or null when none of the three gives it. */
export function dateTarget(g: GoldContact, c: ArticleContact, refIso: string): string | null {
  if (c.date && g.date === c.date) return 'keep';
  if (!g.date) return 'none';
  if (g.dateBasis === 'report' || (g.date === refIso && g.status === 'happened')) return 'report';
  return null;
}

/**
 * Settings chosen by 5-fold cross-validation on dev. The learned kind never beat the rules' on it
 * (88.6% either way), so its margin is 1: the rules' kind stands until features give it more to go
 * on. A status the rules read from a word (a cue, the verb's tense, a denial) is theirs; the model
 * decides the status only where they had none.
 */
export const SETTINGS = { l2: 0.005, minCount: 3, threshold: 0.3, margin: { type: 1, status: 0.3, date: 0.4 }, party: false, perMention: true, nearThreshold: 0.3, keepStatusOf: ['cue', 'tense', 'denial', 'purpose', 'nested', 'date'] };
export type Settings = typeof SETTINGS;

/**
 * Per actor named in a candidate's sentences: does the gold contact the candidate stands for
 * (the one of its text sharing most people with it) count that actor among its participants.
 */
export function partyData(items: Item[]): { x: Features; y: string }[] {
  const out: { x: Features; y: string }[] = [];
  for (const it of items) {
    const times = new Map<string, number>();
    for (const h of it.hits) times.set(h.id, (times.get(h.id) ?? 0) + 1);
    for (const c of it.cands) {
      const pcs = partyCandidates(c, it.sentences, it.hits);
      const ruled = ids(c);
      let best: GoldContact | null = null;
      let bestScore = 0;
      for (const g of it.t.contacts) {
        if (!ruled.some((a) => g.participants.includes(a))) continue;
        const score = pcs.filter((p) => g.participants.includes(p.id)).length * 2 + (typesCompatible(g.type, c.type) ? 1 : 0);
        if (score > bestScore) [best, bestScore] = [g, score];
      }
      if (!best) continue;
      for (const p of pcs) out.push({ x: partyFeatures(c, p, it.text, times.get(p.id) ?? 0), y: best.participants.includes(p.id) ? 'yes' : 'no' });
    }
  }
  return out;
}

/**
 * The gold contact each mention tells, for the per-mention status and date: one whose people
 * include all the mention names (a mention may name some of a delegation) with a compatible kind,
 * those agreeing on kind, status and date first. Many mentions may tell one contact.
 */
export function mentionPairs(gold: GoldContact[], raw: ArticleContact[]): Map<number, GoldContact> {
  const out = new Map<number, GoldContact>();
  raw.forEach((c, ci) => {
    const named = ids(c);
    let best: GoldContact | null = null;
    let bestScore = -1;
    for (const g of gold) {
      if (!typesCompatible(g.type, c.type)) continue;
      const fits = named.length ? named.every((a) => g.participants.includes(a)) : !g.participants.length && [...g.sides].sort().join() === c.sides.join();
      if (!fits) continue;
      const score = (g.type === c.type ? 4 : 0) + (statusAgrees(g.status, c.status) ? 2 : 0) + (g.date === c.date ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [g, score];
    }
    if (best) out.set(ci, best);
  });
  return out;
}

/** Status learned per mention; keep, kind and date learned on the records the mentions fold into. */
function trainPerMention(sorted: Item[], s: Settings): ContactModel {
  const status: { x: Features; y: string }[] = [];
  for (const it of sorted) {
    const pairs = mentionPairs(it.t.contacts, it.raw);
    it.raw.forEach((c, i) => {
      const g = pairs.get(i);
      if (!g || !STATUSES.includes(g.status)) return;
      status.push({ x: candidateFeatures(c, { text: it.t.text, refIso: it.refIso, leadEnd: it.leadEnd, count: it.raw.length }), y: g.status });
    });
  }
  const byMention = { margin: s.margin, keepStatusOf: s.keepStatusOf, status: train(status, STATUSES, s) };
  const keep: { x: Features; y: string }[] = [];
  const type: { x: Features; y: string }[] = [];
  const date: { x: Features; y: string }[] = [];
  for (const it of sorted) {
    // The records as the shipped decisions will fold them, read by the status model just trained.
    const cands = decideMentions(it.raw, it, byMention);
    const pairs = trainingPairs(it.t.contacts, cands);
    cands.forEach((c, i) => {
      const x = candidateFeatures(c, { text: it.t.text, refIso: it.refIso, leadEnd: it.leadEnd, count: cands.length, all: cands });
      const g = pairs.get(i);
      keep.push({ x, y: g ? 'yes' : 'no' });
      if (!g) return;
      if (TYPES.includes(g.type)) type.push({ x, y: g.type });
      const d = dateTarget(g, c, it.refIso);
      if (d) date.push({ x: { ...x, [`final:${finalStatus(g, c)}`]: 1 }, y: d });
    });
  }
  const model: ContactModel = {
    about: `Learned by scripts/train-contacts.ts from ${sorted.length} texts, the corpus's dev part and the project's construction tables (${keep.length} records, ${status.length} mentions). Do not edit: run npm run train:contacts.`,
    threshold: s.threshold,
    ...byMention,
    perMention: true,
    date: train(date, ['keep', 'report', 'none'], s),
    keep: train(keep, ['no', 'yes'], s),
    type: train(type, TYPES, s),
  };
  if (s.nearThreshold >= 1) return model;
  // Dates told near a record, where the date model just trained leaves it without one of the text's own.
  const near: { x: Features; y: string }[] = [];
  for (const it of sorted) {
    const cands = decideMentions(it.raw, it, byMention);
    const pairs = trainingPairs(it.t.contacts, cands);
    const ctx = { norm: normalizeText(it.t.text), sentences: it.sentences, refIso: it.refIso, all: cands };
    cands.forEach((c, i) => {
      const g = pairs.get(i);
      if (!g) return;
      const x = candidateFeatures(c, { text: it.t.text, refIso: it.refIso, leadEnd: it.leadEnd, count: cands.length, all: cands });
      const choice = chooseDate(c, x, it.refIso, model, c.status);
      if (choice === 'keep') return;
      for (const d of nearDates(c, ctx)) near.push({ x: nearFeatures(d, c.status, choice), y: d.date === g.date && g.dateBasis !== 'report' ? 'yes' : 'no' });
    });
  }
  return { ...model, near: train(near, ['no', 'yes'], s), nearThreshold: s.nearThreshold };
}

export function trainModel(input: Item[], s: Settings = SETTINGS): ContactModel {
  if (s.perMention) return trainPerMention([...input].sort((a, b) => a.t.id.localeCompare(b.t.id)), s);
  const sorted = [...input].sort((a, b) => a.t.id.localeCompare(b.t.id));
  const party = s.party ? train(partyData(sorted), ['no', 'yes'], s) : undefined;
  // The other decisions learn from the candidates as the party model leaves them, as they meet them.
  const items = party ? sorted.map((it) => ({ ...it, cands: decideParties(it.cands, it, party) })) : sorted;
  const keep: { x: Features; y: string }[] = [];
  const type: { x: Features; y: string }[] = [];
  const status: { x: Features; y: string }[] = [];
  const date: { x: Features; y: string }[] = [];
  for (const it of items) {
    const pairs = trainingPairs(it.t.contacts, it.cands);
    it.cands.forEach((c, i) => {
      const x = candidateFeatures(c, { text: it.t.text, refIso: it.refIso, leadEnd: it.leadEnd, count: it.cands.length });
      const g = pairs.get(i);
      keep.push({ x, y: g ? 'yes' : 'no' });
      if (!g) return;
      if (TYPES.includes(g.type)) type.push({ x, y: g.type });
      if (STATUSES.includes(g.status)) status.push({ x, y: g.status });
      const d = dateTarget(g, c, it.refIso);
      if (d) date.push({ x: { ...x, [`final:${finalStatus(g, c)}`]: 1 }, y: d });
    });
  }
  return {
    about: `Learned by scripts/train-contacts.ts from ${items.length} texts, the corpus's dev part and the project's construction tables (${keep.length} candidates). Do not edit: run npm run train:contacts.`,
    threshold: s.threshold,
    margin: s.margin,
    keepStatusOf: s.keepStatusOf,
    ...(party && { party }),
    keep: train(keep, ['no', 'yes'], s),
    type: train(type, TYPES, s),
    status: train(status, STATUSES, s),
    date: train(date, ['keep', 'report', 'none'], s),
  };
}

/**
 * The out-of-fold predictions of the dev part: each fold decided by a model trained on the others
 * (and the extra texts), with its raw keep probability as confidence. Folds as folds() deals them.
 */
export function outOfFold(items: Item[], k = 5, extra: Item[] = [], s: Settings = SETTINGS): TextResult[][] {
  const parts = folds(items, k);
  return parts.map((fold, i) => evaluateItems(fold, { ...trainModel([...parts.filter((_, j) => j !== i).flat(), ...extra], s), calibration: undefined }));
}

/**
 * Maps a raw keep probability to the share of such contacts that are real, fitted (Platt: a
 * logistic regression on the probability's logit) to out-of-fold predictions and whether each
 * matched a labelled contact.
 */
export function calibrationModel(results: TextResult[]): LogRegModel {
  const data: { x: Features; y: string }[] = [];
  for (const r of results) {
    const right = new Set(r.pairs.map((p) => p.pred));
    for (const p of r.predicted) data.push({ x: { lp: logit(p.confidence ?? 0.5) }, y: right.has(p) ? 'yes' : 'no' });
  }
  return train(data, ['no', 'yes'], { l2: 0, minCount: 1, steps: 600 });
}

export function calibrate(results: TextResult[]): (p: number) => number {
  const m = calibrationModel(results);
  return (p) => Math.round(predict(m, { lp: logit(p) })[1]! * 100) / 100;
}

/** The model npm run train:contacts ships: trained on dev and the constructions, calibrated out of fold. */
export function shippedModel(devTexts: (CorpusText & { text: string })[]): ContactModel {
  const extra = candidatesOf(loadConstructions());
  const dev = candidatesOf(devTexts);
  return { ...trainModel([...dev, ...extra]), calibration: calibrationModel(outOfFold(dev, 5, extra).flat()) };
}

function main(): void {
  const { texts, missing, lost } = partTexts('dev');
  if (missing.length) {
    console.error(`${missing.length} dev texts are not in the cache (npx tsx scripts/contacts-corpus.ts check); refusing to train on part of the corpus`);
    process.exit(1);
  }
  const model = shippedModel(texts);
  writeFileSync(MODEL_FILE, JSON.stringify(model) + '\n');
  const size = (m: { weights: Record<string, number[]> }) => Object.keys(m.weights).length;
  console.log(`${MODEL_FILE}: keep ${size(model.keep)}, type ${size(model.type)}, status ${size(model.status)}, date ${size(model.date)} features, from ${texts.length} dev texts (${lost.length} lost, lost.json) and ${loadConstructions().length} construction texts`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
