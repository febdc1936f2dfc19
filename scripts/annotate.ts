/**
 * Command-line annotator over the extension's pipeline.
 *   annotate [--jobs N] [--url URL] [--published YYYY-MM-DD] [--history OUT.json] FILE...
 *   annotate --jsonl [--jobs N] [--history OUT.json] < docs.jsonl
 * Prints one JSON object per document (one line each with --jsonl), in input order whatever
 * the number of jobs. Bad input is reported on stderr with its name; the rest is still
 * processed and the exit status is 1.
 */
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeHtml } from '../lib/text/decode-html';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { AnnotateInput } from '../lib/annotate';
import { historyFileText } from '../lib/history/exchange';
import { foldAll } from '../lib/history/merge';
import type { ContactRecord } from '../lib/history/types';
import { bundledKb } from '../lib/kb/index';
import type { Done, Task } from './annotate-work';
import { work } from './annotate-work';
import { Pool } from './annotate-pool';

type Opts = { url?: string; published?: string; history?: string; jsonl: boolean; jobs: number; files: string[] };

const USAGE = 'usage: annotate [--jobs N] [--url URL] [--published YYYY-MM-DD] [--history OUT.json] FILE...\n       annotate --jsonl [--jobs N] [--history OUT.json] < docs.jsonl\n';

function parseArgs(argv: string[]): Opts {
  const o: Opts = { jsonl: false, jobs: availableParallelism(), files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--jsonl') o.jsonl = true;
    else if (a === '--url') o.url = argv[++i];
    else if (a === '--published') o.published = argv[++i];
    else if (a === '--history') o.history = argv[++i];
    else if (a === '--jobs' || a === '-j') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--jobs needs a whole number of 1 or more`);
      o.jobs = n;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.files.push(a);
  }
  return o;
}

// The reader of our output went away (`| head`): stop quietly, as Unix tools do.
let readerGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  readerGone = true;
});

/**
 * Writes with backpressure: a reader slower than us (a pipe to Python, jq, gzip) gets every
 * byte, and a large input is not turned into an unbounded buffer of pending output.
 */
async function out(s: string): Promise<void> {
  if (readerGone) return;
  let ok: boolean;
  try {
    ok = process.stdout.write(s);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
    readerGone = true;
    return;
  }
  // A drain, or the reader gone (once() rejects on the stream's error; the handler above marks it).
  if (!ok) await once(process.stdout, 'drain').catch(() => undefined);
}

/** The documents to annotate, as tasks in input order; what cannot be read is failed at once. */
async function* tasks(opts: Opts, fail: (name: string, msg: string) => void): AsyncGenerator<Task> {
  let seq = 0;
  if (opts.jsonl) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of rl) {
      if (readerGone) break;
      n++;
      if (!line.trim()) continue;
      let input: AnnotateInput;
      try {
        const raw = JSON.parse(line) as Record<string, unknown>;
        if (typeof raw.text !== 'string' && typeof raw.html !== 'string') throw new Error('needs "text" or "html"');
        input = {
          id: String(raw.id ?? n),
          text: typeof raw.text === 'string' ? raw.text : undefined,
          html: typeof raw.html === 'string' ? raw.html : undefined,
          url: typeof raw.url === 'string' ? raw.url : null,
          published: typeof raw.published === 'string' ? raw.published : null,
          lang: raw.lang === 'uk' || raw.lang === 'ru' || raw.lang === 'en' ? raw.lang : null,
        };
      } catch (e) {
        fail(`line ${n}`, `invalid JSON line (${(e as Error).message})`);
        continue;
      }
      yield { seq: seq++, name: `line ${n} (id ${input.id})`, input, pretty: false };
    }
    return;
  }
  for (const file of opts.files) {
    if (readerGone) break;
    let content: string;
    try {
      const bytes = readFileSync(file);
      // A saved page is decoded as a browser would (its BOM or <meta charset>, windows-1251 when
      // it is not UTF-8); any other file is text in UTF-8.
      const looksHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(bytes.subarray(0, 64).toString('latin1'));
      content = looksHtml ? decodeHtml(bytes) : bytes.toString('utf8');
    } catch (e) {
      fail(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(content);
    const input: AnnotateInput = { id: basename(file), url: opts.url ?? null, published: opts.published ?? null, ...(isHtml ? { html: content } : { text: content }) };
    yield { seq: seq++, name: file, input, pretty: opts.files.length === 1 };
  }
}

/** On a terminal, a progress line on stderr: documents, documents a second, time left when known. */
function progress(total: number | null): { tick: () => void; end: () => void } {
  if (!process.stderr.isTTY) return { tick: () => undefined, end: () => undefined };
  const t0 = Date.now();
  let n = 0;
  let last = 0;
  const draw = () => {
    const s = (Date.now() - t0) / 1000;
    const rate = s > 0 ? n / s : 0;
    const left = total !== null && rate > 0 ? `, ${Math.ceil((total - n) / rate)} s left` : '';
    process.stderr.write(`\r${n}${total !== null ? ` of ${total}` : ''} documents, ${rate.toFixed(0)}/s${left}   `);
  };
  return {
    tick: () => {
      n++;
      if (Date.now() - last > 250) (last = Date.now()), draw();
    },
    end: () => (draw(), process.stderr.write('\n')),
  };
}

async function main(): Promise<number> {
  let opts: Opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`annotate: ${(e as Error).message}\n`);
    return 2;
  }
  if (!opts.jsonl && !opts.files.length) {
    process.stderr.write('annotate: no input files (see --help)\n');
    return 2;
  }
  const seen = new Date().toISOString();
  const history = !!opts.history;
  const records: Omit<ContactRecord, 'id'>[] = [];
  let failed = 0;
  const fail = (name: string, msg: string) => {
    failed++;
    process.stderr.write(`annotate: ${name}: ${msg}\n`);
  };
  const bar = progress(opts.jsonl ? null : opts.files.length);
  const finish = async (d: Done) => {
    bar.tick();
    if (d.error !== undefined) return fail(d.name, d.error);
    await out(d.line!);
    if (d.records) records.push(...d.records);
  };

  // A worker costs its start (loading the pipeline, about half a second): never more than files.
  const jobs = opts.jsonl ? opts.jobs : Math.min(opts.jobs, opts.files.length);
  if (jobs === 1) {
    const kb = bundledKb();
    for await (const t of tasks(opts, fail)) await finish(work(t, kb, seen, history));
  } else {
    // Documents go to worker threads; results come back in any order and are written in input
    // order. At most a few documents per worker are in flight, so memory stays bounded however
    // large the input, and a slow reader slows the reading of the input down.
    const pool = new Pool(jobs, { seen, history });
    try {
      for await (const t of tasks(opts, fail)) await pool.submit(t, finish);
      await pool.drain(finish);
    } finally {
      await pool.close();
    }
  }
  bar.end();
  // The file the popup's JSON export writes, contested fields included (where the sources disagree).
  if (opts.history) writeFileSync(opts.history, historyFileText(foldAll(records) as ContactRecord[]));
  return failed ? 1 : 0;
}

// Not process.exit(): it would end the process with output still queued for a slow reader. The
// exit status is set and Node exits once stdout has drained.
void main().then((code) => {
  process.exitCode = code;
  if (readerGone) process.stdin.destroy();
});
