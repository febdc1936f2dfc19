import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CONTACT_STATUSES, type ContactStatus } from '@/lib/contacts/types';
import { isContested } from '@/lib/history/contested';
import { allContacts, HistoryDB, upsertRecords } from '@/lib/history/db';
import { contactKey, foldAll } from '@/lib/history/merge';
import type { ContactRecord } from '@/lib/history/types';
import { toCsv } from '@/lib/history/csv';
import { parseHistoryFile, toHistoryFile, toJsonLines } from '@/lib/history/exchange';
import { bundledKb } from '@/lib/kb/index';
import { toICalendar, unfold } from '@/lib/publish/ical';
import { buildNetwork } from '@/lib/publish/network';
import { toGexf, toGraphml } from '@/lib/publish/network-xml';
import { headline } from '@/lib/publish/record-text';
import { toTimelineJs } from '@/lib/publish/timelinejs';
import { recentLabel, STATUSES } from '@/lib/ui/format';
import { translate } from '@/lib/ui/i18n';
import { all, parseXml, record, source } from '../support/publish';

/** A contact announced and then called off or postponed: a status of its own, in every view and file. */
const kb = bundledKb();
const summit = record({ type: 'meeting', status: 'called_off', date: '2025-10', datePrecision: 'month', place: 'Budapest' });
const call = record({ status: 'happened', date: '2025-10-16' });

describe('the called_off status', () => {
  it('is one of the statuses every list is made from, between planned and denied', () => {
    expect(CONTACT_STATUSES).toEqual(['happened', 'planned', 'called_off', 'denied', 'unclear']);
    expect(STATUSES).toBe(CONTACT_STATUSES);
  });

  it('is named in the reader’s language', () => {
    expect(translate('en', 'called_off')).toBe('Called off / postponed');
    expect(translate('uk', 'called_off')).toBe('Скасовано / відкладено');
    expect(translate('ru', 'called_off')).toBe('Отменён / отложен');
    expect(headline(summit, kb.byId, 'uk')).toBe('Володимир Путін · Дональд Трамп: Зустріч (скасовано / відкладено)');
    expect(recentLabel({ date: '2025-10', byReport: false, reported: null, with: 'Дональд Трамп', type: 'meeting', status: 'called_off' }, 'ru')).toBe('10.2025 · Дональд Трамп · Встреча (отменён / отложен)');
  });

  it('is carried by JSON, JSON Lines and CSV, and a file of them imports back', () => {
    const json = JSON.stringify(toHistoryFile([summit, call]));
    const back = parseHistoryFile(json);
    expect(back.ok && back.value.map((r) => r.status)).toEqual(['called_off', 'happened']);
    const lines = parseHistoryFile(toJsonLines([summit]));
    expect(lines.ok && lines.value[0]!.status).toBe('called_off');
    expect(toCsv([summit], kb.byId).split('\r\n')[1]).toMatch(/^2025-10,,month,text,called_off,meeting,/);
  });

  it('leaves a file written before it existed as it was (no record carries it)', () => {
    const older = { format: 'kontakty-history', version: 1, exported: '2026-01-01T00:00:00.000Z', contacts: [{ ...call, status: 'planned' }] };
    const got = parseHistoryFile(JSON.stringify(older));
    expect(got.ok && got.value[0]!.status).toBe('planned');
  });

  it('is counted on the network’s edges in GEXF and GraphML', () => {
    const net = buildNetwork([summit, call], kb.byId);
    expect(net.edges[0]!.statuses).toEqual({ happened: 1, planned: 0, called_off: 1, denied: 0, unclear: 0 });
    const gexf = parseXml(toGexf(net));
    const declared = all(gexf, 'attribute').map((a) => a.attrs.id);
    expect(declared).toContain('called_off');
    const att = Object.fromEntries(all(all(gexf, 'edge')[0]!, 'attvalue').map((a) => [a.attrs.for, a.attrs.value]));
    expect(att.called_off).toBe('1');
    const graphml = parseXml(toGraphml(net));
    expect(all(graphml, 'key').some((k) => k.attrs.id === 'called_off' && k.attrs.for === 'edge')).toBe(true);
    const data = Object.fromEntries(all(all(graphml, 'edge')[0]!, 'data').map((d) => [d.attrs.key, d.text]));
    expect(data.called_off).toBe('1');
  });

  it('groups the TimelineJS slides and names the calendar’s category', () => {
    const { file } = toTimelineJs([summit], kb.byId, 'en');
    expect(file.events[0]!.group).toBe('Called off / postponed');
    expect(file.events[0]!.text.headline).toContain('(called off / postponed)');
    const { text } = toICalendar([summit], kb.byId, new Date('2026-01-01T00:00:00Z'), 'ru');
    expect(unfold(text)).toContain('CATEGORIES:Встреча,Отменён / отложен');
  });
});

