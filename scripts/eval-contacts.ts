/**
 * Measures contact extraction on the hand-labelled real news texts in
 * tests/fixtures/contacts-eval/ (labels.json says how they were labelled).
 *
 *   npx tsx scripts/eval-contacts.ts [--verbose]      (or: npm run eval:contacts -- --verbose)
 *
 * Each text goes through the CLI's own pipeline (lib/annotate.ts) with its publication date and
 * language. A predicted contact matches a gold one when
 *  - the parties agree: the same unordered set of actor ids, or, when the gold contact names
 *    nobody, a prediction naming nobody with the same sides;
 *  - the types are compatible as the history's merge decides (lib/history/merge.ts
 *    typesCompatible: a meeting, talks and consultations are one sit-down; "other" fits any).
 * Pairs are taken greedily, those agreeing on more (type, status, date) first, one to one.
 * Precision, recall and F1 count matches; status and date accuracy are over matched pairs
 * (a date is right when both give the same ISO string or both give none).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotate } from '../lib/annotate';
import type { FoundContact } from '../lib/analyze';
import { typesCompatible } from '../lib/history/merge';
import { bundledKb } from '../lib/kb/index';
import type { Lang } from '../lib/text/lang';

export type GoldContact = {
  participants: string[];
  sides: string[];
  type: string;
  status: string;
  date: string | null;
  endDate?: string | null;
  datePrecision: string | null;
  place: string | null;
  note: string;
  /** Why a label was changed after the first run (labels.json about.corrected). */
  corrected?: string;
};
export type GoldText = { file: string; url: string; site: string; lang: Lang; published: string; contacts: GoldContact[] };
export type Labels = { about: unknown; texts: GoldText[] };

/** The fields of a prediction the evaluation looks at, with the sentence that gave it. */
export type Predicted = Pick<FoundContact, 'participants' | 'sides' | 'type' | 'status' | 'date' | 'place'> & { evidence: string };
export type Pair = { gold: GoldContact; pred: Predicted };
export type TextResult = { file: string; lang: Lang; pairs: Pair[]; misses: GoldContact[]; falseHits: Predicted[]; predicted: Predicted[] };
export type Score = {
  texts: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  statusAccuracy: number;
  dateAccuracy: number;
  placeAccuracy: number;
};

export const EVAL_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'contacts-eval');

const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

/** Whether a prediction names the same parties as a gold contact. */
export function partiesAgree(gold: Pick<GoldContact, 'participants' | 'sides'>, pred: Pick<Predicted, 'participants' | 'sides'>): boolean {
  if (gold.participants.length) return sameSet(gold.participants, pred.participants);
  return !pred.participants.length && sameSet(gold.sides, pred.sides);
}

/** One-to-one matching of one text's predictions to its gold contacts. */
export function matchContacts(gold: GoldContact[], preds: Predicted[]): { pairs: Pair[]; misses: GoldContact[]; falseHits: Predicted[] } {
  const cands: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      if (!partiesAgree(g, p) || !typesCompatible(g.type, p.type)) return;
      const score = (g.type === p.type ? 1 : 0) + (g.status === p.status ? 2 : 0) + (g.date === p.date ? 1 : 0);
      cands.push({ g: gi, p: pi, score });
    }),
  );
  cands.sort((a, b) => b.score - a.score);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push({ gold: gold[c.g]!, pred: preds[c.p]! });
  }
  return { pairs, misses: gold.filter((_, i) => !usedG.has(i)), falseHits: preds.filter((_, i) => !usedP.has(i)) };
}

const ratio = (a: number, b: number) => (b ? a / b : 1);

export function score(results: TextResult[]): Score {
  const matched = results.reduce((n, r) => n + r.pairs.length, 0);
  const gold = matched + results.reduce((n, r) => n + r.misses.length, 0);
  const predicted = matched + results.reduce((n, r) => n + r.falseHits.length, 0);
  const pairs = results.flatMap((r) => r.pairs);
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return {
    texts: results.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    statusAccuracy: ratio(pairs.filter((p) => p.gold.status === p.pred.status).length, pairs.length),
    dateAccuracy: ratio(pairs.filter((p) => p.gold.date === p.pred.date).length, pairs.length),
    placeAccuracy: ratio(pairs.filter((p) => p.gold.place === p.pred.place).length, pairs.length),
  };
}

export function loadLabels(dir = EVAL_DIR): Labels {
  return JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
}

/** Runs the CLI pipeline on every labelled text and matches its contacts to the labels. */
export function evaluateContacts(dir = EVAL_DIR): TextResult[] {
  const kb = bundledKb();
  const noHtml = (): Document => {
    throw new Error('the evaluation reads text files only');
  };
  return loadLabels(dir).texts.map((t) => {
    const text = readFileSync(join(dir, t.file), 'utf8');
    const a = annotate({ id: t.file, text, published: t.published, lang: t.lang }, kb, noHtml);
    const preds: Predicted[] = a.contacts.map((c) => ({
      participants: c.participants,
      sides: c.sides,
      type: c.type,
      status: c.status,
      date: c.date,
      place: c.place,
      evidence: c.evidence.exact,
    }));
    return { file: t.file, lang: t.lang, predicted: preds, ...matchContacts(t.contacts, preds) };
  });
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const who = (c: { participants: string[]; sides: string[] }) => (c.participants.length ? c.participants.join('+') : `sides ${c.sides.join('+')}`);
const facts = (c: { type: string; status: string; date: string | null; place: string | null }) => `${c.type}/${c.status} ${c.date ?? '-'} ${c.place ?? ''}`.trim();

function row(name: string, s: Score): string {
  return `| ${name} | ${s.texts} | ${s.gold} | ${s.predicted} | ${s.matched} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.statusAccuracy)} | ${pct(s.dateAccuracy)} | ${pct(s.placeAccuracy)} |`;
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const results = evaluateContacts();
  console.log('| set | texts | gold | predicted | matched | precision | recall | F1 | status | date | place |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const lang of ['uk', 'ru'] as const) console.log(row(lang, score(results.filter((r) => r.lang === lang))));
  console.log(row('all', score(results)));
  console.log('\nMisses (gold not found):');
  for (const r of results)
    for (const g of r.misses) {
      console.log(`  ${r.file}: ${who(g)} ${facts(g)} — ${g.note}`);
      if (!verbose) continue;
      // The gold contact has no sentence of its own: show what the extractor made of the
      // sentences about the same people (or sides), which is where the miss comes from.
      const near = r.predicted.filter((p) => (g.participants.length ? p.participants.some((a) => g.participants.includes(a)) : !p.participants.length && sameSet(g.sides, p.sides)));
      for (const p of near) console.log(`      nearest: ${who(p)} ${facts(p)}\n        «${p.evidence}»`);
      if (!near.length) console.log('      (no prediction names any of these parties)');
    }
  console.log('\nFalse hits (predicted, not in gold):');
  for (const r of results) for (const p of r.falseHits) console.log(`  ${r.file}: ${who(p)} ${facts(p)}${verbose ? `\n      «${p.evidence}»` : ''}`);
  console.log('\nMatched with a wrong status or date:');
  for (const r of results)
    for (const { gold, pred } of r.pairs)
      if (gold.status !== pred.status || gold.date !== pred.date) console.log(`  ${r.file}: ${who(gold)} gold ${facts(gold)} | got ${facts(pred)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
