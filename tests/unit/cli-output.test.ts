import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const seed = readFileSync(join(ROOT, 'tests/fixtures/seeds/004_7edc6db95af8553e.txt'), 'utf8');

/**
 * Runs `annotate --jsonl` with `input` on stdin and a reader that does not read for `waitMs`,
 * then reads everything (a slow consumer: Python's subprocess, jq, gzip). With `stopAfter`, the
 * reader closes the pipe after that many bytes instead (`| head -c N`).
 */
function run(input: string, waitMs: number, stopAfter?: number, jobs = 1) {
  return new Promise<{ code: number | null; out: string; err: string }>((ok) => {
    const child = spawn('npx', ['tsx', 'scripts/annotate.ts', '--jsonl', '--jobs', String(jobs)], { cwd: ROOT });
    const chunks: Buffer[] = [];
    let err = '';
    let got = 0;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.pause();
    setTimeout(() => {
      child.stdout.on('data', (d: Buffer) => {
        chunks.push(d);
        got += d.length;
        if (stopAfter !== undefined && got >= stopAfter) child.stdout.destroy();
      });
      child.stdout.resume();
    }, waitMs);
    child.on('close', (code) => ok({ code, out: Buffer.concat(chunks).toString('utf8'), err }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

describe('annotate writes all its output, however slowly it is read', () => {
  it.each([1, 2])('2,000 documents through a reader that waits before reading, --jobs %i: every line, in order', async (jobs) => {
    const docs = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: seed.slice(0, 1500), published: '2022-11-07' })).join('\n');
    const { code, out } = await run(docs + '\n', 3000, undefined, jobs);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2000);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(Array.from({ length: 2000 }, (_, i) => `d${i}`));
  }, 120_000);

  it('--jobs 2 writes byte for byte what --jobs 1 does, bad lines and saved pages among the documents', async () => {
    const page = readFileSync(join(ROOT, 'tests/fixtures/pages/krymr-kreml-sallivan-peregovory.html'), 'utf8');
    const lines = Array.from({ length: 120 }, (_, i) =>
      i % 40 === 7 ? 'not json' : JSON.stringify(i % 10 === 3 ? { id: `p${i}`, html: page, url: 'https://ru.krymr.com/a/x.html' } : { id: `d${i}`, text: seed.slice(i * 7, i * 7 + 1200), published: '2022-11-07' }),
    );
    const one = await run(lines.join('\n') + '\n', 0, undefined, 1);
    const two = await run(lines.join('\n') + '\n', 0, undefined, 2);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.out).toBe(one.out);
    expect(two.err).toBe(one.err);
    expect(one.out.trimEnd().split('\n')).toHaveLength(117);
  }, 120_000);

  it('one multi-megabyte document: its whole line, past the 64 KB a pipe holds', async () => {
    const text = seed.repeat(600);
    const { code, out } = await run(JSON.stringify({ id: 'big', text, published: '2022-11-07' }) + '\n', 2000);
    expect(code).toBe(0);
    const a = JSON.parse(out) as { id: string; text: string; actors: unknown[] };
    expect(a.text).toBe(text);
    expect(Buffer.byteLength(out)).toBeGreaterThan(2_000_000);
  }, 120_000);

  it('a reader that closes early (| head) ends it quietly; bad input still sets the status', async () => {
    const docs = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `d${i}`, text: seed.slice(0, 1500) })).join('\n');
    const early = await run(docs + '\n', 0, 100);
    expect(early.err).toBe('');
    expect(early.code).toBe(0);
    const bad = await run('{"id":"x","text":"a"}\nnot json\n', 500);
    expect(bad.code).toBe(1);
    expect(bad.out.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.err).toContain('line 2');
  }, 120_000);
});
