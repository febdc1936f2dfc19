import { decodeHtml } from '../lib/text/decode-html';
/**
 * The real-page evaluation set (issue 15): provenance and hand-written gold in
 * tests/fixtures/pages-eval/pages.json (committed), the pages themselves in the git-ignored cache
 * .cache/pages-eval/<id>.html (other people's writing stays out of the repository).
 *
 * Every page comes from a public repository's test fixtures or benchmark set, recorded by
 * repository, commit, path and the sha256 of its bytes, so the cache can be rebuilt byte for byte
 * (scripts/pages-eval-cache.ts) and a changed or missing page is noticed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EVAL_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages-eval');
export const PAGES_FILE = join(EVAL_DIR, 'pages.json');
export const CACHE_DIR = join(import.meta.dirname, '..', '.cache', 'pages-eval');

/** Kept for independent evaluation of this project: never read, never used (issue 15). */
export const OFF_LIMITS = ['adbar/htmldate', 'mediacloud/metadata-lib', 'flairNLP/fundus', 'alexmazuka/ukrinform', 'Celmas/InfoSearch', 'omnivore-app/omnivore'];

export const KINDS = ['news', 'brief', 'column', 'blog', 'interview', 'sport', 'tech', 'regional', 'home', 'rubric', 'tag', 'author', 'search', 'video', 'gallery', 'product'] as const;
export type Kind = (typeof KINDS)[number];

export type Gold = {
  isArticle: boolean;
  /** The headline as the page shows it (its h1), without the site's name. */
  title: string | null;
  /** Publication day, YYYY-MM-DD, in the page's own time zone; null when the page gives none. */
  published: string | null;
  lang: 'uk' | 'ru';
  /** First and last sentence of the body, as they stand in the page's text (articles only). */
  first?: string;
  last?: string;
  /** Strings of the page that must not be in the body: teasers, credits, "Читайте також" cards. */
  mustNot?: string[];
};

export type Page = { id: string; repo: string; commit: string; path: string; sha256: string; site: string; url: string | null; kind: Kind; gold: Gold; note?: string };

export function loadPages(): Page[] {
  return (JSON.parse(readFileSync(PAGES_FILE, 'utf8')) as { pages: Page[] }).pages;
}

export const cachePath = (id: string) => join(CACHE_DIR, `${id}.html`);
export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The cached bytes when they are the recorded ones, else null (missing or changed). */
export function cachedBytes(p: Page): Buffer | null {
  const file = cachePath(p.id);
  if (!existsSync(file)) return null;
  const b = readFileSync(file);
  return sha256(b) === p.sha256 ? b : null;
}

/** All three tools get the string the CLI reads (lib/text/decode-html.ts): the comparison is about reading the article, not about decoding. */
export { decodeHtml };

/** FNV-1a of the seed and id, in [0, 1): a split that does not depend on the order of the file. */
function unit(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

/** The split's seed, fixed once: future rules are tuned on dev, test is only reported. */
const SEED = 'kontakty-pages-2026-12';
const TEST_SHARE = 0.4;

/**
 * Frozen test part: within each site the pages are ordered by the seeded hash and the first 40%
 * (rounded) go to test, so every site with several pages is on both sides; a site with one page
 * goes to test when its hash falls below 0.4.
 */
export function testIds(pages: Page[]): Set<string> {
  const bySite = new Map<string, Page[]>();
  for (const p of pages) bySite.set(p.site, [...(bySite.get(p.site) ?? []), p]);
  const test = new Set<string>();
  for (const list of bySite.values()) {
    const ordered = [...list].sort((a, b) => unit(SEED + a.id) - unit(SEED + b.id));
    const n = list.length === 1 ? (unit(SEED + list[0]!.id) < TEST_SHARE ? 1 : 0) : Math.round(list.length * TEST_SHARE);
    for (const p of ordered.slice(0, n)) test.add(p.id);
  }
  return test;
}
