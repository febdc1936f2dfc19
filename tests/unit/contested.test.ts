import { describe, expect, it } from 'vitest';
import { contestedFields, contestedSummary, isContested } from '@/lib/history/contested';
import { toCsv } from '@/lib/history/csv';
import { contactJson, parseHistoryContents, toHistoryFile } from '@/lib/history/exchange';
import { facetOf, facetTest, filterContacts, prepareFilter } from '@/lib/history/filter';
import type { ContactRecord, SourceClaim } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';
import { analyzeText } from '@/lib/analyze';
import { foldAll, recordFromContact } from '@/lib/history/merge';
import { readTabHash, tabHash } from '@/lib/ui/tab-link';

const kb = bundledKb();
const claim = (c: Partial<SourceClaim>): SourceClaim => ({ type: 'meeting', status: 'happened', date: null, endDate: null, datePrecision: null, place: null, ...c });
const record = (id: number, ...cs: Partial<SourceClaim>[]): ContactRecord => ({
  id, key: `k${id}`, participants: ['steve-witkoff', 'vladimir-putin'], parties: [], sides: ['RU', 'US'], type: 'meeting', status: 'happened',
  date: '2025-03-13', endDate: null, datePrecision: 'day', place: 'Moscow', confidence: 0.9, confirmed: false, edited: false, firstSeen: '2026-01-01', lastSeen: `2026-01-0${id}`,
  sources: cs.map((c, i) => ({ url: `https://s${i}.example/${id}`, title: 't', site: `s${i}.example`, lang: 'uk', published: '2025-03-14', seen: '', evidence: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '' }, reportedBy: [], claim: claim(c) })),
});

describe('contested contacts', () => {
  it('a contact one source says took place and another says was denied is contested, on its status', () => {
    const r = record(1, { status: 'happened' }, { status: 'denied' });
    expect(isContested(r)).toBe(true);
    expect(contestedFields(r)).toEqual(['status']);
  });

  it('two dates or two places that cannot both be right make it contested; every field is named, status first', () => {
    const r = record(1, { status: 'happened', date: '2025-03-13', place: 'Moscow' }, { status: 'planned', date: '2025-03-20', place: 'Riyadh' });
    expect(contestedFields(r)).toEqual(['status', 'date', 'place']);
    expect(contestedFields(record(2, { place: 'Moscow' }, { place: 'Riyadh' }))).toEqual(['place']);
  });

  it('agreeing sources, one more exact than another, an unclear status, one source, or two kinds alone are not contested', () => {
    expect(isContested(record(1, { date: '2025-03', datePrecision: 'month' }, { date: '2025-03-13', datePrecision: 'day' }))).toBe(false);
    expect(isContested(record(1, { status: 'unclear' }, { status: 'denied' }))).toBe(false);
    // "On 13 March" and an article of the 14th reporting it as just held ("by 14 March") agree.
    expect(isContested(record(1, { date: '2025-03-13', datePrecision: 'day' }, { date: '2025-03-14', datePrecision: 'day', dateBasis: 'report' }))).toBe(false);
    expect(isContested(record(1, { date: '2025-03-01', datePrecision: 'day' }, { date: '2025-03-14', datePrecision: 'day', dateBasis: 'report' }))).toBe(true);
    expect(isContested(record(1, { status: 'denied' }))).toBe(false);
    // A call and a visit: the sources disagree (the details show it) but agree it took place.
    const kinds = record(1, { type: 'phone_call' }, { type: 'visit' });
    expect(contestedSummary(kinds)).toMatchObject({ contested: false, fields: [], disagreements: [{ field: 'type' }] });
  });

  it('the "contested only" filter keeps the same records over whole records and over facets', () => {
    const recs = [record(1, { status: 'happened' }, { status: 'denied' }), record(2, { status: 'happened' }, { status: 'happened' }), record(3, { place: 'Moscow' }, { place: 'Geneva' })];
    expect(filterContacts(recs, { contested: true }, kb).map((r) => r.id)).toEqual([1, 3]);
    const test = facetTest(prepareFilter({ contested: true }, kb), null);
    expect(recs.map((r) => facetOf(r)).filter(test).map((x) => x.id)).toEqual([1, 3]);
    expect(readTabHash(tabHash({ contested: true, status: 'denied' }, 'seen')).filter).toEqual({ status: 'denied', contested: true });
    expect(readTabHash('contested=yes').filter).toEqual({});
  });

  it('CSV says contested true or false and on what; JSON carries it with the readings, and imports back without it', () => {
    const recs = [record(1, { status: 'happened', date: '2025-03-13' }, { status: 'denied', date: '2025-03-20' }), record(2, { status: 'happened' })];
    const [head, one, two] = toCsv(recs, kb.byId).slice(1).split('\r\n');
    expect(head!.split(',').slice(-3)).toEqual(['edited', 'contested', 'disputed']);
    // A cell holding ';' is quoted (csvCell), as some spreadsheets split on it.
    expect(one!.endsWith(',false,true,"status;date"')).toBe(true);
    expect(two!.endsWith(',false,false,')).toBe(true);
    const json = JSON.parse(contactJson(recs[0]!));
    expect(json.contested).toBe(true);
    expect(json.disagreements).toEqual([
      { field: 'date', readings: [{ value: '2025-03-13', urls: ['https://s0.example/1'] }, { value: '2025-03-20', urls: ['https://s1.example/1'] }] },
      { field: 'status', readings: [{ value: 'happened', urls: ['https://s0.example/1'] }, { value: 'denied', urls: ['https://s1.example/1'] }] },
    ]);
    // A record whose sources agree is written as before, with neither field.
    expect(contactJson(recs[1]!)).toBe(JSON.stringify({ ...recs[1]!, id: undefined }));
    const file = `{"format":"kontakty-history","version":2,"exported":"","actors":[],"contacts":[${recs.map(contactJson).join(',')}]}`;
    const back = parseHistoryContents(file);
    expect(back.ok && back.value.contacts).toEqual(toHistoryFile(recs).contacts);
    expect(back.ok && 'contested' in back.value.contacts[0]!).toBe(false);
  });
});

