/**
 * Figure 8e–f of `npm run bench`: the history's JSON export and import against raw IndexedDB on
 * the same records, in the same browser, run by run (bench-history.ts prepares the profile).
 *
 *   e. export of everything (newest report first, as the popup shows it): the History tab's JSON
 *      button clicked → Playwright's download event. Before each run, in the same browser, the
 *      raw floor: one getAll() of the whole contacts store (read and cloned into objects, no
 *      text made); and the least a file of them costs, read, stringified and encoded by plain
 *      IndexedDB code (rawExportFloor). The popup's JS heap is sampled over CDP while the export
 *      runs (its peak above the heap before the click, garbage included), and in one untimed
 *      run first with a collection forced before each sample (what it holds live).
 *   f. import of that file into a fresh profile through the popup (file chosen → preview shown;
 *      Import clicked → the count shows every contact). Before it, in a fresh browser of its own
 *      (same build, same machine), the raw floor: the same records (already parsed) put in one
 *      transaction into a scratch database with the contacts store's own indexes, copied from
 *      the extension's database.
 *
 * Each figure is a median over the runs, its baseline the median of the baselines run beside it.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { MAX_IMPORT_CHARS } from '../lib/history/exchange';
import { translate } from '../lib/ui/i18n';
import { historyShown, openPopup, type HistoryRow } from './bench-history';
import { extensionId, launchWithExtension } from './harness';

type Stat = { n: number; median: number; min: number; max: number };
export const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return { n: s.length, median: s.length ? (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2 : NaN, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
};
export const fmt = (v: number) => (!Number.isFinite(v) ? '—' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const en = (k: Parameters<typeof translate>[1]) => translate('en', k);

/** Reading every record straight from IndexedDB in an extension page: one getAll(), the floor under an export. */
export async function rawReadAll(page: Page): Promise<{ getAllMs: number; records: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kontakty');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const t0 = performance.now();
          const all = db.transaction('contacts').objectStore('contacts').getAll();
          all.onsuccess = () => {
            const getAllMs = performance.now() - t0;
            db.close();
            resolve({ getAllMs, records: all.result.length });
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * The least any JSON export of these records does, written as plainly as raw IndexedDB allows:
 * primary-key pages of `chunk` records read with getAll() (the next page asked for while this one
 * is written), each record JSON.stringify'd, each page made UTF-8 bytes in a Blob part. No order
 * of the reader's, no Dexie, no file header: what the records cost to become a file.
 */
export async function rawExportFloor(page: Page, chunk = 2000): Promise<{ ms: number; bytes: number }> {
  return page.evaluate(async (chunk) => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((ok, no) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => no(r.error))));
    const db = await req(indexedDB.open('kontakty'));
    const store = () => db.transaction('contacts').objectStore('contacts');
    const t0 = performance.now();
    const lo = ((await req(store().openKeyCursor())) as IDBCursor).key as number;
    const hi = ((await req(store().openKeyCursor(null, 'prev'))) as IDBCursor).key as number;
    const read = (a: number) => req(store().getAll(IDBKeyRange.bound(a, a + chunk - 1))) as Promise<{ id?: number }[]>;
    const parts: Blob[] = [];
    let next: Promise<{ id?: number }[]> | null = read(lo);
    for (let a = lo; next; a += chunk) {
      const recs: { id?: number }[] = await next;
      next = a + chunk <= hi ? read(a + chunk) : null;
      parts.push(new Blob([recs.map((r) => ((r.id = undefined), JSON.stringify(r))).join(',\n')]));
    }
    const bytes = new Blob(parts).size;
    const ms = performance.now() - t0;
    db.close();
    return { ms, bytes };
  }, chunk);
}

/**
 * The page's used JS heap, sampled over CDP every `everyMs` until stopped; returns the peak. With
 * `collect`, a garbage collection is forced before each sample: the peak is then what the page
 * holds live (slower, so such a run is not timed).
 */
