import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText, WORD_RE } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

/** The tokens as WORD_RE finds them: what the scanner in tokenize must reproduce exactly. */
function byRegex(text: string, from = 0, to = text.length) {
  const re = new RegExp(WORD_RE.source, 'gu');
  re.lastIndex = from;
  const out = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

describe('tokenize', () => {
  it.each([
    ["Зустріч Лаврова з Рубіо в Ер-Ріяді; з'явилися подробиці"],
    ['Café naïve coöperate Ǆemal ŉ ǅ'],
    ['«РИА Новости» — 12 000 ₴, №5 ²³ ½ ª º µ'],
    ["d'Artagnan '' ab'' 'cd' x'y'z ''a"],
    ['й (и + U+0306) and ӓ: й ӓ ҂ ҃ ҈ ԯ Ա'],
    ['𝐀𝐁𝐂 math letters, 😀 emoji, 𠀀 CJK Ext B, lone \ud800 high and \udc00 low'],
    ['日本語のテキスト 한국어 עברית العربية ελληνικά ΟΔΟΣ'],
    ['tabs\tand\nlines\u00a0and\u202fthin spaces'],
    [''],
    ["'"],
  ])('matches WORD_RE on %s', (text) => {
    expect(tokenize(text)).toEqual(byRegex(text));
  });

  it('stops at the first word starting at or after `to`, and lets the last one run past it', () => {
    const text = 'один два три чотири';
    expect(tokenize(text, 2, 6)).toEqual(byRegex(text, 2, 6));
    expect(tokenize(text, 5, 9).map((t) => t.text)).toEqual(['два']);
  });

  it('matches WORD_RE on every seed article, normalised, sentence by sentence', () => {
    const dir = join(import.meta.dirname, '../fixtures/seeds');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = normalizeText(readFileSync(join(dir, f), 'utf8'));
      expect(tokenize(text)).toEqual(byRegex(text));
      for (let at = 0; at < text.length; at += 97) expect(tokenize(text, at, at + 150)).toEqual(byRegex(text, at, at + 150));
    }
  });
});
