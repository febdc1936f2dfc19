import type { ContactType, Side } from '../kb/types';
import { ABOUT, BACKCHANNEL, DESCRIPTOR, REMOTE, SIDE_WORDS, SPEECH, TRIGGERS } from './lexicon';

/**
 * One distinct word of a text. Every token is asked whether it names a contact, so that is
 * answered at once; the rest (`infoOf`) is worked out the first time a rule asks, which happens
 * only in sentences that name a contact.
 */
export type Word = { text: string; lower: string; trigger: ContactType | null; info: WordInfo | null };
/** What the rules ask of a word in a sentence that names a contact. */
export type WordInfo = {
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

/** The rest of what the rules ask of a word, worked out once. */
export function infoOf(w: Word): WordInfo {
  return (w.info ??= {
    side: sideOfWord(w.text),
    speech: SPEECH.test(w.lower),
    about: ABOUT.test(w.lower),
    descriptor: DESCRIPTOR.test(w.lower),
    backchannel: BACKCHANNEL.test(w.lower),
    remote: REMOTE.test(w.lower),
  });
}

/**
 * The words of one text, each classified once: an article repeats its words, so the regexes
 * and the lower-casing run per distinct word instead of per token and per rule that asks.
 * Made per extraction: memory stays bounded by one article's vocabulary.
 */
export function wordTable(): (text: string) => Word {
  const words = new Map<string, Word>();
  return (text) => {
    let w = words.get(text);
    if (!w) {
      const lower = text.toLowerCase();
      w = { text, lower, trigger: triggerOf(lower), info: null };
      words.set(text, w);
    }
    return w;
  };
}
