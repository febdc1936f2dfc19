/**
 * Command-line annotator over the extension's pipeline.
 *   annotate [--url URL] [--published YYYY-MM-DD] [--history OUT.json] FILE...
 *   annotate --jsonl [--history OUT.json] < docs.jsonl
 * Prints one JSON object per document (one line each with --jsonl). Bad input is reported on
 * stderr with its name; the rest is still processed and the exit status is 1.
 */
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { parseHTML } from 'linkedom';
import { annotate, toAnnotation, type AnnotateInput } from '../lib/annotate';
import { toHistoryFile } from '../lib/history/exchange';
import { foldAll, recordFromContact } from '../lib/history/merge';
import type { ContactRecord } from '../lib/history/types';
import { bundledKb } from '../lib/kb/index';
import type { Analysis } from '../lib/analyze';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;

type Opts = { url?: string; published?: string; history?: string; jsonl: boolean; files: string[] };

function parseArgs(argv: string[]): Opts {
  const o: Opts = { jsonl: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--jsonl') o.jsonl = true;
    else if (a === '--url') o.url = argv[++i];
    else if (a === '--published') o.published = argv[++i];
    else if (a === '--history') o.history = argv[++i];
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: annotate [--url URL] [--published YYYY-MM-DD] [--history OUT.json] FILE...\n       annotate --jsonl [--history OUT.json] < docs.jsonl\n');
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

async function main(): Promise<number> {
  let opts: Opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`annotate: ${(e as Error).message}\n`);
    return 2;
  }
  const kb = bundledKb();
  const records: Omit<ContactRecord, 'id'>[] = [];
  const seen = new Date().toISOString();
  let failed = 0;
  const emit = async (a: Analysis & { posts?: Analysis[] }, pretty: boolean) => {
    await out(JSON.stringify(toAnnotation(a), null, pretty ? 2 : undefined) + '\n');
    if (opts.history) {
      // A live blog's contacts come from its posts, each its own source.
      for (const doc of a.posts ?? [a]) {
        const source = { url: doc.url ?? `urn:annotate:${doc.id}`, title: doc.title, site: doc.url ? new URL(doc.url).hostname : null, lang: doc.lang, published: doc.published, seen };
        for (const c of doc.contacts) records.push(recordFromContact(c, source));
      }
    }
  };
  const fail = (name: string, msg: string) => {
    failed++;
    process.stderr.write(`annotate: ${name}: ${msg}\n`);
  };

  if (opts.jsonl) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of rl) {
      if (readerGone) break;
      n++;
      if (!line.trim()) continue;
      let doc: AnnotateInput;
      try {
        const raw = JSON.parse(line) as Record<string, unknown>;
        if (typeof raw.text !== 'string' && typeof raw.html !== 'string') throw new Error('needs "text" or "html"');
        doc = {
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
      try {
        await emit(annotate(doc, kb, parseHtml), false);
      } catch (e) {
        fail(`line ${n} (id ${doc.id})`, (e as Error).message);
      }
    }
  } else {
    if (!opts.files.length) {
      process.stderr.write('annotate: no input files (see --help)\n');
      return 2;
    }
    for (const file of opts.files) {
      if (readerGone) break;
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (e) {
        fail(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        continue;
      }
      try {
        const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(content);
        const input: AnnotateInput = { id: basename(file), url: opts.url ?? null, published: opts.published ?? null, ...(isHtml ? { html: content } : { text: content }) };
        await emit(annotate(input, kb, parseHtml), opts.files.length === 1);
      } catch (e) {
        fail(file, (e as Error).message);
      }
    }
  }
  if (opts.history) {
    writeFileSync(opts.history, JSON.stringify(toHistoryFile(foldAll(records) as ContactRecord[]), null, 2));
  }
  return failed ? 1 : 0;
}

// Not process.exit(): it would end the process with output still queued for a slow reader. The
// exit status is set and Node exits once stdout has drained.
void main().then((code) => {
  process.exitCode = code;
  if (readerGone) process.stdin.destroy();
});
