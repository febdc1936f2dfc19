import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyFileText, parseHistoryFile } from '@/lib/history/exchange';

const ROOT = join(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'tests/fixtures/seeds');
const annotate = (args: string[], input?: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((ok) => {
    const child = execFile('npx', ['tsx', 'scripts/annotate.ts', ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      ok({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin!.end(input);
  });

describe('annotate CLI', () => {
  it('prints the contract for a seed text, offsets into the input text', async () => {
    const file = join(SEEDS, '000_1b7ace7d813e42a7.txt');
    const { code, stdout } = await annotate(['--published', '2025-02-10', file]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.text).toBe(readFileSync(file, 'utf8'));
    expect(out).toMatchObject({ id: '000_1b7ace7d813e42a7.txt', isArticle: true, lang: 'uk', title: 'Росія і США ведуть переговори через МЗС' });
    const ryabkov = out.actors.find((a: { id: string }) => a.id === 'sergei-ryabkov');
    expect(ryabkov.name).toBe('Sergei Ryabkov');
    for (const m of ryabkov.mentions) expect(out.text.slice(m.start, m.end)).toMatch(/Рябков/);
    const denied = out.contacts.find((c: { status: string }) => c.status === 'denied');
    expect(denied.participants.sort()).toEqual(['donald-trump', 'vladimir-putin']);
    expect(out.text.slice(denied.evidence.start, denied.evidence.end)).toContain('спростував');
  }, 60000);

  it('reads a saved page through the article reader, and writes a history the import accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
    const history = join(dir, 'h.json');
    const page = join(ROOT, 'tests/fixtures/pages/krymr-kreml-sallivan-peregovory.html');
    const { code, stdout } = await annotate(['--history', history, page]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.lang).toBe('ru');
    expect(out.text).not.toContain('FACEBOOK');
    expect(out.contacts.some((c: { participants: string[] }) => c.participants.includes('yuri-ushakov'))).toBe(true);
    const parsed = parseHistoryFile(readFileSync(history, 'utf8'));
    expect(parsed.ok && parsed.value.length).toBeGreaterThan(0);
  }, 60000);

  it('--history writes the contested fields the popup’s JSON export writes, and the file imports back', async () => {
    // Two invented reports of one round of talks, in two places.
    const lines = [
      { id: 'a', url: 'https://a.example/1', published: '2025-03-14', text: 'Держсекретар США Марко Рубіо і міністр закордонних справ Росії Сергій Лавров провели переговори в Женеві 13 березня.' },
      { id: 'b', url: 'https://b.example/2', published: '2025-03-14', text: 'Госсекретарь США Марко Рубио и министр иностранных дел России Сергей Лавров провели переговоры в Вене 13 марта.' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const history = join(mkdtempSync(join(tmpdir(), 'annotate-')), 'h.json');
    const { code } = await annotate(['--jsonl', '--jobs', '1', '--history', history], lines + '\n');
    expect(code).toBe(0);
    const text = readFileSync(history, 'utf8');
    const file = JSON.parse(text);
    expect(file.contacts).toHaveLength(1);
    const [rec] = file.contacts;
    expect(rec.contested).toBe(true);
    expect(rec.disagreements).toEqual([{ field: 'place', readings: [{ value: 'geneva', urls: ['https://a.example/1'] }, { value: 'vienna', urls: ['https://b.example/2'] }] }]);
    // Byte for byte what the popup's export writes for the same records (its date aside).
    expect(text).toBe(historyFileText(file.contacts.map(({ contested: _c, disagreements: _d, ...r }: Record<string, unknown>) => r), new Date(file.exported)));
    // Import takes the file and leaves the derived fields out.
    const back = parseHistoryFile(text);
    expect(back.ok && back.value[0]).not.toHaveProperty('contested');
    expect(back.ok && back.value[0]!.sources).toHaveLength(2);
  }, 60000);

  it('reads a live blog post by post, as the extension does', async () => {
    const page = join(ROOT, 'tests/fixtures/pages/krymr-liveblog-voyna-257-den.html');
    const { code, stdout } = await annotate(['--url', 'https://ru.krymr.com/a/live.html', page]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.isArticle).toBe(false);
    expect(out.posts).toHaveLength(9);
    const sullivan = out.posts.find((p: { actors: { id: string }[] }) => p.actors.some((a) => a.id === 'jake-sullivan'));
    expect(sullivan.url).toMatch(/^https:\/\/ru\.krymr\.com\/a\/live\.html#post-/);
    expect(sullivan.contacts[0].participants).toEqual(expect.arrayContaining(['jake-sullivan', 'yuri-ushakov']));
  }, 60000);

  it('--jsonl: one line per input in order; a bad line is reported and the rest processed', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Салливан разговаривал с Юрием Ушаковым.', published: '2022-11-07' }),
      '{broken',
      JSON.stringify({ id: 'b', text: 'Погода в Києві сьогодні сонячна.' }),
    ].join('\n');
    const { code, stdout, stderr } = await annotate(['--jsonl'], lines + '\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/line 2: invalid JSON/);
    const outs = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(outs.map((o) => o.id)).toEqual(['a', 'b']);
    expect(outs[0].contacts[0].participants).toEqual(['jake-sullivan', 'yuri-ushakov']);
    expect(outs[1].contacts).toEqual([]);
  }, 60000);

  it('names an unreadable file and still processes the others', async () => {
    const { code, stdout, stderr } = await annotate(['/nonexistent/x.html', join(SEEDS, '004_7edc6db95af8553e.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain('/nonexistent/x.html');
    expect(JSON.parse(stdout).lang).toBe('ru');
  }, 60000);
});
