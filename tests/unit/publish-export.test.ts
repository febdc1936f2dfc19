import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { allContacts, HistoryDB, upsertRecordsWritten } from '@/lib/history/db';
import { exportFileName, exportHistory, newestFirst } from '@/lib/history/export-file';
import { bundledKb } from '@/lib/kb/index';
import { toICalendar } from '@/lib/publish/ical';
import { buildNetwork } from '@/lib/publish/network';
import { toGexf, toGraphml } from '@/lib/publish/network-xml';
import { toTimelineJs } from '@/lib/publish/timelinejs';
import { generateHistory } from '../../scripts/bench-history-data';
import { all, parseXml } from '../support/publish';

// The publishing exports written a chunk at a time, as the popup writes them, are the files the
// whole-history functions make: the counts that go in the head are the whole history's.
const kb = bundledKb();
const now = new Date('2026-12-10T10:00:00.000Z');

async function filled(n: number) {
  const db = new HistoryDB(`p${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const recs = generateHistory(n);
  // Some contacts with no date, spread over the chunks.
  recs.forEach((r, i) => i % 7 === 3 && Object.assign(r, { date: null, endDate: null, datePrecision: null }));
  await upsertRecordsWritten(db, recs);
  return db;
}

describe('the publishing exports, chunk by chunk', () => {
  it('write the same calendar and timeline as the whole history at once, and count the undated', async () => {
    const db = await filled(300);
    const ids = await newestFirst(db);
    const records = await allContacts(db);
    const ics = await exportHistory(db, ids, 'ics', { chunk: 64, byId: kb.byId, now });
    const whole = toICalendar(records, kb.byId, now);
    expect(whole.undated).toBeGreaterThan(10);
    expect(ics.undated).toBe(whole.undated);
    expect(await ics.blob.text()).toBe(whole.text);
    expect(ics.blob.type).toBe('text/calendar;charset=utf-8');

    const timeline = await exportHistory(db, ids, 'timeline', { chunk: 64, byId: kb.byId, lang: 'uk' });
    expect(timeline.undated).toBe(whole.undated);
    expect(JSON.parse(await timeline.blob.text())).toEqual(toTimelineJs(records, kb.byId, 'uk').file);
  });

  it('write the same network as the whole history at once, well-formed', async () => {
    const db = await filled(300);
    const ids = await newestFirst(db);
    const net = buildNetwork(await allContacts(db), kb.byId);
    const gexf = await (await exportHistory(db, ids, 'gexf', { chunk: 50, byId: kb.byId, now })).blob.text();
    expect(gexf).toBe(toGexf(net, now, 'US–Russia contacts (Kontakty)'));
    expect(all(parseXml(gexf), 'edge')).toHaveLength(net.edges.length);
    const graphml = await (await exportHistory(db, ids, 'graphml', { chunk: 50, byId: kb.byId })).blob.text();
    expect(graphml).toBe(toGraphml(net));
    expect(all(parseXml(graphml), 'node')).toHaveLength(net.nodes.length);
  });

  it('write valid empty files for an empty selection', async () => {
    const db = await filled(0);
    const ics = await (await exportHistory(db, [], 'ics', { now })).blob.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*X-KONTAKTY-UNDATED:0\r\nEND:VCALENDAR\r\n$/);
    expect(JSON.parse(await (await exportHistory(db, [], 'timeline')).blob.text()).events).toEqual([]);
    expect(all(parseXml(await (await exportHistory(db, [], 'gexf')).blob.text()), 'node')).toEqual([]);
    expect(all(parseXml(await (await exportHistory(db, [], 'graphml')).blob.text()), 'edge')).toEqual([]);
  });

  it.each([
    ['json', 'kontakty-history-2026-12-10.json'],
    ['csv', 'kontakty-history-2026-12-10.csv'],
    ['timeline', 'kontakty-history-2026-12-10.timeline.json'],
    ['ics', 'kontakty-history-2026-12-10.ics'],
    ['gexf', 'kontakty-history-2026-12-10.gexf'],
    ['graphml', 'kontakty-history-2026-12-10.graphml'],
  ] as const)('names the %s file', (kind, name) => {
    expect(exportFileName(kind, '2026-12-10')).toBe(name);
  });
});