/** One article's report of the Trump–Putin summit in Budapest, as the history stores it: its status, published that day. */
function report(status: ContactStatus, published: string, url: string, date: string | null = null): Omit<ContactRecord, 'id'> {
  const claim = { type: 'meeting' as const, status, date, endDate: null, datePrecision: date ? ('day' as const) : null, place: 'Budapest' };
  const src = source(url, status === 'planned' ? 'Путін і Трамп домовилися зустрітися в Будапешті.' : 'Саміт Путіна і Трампа в Будапешті скасували.', { published: `${published}T09:00:00Z`, seen: `${published}T10:00:00Z`, claim });
  const { id: _id, ...r } = record({ type: 'meeting', status, date, datePrecision: claim.datePrecision, place: 'Budapest', sources: [src], firstSeen: src.seen, lastSeen: src.seen });
  return { ...r, key: contactKey(r) };
}
const freshDb = () => new HistoryDB(`t${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

describe('a plan and its calling off in the history', () => {
  it('fold into one record that is called off, with both sources, and not contested', async () => {
    const db = freshDb();
    await upsertRecords(db, [report('planned', '2025-10-17', 'https://a.example/plan')]);
    await upsertRecords(db, [report('called_off', '2025-10-22', 'https://b.example/off')]);
    const got = await allContacts(db);
    expect(got).toHaveLength(1);
    expect(got[0]!.status).toBe('called_off');
    expect(got[0]!.sources.map((s) => s.url)).toEqual(['https://a.example/plan', 'https://b.example/off']);
    expect(isContested(got[0]!)).toBe(false);
  });

  it('stay called off when the plan is read after its calling off', () => {
    const folded = foldAll([report('called_off', '2025-10-22', 'https://b.example/off'), report('planned', '2025-10-17', 'https://a.example/plan')]);
    expect(folded).toHaveLength(1);
    expect(folded[0]).toMatchObject({ status: 'called_off' });
    expect(folded[0]!.sources).toHaveLength(2);
  });

  it('are planned again when the plan is reported after every report of its calling off', () => {
    const folded = foldAll([report('called_off', '2025-10-22', 'https://b.example/off'), report('planned', '2025-11-02', 'https://c.example/again')]);
    expect(folded).toHaveLength(1);
    expect(folded[0]!.status).toBe('planned');
  });

  it('only that transition: a report that it happened and one that it was called off stay two records', () => {
    const folded = foldAll([report('happened', '2025-10-22', 'https://a.example/held', '2025-10-21'), report('called_off', '2025-10-22', 'https://b.example/off')]);
    expect(folded.map((r) => r.status).sort()).toEqual(['called_off', 'happened']);
  });

  it('a source saying it took place against one saying it was called off is contested; called off against denied is not', () => {
    const two = (a: ContactStatus, b: ContactStatus) => ({ sources: [report(a, '2025-10-22', 'https://a.example/1').sources[0]!, report(b, '2025-10-23', 'https://b.example/2').sources[0]!] });
    expect(isContested(two('happened', 'called_off'))).toBe(true);
    expect(isContested(two('planned', 'called_off'))).toBe(false);
    expect(isContested(two('denied', 'called_off'))).toBe(false);
  });
});
