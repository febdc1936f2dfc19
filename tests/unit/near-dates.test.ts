import { describe, expect, it } from 'vitest';
import { nearDates } from '@/lib/contacts/near-dates';
import type { ArticleContact } from '@/lib/contacts/types';
import { splitSentences } from '@/lib/text/sentences';

// The project's own text: the date of a meeting told in the sentence before the one that reports it.
const text = 'Саміт запланували на 15 серпня. Зустріч Путіна і Трампа в Анкориджі тривала три години. Про це повідомили журналісти. Сторони не коментували її. Наступний раунд буде 1 вересня.';
const sentences = splitSentences(text);
const at = text.indexOf('Зустріч');
const record = (over: Partial<ArticleContact> = {}): ArticleContact => ({
  participants: [], sides: ['RU', 'US'], type: 'meeting', status: 'happened', date: null, endDate: null, datePrecision: null, place: 'Anchorage', confidence: 0.8,
  reportedBy: [], evidence: { start: at, end: at + 10, exact: 'Зустріч', prefix: '', suffix: '' }, mentions: [{ start: at, end: at + 10 }], ...over,
});

describe('dates told near a contact', () => {
  it('offers the dates within two sentences, with where they stand', () => {
    const got = nearDates(record(), { norm: text, sentences, refIso: '2025-08-16', all: [] });
    expect(got.map((d) => d.date)).toEqual(['2025-08-15']);
    expect(got[0]!.x['off:-1']).toBe(1);
    expect(got[0]!.x['rel:past:happened']).toBe(1);
  });

  it('leaves out the record’s own date and dates beyond reach', () => {
    expect(nearDates(record({ date: '2025-08-15' }), { norm: text, sentences, refIso: '2025-08-16', all: [] })).toEqual([]);
  });

  it('marks a date told in another contact’s sentence', () => {
    const other = record({ mentions: [{ start: 0, end: 10 }] });
    const got = nearDates(record(), { norm: text, sentences, refIso: '2025-08-16', all: [other] });
    expect(got[0]!.x['other:false']).toBe(1);
  });
});
