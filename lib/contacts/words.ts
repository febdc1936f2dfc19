import type { ContactType, Side } from '../kb/types';
import { ABOUT, BACKCHANNEL, DESCRIPTOR, REMOTE, SIDE_WORDS, SPEECH, TRIGGERS } from './lexicon';

/** What every word is asked: whether it names a contact (most words are asked nothing else). */
export type Word = { lower: string; trigger: ContactType | null };
/** What the rules ask of a word in a sentence that names a contact. */
export type WordInfo = Word & {
  side: Side | null;
  speech: boolean;
  about: boolean;
  descriptor: boolean;
  backchannel: boolean;
  remote: boolean;
};

// All trigger stems in one expression, a group per trigger: one test per word instead of seven.
const TRIGGER_RE = new RegExp(TRIGGERS.map((t) => `(${t.re.source.replace(/^\^/, '')})`).join('|').replace(/^/, '^(?:') + ')');
const TRIGGER_GROUPS = (() => {
  // The group number that opens each trigger's alternative (nested groups shift the count).
  const starts: number[] = [];
  let g = 1;
  for (const t of TRIGGERS) {
    starts.push(g);
    g += 1 + (t.re.source.match(/\((?!\?)/g) ?? []).length;
  }
  return starts;
})();

/** The contact type a lower-cased word's stem names, or null. */
export function triggerOf(lower: string): ContactType | null {
  const m = TRIGGER_RE.exec(lower);
  if (!m) return null;
  for (let k = 0; k < TRIGGERS.length; k++) if (m[TRIGGER_GROUPS[k]!] !== undefined) return TRIGGERS[k]!.type;
  return null;
}

function sideOfWord(text: string): Side | null {
  for (const [re, side] of SIDE_WORDS) if (re.test(text)) return side;
  return null;
}

/**
 * Tables of the words of one text, each word classified once: an article repeats its words, so
 * the regexes and the lower-casing run per distinct word instead of per token and per rule that
 * asks. `word` answers the cheap question every token is asked; `info` the rest, asked only in
 * sentences that name a contact. Made per extraction: memory stays bounded by one article.
 */
export function wordTables(): { word: (text: string) => Word; info: (text: string) => WordInfo } {
  const words = new Map<string, Word>();
  const infos = new Map<string, WordInfo>();
  const word = (text: string): Word => {
    let w = words.get(text);
    if (!w) {
      const lower = text.toLowerCase();
      w = { lower, trigger: triggerOf(lower) };
      words.set(text, w);
    }
    return w;
  };
  const info = (text: string): WordInfo => {
    let w = infos.get(text);
    if (!w) {
      const { lower, trigger } = word(text);
      w = {
        lower,
        trigger,
        side: sideOfWord(text),
        speech: SPEECH.test(lower),
        about: ABOUT.test(lower),
        descriptor: DESCRIPTOR.test(lower),
        backchannel: BACKCHANNEL.test(lower),
        remote: REMOTE.test(lower),
      };
      infos.set(text, w);
    }
    return w;
  };
  return { word, info };
}
