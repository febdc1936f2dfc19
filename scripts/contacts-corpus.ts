/**
 * The labelled contact corpus: labels and provenance in tests/fixtures/contacts-corpus/labels/
 * (committed), the texts themselves in the git-ignored cache .cache/contacts-corpus/texts/
 * (other people's writing stays out of the repository), the frozen dev/test split in split.json.
 *
 *   npx tsx scripts/contacts-corpus.ts check    what is labelled, what of it the cache holds
 *   npx tsx scripts/contacts-corpus.ts split    assigns texts not yet in split.json (never moves one)
 *
 * The cache is rebuilt from the urls: a helper session reads each url through the search tool's
 * pages corpus, saves the excerpt as the label file says (GUIDE.md section 8), and `check` tells
 * by sha256 which texts are missing or differ.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../lib/text/lang';
import actorsData from '../lib/kb/actors.json';
import { sideOf, type Actor } from '../lib/kb/types';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'contacts-corpus');
export const CACHE_DIR = join(import.meta.dirname, '..', '.cache', 'contacts-corpus', 'texts');
const SPLIT_FILE = join(CORPUS_DIR, 'split.json');
/** The split's seed: fixed once, so the assignment of every text is reproducible. */
const SEED = 'kontakty-contacts-2026-12-07';
/** Share of the new texts of each language that go to the test part. */
const TEST_SHARE = 0.4;

export type GoldContact = {
  participants: string[];
  others?: { name: string; side: string }[];
  sides: string[];
  type: string;
  status: string;
  date: string | null;
  endDate?: string | null;
  datePrecision: string | null;
  dateBasis?: 'text' | 'report' | null;
  place: string | null;
  note: string;
  corrected?: string;
};
export type CorpusText = {
  id: string;
  url: string;
  site: string;
  lang: Lang;
  published: string;
  publishedFrom?: string;
  sha256: string;
  chars: number;
  category?: string;
  contacts: GoldContact[];
  /** Which label file it came from. */
  batch: string;
};
export type Split = { seed: string; testShare: number; about: string; dev: string[]; test: string[] };

/**
 * Names the labels give under `others` in another spelling than the knowledge base's Latin names
 * (its `name.en`, or a first name of `given.en` and a surname of `surname.en`), each with the
 * actor it means. Kept by hand, never guessed: a name is only ever compared whole.
 */
export const OTHERS_ALIASES: Readonly<Record<string, string>> = {
  // The chairman's initial and its abbreviation; "Charles Q. Brown Jr." and "Charles Brown" are
  // his Latin names already, as "John Sullivan" is the ambassador's (Jake is never labelled so).
  'Charles Q. Brown': 'charles-q-brown',
  'CQ Brown': 'charles-q-brown',
  'C. Q. Brown': 'charles-q-brown',
};

/** The Latin names an `others` entry may give for an actor: its English name, first name + surname. */
function latinNames(a: Actor): string[] {
  const out = [a.name.en];
  for (const g of a.given?.en ?? []) for (const s of a.surname?.en ?? []) out.push(`${g} ${s}`);
  return out;
}

/**
 * A resolver of the labels' `others` (people the knowledge base lacked when the text was
 * labelled, by English name and side) against the actors the knowledge base holds now: an entry
 * whose name is one of an actor's Latin names, or is listed in OTHERS_ALIASES, and whose side is
 * that actor's, becomes the actor's id among the participants. A name two actors share is left
 * as it is. Without this, a person added to the knowledge base later and found by the extractor
 * would count as a wrong participant.
 */
