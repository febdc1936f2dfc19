/**
 * The Firefox build as addons.mozilla.org's review sees it: addons-linter (the validator AMO
 * runs on every upload) over `.output/firefox-mv2` (build it first: `npm run lint:firefox`).
 * Fails on any error or notice, and on any warning but the one explained below, so a new
 * warning is read by a person before it ships.
 *
 * usage: tsx scripts/lint-firefox.ts [DIR]
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Message = { code: string; message: string; description?: string | string[]; file?: string; line?: number; column?: number };
type Report = { errors: Message[]; notices: Message[]; warnings: Message[] };

const ROOT = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(ROOT, '.output/firefox-mv2'));

/**
 * Preact's renderer sets innerHTML for `dangerouslySetInnerHTML`, which no component of ours
 * uses; the validator flags that line of the library in the bundle. Accepted only there: the
 * flagged spot must be Preact's `__html` assignment.
 */
function preactInnerHtml(m: Message): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || m.line === undefined || m.column === undefined) return false;
  const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  return /\.innerHTML=\w+\.__html\b/.test(line.slice(Math.max(0, m.column - 20), m.column + 40));
}

const bin = join(ROOT, 'node_modules/.bin/addons-linter');
const out = await new Promise<string>((ok, fail) =>
  // addons-linter exits 1 when it finds errors; the JSON report says what, either way.
  execFile(bin, ['--output', 'json', '--boring', dir], { maxBuffer: 64 << 20 }, (err, stdout) => (stdout ? ok(stdout) : fail(err ?? new Error('addons-linter printed nothing')))),
);
const report = JSON.parse(out) as Report;
const accepted = report.warnings.filter(preactInnerHtml);
const problems = [...report.errors.map((m) => ['error', m] as const), ...report.notices.map((m) => ['notice', m] as const), ...report.warnings.filter((m) => !accepted.includes(m)).map((m) => ['warning', m] as const)];
for (const [kind, m] of problems) console.error(`${kind} ${m.code}${m.file ? ` ${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}` : ''}: ${m.message}`);
console.log(`addons-linter ${dir}: ${report.errors.length} errors, ${report.notices.length} notices, ${report.warnings.length} warnings (${accepted.length} accepted: Preact's dangerouslySetInnerHTML)`);
process.exit(problems.length ? 1 : 0);
