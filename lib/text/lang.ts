export type Lang = 'uk' | 'ru' | 'en';

// Letters one language has and the other lacks, and frequent function words: together they
// tell Ukrainian from Russian on a paragraph, even when the page's <html lang> is wrong.
const UK_LETTERS = new Set([...'іїєґІЇЄҐ'].map((c) => c.charCodeAt(0)));
const RU_LETTERS = new Set([...'ыэъёЫЭЪЁ'].map((c) => c.charCodeAt(0)));
const UK_WORDS = new Set(['і', 'що', 'це', 'від', 'як', 'та', 'для', 'після', 'також', 'його', 'який', 'яка', 'які', 'щодо', 'вже', 'було', 'буде', 'має', 'зі', 'із']);
const RU_WORDS = new Set(['и', 'что', 'это', 'от', 'как', 'для', 'после', 'также', 'его', 'который', 'которая', 'которые', 'уже', 'было', 'будет', 'имеет', 'со', 'из', 'не', 'он']);

/**
 * Guesses the language of a text from its letters and function words. Looks at the first
 * 20,000 characters only: that is plenty to decide and keeps huge pages cheap.
 */
export function detectLang(text: string): Lang | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  // Counted in one pass over the character codes: matching each class with /g made an array
  // of one-letter strings per class, as long as the text.
  let cyr = 0;
  let lat = 0;
  let uk = 0;
  let ru = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      if (UK_LETTERS.has(c)) uk += 2;
      else if (RU_LETTERS.has(c)) ru += 2;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) lat++;
  }
  if (cyr + lat < 20) return null;
  if (lat > cyr * 2) return 'en';
  for (const w of sample.toLowerCase().match(/[\u0400-\u04ff']+/g) ?? []) {
    if (UK_WORDS.has(w)) uk += 1;
    else if (RU_WORDS.has(w)) ru += 1;
  }
  if (uk === 0 && ru === 0) return null;
  return uk >= ru ? 'uk' : 'ru';
}