export function othersResolver(actors: readonly Actor[], aliases: Readonly<Record<string, string>> = OTHERS_ALIASES): <C extends Pick<GoldContact, 'participants' | 'others' | 'sides'>>(c: C) => C {
  const byName = new Map<string, Actor | null>();
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const a of actors) {
    if (a.kind !== 'person') continue;
    for (const n of new Set(latinNames(a))) byName.set(n, byName.has(n) && byName.get(n) !== a ? null : a);
  }
  for (const [n, id] of Object.entries(aliases)) {
    const a = byId.get(id);
    if (a) byName.set(n, a);
  }
  return (c) => {
    if (!c.others?.length) return c;
    const participants = [...c.participants];
    const sides = [...c.sides];
    const others: { name: string; side: string }[] = [];
    for (const o of c.others) {
      const a = byName.get(o.name.trim());
      if (!a || sideOf(a.country) !== sideOf(o.side)) {
        others.push(o);
        continue;
      }
      if (!participants.includes(a.id)) participants.push(a.id);
      if (!sides.includes(o.side)) sides.push(o.side);
    }
    return { ...c, participants, others, sides };
  };
}

export const resolveBundled = othersResolver(actorsData as unknown as Actor[]);

/** The label files, with `others` the knowledge base now holds resolved to their ids (othersResolver). */
export function loadCorpus(dir = CORPUS_DIR, resolve = resolveBundled): CorpusText[] {
  const out: CorpusText[] = [];
  for (const f of readdirSync(join(dir, 'labels')).filter((n) => n.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, 'labels', f), 'utf8')) as { texts: Omit<CorpusText, 'batch'>[] };
    for (const t of data.texts) out.push({ ...t, contacts: t.contacts.map(resolve), batch: f.replace(/\.json$/, '') });
  }
  return out;
}

export const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The cached text of a labelled text, or null when it is missing or not the labelled one. */
export function cachedText(t: Pick<CorpusText, 'id' | 'sha256'>, dir = CACHE_DIR): string | null {
  const f = join(dir, `${t.id}.txt`);
  if (!existsSync(f)) return null;
  const s = readFileSync(f, 'utf8');
  return sha256(s) === t.sha256 ? s : null;
}

export const CONSTRUCTIONS_FILE = join(import.meta.dirname, '..', 'tests', 'fixtures', 'contacts-constructions', 'sentences.json');

/**
 * The project's own short texts, one construction of the guide each (CC0, written for the
 * project): extra training examples for the decisions, and a regression floor CI can run
 * without the cache. They are never part of the dev or test figures.
 */
export function loadConstructions(): (CorpusText & { text: string; construction: string })[] {
  if (!existsSync(CONSTRUCTIONS_FILE)) return [];
  const data = JSON.parse(readFileSync(CONSTRUCTIONS_FILE, 'utf8')) as { texts: (Omit<CorpusText, 'batch' | 'sha256' | 'chars' | 'url' | 'site'> & { text: string; construction: string })[] };
  return data.texts.map((t) => ({ ...t, contacts: t.contacts.map(resolveBundled), url: `urn:kontakty:construction:${t.id}`, site: 'kontakty', sha256: sha256(t.text), chars: t.text.length, batch: 'constructions' }));
}

export function loadSplit(): Split | null {
  return existsSync(SPLIT_FILE) ? (JSON.parse(readFileSync(SPLIT_FILE, 'utf8')) as Split) : null;
}

const LOST_FILE = join(CORPUS_DIR, 'lost.json');

/** Ids whose text was lost and could not be cut again (lost.json says how that was decided). */
export function loadLost(): Set<string> {
  return new Set(existsSync(LOST_FILE) ? (JSON.parse(readFileSync(LOST_FILE, 'utf8')) as { ids: string[] }).ids : []);
}

/**
 * The texts of one part with their cached text; those missing from the cache are listed apart,
 * and those recorded as lost (not missing by accident: not to be had again) apart from them.
 */
export function partTexts(part: 'dev' | 'test', corpus = loadCorpus(), split = loadSplit(), lostIds = loadLost()): { texts: (CorpusText & { text: string })[]; missing: string[]; lost: string[] } {
  if (!split) throw new Error('no split.json: run npx tsx scripts/contacts-corpus.ts split');
  const ids = new Set(split[part]);
  const texts: (CorpusText & { text: string })[] = [];
  const missing: string[] = [];
  const lost: string[] = [];
  for (const t of corpus) {
    if (!ids.has(t.id)) continue;
    const text = cachedText(t);
    if (text !== null) texts.push({ ...t, text });
    else if (lostIds.has(t.id)) lost.push(t.id);
    else missing.push(t.id);
  }
  return { texts, missing, lost };
}

