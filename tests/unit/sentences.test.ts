import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/text/sentences';

const cut = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

// The project's own sentences.
describe('splitSentences', () => {
  it('cuts at a full stop before a capital, and at line breaks', () => {
    expect(cut('Путін зустрівся з Віткоффом. Розмова тривала п’ять годин.\nУшаков це підтвердив.')).toEqual(['Путін зустрівся з Віткоффом.', 'Розмова тривала п’ять годин.', 'Ушаков це підтвердив.']);
  });
  it('keeps initials and abbreviations inside the sentence', () => {
    expect(cut('Про це заявив С. Рябков. Обговорили обмін, посольства тощо, див. заяву МЗС.')).toEqual(['Про це заявив С. Рябков.', 'Обговорили обмін, посольства тощо, див. заяву МЗС.']);
    expect(cut('В.В.Путин и Д.Трамп говорили по телефону.')).toHaveLength(1);
  });
  it('cuts two Cyrillic sentences glued by a full stop without a space', () => {
    expect(cut('Песков рассказал о беседе Путина и Бернса.Он добавил, что она была долгой.')).toEqual(['Песков рассказал о беседе Путина и Бернса.', 'Он добавил, что она была долгой.']);
  });
  it('leaves web addresses and Latin words whole', () => {
    expect(cut('Сайт Ria.Ru сообщил об этом.')).toHaveLength(1);
  });
});
