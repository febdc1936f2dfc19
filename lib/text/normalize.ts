/**
 * Length-preserving normalisation: every change maps one UTF-16 unit to one, so an offset
 * into the normalised text is an offset into the original. Matching runs on this form;
 * offsets reported to the user point into the original.
 */
const MAP: Record<string, string> = {
  'ё': 'е',
  'Ё': 'Е',
  '’': "'",
  'ʼ': "'",
  '‘': "'",
  '`': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u00ad': ' ', // soft hyphen: sites insert it inside long surnames
};
const RE = /[ёЁ’ʼ‘`\u00a0\u202f\u2009\u00ad]/g;

export function normalizeText(s: string): string {
  return s.replace(RE, (c) => MAP[c] ?? c);
}

/** A word as the matcher sees it: letters, with apostrophes inside (Ukrainian з'явитися). */
export const WORD_RE = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;

export function isUpperInitial(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
