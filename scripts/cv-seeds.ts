/**
 * Repeated cross-validation of the contact decisions on the dev part, over four fold seeds, for
 * settings variants side by side: a part of a few hundred texts cannot tell a change of a point
 * apart on one split into folds, so small changes are decided on the mean of four.
 *
 *   npx tsx scripts/cv-seeds.ts                       # the shipped settings
 *   npx tsx scripts/cv-seeds.ts '{"t35":{"threshold":0.35}}'
 *   npx tsx scripts/cv-seeds.ts --available           # only the dev texts in the cache
 *
 * Reads the dev part only; the test part is never touched here.
 */
import { pathToFileURL } from 'node:url';
import { loadConstructions, loadCorpus, loadSplit, partTexts } from './contacts-corpus';
import { evaluateItems, folds, score } from './contacts-scoring';
import { candidatesOf, SETTINGS, trainModel, type Item, type Settings } from './train-contacts';

const SEEDS = ['a', 'b', 'c', 'd'];

/** F1, status, date and kind over the folds of each seed, for one settings variant. */
export function repeatedCv(items: Item[], extra: Item[], s: Settings): { f1: number[]; status: number[]; date: number[]; kind: number[] } {
  const out = { f1: [] as number[], status: [] as number[], date: [] as number[], kind: [] as number[] };
  for (const salt of SEEDS) {
    const parts = folds(items, 5, salt);
    const res = parts.flatMap((fold, i) => evaluateItems(fold, trainModel([...parts.filter((_, j) => j !== i).flat(), ...extra], s)));
    const sc = score(res);
    out.f1.push(sc.f1);
    out.status.push(sc.statusAccuracy);
    out.date.push(sc.dateAccuracy);
    out.kind.push(sc.typeAccuracy);
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const dev = partTexts('dev', loadCorpus(), loadSplit());
  if (dev.missing.length) {
    console.error(`${dev.missing.length} dev texts are not in the cache (npx tsx scripts/contacts-corpus.ts check)`);
    if (!args.includes('--available')) process.exit(1);
    console.log(`ONLY THE DEV TEXTS IN THE CACHE: ${dev.texts.length} of ${dev.texts.length + dev.missing.length}`);
  }
  if (dev.lost.length) console.log(`${dev.lost.length} lost dev texts left out (tests/fixtures/contacts-corpus/lost.json); ${dev.texts.length} scored`);
  const variants = JSON.parse(args.find((a) => a.startsWith('{')) ?? '{"shipped":{}}') as Record<string, Partial<Settings>>;
  const items = candidatesOf(dev.texts);
  const extra = candidatesOf(loadConstructions());
  const mean = (a: number[]) => (100 * a.reduce((x, y) => x + y, 0) / a.length).toFixed(1);
  for (const [name, over] of Object.entries(variants)) {
    const r = repeatedCv(items, extra, { ...SETTINGS, ...over });
    console.log(`${name}: F1 ${mean(r.f1)} (${r.f1.map((x) => (100 * x).toFixed(1)).join(' ')}), status ${mean(r.status)}, date ${mean(r.date)}, kind ${mean(r.kind)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
