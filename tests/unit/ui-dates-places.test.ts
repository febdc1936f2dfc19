import { describe, expect, it } from 'vitest';
import { formatDate, formatSpan, parseDate } from '@/lib/ui/dates';
import { countryLabel, partyPlace, placeLabel, storedPlace } from '@/lib/ui/places';
import { partiesLabel, recentLabel } from '@/lib/ui/format';

describe('dates in the reader\'s format', () => {
  it.each([
    ['2022-11-14', 'en', '2022-11-14'], ['2022-11-14', 'uk', '14.11.2022'], ['2022-11-14', 'ru', '14.11.2022'],
    ['2022-11', 'uk', '11.2022'], ['2022', 'ru', '2022'], ['2025-02-10T08:00:00Z', 'uk', '10.02.2025'],
  ] as const)('%s in %s → %s', (iso, lang, shown) => expect(formatDate(iso, lang)).toBe(shown));

  it('reads back what it shows, in every language, and ISO everywhere', () => {
    for (const iso of ['2022-11-14', '2022-11', '2022'])
      for (const lang of ['en', 'uk', 'ru'] as const) expect(parseDate(formatDate(iso, lang))).toBe(iso);
    expect(parseDate('1.2.2024')).toBe('2024-02-01');
    expect(parseDate('2024-2-1')).toBe('2024-02-01');
    expect(parseDate('  ')).toBe('');
  });

  it.each(['31.02.2024', '2024-13', '14.11', 'yesterday', '11/14/2022', '0999'])('refuses %s', (s) => expect(parseDate(s)).toBeNull());

  it('spans two dates, one when they are the same', () => {
    expect(formatSpan('2024-11', '2025-02', 'uk')).toBe('11.2024 – 02.2025');
    expect(formatSpan('2024-11', '2024-11', 'en')).toBe('2024-11');
  });
});

describe('places, countries and sides in the reader\'s language', () => {
  it('names a stored place in each language, and keeps one it does not know as typed', () => {
    expect(placeLabel('Geneva', 'uk')).toBe('Женева');
    expect(placeLabel('Riyadh', 'ru')).toBe('Эр-Рияд');
    expect(placeLabel('Anchorage', 'uk')).toBe('Анкоридж');
    expect(placeLabel('New Delhi', 'ru')).toBe('Нью-Дели');
    expect(placeLabel('Geneva', 'en')).toBe('Geneva');
    expect(placeLabel('Valletta', 'uk')).toBe('Valletta');
  });

  it('stores a known place by its English name, whatever language it is typed in', () => {
    expect(storedPlace('Женева')).toBe('Geneva');
    expect(storedPlace(' стамбул ')).toBe('Istanbul');
    expect(storedPlace('Valletta')).toBe('Valletta');
  });

  it('names countries', () => {
    expect(countryLabel('US', 'uk')).toBe('США');
    expect(countryLabel('RU', 'en')).toBe('Russia');
    expect(countryLabel('DE', 'ru')).toBe('Германия');
    expect(countryLabel('INT', 'uk')).toBe('міжнародна');
  });

  it("labels a side told by a place in the reader's language, not the article's or the extractor's", () => {
    const byId = new Map();
    const parties = [{ actorId: null, side: 'US', text: 'United States' }, { actorId: null, side: 'RU', text: 'Moscow' }] as never;
    expect(partiesLabel(parties, byId, 'uk')).toBe('сторона США · російська сторона (Москва)');
    expect(partyPlace({ side: 'RU', text: 'Росії' }, 'en')).toEqual({ own: true });
    expect(partyPlace({ side: 'US', text: 'Кремль' }, 'en')).toBeNull();
  });

  it('writes an actor\'s recent contact in the reader\'s language', () => {
    const c = { date: '2022-11-06', reported: null, with: 'Юрій Ушаков', type: 'backchannel', status: 'planned' };
    expect(recentLabel(c, 'uk')).toBe('06.11.2022 · Юрій Ушаков · Неофіційний канал (запланований)');
    expect(recentLabel({ ...c, date: null, reported: '2025-02-10', status: 'happened' }, 'en')).toBe('reported 2025-02-10 · Юрій Ушаков · Back channel');
  });
});