async function heapSampler(page: Page, everyMs = 50, collect = false): Promise<{ before: number; stop: () => Promise<number> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const used = async () => {
    if (collect) await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  };
  const before = await used();
  let peak = before;
  let on = true;
  const loop = (async () => {
    while (on) {
      peak = Math.max(peak, await used().catch(() => peak));
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    before,
    stop: async () => {
      on = false;
      await loop;
      await cdp.detach();
      return peak;
    },
  };
}

export async function benchExport(context: BrowserContext, id: string, page: Page, stored: number, work: string, runs: number, timeoutMs: number, log: (s: string) => void) {
  // First, untimed and before any other page of the extension has read the records (its pages
  // share one JS heap): the live heap, a collection forced before each sample every 200 ms.
  await historyShown(context, id, stored, page);
  const live = await heapSampler(page, 200, true);
  await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), page.getByTestId('export-json').click()]);
  const livePeak = (await live.stop()) - live.before;
  log(`    export, live heap (collected every 200 ms): peak ${mb(livePeak)} above ${mb(live.before)}`);
  const rawPage = await openPopup(context, id);
  const exportRuns: number[] = [];
  const rawRuns: number[] = [];
  const floorRuns: number[] = [];
  const heapRuns: { before: number; peak: number }[] = [];
  let exported: string | null = null;
  for (let i = 0; i < runs; i++) {
    await historyShown(context, id, stored, page);
    const raw = await rawReadAll(rawPage);
    rawRuns.push(raw.getAllMs);
    const floor = await rawExportFloor(rawPage);
    floorRuns.push(floor.ms);
    const heap = await heapSampler(page);
    const t = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), page.getByTestId('export-json').click()]);
    exportRuns.push(performance.now() - t);
    heapRuns.push({ before: heap.before, peak: await heap.stop() });
    if (!exported) {
      exported = join(work, 'exported.json');
      await download.saveAs(exported);
    }
    log(`    export run ${i + 1}: ${fmt(exportRuns[i]!)} (just before: raw getAll() of ${raw.records} ${fmt(raw.getAllMs)}, raw read + stringify + encode ${fmt(floor.ms)}; heap peak ${mb(heapRuns[i]!.peak - heapRuns[i]!.before)} above ${mb(heapRuns[i]!.before)})`);
  }
  await rawPage.close();
  const sExport = stat(exportRuns);
  const sRaw = stat(rawRuns);
  const sFloor = stat(floorRuns);
  const sHeap = stat(heapRuns.map((h) => h.peak - h.before));
  const bytes = exported ? statSync(exported).size : 0;
  const chars = exported ? readFileSync(exported, 'utf8').length : 0;
  const row: HistoryRow = {
    figure: `8 history ${(stored / 1000).toFixed(0)}k: JSON export of everything, newest first`,
    ours: `${fmt(sExport.median)} (n=${sExport.n}), ${mb(bytes)}; heap peak +${mb(sHeap.median)} (live +${mb(livePeak)})`,
    baseline: `raw getAll() ${fmt(sRaw.median)}; raw read + stringify + encode ${fmt(sFloor.median)} (n=${sRaw.n})`,
    ratio: `${(sExport.median / sRaw.median).toFixed(2)}x raw getAll (${(sExport.median / sFloor.median).toFixed(2)}x the raw file floor, which is ${(sFloor.median / sRaw.median).toFixed(2)}x getAll)`,
    target: '≤ 1.3x raw',
    met: sExport.median <= 1.3 * sRaw.median ? 'yes' : 'NO',
  };
  return { row, file: exported, chars, results: { runs: exportRuns, stat: sExport, raw: { runs: rawRuns, stat: sRaw }, rawFileFloor: { runs: floorRuns, stat: sFloor }, heap: { runs: heapRuns, peakAboveBefore: sHeap, livePeakAboveBefore: livePeak }, bytes, chars } };
}

/**
 * Puts the records in one transaction into a scratch copy of the contacts store; returns the time
 * of the puts, and apart from it the time JSON.parse took to make the records in the page (the
 * least an import of a file does before it writes).
 */
async function rawPutAll(page: Page, contacts: unknown[], batch = 5000): Promise<{ putMs: number; parseMs: number }> {
  await page.evaluate('window.__recs = []');
  let parseMs = 0;
  for (let i = 0; i < contacts.length; i += batch)
    parseMs += await page.evaluate((t) => {
      const t0 = performance.now();
      const recs = JSON.parse(t) as unknown[];
      const ms = performance.now() - t0;
      (window as unknown as { __recs: unknown[] }).__recs.push(...recs);
      return ms;
    }, JSON.stringify(contacts.slice(i, i + batch)));
  const putMs = await page.evaluate(async () => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((ok, no) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => no(r.error))));
    // The extension's own store, as its current schema made it: key path and indexes.
    const live = await req(indexedDB.open('kontakty'));
    const src = live.transaction('contacts').objectStore('contacts');
    const indexes = [...src.indexNames].map((n) => src.index(n)).map((x) => ({ name: x.name, keyPath: x.keyPath, unique: x.unique, multiEntry: x.multiEntry }));
    const keyPath = src.keyPath;
    live.close();
    const name = 'kontakty-raw-bench';
    await req(indexedDB.deleteDatabase(name));
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const s = open.result.createObjectStore('contacts', { keyPath, autoIncrement: true });
      for (const x of indexes) s.createIndex(x.name, x.keyPath, { unique: x.unique, multiEntry: x.multiEntry });
    };
    const db = await req(open);
    const recs = (window as unknown as { __recs: unknown[] }).__recs;
    const t0 = performance.now();
    const tx = db.transaction('contacts', 'readwrite');
    const store = tx.objectStore('contacts');
    for (const r of recs) store.put(r);
    await new Promise<void>((ok, no) => ((tx.oncomplete = () => ok()), (tx.onerror = () => no(tx.error))));
    const ms = performance.now() - t0;
    db.close();
    (window as unknown as { __recs: unknown }).__recs = null;
    await req(indexedDB.deleteDatabase(name));
    return ms;
  });
  return { putMs, parseMs };
}

