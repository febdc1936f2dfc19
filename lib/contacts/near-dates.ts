/**
 * Dates told near a contact rather than in its own sentence: "Переговори тривали майже три
 * години" after "15 серпня в Анкориджі розпочалася зустріч", or a date in the sentence before the
 * one the rules read. On dev, of the contacts with a date of the text's own that came out wrong,
 * four in ten had it within two sentences of a mention. Each such date is a candidate; a small
 * model (trained by scripts/train-contacts.ts, weights in contact-model.json) weighs where it
 * stands (how many sentences away, before or after, in a sentence of another contact), its
 * precision, and whether it lies before or after the publication against the contact's status.
 * The decision (decide.ts) takes the best when the record has no date of the text's own.
 */
import type { Features } from '../ml/logreg';
import { findDates, type DatePrecision } from '../text/dates';
import type { ArticleContact } from './types';

export type NearDate = { date: string; endDate: string | null; precision: DatePrecision; x: Features };
export type NearContext = { norm: string; sentences: { start: number; end: number }[]; refIso: string; all: ArticleContact[] };

const REACH = 2;

function sentenceOf(sentences: NearContext['sentences'], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Before, on or after the publication day, at the date's own precision. */
function relation(date: string, refIso: string): 'past' | 'same' | 'future' {
  const ref = refIso.slice(0, date.length);
  return date < ref ? 'past' : date === ref ? 'same' : 'future';
}

/** The dates within two sentences of a record's mentions, other than its own, with what the model reads about each. */
export function nearDates(c: ArticleContact, ctx: NearContext): NearDate[] {
  const { norm, sentences, refIso, all } = ctx;
  if (!sentences.length || !refIso) return [];
  const ref = new Date(`${refIso}T00:00:00Z`);
  const mine = [...new Set(c.mentions.map((m) => sentenceOf(sentences, m.start)))];
  const others = new Set(all.filter((o) => o !== c).flatMap((o) => o.mentions.map((m) => sentenceOf(sentences, m.start))));
  // Only the sentences within reach of a mention: a record told at the top and the bottom of a
  // long article does not take every date in between.
  const near = new Set<number>();
  for (const m of mine) for (let s = Math.max(0, m - REACH); s <= Math.min(sentences.length - 1, m + REACH); s++) near.add(s);
  const out: NearDate[] = [];
  for (const s of [...near].sort((a, b) => a - b)) {
    const { start, end } = sentences[s]!;
    const found = findDates(norm, ref, start, end);
    found.forEach((d, k) => {
      if (d.date === c.date) return;
      const off = mine.reduce((best, m) => (Math.abs(s - m) < Math.abs(best) ? s - m : best), Infinity);
      const rel = relation(d.date, refIso);
      const prev = /(\p{L}+)\s*$/u.exec(norm.slice(Math.max(0, d.start - 24), d.start).toLowerCase())?.[1] ?? '';
      const x: Features = {
        near: 1,
        [`off:${off}`]: 1,
        [`prec:${d.precision}`]: 1,
        [`rel:${rel}`]: 1,
        [`rel:${rel}:${c.status}`]: 1,
        [`own:${!!c.date}`]: 1,
        [`type:${c.type}`]: 1,
        [`dates:${Math.min(found.length, 3)}`]: 1,
        ...(k === 0 && { first: 1 }),
        ...(others.has(s) && { [`other:${off === 0}`]: 1 }),
        ...(d.endDate && { range: 1 }),
        ...(prev && { [`pw:${prev}`]: 1 }),
      };
      out.push({ date: d.date, endDate: d.endDate, precision: d.precision, x });
    });
  }
  return out;
}
