import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analyze';
import { toCsv } from '@/lib/history/csv';
import { parseHistoryContents, toHistoryFile } from '@/lib/history/exchange';
import { filterContacts } from '@/lib/history/filter';
import { foldAll, recordFromContact } from '@/lib/history/merge';
import type { ContactRecord } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';
import { dateLabel } from '@/lib/ui/format';

const kb = bundledKb();
const source = (url: string, published: string) => ({ url, title: 't', site: 'example.org', lang: 'ru', published, seen: `${published}T12:00:00.000Z` });
// Our own sentences: one reports a call as just held (no day of its own), one names its day.
const reported = (published: string, url: string) =>
  analyzeText({ text: 'Владимир Путин и Дональд Трамп провели телефонный разговор.', published }, kb).contacts.map((c) => recordFromContact(c, source(url, published)));
const dated = (published: string, url: string) =>
  analyzeText({ text: 'Владимир Путин и Дональд Трамп провели телефонный разговор 18 марта.', published }, kb).contacts.map((c) => recordFromContact(c, source(url, published)));

describe('a contact dated by its report', () => {
  it('is stored with the publication day and marked as the report’s date', () => {
    const [r] = reported('2025-03-20', 'https://a.example/1');
    expect(r).toMatchObject({ date: '2025-03-20', datePrecision: 'day', dateBasis: 'report' });
    expect(r!.sources[0]!.claim).toMatchObject({ date: '2025-03-20', dateBasis: 'report' });
  });

  it('takes the day a later article gives, and of two reports keeps the earlier day', () => {
    const later = foldAll([...reported('2025-03-20', 'https://a.example/1'), ...dated('2025-03-21', 'https://b.example/2')]);
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ date: '2025-03-18', dateBasis: 'text' });
    const twice = foldAll([...reported('2025-03-21', 'https://a.example/1'), ...reported('2025-03-20', 'https://b.example/2')]);
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatchObject({ date: '2025-03-20', dateBasis: 'report' });
    // A text's day is not replaced by a report's, whichever comes first.
    const first = foldAll([...dated('2025-03-21', 'https://b.example/2'), ...reported('2025-03-22', 'https://a.example/1')]);
    expect(first[0]).toMatchObject({ date: '2025-03-18', dateBasis: 'text' });
  });

  it('is not given a year long past that a sentence nearby names for another summit', () => {
    const text = 'Байден і Путін розпочали зустріч у Женеві. Це місто вже приймало такий саміт: у 1985 році тут зустрілися Рейган і Горбачов.';
    const [c] = analyzeText({ text, published: '2021-06-16' }, kb).contacts;
    expect(c).toMatchObject({ participants: ['joe-biden', 'vladimir-putin'], date: '2021-06-16', dateBasis: 'report' });
  });

  it('reads "by" in the popup, in every interface language', () => {
    const r = { date: '2025-03-20', endDate: null, datePrecision: 'day' as const, dateBasis: 'report' as const };
    expect(dateLabel(r, 'en')).toBe('by 2025-03-20');
    expect(dateLabel(r, 'uk')).toBe('не пізніше 20.03.2025');
    expect(dateLabel(r, 'ru')).toBe('не позднее 20.03.2025');
    expect(dateLabel({ ...r, dateBasis: 'text' }, 'en')).toBe('2025-03-20');
  });

  it('says so in the CSV (date_basis) and survives an export and import', () => {
    const recs = reported('2025-03-20', 'https://a.example/1') as ContactRecord[];
    const csv = toCsv(recs, kb.byId).split('\r\n');
    expect(csv[0]).toContain('date_precision,date_basis,status');
    expect(csv[1]).toContain('2025-03-20,,day,report,happened');
    const back = parseHistoryContents(JSON.stringify(toHistoryFile(recs)));
    expect(back.ok && back.value.contacts[0]).toMatchObject({ date: '2025-03-20', dateBasis: 'report' });
    // A file that says nothing of it, or something unknown, imports the date as the text's.
    const file = JSON.parse(JSON.stringify(toHistoryFile(recs)));
    file.contacts[0].dateBasis = 'guess';
    const odd = parseHistoryContents(JSON.stringify(file));
    expect(odd.ok && odd.value.contacts[0]!.dateBasis).toBeUndefined();
  });
});

describe('the confidence threshold', () => {
  const rec = (confidence: number, over: Partial<ContactRecord> = {}) => ({ ...(reported('2025-03-20', `https://a.example/${confidence}`)[0] as ContactRecord), confidence, ...over });
  it('hides what extraction was less sure of, never what a person confirmed or corrected', () => {
    const all = [rec(0.4), rec(0.8), rec(0.3, { confirmed: true }), rec(0.2, { edited: true })];
    expect(filterContacts(all, { minConfidence: 0.7 }, kb).map((r) => r.confidence)).toEqual([0.8, 0.3, 0.2]);
    expect(filterContacts(all, {}, kb)).toHaveLength(4);
  });
});

describe('contacts told by their sides alone, dated by their reports', () => {
  const sides = (text: string, published: string, url: string) =>
    analyzeText({ text, published }, kb).contacts.map((c) => recordFromContact(c, source(url, published)));
  it('fold only with a contact of a fitting kind: talks and a back channel that month are two', () => {
    const talks = sides('Росія і США ведуть переговори по лінії МЗС, підтвердили в Москві.', '2025-02-10', 'https://a.example/1');
    const channel = sides('Російські та американські представники провели таємні переговори у Швейцарії минулого тижня.', '2025-02-12', 'https://b.example/2');
    expect(talks.map((r) => [r.participants.length, r.type, r.dateBasis])).toEqual([[0, 'negotiations', 'report']]);
    expect(channel.map((r) => [r.participants.length, r.type])).toEqual([[0, 'backchannel']]);
    expect(foldAll([...talks, ...channel])).toHaveLength(2);
    expect(foldAll([...channel, ...talks])).toHaveLength(2);
  });
});

describe('an actor’s latest contacts (hover card, actor card)', () => {
  it('say when a date is the report’s', async () => {
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const { HistoryDB, upsertRecords } = await import('@/lib/history/db');
    const { recentContacts } = await import('@/lib/history/recent');
    const db = new HistoryDB(`t${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await upsertRecords(db, [...reported('2025-03-20', 'https://a.example/1'), ...dated('2024-03-21', 'https://b.example/2')]);
    const recent = await recentContacts(db, 'vladimir-putin', kb, 'en');
    expect(recent.map((r) => [r.date, r.byReport ?? false])).toEqual([['2025-03-20', true], ['2024-03-18', false]]);
  });
});
