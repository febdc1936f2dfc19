import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { allContacts, HistoryDB, upsertRecordsWritten } from '@/lib/history/db';
import { toCsv } from '@/lib/history/csv';
import { parseHistoryContents, toHistoryFile, toJsonLines } from '@/lib/history/exchange';
import { exportHistory, newestFirst, Utf8Parts } from '@/lib/history/export-file';
import { planReads } from '@/lib/history/read-plan';
import { sortContacts } from '@/lib/history/filter';
import type { ActorRecord } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';
import { generateHistory } from '../../scripts/bench-history-data';

const freshDb = () => new HistoryDB(`x${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const kb = bundledKb();

/** Which chunk reads each id, checking that every id is read by its own chunk or an earlier one, and at most `carry` are held. */
function coverage(ids: number[], chunk: number, carry = chunk) {
  const steps = planReads(ids, chunk, { carry });
  const readAt = new Map<number, number>();
  let held = 0;
  steps.forEach((s, k) => {
    for (const id of s.gets) readAt.set(id, readAt.get(id) ?? k);
    for (const [lo, hi] of s.ranges) for (let id = lo; id <= hi; id++) if (!readAt.has(id)) readAt.set(id, k);
    const due = ids.slice(k * chunk, (k + 1) * chunk);
    for (const id of due) expect(readAt.get(id), `id ${id} read by chunk ${k}`).toBeLessThanOrEqual(k);
    // Held after this chunk: read, wanted later.
    held = ids.slice((k + 1) * chunk).filter((id) => (readAt.get(id) ?? Infinity) <= k).length;
    expect(held).toBeLessThanOrEqual(carry);
  });
  return steps;
}

describe('read plan', () => {
  it('reads a history newest first as one id range a chunk, a straggler by itself', () => {
    // Ids 1–1000 in order of first report, each shifted a little by a later report, and two old
    // contacts reported again today on top.
    const ids = Array.from({ length: 1000 }, (_, i) => 1000 - i).map((id, i) => ({ id, at: i + ((id * 7919) % 23) }));
    const order = [5, 9, ...ids.filter((x) => x.id !== 5 && x.id !== 9).sort((a, b) => a.at - b.at).map((x) => x.id)];
    const steps = coverage(order, 100);
    expect(steps[0]!.gets).toEqual([5, 9]);
    expect(steps.every((s) => s.ranges.length === 1)).toBe(true);
    // Every id read once: the ranges meet, never overlap.
    const read = steps.flatMap((s) => s.ranges.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, j) => lo + j)));
    expect(new Set(read).size).toBe(read.length);
  });

  it('reads ids in no order of their own, or a sparse filter, one by one', () => {
    const shuffled = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 500) + 1);
    expect(coverage(shuffled, 100).every((s) => !s.ranges.length && s.gets.length === 100)).toBe(true);
    const sparse = Array.from({ length: 200 }, (_, i) => 5000 - i * 40);
    expect(coverage(sparse, 50).every((s) => !s.ranges.length)).toBe(true);
  });

  it('holds no more records for later chunks than it is allowed', () => {
    // Two interleaved halves: every range of the first brings the other half's records early.
    const ids = [...Array.from({ length: 300 }, (_, i) => 2 * i + 1), ...Array.from({ length: 300 }, (_, i) => 2 * i + 2)];
    coverage(ids, 100, 50);
    coverage(ids, 100, 1000);
  });
});

describe('export', () => {
  const filled = async (n: number) => {
    const db = freshDb();
    await upsertRecordsWritten(db, generateHistory(n));
    return db;
  };
  const actors: ActorRecord[] = [{ ...kb.actors[0]!, id: 'custom-x', origin: 'custom' } as ActorRecord];
  const now = new Date('2026-11-24T10:00:00.000Z');

  it('writes the JSON file a chunk at a time, the bytes the whole file as one string had, and it imports back', async () => {
    const db = await filled(450);
    const order = sortContacts(await db.contacts.toArray(), 'seen');
    const { blob, count } = await exportHistory(db, order.map((r) => ({ id: r.id! })), 'json', { actors, now, chunk: 100 });
    expect(count).toBe(450);
    const text = await blob.text();
    // As the popup wrote it before it streamed: the header, then one contact a line.
    const { contacts: _c, ...meta } = toHistoryFile([], now, actors);
    const whole = `${JSON.stringify(meta).slice(0, -1)},"contacts":[\n${toHistoryFile(order).contacts.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`;
    expect(text).toBe(whole);
    expect(blob.type).toBe('application/json');
    const back = parseHistoryContents(text);
    expect(back.ok && back.value.contacts).toEqual(toHistoryFile(order).contacts);
    expect(back.ok && back.value.actors.map((a) => a.id)).toEqual(['custom-x']);
    // The records read are untouched (the id is set aside only while one is written).
    expect(order.every((r) => typeof r.id === 'number')).toBe(true);
  });

  it('writes JSON Lines and CSV as the whole-text writers do, and an empty history as a file with no contacts', async () => {
    const db = await filled(230);
    const ids = await newestFirst(db);
    const all = await allContacts(db);
    expect(ids.map((x) => x.id)).toEqual(all.map((r) => r.id));
    expect(await (await exportHistory(db, ids, 'jsonl', { chunk: 64 })).blob.text()).toBe(toJsonLines(all));
    const csv = await (await exportHistory(db, ids, 'csv', { chunk: 64, byId: kb.byId })).blob.arrayBuffer();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)).toBe(toCsv(all, kb.byId));
    const empty = freshDb();
    const none = await exportHistory(empty, [], 'json', { now });
    expect(none.count).toBe(0);
    const back = parseHistoryContents(await none.blob.text());
    expect(back.ok && back.value.contacts).toEqual([]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await exportHistory(empty, [], 'csv')).blob.arrayBuffer())).toBe(toCsv([], new Map()));
  });

  it('leaves out a record deleted after its id was taken', async () => {
    const db = await filled(120);
    const ids = await newestFirst(db);
    await db.contacts.delete(ids[7]!.id);
    const { blob, count } = await exportHistory(db, ids, 'jsonl', { chunk: 50 });
    expect(count).toBe(119);
    expect((await blob.text()).split('\n').filter(Boolean)).toHaveLength(119);
  });

  it('encodes text of every script as UTF-8, one part a write, through one reused buffer', async () => {
    const out = new Utf8Parts();
    const pieces = ['Лавров і Рубіо', ' — ', '🇺🇸🤝🇷🇺', 'x'.repeat(10_000), 'Рябков'];
    for (const p of pieces) out.write(p);
    out.write('');
    expect(out.parts).toHaveLength(pieces.length);
    expect(await out.blob('text/plain').text()).toBe(pieces.join(''));
  });
});

