/**
 * What one chunk of 2,000 records costs to read from the extension's IndexedDB in Chromium, by
 * way of reading: a primary-key range, a get per id (adjacent, or every third), a range three
 * times as wide as wanted, a range of the lastSeen index. Used to set the thresholds of the
 * export's read plan (lib/history/read-plan.ts); nothing is asserted.
 *
 * `npx wxt build && npx tsx scripts/bench-history-reads.ts [--profile=DIR] [--n=100000] [--runs=6]`
 * (the profile is filled with the bench's generated history when DIR does not exist yet).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { toHistoryFile } from '../lib/history/exchange';
import type { ContactRecord } from '../lib/history/types';
import { generateHistory, type GenRecord } from './bench-history-data';
import { openPopup, putRaw } from './bench-history';
import { extensionId, launchWithExtension } from './harness';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const dir = arg('profile') ?? '/tmp/kontakty-bench-reads';
const n = Number(arg('n') ?? 100_000);
const runs = Number(arg('runs') ?? 6);

if (!existsSync(dir)) {
  mkdirSync(dir, { recursive: true });
  const c = await launchWithExtension({ hosts: [], userDataDir: dir });
  await putRaw(await openPopup(c, await extensionId(c)), toHistoryFile(generateHistory(n) as ContactRecord[]).contacts as GenRecord[]);
  await c.close();
}
const context = await launchWithExtension({ hosts: [], userDataDir: dir });
const page = await openPopup(context, await extensionId(context));
const res: Record<string, number[]> = {};
for (let run = 0; run < runs; run++) {
  const r = await page.evaluate(async ([run, n]) => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((ok, no) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => no(r.error))));
    const db = await req(indexedDB.open('kontakty'));
    const store = () => db.transaction('contacts').objectStore('contacts');
    const timed = async (f: () => Promise<unknown>) => {
      const t = performance.now();
      await f();
      return performance.now() - t;
    };
    // Each way reads ids no other has read in this run (no cache helps it).
    const base = 1000 + Math.floor((run * (n - 20_000)) / 8);
    const out = {
      'id range of 2,000': await timed(() => req(store().getAll(IDBKeyRange.bound(base, base + 1999)))),
      'get × 2,000 adjacent ids': await timed(() => { const s = store(); return Promise.all(Array.from({ length: 2000 }, (_, i) => req(s.get(base + 2000 + i)))); }),
      'get × 2,000, every third id': await timed(() => { const s = store(); return Promise.all(Array.from({ length: 2000 }, (_, i) => req(s.get(base + 4000 + i * 3)))); }),
      'id range of 6,000': await timed(() => req(store().getAll(IDBKeyRange.bound(base + 10_000, base + 15_999)))),
      'lastSeen range of 2,000': 0,
    };
    const x = (await req(store().get(base + 17_000))) as { lastSeen: string };
    out['lastSeen range of 2,000'] = await timed(() => req(store().index('lastSeen').getAll(IDBKeyRange.lowerBound(x.lastSeen), 2000)));
    db.close();
    return out;
  }, [run, n] as const);
  for (const [k, v] of Object.entries(r)) (res[k] ??= []).push(v);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [k, xs] of Object.entries(res)) process.stdout.write(`${k.padEnd(28)} median ${median(xs).toFixed(0)} ms  (${xs.map((x) => x.toFixed(0)).join(' ')})\n`);
await context.close();