/** Assigns the texts not yet in split.json; with batch names, only those batches' (others may still be being labelled). */
function split(batches: string[] = []): void {
  const corpus = loadCorpus().filter((t) => !batches.length || batches.includes(t.batch));
  const old = loadSplit() ?? { seed: SEED, testShare: TEST_SHARE, about: '', dev: [], test: [] };
  const known = new Set([...old.dev, ...old.test]);
  const fresh = corpus.filter((t) => !known.has(t.id));
  const dev = [...old.dev];
  const test = [...old.test];
  // The first texts (batch "legacy") are the ones the rules were read from: dev, always.
  for (const t of fresh) if (t.batch === 'legacy') dev.push(t.id);
  for (const lang of ['uk', 'ru']) {
    const ids = fresh.filter((t) => t.batch !== 'legacy' && t.lang === lang).map((t) => t.id);
    ids.sort((a, b) => sha256(old.seed + a).localeCompare(sha256(old.seed + b)));
    const k = Math.round(ids.length * old.testShare);
    test.push(...ids.slice(0, k));
    dev.push(...ids.slice(k));
  }
  const about =
    'Frozen split of the contact corpus. Texts of batch legacy (the 53 the first rules were read from) are dev; of every other batch, per language, the texts ordered by sha256(seed + id) give their first testShare to test. Assigned once: a text never changes part. Read misses on dev only; test is scored only by npm run eval:contacts, which prints aggregate figures for it.';
  writeFileSync(SPLIT_FILE, JSON.stringify({ seed: old.seed, testShare: old.testShare, about, dev: dev.sort(), test: test.sort() }, null, 1) + '\n');
  console.log(`split.json: ${dev.length} dev, ${test.length} test (${fresh.length} newly assigned)`);
}

function check(): void {
  const corpus = loadCorpus();
  const split = loadSplit();
  const ids = new Set<string>();
  const lostIds = loadLost();
  let ok = 0;
  let lost = 0;
  const missing: string[] = [];
  for (const t of corpus) {
    if (ids.has(t.id)) console.log(`duplicate id ${t.id}`);
    ids.add(t.id);
    if (cachedText(t) !== null) {
      ok++;
      if (lostIds.has(t.id)) console.log(`  found again: ${t.id} (take it out of lost.json)`);
    } else if (lostIds.has(t.id)) lost++;
    else missing.push(`${t.id} ${existsSync(join(CACHE_DIR, `${t.id}.txt`)) ? '(differs from its sha256)' : '(absent)'} ${t.url}`);
  }
  const urls = new Set(corpus.map((t) => t.url));
  const sites = new Set(corpus.map((t) => t.site));
  const by = (f: (t: CorpusText) => boolean) => corpus.filter(f).length;
  console.log(`${corpus.length} labelled texts (${by((t) => t.lang === 'uk')} uk, ${by((t) => t.lang === 'ru')} ru), ${urls.size} distinct urls, ${sites.size} outlets, ${by((t) => !t.contacts.length)} without a US–Russia contact, ${corpus.reduce((n, t) => n + t.contacts.length, 0)} contacts`);
  console.log(`cache ${CACHE_DIR}: ${ok} present, ${missing.length} missing or different, ${lost} lost (lost.json: not to be had again)`);
  for (const m of missing) console.log(`  missing: ${m}`);
  if (split) {
    const unassigned = corpus.filter((t) => !split.dev.includes(t.id) && !split.test.includes(t.id));
    console.log(`split: ${split.dev.length} dev, ${split.test.length} test${unassigned.length ? `, ${unassigned.length} not yet assigned (run split)` : ''}`);
  }
  if (missing.length) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const cmd = process.argv[2];
  if (cmd === 'split') split(process.argv.slice(3));
  else if (cmd === 'check') check();
  else console.log('usage: npx tsx scripts/contacts-corpus.ts check | split [batch…]');
}