type ImportRun = { rawPutMs: number; rawParseMs: number; previewMs: number; importMs: number; preview: string; count: string; error?: string };

export async function benchImport(file: string, n: number, work: string, runs: number, timeoutMs: number, log: (s: string) => void, problems: string[]) {
  const contacts = (JSON.parse(readFileSync(file, 'utf8')) as { contacts: unknown[] }).contacts;
  const imports: ImportRun[] = [];
  for (let i = 0; i < runs; i++) {
    const rec: ImportRun = { rawPutMs: NaN, rawParseMs: NaN, previewMs: NaN, importMs: NaN, preview: '', count: '' };
    // The raw floor in a browser of its own, closed before the import's starts: the storage work
    // a 174 MB write leaves behind (compaction, deleting the scratch database) would otherwise
    // run under the import and slow it.
    const dirR = join(work, `profile-r${i}`);
    const r = await launchWithExtension({ hosts: [], userDataDir: dirR });
    try {
      const raw = await rawPutAll(await openPopup(r, await extensionId(r)), contacts);
      rec.rawPutMs = raw.putMs;
      rec.rawParseMs = raw.parseMs;
    } finally {
      await r.close();
      rmSync(dirR, { recursive: true, force: true });
    }
    const dirB = join(work, `profile-b${i}`);
    const b = await launchWithExtension({ hosts: [], userDataDir: dirB });
    try {
      const idB = await extensionId(b);
      const pb = await openPopup(b, idB);
      const cdp = await b.newCDPSession(pb);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.detach();
      pb.on('pageerror', (e) => problems.push(`fig 8 import popup error: ${e.message}`));
      await pb.getByRole('tab', { name: en('history') }).click();
      await pb.evaluate(`window.__kwait(() => window.__kcount() !== '', 60000)`);
      try {
        let t = performance.now();
        await pb.getByTestId('import-file').setInputFiles(file);
        await pb.getByTestId('import-preview').waitFor({ timeout: timeoutMs });
        rec.previewMs = performance.now() - t;
        rec.preview = (await pb.getByTestId('import-preview').textContent()) ?? '';
        t = performance.now();
        await pb.getByRole('button', { name: en('importConfirm'), exact: true }).click();
        // Every record shown, the imported ones and the profile's own (folded together where they are one contact).
        await pb.evaluate(`window.__kwait(() => { const m = /^(\\d+) of (\\d+) /.exec(window.__kcount()); return !!m && m[1] === m[2] && Number(m[1]) >= ${n}; }, ${timeoutMs})`);
        rec.importMs = performance.now() - t;
        rec.count = await pb.evaluate('window.__kcount()');
      } catch (e) {
        rec.error = (e as Error).message.split('\n')[0];
        rec.count = (await pb.evaluate('window.__kcount()').catch(() => '')) as string;
        problems.push(`fig 8 import: ${rec.error}`);
      }
      imports.push(rec);
      log(`    import run ${i + 1}: raw put ${fmt(rec.rawPutMs)} (JSON.parse of the records ${fmt(rec.rawParseMs)}); preview ${fmt(rec.previewMs)} + import ${fmt(rec.importMs)} (${rec.count})`);
    } finally {
      await b.close();
      rmSync(dirB, { recursive: true, force: true });
    }
  }
  const ok = imports.filter((r) => Number.isFinite(r.importMs));
  const sRaw = stat(imports.map((r) => r.rawPutMs).filter(Number.isFinite));
  const sParse = stat(imports.map((r) => r.rawParseMs).filter(Number.isFinite));
  const sPrev = stat(ok.map((r) => r.previewMs));
  const sImp = stat(ok.map((r) => r.importMs));
  const sTotal = stat(ok.map((r) => r.previewMs + r.importMs));
  const row: HistoryRow = {
    figure: `8 history ${(n / 1000).toFixed(0)}k: import into an empty profile`,
    ours: ok.length ? `${fmt(sTotal.median)}: preview ${fmt(sPrev.median)} + import ${fmt(sImp.median)} (n=${ok.length})` : `did not finish in ${fmt(timeoutMs)} (${imports[0]?.error ?? '?'})`,
    baseline: `raw put, one transaction ${fmt(sRaw.median)}; JSON.parse of the records ${fmt(sParse.median)} (n=${sRaw.n})`,
    ratio: ok.length ? `${(sTotal.median / sRaw.median).toFixed(2)}x raw put (write step ${(sImp.median / sRaw.median).toFixed(2)}x; ${(sTotal.median / (sRaw.median + sParse.median)).toFixed(2)}x parse + put)` : '—',
    target: '≤ 1.1x raw',
    met: ok.length && sTotal.median <= 1.1 * sRaw.median ? 'yes' : 'NO',
  };
  return { row, results: { runs: imports, rawPut: sRaw, rawParse: sParse, preview: sPrev, import: sImp, total: sTotal, importLimitChars: MAX_IMPORT_CHARS } };
}
