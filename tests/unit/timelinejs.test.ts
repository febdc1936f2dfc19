import { describe, expect, it } from 'vitest';
import { bundledKb } from '@/lib/kb/index';
import { timelineEvent, toTimelineJs } from '@/lib/publish/timelinejs';
import { HOSTILE, record, source } from '../support/publish';

const { byId } = bundledKb();

describe('TimelineJS export', () => {
  it.each([
    ['a day', { date: '2022-11-14', endDate: null }, { year: 2022, month: 11, day: 14 }, undefined],
    ['a month', { date: '2022-11', endDate: null, datePrecision: 'month' as const }, { year: 2022, month: 11 }, undefined],
    ['a year', { date: '2021', endDate: null, datePrecision: 'year' as const }, { year: 2021 }, undefined],
    ['a range of days', { date: '2022-11-14', endDate: '2022-11-16' }, { year: 2022, month: 11, day: 14 }, { year: 2022, month: 11, day: 16 }],
    ['a range of months', { date: '2022-03', endDate: '2022-05', datePrecision: 'month' as const }, { year: 2022, month: 3 }, { year: 2022, month: 5 }],
  ])('keeps %s exactly as precise as the record knows it', (_name, dates, start, end) => {
    const e = timelineEvent(record(dates), byId)!;
    expect(e.start_date).toEqual(start);
    expect(e.end_date).toEqual(end);
  });

  it('marks a contact dated by its report as "by" that day, on the slide and in its text', () => {
    const e = timelineEvent(record({ dateBasis: 'report' }), byId)!;
    expect(e.start_date).toEqual({ year: 2022, month: 11, day: 14, display_date: 'by 14 Nov 2022' });
    expect(e.text.text).toContain('by 14 Nov 2022');
    expect(timelineEvent(record({ dateBasis: 'report' }), byId, 'uk')!.start_date.display_date).toBe('не пізніше 14.11.2022');
  });

  it('names the parties and the kind in the headline, the status unless it happened, and groups by status', () => {
    const e = timelineEvent(record({ status: 'denied' }), byId)!;
    expect(e.text.headline).toBe('Vladimir Putin · Donald Trump: Phone call (denied)');
    expect(e.group).toBe('Denied');
    expect(timelineEvent(record(), byId, 'ru')!.text.headline).toBe('Владимир Путин · Дональд Трамп: Телефонный разговор');
  });

  it('escapes hostile evidence, titles and places, and links only web addresses', () => {
    const r = record({
      place: '<b>Женева</b> & "Берн"',
      sources: [source('https://nenka.info/a?x=1&y="2"', HOSTILE, { title: '</script><svg onload=alert(1)>' }), source('javascript:alert(1)', 'x', { site: null, title: null, published: null })],
    });
    const { text } = timelineEvent(r, byId)!.text;
    expect(text).not.toMatch(/<(script|img|svg|b)\b/i);
    expect(text).not.toContain('</script');
    expect(text).toContain('&#60;/script&#62;');
    expect(text).toContain('Tom &#38; Jerry');
    expect(text).toContain('🇺🇦🤝🏻');
    expect(text).toContain('href="https://nenka.info/a?x=1&#38;y=%222%22"');
    expect(text).not.toContain('href="javascript');
    expect(text).toContain('<li>javascript:alert(1)</li>');
    // The JSON itself survives a round trip (a </script> inside a string is still just a string).
    const { file } = toTimelineJs([r], byId);
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  });

  it('leaves undated contacts out and says how many on the title slide', () => {
    const { file, undated } = toTimelineJs([record(), record({ date: null, datePrecision: null }), record({ date: null, datePrecision: null })], byId);
    expect(undated).toBe(2);
    expect(file.events).toHaveLength(1);
    expect(file.title!.text.text).toContain('Contacts without a date, left out of the file: 2.');
  });

  it('gives each record an id of its own that the next export repeats', () => {
    const a = record({ id: 7 });
    const sameSentence = record({ id: 8, ids: ['sergei-ryabkov', 'antony-blinken'] });
    expect(timelineEvent(a, byId)!.unique_id).toBe(timelineEvent({ ...a, date: '2022-11-15', edited: true }, byId)!.unique_id);
    expect(timelineEvent(a, byId)!.unique_id).not.toBe(timelineEvent(sameSentence, byId)!.unique_id);
    expect(timelineEvent(record({ prior: 'geneva-summit-2021' }), byId)!.unique_id).toBe('kontakty-prior-geneva-summit-2021');
    expect(timelineEvent(a, byId)!.unique_id).toMatch(/^[a-z0-9-]+$/);
  });
});
