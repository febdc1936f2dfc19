/** A sentence as a half-open [start, end) span of the text it was cut from. */
export type Span = { start: number; end: number };

// Abbreviations after which a full stop does not end a sentence.
const ABBREV = new Set(['т', 'д', 'п', 'ст', 'р', 'г', 'гг', 'рр', 'им', 'ім', 'тис', 'млн', 'млрд', 'див', 'см', 'напр', 'пор', 'проф', 'акад', 'вул', 'ул', 'пл', 'обл', 'грн', 'руб', 'дол', 'Mr', 'Dr', 'Ms', 'St']);

/**
 * Splits text into sentences: at . ! ? … followed by space and a capital or an opening quote,
 * between two Cyrillic words glued by a full stop, and at line breaks. A single capital before the dot is an initial ("С. Рябков"), not an end.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  // Also a full stop with no space after it between two Cyrillic words, the second capitalised
  // ("…беседы Путина и Бернса.Он добавил"): a sentence glued to the next by a typo or a lost
  // line break, common in pasted news text. Initials ("В.В.Путин") have a capital before the dot.
  const re = /\n|[.!?…]+["»”]?(?=\s+["«“„(\-–—]?[\p{Lu}\d])|(?<=[а-яіїєґё]{2})[.!?]+(?=[А-ЯІЇЄҐЁ][а-яіїєґё])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0] !== '\n' && m[0][0] === '.') {
      const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const word = before?.[1] ?? '';
      if ((word.length === 1 && word === word.toUpperCase()) || ABBREV.has(word)) continue;
    }
    push(m.index + m[0].length);
  }
  push(text.length);
  return out;
}
