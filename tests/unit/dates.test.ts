import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATE_RULES, findDates } from '@/lib/text/dates';

const REF = new Date(Date.UTC(2025, 11, 23)); // Tuesday 23 December 2025
const first = (text: string, ref: Date | null = REF) => {
  const h = findDates(text, ref)[0];
  return h ? { date: h.date, endDate: h.endDate, precision: h.precision, span: text.slice(h.start, h.end) } : null;
};

describe('findDates', () => {
  it.each([
    ['18 лютого 2025 року', '2025-02-18', null, 'day'],
    ['18 февраля 2025 года', '2025-02-18', null, 'day'],
    ['20.01.2025', '2025-01-20', null, 'day'],
    ['24 жовтня зробив заяву', '2025-10-24', null, 'day'],
    ['9–10 января', '2026-01-09', '2026-01-10', 'day'],
    ['с 10 по 12 февраля', '2026-02-10', '2026-02-12', 'day'],
    ['у листопаді 2024 року', '2024-11', null, 'month'],
    ['в ноябре 2024 года', '2024-11', null, 'month'],
    ['на початку весни 2026 року', '2026-03', null, 'month'],
    ['весной 2026 года', '2026-03', '2026-05', 'month'],
    ['в 2021 году', '2021', null, 'year'],
    ['у 2023–2024 роках', '2023', '2024', 'year'],
    ['до кінця нинішнього року', '2025', '2025-12-31', 'year'],
    ['вчора', '2025-12-22', null, 'day'],
    ['позавчера', '2025-12-21', null, 'day'],
    ['3 дня назад', '2025-12-20', null, 'day'],
    ['минулого тижня', '2025-12-15', '2025-12-21', 'week'],
    ['на следующей неделе', '2025-12-29', '2026-01-04', 'week'],
    ["у п'ятницю", '2025-12-19', null, 'day'],
    ['в прошлый вторник', '2025-12-16', null, 'day'],
    ['минулого року', '2024', null, 'year'],
    // A month without its year: the one nearest the publication day (23 December 2025).
    ['зустрічалися у липні', '2025-07', null, 'month'],
    ['в конце июня обсудили', '2025-06', null, 'month'],
    ['саміт у січні', '2026-01', null, 'month'],
    ['итоги июньского саммита', '2025-06', null, 'month'],
    ['в прошлом месяце', '2025-11', null, 'month'],
    ['в конце прошлого года', '2024', null, 'year'],
  ])('%s', (text, date, endDate, precision) => {
    expect(first(text)).toMatchObject({ date, endDate, precision });
  });

  it('reads "з неділі" as that weekday, and "пів години тому" as the day of publication', () => {
    const friday = new Date(Date.UTC(2026, 0, 23));
    expect(first('раунд з неділі', friday)?.date).toBe('2026-01-18');
    expect(first('без неділі', friday)).toBeNull();
    expect(first('розмова відбулась пів години тому', friday)?.date).toBe('2026-01-23');
    expect(first('полчаса назад', friday)?.date).toBe('2026-01-23');
  });

  it('drops a weekday that only names the day an explicit date beside it gives', () => {
    const hits = (t: string) => findDates(t, REF).map((h) => h.date);
    expect(hits('у четвер, 18 грудня')).toEqual(['2025-12-18']);
    expect(hits('18 декабря (в четверг)')).toEqual(['2025-12-18']);
    // Apart, they are two dates.
    expect(hits('у четвер сказав, що 25 грудня')).toHaveLength(2);
  });

  it('resolves against the publication date, not today', () => {
    expect(first('вчера', new Date(Date.UTC(2021, 11, 2)))?.date).toBe('2021-12-01');
  });

  it('without a publication date keeps only dates that carry their year', () => {
    expect(first('вчора', null)).toBeNull();
    expect(first('24 жовтня', null)).toBeNull();
    expect(first('18 лютого 2025 року', null)?.date).toBe('2025-02-18');
  });
});

describe('date rules', () => {
  // Each rule is skipped on text that fails its `need`: that must never skip a match. Every
  // match the rule's expression makes, on the cases above and on the seed articles, must pass.
  const seeds = join(import.meta.dirname, '../fixtures/seeds');
  const texts = [
    ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8')),
    '18 лютого 2025 року, 20.01.2025, 9–10 января, с 10 по 12 февраля, у листопаді 2024 року, в ноябре 2024 года',
    'на початку весни 2026 року, весной 2026 года, влітку, навесні, восени, взимку, летом, осенью, зимой, осінь, зими',
    'в 2021 году, у 2023–2024 роках, до кінця нинішнього року, до конца 2025 года, в начале этого года',
    'вчора, позавчера, післязавтра, сьогодні, 3 дня назад, два дні тому, несколько дней назад',
    'минулого тижня, на следующей неделе, наступного місяця, в прошлом месяце, торік, в следующем году, цього року',
    "у п'ятницю, в прошлый вторник, у минулу середу, в следующий четверг, в воскресенье, у неділю, в субботу",
    'з неділі, с понедельника, до середи, пів години тому, полчаса назад, два часа назад',
    'у липні, в конце июня, в начале мая, до кінця березня, июньского саммита, липневої зустрічі, в минулому місяці, прошлого года',
  ].map((t) => t.toLowerCase());

  it.each(DATE_RULES.map((r, i) => [i, r] as const))('rule %i: every match passes its need', (_, rule) => {
    let matches = 0;
    for (const text of texts) {
      for (const m of text.matchAll(new RegExp(rule.re.source, 'gu'))) {
        matches++;
        expect(rule.need.test(m[0]), m[0]).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(0);
  });
});

describe('months without a year', () => {
  it('are no month when the word is something else or a day comes with them', () => {
    expect(first('маєток у Травневому')).toBeNull();
    expect(first('в майонезі')).toBeNull();
    expect(first('у липні 2024 року')).toMatchObject({ date: '2024-07', precision: 'month' });
    expect(first('15 липня')).toMatchObject({ date: '2025-07-15', precision: 'day' });
  });
});
