import { describe, expect, it } from 'vitest';
import { bundledKb } from '@/lib/kb/index';
import { foldLine, icalText, toICalendar, unfold } from '@/lib/publish/ical';
import { HOSTILE, record, source } from '../support/publish';

const { byId } = bundledKb();
const NOW = new Date('2026-12-10T12:34:56.789Z');

/** A TEXT value back from its escaped form (the reader's side of RFC 5545 3.3.11). */
const unescape = (s: string) => s.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** The unfolded properties of each VEVENT, by name (parameters dropped). */
function events(text: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let inside = false;
  for (const line of unfold(text).split('\r\n')) {
    if (line === 'BEGIN:VEVENT' || line === 'END:VEVENT') {
      inside = line === 'BEGIN:VEVENT';
      if (inside) out.push(new Map());
    } else if (inside) {
      const m = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line)!;
      out.at(-1)!.set(m[1]!, m[2]!);
    }
  }
  return out;
}

// Long Cyrillic evidence: two bytes a letter, many folds.
const LONG = 'Під час телефонної розмови, що тривала понад дві години, Путін і Трамп обговорили обмін полоненими; припинення вогню, енергетику й «гарантії безпеки» — а також 🇺🇦🤝🏻 емодзі. '.repeat(6);

describe('iCalendar export', () => {
  it.each([',', ';', '\\', '\n', '\r\n'])('escapes %j in text', (c) => {
    expect(unescape(icalText(`a${c}b`))).toBe(`a${c.replace('\r\n', '\n')}b`);
    expect(icalText(`a${c}b`)).not.toMatch(/[\r\n]/);
  });

  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    for (const line of [`DESCRIPTION:${icalText(LONG)}`, 'X:' + 'я'.repeat(100), 'X:' + '🤝'.repeat(60), 'X:' + 'a'.repeat(300), 'SHORT:ok']) {
      const folded = foldLine(line);
      expect(unfold(folded)).toBe(line);
      const bytes = new TextEncoder().encode(folded);
      // Split the bytes, not the string: each physical line must be valid UTF-8 by itself.
      let from = 0;
      for (let i = 0; i <= bytes.length; i++) {
        if (i < bytes.length && !(bytes[i] === 13 && bytes[i + 1] === 10)) continue;
        const piece = bytes.subarray(from, i);
        expect(piece.length).toBeLessThanOrEqual(75);
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(piece)).not.toThrow();
        from = i + 2;
      }
    }
  });

  it('writes a calendar with CRLF line ends and lines of at most 75 octets', () => {
    const { text } = toICalendar([record({ sources: [source('https://nenka.info/x', LONG)] })], byId, NOW);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const [ev] = events(text);
    expect(unescape(ev!.get('DESCRIPTION')!)).toContain(LONG);
    expect(ev!.get('DTSTAMP')).toBe('20261210T123456Z');
  });

  it.each([
    ['a day', { date: '2022-11-14' }, '20221114', undefined],
    ['a range', { date: '2022-11-14', endDate: '2022-11-16' }, '20221114', '20221117'],
    ['a month', { date: '2022-11', datePrecision: 'month' as const }, '20221101', '20221201'],
    ['December', { date: '2022-12', datePrecision: 'month' as const }, '20221201', '20230101'],
    ['a year', { date: '2021', datePrecision: 'year' as const }, '20210101', '20220101'],
    ['a range of months', { date: '2022-03', endDate: '2022-05', datePrecision: 'month' as const }, '20220301', '20220601'],
  ])('dates %s as an all-day event', (_n, dates, start, end) => {
    const { text } = toICalendar([record(dates)], byId, NOW);
    expect(text).toContain(`DTSTART;VALUE=DATE:${start}\r\n`);
    if (end) expect(text).toContain(`DTEND;VALUE=DATE:${end}\r\n`);
    else expect(text).not.toContain('DTEND');
  });

  it('carries summary, evidence, source, place and categories, hostile text escaped', () => {
    const r = record({
      status: 'planned',
      dateBasis: 'report',
      place: 'Женева, Швейцарія; "Палац" \\ 2',
      sources: [source('https://nenka.info/a?b=1,2', HOSTILE), source('javascript:alert(1)\r\nX-EVIL:1', 'друге')],
    });
    const { text } = toICalendar([r], byId, NOW);
    expect(text).not.toMatch(/^X-EVIL/m);
    const ev = events(text)[0]!;
    expect(ev.get('SUMMARY')).toBe('Vladimir Putin · Donald Trump: Phone call (planned)');
    expect(unescape(ev.get('LOCATION')!)).toBe(r.place);
    expect(ev.get('URL')).toBe('https://nenka.info/a?b=1,2');
    expect(ev.get('CATEGORIES')).toBe('Phone call,Planned');
    const description = unescape(ev.get('DESCRIPTION')!);
    expect(description).toContain('by 14 Nov 2022');
    expect(description).toContain(HOSTILE);
    expect(description).toContain('https://nenka.info/a?b=1,2');
  });

  it('leaves undated contacts out and says how many', () => {
    const { text, undated } = toICalendar([record(), record({ date: null, datePrecision: null })], byId, NOW, 'uk');
    expect(undated).toBe(1);
    expect(events(text)).toHaveLength(1);
    expect(text).toContain('X-KONTAKTY-UNDATED:1\r\n');
    expect(unescape(unfold(text).match(/X-WR-CALDESC:(.*)/)![1]!)).toBe('Контактів без дати, не включених до файлу: 1.');
  });

  it('keeps each record\'s UID from one export to the next, and apart from its neighbours', () => {
    const a = record({ id: 3 });
    const uid = (r: typeof a) => events(toICalendar([r], byId, NOW).text)[0]!.get('UID');
    expect(uid(a)).toBe(uid({ ...a, date: '2022-11-20', place: 'Женева', edited: true }));
    expect(uid(a)).not.toBe(uid(record({ id: 4 })));
    expect(uid(a)).toMatch(/^kontakty-n3-[0-9a-f]{8}@kontakty$/);
  });
});
