import { describe, expect, it } from 'vitest';
import { withoutThirdParties } from '@/lib/contacts/third-parties';
import type { ArticleContact, Participant } from '@/lib/contacts/types';

// The project's own sentences: a third country's person beside a US–Russia contact.
const person = (actorId: string, side: Participant['side']): Participant => ({ actorId, side, text: actorId });
const side = (s: Participant['side'], text: string): Participant => ({ actorId: null, side: s, text });
function contact(text: string, participants: Participant[]): ArticleContact {
  return {
    participants,
    sides: [...new Set(participants.map((p) => p.side))].sort(),
    type: 'phone_call', status: 'happened', date: null, endDate: null, datePrecision: null, place: null, confidence: 0.9,
    reportedBy: [], evidence: { start: 0, end: text.length, exact: text, prefix: '', suffix: '' }, mentions: [{ start: 0, end: text.length }],
  };
}
const ids = (c: ArticleContact) => c.participants.map((p) => p.actorId ?? p.side);

describe('a third country at a US–Russia contact', () => {
  it('a minister phoned after the call is not a party to it', () => {
    const text = 'Після розмови з Шойгу міністр оборони США Остін зателефонував і Резнікову.';
    const c = withoutThirdParties(contact(text, [person('lloyd-austin', 'US'), person('sergei-shoigu', 'RU'), person('oleksii-reznikov', 'UA')]), text);
    expect(ids(c)).toEqual(['lloyd-austin', 'sergei-shoigu']);
    expect(c.sides).toEqual(['RU', 'US']);
  });

  it('a three-way round keeps its third delegation', () => {
    const text = 'Умєров, Віткофф і Костюков провели тристоронню зустріч в Абу-Дабі.';
    const c = contact(text, [person('rustem-umerov', 'UA'), person('steve-witkoff', 'US'), person('igor-kostyukov', 'RU')]);
    expect(withoutThirdParties(c, text)).toBe(c);
  });

  it('countries named as the sides of a round stay', () => {
    const text = 'Переговоры между Украиной, США и Россией прошли в Женеве.';
    const c = contact(text, [side('UA', 'Украиной'), side('US', 'США'), side('RU', 'Россией')]);
    expect(withoutThirdParties(c, text)).toBe(c);
  });

  it('a candidate left with neither side is not rewritten', () => {
    const text = 'Кулеба говорил с Фиданом.';
    const c = contact(text, [person('dmytro-kuleba', 'UA'), person('hakan-fidan', 'other')]);
    expect(withoutThirdParties(c, text)).toBe(c);
  });
});
