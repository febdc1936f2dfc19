/**
 * What the decision models read about one contact candidate: the rules' own reading (kind,
 * status, date, parties, how sure they were) and the words of the sentence that reports it.
 * Words enter as their first five letters, so case endings and aspect suffixes of one stem
 * (спростував / спростували, переговоры / переговорах) share a weight; a cue word the
 * training texts never showed weighs nothing.
 */
import { knownPast } from './known-past';
import type { Features } from '../ml/logreg';
import type { ArticleContact } from './types';

export type CandidateContext = {
  /** The article's text (offsets of evidence are into it). */
  text: string;
  /** Publication day as YYYY-MM-DD, or '' when unknown. */
  refIso: string;
  /** Where the article's first sentence ends: a title or lead reports the news itself. */
  leadEnd: number;
  /** How many candidates the article has. */
  count: number;
  /** All of the article's candidates, when the decisions see them together (a twin tells a second record). */
  all?: ArticleContact[];
};

const WORD = /\p{L}+/gu;
const stem = (w: string) => (w.length > 5 ? w.slice(0, 5) : w);
const bucket = (n: number, edges: number[]) => edges.findIndex((e) => n <= e) + 1 || edges.length + 1;

/** The words of a stretch of text as stems, lower case, ё as е. */
function stems(s: string): string[] {
  return (s.toLowerCase().replace(/ё/g, 'е').match(WORD) ?? []).map(stem);
}

export function candidateFeatures(c: ArticleContact, ctx: CandidateContext): Features {
  const x: Features = { bias: 1 };
  x[`rs:${c.status}`] = 1;
  x[`src:${c.origin ?? 'rules'}`] = 1;
  if (c.origin === 'sentence') {
    x[`src:sentence:${c.type}`] = 1;
    x[`src:sentence:named:${Math.min(4, c.participants.filter((p) => p.actorId).length)}`] = 1;
  }
  x[`rt:${c.type}`] = 1;
  x[`rs*rt:${c.status}:${c.type}`] = 1;
  // Why the rules gave that status: a cue word or the verb's tense is evidence, the default is not.
  x[`why:${c.statusCue ?? 'default'}`] = 1;
  x[`why*rs:${c.statusCue ?? 'default'}:${c.status}`] = 1;
  // The rules' confidence sums named sides, a status cue, a date and whether the contact was
  // told back; its buckets carry those.
  x[`conf:${Math.round(c.confidence * 20)}`] = 1;
  const named = c.participants.filter((p) => p.actorId);
  x[`named:${bucket(named.length, [0, 1, 2, 3])}`] = 1;
  const namedSides = new Set(named.map((p) => p.side));
  x[`namedUS:${namedSides.has('US')}`] = 1;
  x[`namedRU:${namedSides.has('RU')}`] = 1;
  x[`sides:${c.sides.length}`] = 1;
  if (c.sides.includes('UA')) x['side:UA'] = 1;
  if (c.reportedBy.length) x.media = 1;
  if (c.place) x.place = 1;
  x[`mentions:${bucket(c.mentions.length, [1, 2, 4])}`] = 1;
  x[`many:${bucket(ctx.count, [1, 2, 4, 8])}`] = 1;
  if (c.evidence.start < ctx.leadEnd) x.lead = 1;
  x[`pos:${bucket(c.evidence.start / Math.max(1, ctx.text.length), [0.1, 0.3, 0.6])}`] = 1;
  // The date the rules read, against the publication day.
  if (!c.date) x['date:none'] = 1;
  else {
    x[`prec:${c.datePrecision}`] = 1;
    if (ctx.refIso) {
      const day = c.date.length === 10 ? c.date : c.date.length === 7 ? `${c.date}-15` : `${c.date}-07-01`;
      const rel = day === ctx.refIso ? 'same' : day > ctx.refIso ? 'after' : Date.parse(ctx.refIso) - Date.parse(day) <= 8 * 86400000 ? 'week' : 'before';
      x[`date:${rel}`] = 1;
      x[`date:${rel}:${c.status}`] = 1;
    }
  }
  // Another record of the same people: the same contact told again, or an earlier or later one.
  if (ctx.all) {
    const key = named.map((p) => p.actorId).sort().join();
    const twins = ctx.all.filter((o) => o !== c && o.participants.filter((p) => p.actorId).map((p) => p.actorId).sort().join() === key && (key || o.sides.join() === c.sides.join()));
    if (twins.length) {
      x.twin = 1;
      x[`twin:before:${twins.some((o) => o.evidence.start < c.evidence.start)}`] = 1;
      x[`twin:dated:${!!c.date}:${twins.some((o) => !!o.date)}`] = 1;
      x[`twin:status:${c.status}:${twins.some((o) => o.status === c.status)}`] = 1;
      if (twins.some((o) => o.type === c.type)) x['twin:type'] = 1;
    }
  }
  // An earlier contact the knowledge base holds, recalled: not the news of the day.
  const past = knownPast(c, ctx.refIso);
  if (past) {
    x[`kbPast:${past}`] = 1;
    x[`kbPast:${c.status}`] = 1;
  }
  const sentence = ctx.text.slice(c.evidence.start, c.evidence.end);
  if (/["«»“”„]/.test(sentence)) x.quote = 1;
  if (/\?/.test(sentence)) x.question = 1;
  const words = stems(sentence);
  if (words[0]) x[`first:${words[0]}`] = 1;
  // The words that govern the contact word: "о подготовке разговора", "возможность встречи".
  const [g2, g1] = c.governors ?? [];
  if (g1) x[`gov1:${g1.slice(0, 5)}`] = 1;
  if (g2) x[`gov2:${g2.slice(0, 5)}`] = 1;
  for (const w of new Set(words)) x[`w:${w}`] = 1;
  // Word pairs catch negation and modality next to their verb ("не було", "може відбутися").
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === 'не' || words[i] === 'ни' || words[i] === 'ні') x[`neg:${words[i + 1]}`] = 1;
  return x;
}
