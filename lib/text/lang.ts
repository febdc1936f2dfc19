export type Lang = 'uk' | 'ru' | 'en';

// Letters one language has and the other lacks, and frequent function words: together they
// tell Ukrainian from Russian on a paragraph, even when the page's <html lang> is wrong.
const UK_ONLY = /[іїєґІЇЄҐ]/g;
const RU_ONLY = /[ыэъёЫЭЪЁ]/g;
const UK_WORDS = new Set(['і', 'що', 'це', 'від', 'як', 'та', 'для', 'після', 'також', 'його', 'який', 'яка', 'які', 'щодо', 'вже', 'було', 'буде', 'має', 'зі', 'із']);
const RU_WORDS = new Set(['и', 'что', 'это', 'от', 'как', 'для', 'после', 'также', 'его', 'который', 'которая', 'которые', 'уже', 'было', 'будет', 'имеет', 'со', 'из', 'не', 'он']);

/**
 * Guesses the language of a text from its letters and function words. Looks at the first
 * 20,000 characters only: that is plenty to decide and keeps huge pages cheap.
 */
export function detectLang(text: string): Lang | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const cyr = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
  const lat = (sample.match(/[a-zA-Z]/g) ?? []).length;
  if (cyr + lat < 20) return null;
  if (lat > cyr * 2) return 'en';
  let uk = (sample.match(UK_ONLY) ?? []).length * 2;
  let ru = (sample.match(RU_ONLY) ?? []).length * 2;
  for (const w of sample.toLowerCase().match(/[\u0400-\u04ff']+/g) ?? []) {
    if (UK_WORDS.has(w)) uk += 1;
    else if (RU_WORDS.has(w)) ru += 1;
  }
  if (uk === 0 && ru === 0) return null;
  return uk >= ru ? 'uk' : 'ru';
}