// The project's own sentences: one article reports a meeting, another denies it.
describe('a denial folded into the contact it denies', () => {
  const rec = (text: string, url: string, published = '2025-11-21') =>
    analyzeText({ text, published }, kb).contacts.map((c) => recordFromContact(c, { url, title: 't', site: new URL(url).hostname, lang: 'uk', published, seen: `${published}T12:00:00.000Z` }));
  const held = 'Державний секретар США Марко Рубіо і міністр закордонних справ Росії Сергій Лавров зустрілися 20 листопада в Стамбулі, повідомили в Державному департаменті.';
  const denied = 'Пресс-секретарь президента России Дмитрий Песков опроверг сообщения о встрече Сергея Лаврова и Марко Рубио в Стамбуле.';

  it('same people, kind and days (or no date): one record, both sources, contested on its status', () => {
    const both = [...rec(held, 'https://a.example/1'), ...rec(denied, 'https://b.example/2')];
    expect(both.map((r) => r.status)).toEqual(['happened', 'denied']);
    const folded = foldAll(both);
    expect(folded).toHaveLength(1);
    expect(folded[0]!.sources.map((s) => s.claim?.status)).toEqual(['happened', 'denied']);
    expect(contestedFields(folded[0]!)).toEqual(['status']);
    // Read the other way round, the same.
    expect(foldAll([...both].reverse())).toHaveLength(1);
  });

  it('not a denial of other people, of another kind, or of a contact weeks apart', () => {
    const three = rec('Рубіо, Лавров і Ушаков зустрілися 20 листопада в Стамбулі, повідомили в Державному департаменті.', 'https://a.example/3');
    expect(three[0]!.participants.sort()).toEqual(['marco-rubio', 'sergey-lavrov', 'yuri-ushakov']);
    expect(foldAll([...three, ...rec(denied, 'https://b.example/2')])).toHaveLength(2);
    const call = rec('Песков опроверг сообщения о телефонном разговоре Сергея Лаврова и Марко Рубио.', 'https://b.example/4');
    expect(call[0]).toMatchObject({ type: 'phone_call', status: 'denied' });
    expect(foldAll([...rec(held, 'https://a.example/1'), ...call])).toHaveLength(2);
    expect(foldAll([...rec(held, 'https://a.example/1'), ...rec(denied, 'https://b.example/5', '2026-01-15')])).toHaveLength(2);
    // A denial reported before the day of the meeting does not deny it.
    expect(foldAll([...rec(held, 'https://a.example/1'), ...rec(denied, 'https://b.example/6', '2025-11-18')])).toHaveLength(2);
    // "Contacts" in general deny no particular meeting.
    const contacts = rec('Песков опроверг сообщения о контактах Сергея Лаврова и Марко Рубио.', 'https://b.example/7');
    expect(contacts[0]).toMatchObject({ type: 'other', status: 'denied' });
    expect(foldAll([...rec(held, 'https://a.example/1'), ...contacts])).toHaveLength(2);
  });
});
