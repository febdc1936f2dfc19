/**
 * Where the time of a large import and export goes in Chromium's IndexedDB, measured on the
 * 100,000-contact history of the bench (bench-history-data.ts): the same records put into
 * databases of different schemas (the indexes the history has, fewer, none), in one transaction
 * or many, then read back with getAll(). Raw IndexedDB in the built extension's popup page; each
 * case in a database of its own, deleted after. Used to decide the schema (lib/history/db.ts);
 * nothing is asserted.
 *
 * `npx wxt build && npx tsx scripts/bench-history-idb.ts [--n=100000] [--cases=a,b]`
 */
import { generateHistory } from './bench-history-data';
import { extensionId, launchWithExtension } from './harness';

type Case = { name: string; indexes: [string, string, boolean][]; batch: number; strip?: boolean };
const CASES: Case[] = [
  { name: 'v2 schema (key, date, status, type, *participants, *sides, lastSeen)', batch: 0, indexes: [['key', 'key', false], ['date', 'date', false], ['status', 'status', false], ['type', 'type', false], ['participants', 'participants', true], ['sides', 'sides', true], ['lastSeen', 'lastSeen', false]] },
  { name: 'v2 schema, 20 transactions of 5,000', batch: 5000, indexes: [['key', 'key', false], ['date', 'date', false], ['status', 'status', false], ['type', 'type', false], ['participants', 'participants', true], ['sides', 'sides', true], ['lastSeen', 'lastSeen', false]] },
  { name: 'queried only (key, *participants, *sides, lastSeen)', batch: 0, indexes: [['key', 'key', false], ['participants', 'participants', true], ['sides', 'sides', true], ['lastSeen', 'lastSeen', false]] },
  { name: 'key, *participants, lastSeen', batch: 0, indexes: [['key', 'key', false], ['participants', 'participants', true], ['lastSeen', 'lastSeen', false]] },
  { name: 'no index', batch: 0, indexes: [] },
  { name: 'no index, evidence text removed', batch: 0, indexes: [], strip: true },
];

async function main() {
  const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const n = Number(arg('n') ?? 100_000);
  const pick = arg('cases')?.split(',').map(Number);
  const records = generateHistory(n);
  const context = await launchWithExtension({ hosts: [] });
  try {
    const id = await extensionId(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.evaluate('globalThis.__name = (f) => f; window.__recs = [];');
    for (let i = 0; i < records.length; i += 5000)
      await page.evaluate((t) => (window as unknown as { __recs: unknown[] }).__recs.push(...(JSON.parse(t) as unknown[])), JSON.stringify(records.slice(i, i + 5000)));
    for (const [i, c] of CASES.entries()) {
      if (pick && !pick.includes(i)) continue;
      const r = await page.evaluate(async (c: Case) => {
        const recs = (window as unknown as { __recs: Record<string, unknown>[] }).__recs;
        const data = c.strip ? recs.map((r) => ({ ...r, sources: (r.sources as { evidence: object }[]).map((s) => ({ ...s, evidence: {} })) })) : recs;
        const name = `bench-idb-${Math.random()}`;
        const req = (r: IDBRequest | IDBTransaction) => new Promise<void>((res, rej) => ('oncomplete' in r ? ((r.oncomplete = () => res()), (r.onerror = () => rej(r.error))) : ((r.onsuccess = () => res()), (r.onerror = () => rej(r.error)))));
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const s = open.result.createObjectStore('contacts', { keyPath: 'id', autoIncrement: true });
          for (const [n, p, m] of c.indexes) s.createIndex(n, p, { multiEntry: m });
        };
        await req(open);
        const db = open.result;
        const t0 = performance.now();
        const step = c.batch || data.length;
        for (let i = 0; i < data.length; i += step) {
          const tx = db.transaction('contacts', 'readwrite');
          const st = tx.objectStore('contacts');
          for (const r of data.slice(i, i + step)) st.add(r);
          await req(tx);
        }
        const putMs = performance.now() - t0;
        const t1 = performance.now();
        const all = db.transaction('contacts').objectStore('contacts').getAll();
        await req(all);
        const getAllMs = performance.now() - t1;
        const t2 = performance.now();
        let got = 0;
        for (let lo = 1; lo <= data.length; lo += 2000) {
          const g = db.transaction('contacts').objectStore('contacts').getAll(IDBKeyRange.bound(lo, lo + 1999));
          await req(g);
          got += (g.result as unknown[]).length;
        }
        const chunkedMs = performance.now() - t2;
        const t3 = performance.now();
        const blob = new Blob((all.result as unknown[]).map((r) => JSON.stringify(r) + '\n'));
        const stringifyMs = performance.now() - t3;
        db.close();
        await req(indexedDB.deleteDatabase(name));
        return { putMs, getAllMs, chunkedMs, got, stringifyMs, bytes: blob.size };
      }, c);
      process.stdout.write(`${c.name}: put ${(r.putMs / 1000).toFixed(2)} s, getAll ${(r.getAllMs / 1000).toFixed(2)} s, getAll by 2,000 ids ${(r.chunkedMs / 1000).toFixed(2)} s, stringify into a Blob ${(r.stringifyMs / 1000).toFixed(2)} s (${(r.bytes / 2 ** 20).toFixed(0)} MB)\n`);
    }
  } finally {
    await context.close();
  }
}

await main();
