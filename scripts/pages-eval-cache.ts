/**
 * The page cache of the real-page evaluation: says what is missing, and rebuilds it from the
 * provenance in tests/fixtures/pages-eval/pages.json.
 *
 *   npx tsx scripts/pages-eval-cache.ts check               which pages are missing or differ (exit 1 if any)
 *   npx tsx scripts/pages-eval-cache.ts rebuild [MIRRORS]   copies each page out of its repository's git directory
 *
 * MIRRORS (default /work/.mirror, or $PAGES_MIRROR) holds one bare git directory per repository
 * at MIRRORS/<owner>+<name>/repo, as the search tool's `fetch` leaves them: a helper session
 * fetches each repository the provenance names (`npx tsx scripts/pages-eval-cache.ts repos`
 * lists them), then runs rebuild. A page is written only when its bytes have the recorded sha256.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_DIR, cachedBytes, cachePath, loadPages, sha256, type Page } from './pages-eval-data';

export type CacheState = { present: Page[]; missing: Page[] };

export function cacheState(pages = loadPages()): CacheState {
  const present: Page[] = [];
  const missing: Page[] = [];
  for (const p of pages) (cachedBytes(p) ? present : missing).push(p);
  return { present, missing };
}

/** The page's bytes from a bare git directory, by the recorded commit and path. */
function fromMirror(p: Page, mirrors: string): Buffer | { error: string } {
  const gitDir = join(mirrors, p.repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) return { error: `no git directory ${gitDir} (fetch github:${p.repo})` };
  try {
    return execFileSync('git', ['--git-dir', gitDir, 'show', `${p.commit}:${p.path}`], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return { error: `git show ${p.commit.slice(0, 10)}:${p.path} failed: ${String((e as { stderr?: Buffer }).stderr ?? e).trim()}` };
  }
}

export function rebuild(mirrors: string, pages = loadPages()): { written: number; failed: string[] } {
  mkdirSync(CACHE_DIR, { recursive: true });
  let written = 0;
  const failed: string[] = [];
  for (const p of pages) {
    if (cachedBytes(p)) continue;
    const got = fromMirror(p, mirrors);
    if (!Buffer.isBuffer(got)) failed.push(`${p.id}: ${got.error}`);
    else if (sha256(got) !== p.sha256) failed.push(`${p.id}: sha256 ${sha256(got).slice(0, 12)}… is not the recorded ${p.sha256.slice(0, 12)}…`);
    else {
      writeFileSync(cachePath(p.id), got);
      written++;
    }
  }
  return { written, failed };
}

function main(): void {
  const [cmd, arg] = process.argv.slice(2);
  const pages = loadPages();
  if (cmd === 'check') {
    const { present, missing } = cacheState(pages);
    console.log(`${present.length} of ${pages.length} pages cached in ${CACHE_DIR}`);
    for (const p of missing) console.log(`missing or different: ${p.id} (${p.repo} ${p.commit.slice(0, 10)} ${p.path})`);
    process.exitCode = missing.length ? 1 : 0;
  } else if (cmd === 'rebuild') {
    const { written, failed } = rebuild(arg ?? process.env.PAGES_MIRROR ?? '/work/.mirror', pages);
    console.log(`wrote ${written} pages; ${failed.length} could not be rebuilt`);
    for (const f of failed) console.log(`  ${f}`);
    process.exitCode = failed.length ? 1 : 0;
  } else if (cmd === 'repos') {
    for (const r of [...new Set(pages.map((p) => p.repo))].sort()) console.log(`github:${r}`);
  } else {
    console.error('usage: pages-eval-cache.ts check | rebuild [MIRRORS] | repos');
    process.exitCode = 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
