/**
 * Who takes part in a contact, decided per person: every known actor named in the sentences that
 * report the contact (and the sentence after, where delegations are listed) is a candidate party,
 * and a learned model weighs what surrounds each mention (the words before and after it, its case
 * ending, whether the rules took it, how often the text names it) to say whether that actor sits
 * at the table or only speaks of, qualifies or comments on the contact.
 */
import type { Side } from '../kb/types';
import type { Features } from '../ml/logreg';
import type { ArticleContact, Participant } from './types';

/** A known actor's mention, as the decisions read it. */
export type HitRef = { id: string; side: Side; kind: string; start: number; end: number };

export type PartyCandidate = { id: string; side: Side; kind: string; mentions: HitRef[]; where: 'evidence' | 'mention' | 'next' };

const WORD = /\p{L}+/gu;
const stem = (w: string) => (w.length > 5 ? w.slice(0, 5) : w);

/** The actors a contact's sentences name, each once, with where they are named. */
export function partyCandidates(c: ArticleContact, sentences: { start: number; end: number }[], hits: HitRef[]): PartyCandidate[] {
  const spans: { start: number; end: number; where: PartyCandidate['where'] }[] = [{ ...c.evidence, where: 'evidence' }];
  for (const m of c.mentions) if (m.start !== c.evidence.start) spans.push({ ...m, where: 'mention' });
  const next = sentences.find((s) => s.start >= c.evidence.end);
  if (next) spans.push({ ...next, where: 'next' });
  const out = new Map<string, PartyCandidate>();
  for (const s of spans)
    for (const h of hits) {
      if (h.start < s.start || h.end > s.end || h.kind === 'media') continue;
      const o = out.get(h.id);
      if (o) o.mentions.push(h);
      else out.set(h.id, { id: h.id, side: h.side, kind: h.kind, mentions: [h], where: s.where });
    }
  return [...out.values()];
}

function around(text: string, h: HitRef): { before: string[]; after: string[]; form: string } {
  const before = (text.slice(Math.max(0, h.start - 60), h.start).toLowerCase().match(WORD) ?? []).slice(-3).map(stem);
  const after = (text.slice(h.end, h.end + 60).toLowerCase().match(WORD) ?? []).slice(0, 3).map(stem);
  const form = text.slice(h.start, h.end).toLowerCase();
  return { before, after, form };
}

export function partyFeatures(c: ArticleContact, p: PartyCandidate, text: string, timesInText: number): Features {
  const x: Features = { bias: 1 };
  const ruled = c.participants.some((q) => q.actorId === p.id);
  x[`ruled:${ruled}`] = 1;
  x[`where:${p.where}`] = 1;
  x[`kind:${p.kind}`] = 1;
  x[`side:${p.side}`] = 1;
  x[`ruled:${ruled}:where:${p.where}`] = 1;
  x[`others:${c.participants.filter((q) => q.actorId && q.side === p.side && q.actorId !== p.id).length > 0}`] = 1;
  x[`times:${Math.min(timesInText, 4)}`] = 1;
  x[`type:${c.type}`] = 1;
  const h = p.mentions[0]!;
  const { before, after, form } = around(text, h);
  x[`end2:${form.slice(-2)}`] = 1;
  x[`end1:${form.slice(-1)}`] = 1;
  before.forEach((w, i) => {
    x[`b:${w}`] = 1;
    if (i === before.length - 1) x[`b1:${w}`] = 1;
  });
  after.forEach((w, i) => {
    x[`a:${w}`] = 1;
    if (i === 0) x[`a1:${w}`] = 1;
  });
  // "— Песков", "сказал Ушаков": a name right after a dash or quote closing is the speaker.
  const prev = text.slice(Math.max(0, h.start - 3), h.start);
  if (/[—–-]\s*$/.test(prev)) x.dash = 1;
  if (/[»"”]\s*,?\s*$/.test(text.slice(Math.max(0, h.start - 30), h.start).replace(/\p{L}+\s*$/u, ''))) x.afterQuote = 1;
  if (/\(/.test(text.slice(Math.max(0, h.start - 2), h.start))) x.paren = 1;
  return x;
}

/** The contact with the parties a decision kept; null when they no longer span both sides. */
export function withParties(c: ArticleContact, keep: PartyCandidate[], text: string): ArticleContact | null {
  const named: Participant[] = keep.map((p) => ({ actorId: p.id, side: p.side, text: text.slice(p.mentions[0]!.start, p.mentions[0]!.end) }));
  const namedSides = new Set(named.map((p) => p.side));
  // A side the rules found without a person ("американська делегація") stays unless someone of it is named.
  const unnamed = c.participants.filter((p) => !p.actorId && !namedSides.has(p.side));
  const participants = [...named, ...unnamed];
  const sides = [...new Set(participants.map((p) => p.side))].sort();
  if (!sides.includes('US') || !sides.includes('RU')) return null;
  return { ...c, participants, sides };
}
