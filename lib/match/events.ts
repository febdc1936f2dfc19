import type { PastEvent } from '../kb/types';
import type { Span } from '../text/sentences';
import type { Token } from '../text/tokens';

export type EventHit = { event: number; start: number; end: number };

type CueWord = { cue: number; word: number; prefix: string; lower: boolean };
type CueIndex = { cues: { event: number; words: string[] }[]; byKey: Map<string, CueWord[]>; keyLengths: number[]; years: CueWord[] };

/**
 * Per cue, the bitmask of its words seen in the current sentence and the span they cover, in
 * flat arrays reused from sentence to sentence: a cue counts as seen in this sentence when its
 * stamp is the sentence's, and `touched` lists the seen cues in the order they were first seen.
 */
class CueState {
  readonly mask: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly stamp: Int32Array;
  readonly touched: number[] = [];
  sentence = 0;

  constructor(cues: number) {
    this.mask = new Int32Array(cues);
    this.start = new Float64Array(cues);
    this.end = new Float64Array(cues);
    this.stamp = new Int32Array(cues);
  }

  /** Starts the next sentence with nothing seen. */
  next(): void {
    this.sentence++;
    this.touched.length = 0;
  }

  has(cue: number): boolean {
    return this.stamp[cue] === this.sentence;
  }

  mark(cw: CueWord, start: number, end: number): void {
    const c = cw.cue;
    if (this.stamp[c] !== this.sentence) {
      this.stamp[c] = this.sentence;
      this.mask[c] = 0;
      this.start[c] = Infinity;
      this.end[c] = -1;
      this.touched.push(c);
    }
    this.mask[c]! |= 1 << cw.word;
    this.start[c] = Math.min(this.start[c]!, start);
    this.end[c] = Math.max(this.end[c]!, end);
  }
}

const KEY = 3;
const NONE: CueWord[] = [];
const cache = new WeakMap<PastEvent[], CueIndex>();

/** Cue words indexed by their first letters (lower-cased), built once per event list. */
function indexCues(events: PastEvent[]): CueIndex {
  const hit = cache.get(events);
  if (hit) return hit;
  const idx: CueIndex = { cues: [], byKey: new Map(), keyLengths: [], years: [] };
  events.forEach((ev, event) => {
    for (const words of [...(ev.cues.uk ?? []), ...(ev.cues.ru ?? [])]) {
      if (!words.length) continue;
      const cue = idx.cues.push({ event, words }) - 1;
      words.forEach((prefix, word) => {
        const cw: CueWord = { cue, word, prefix, lower: prefix === prefix.toLowerCase() };
        if (/^\d+$/.test(prefix)) return void idx.years.push(cw);
        const key = prefix.slice(0, KEY).toLowerCase();
        if (!idx.keyLengths.includes(key.length)) idx.keyLengths.push(key.length);
        const list = idx.byKey.get(key) ?? [];
        list.push(cw);
        idx.byKey.set(key, list);
      });
    }
  });
  cache.set(events, idx);
  return idx;
}

/**
 * An earlier event is referred to where one sentence holds every word prefix of one of its
 * cues ("саміт" + "Женев"): a lower-case cue word matches at a sentence start too, a
 * capitalised one only as written; years are looked up in the text. The hit spans from the
 * first to the last cue word. Each token is looked up once, so the cost grows with the text,
 * not with text × cues.
 */
export function findEvents(norm: string, sentences: { span: Span; tokens: Token[] }[], events: PastEvent[]): EventHit[] {
  const idx = indexCues(events);
  const out: EventHit[] = [];
  // The cue words a word matches depend on the word alone: looked up once per distinct word of
  // the text (an article repeats its words), in the order the index lists them.
  const cueWords = new Map<string, CueWord[]>();
  const cuesOf = (text: string): CueWord[] => {
    let found = cueWords.get(text);
    if (found) return found;
    found = NONE;
    const lower = text.toLowerCase();
    for (const k of idx.keyLengths) {
      if (lower.length < k) continue;
      for (const cw of idx.byKey.get(lower.slice(0, k)) ?? NONE) {
        if ((cw.lower ? lower : text).startsWith(cw.prefix)) (found === NONE ? (found = []) : found).push(cw);
      }
    }
    cueWords.set(text, found);
    return found;
  };
  const seen = new CueState(idx.cues.length);
  const done = new Set<number>();
  for (const { span, tokens } of sentences) {
    if (!tokens.length) continue;
    seen.next();
    for (const t of tokens) for (const cw of cuesOf(t.text)) seen.mark(cw, t.start, t.end);
    if (!seen.touched.length) continue;
    // Within the sentence only: indexOf on the whole text would scan to its end for every miss.
    let sentence: string | null = null;
    for (const cw of idx.years) {
      if (!seen.has(cw.cue)) continue;
      sentence ??= norm.slice(span.start, span.end);
      const at = sentence.indexOf(cw.prefix);
      if (at >= 0) seen.mark(cw, span.start + at, span.start + at + cw.prefix.length);
    }
    done.clear();
    for (const cue of seen.touched) {
      const { event, words } = idx.cues[cue]!;
      if (done.has(event) || seen.mask[cue] !== (1 << words.length) - 1) continue;
      done.add(event);
      out.push({ event, start: seen.start[cue]!, end: seen.end[cue]! });
    }
  }
  return out;
}
