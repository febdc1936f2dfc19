/**
 * Trains the learned body decision (lib/article/block-model.ts) on the dev part of the real-page
 * set and writes lib/article/block-model.json.
 *
 *   npm run train:blocks        (npx tsx scripts/train-blocks.ts)
 *
 * Reproducible: the dev pages are read in id order, their blocks in reading order, and training
 * starts from zero weights with a fixed number of steps (lib/ml/logreg.ts), so the same cache
 * gives the same weights on every run. The test part is never read here. A feature is kept only
 * when blocks of several sites have it: a class word or shape seen on one site could only learn
 * that site.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BlockModel } from '../lib/article/block-model';
import { train, type Features } from '../lib/ml/logreg';
import { devItems, type BlockItem } from './blocks-data';

export const MODEL_FILE = join(import.meta.dirname, '..', 'lib', 'article', 'block-model.json');

/** The fixed procedure; chosen on dev by leave-site-out cross-validation (npm run eval:pages -- --cv). */
export const BLOCK_TRAINING = { l2: 0.003, steps: 300, rate: 0.05, minSites: 3, drop: 0.15, roots: true, balance: true, siteWeight: false, maxChars: 120, inside: false };

export type BlockTraining = typeof BLOCK_TRAINING;

/** A model from labelled blocks: features of fewer than minSites sites dropped, then logistic regression. */
export function trainBlocks(all: BlockItem[], opt: BlockTraining = BLOCK_TRAINING): BlockModel {
  // The model decides only about blocks the rules read (block-model.ts learnedSkip); trained on
  // those alone it learns what sets furniture apart inside a body, not the page's navigation.
  // With `inside`, the blocks the rules skip inside the body (their read-also cards, share bars,
  // captions) are furniture examples too, and what the rules said of a block is not read.
  const items = opt.inside ? all.filter((i) => i.inside) : opt.roots ? all.filter((i) => i.inRoots) : all;
  const ruleFeature = (f: string) => opt.inside && (f === 'ruleSkip' || f === 'rootsSkipped');
  const sites = new Map<string, Set<string>>();
  for (const it of items) for (const f in it.x) (sites.get(f) ?? sites.set(f, new Set()).get(f)!).add(it.site);
  const keep = (x: Features): Features => {
    const out: Features = {};
    for (const f in x) if ((sites.get(f)?.size ?? 0) >= opt.minSites && !ruleFeature(f)) out[f] = x[f]!;
    return out;
  };
  // The classes weigh the same in the loss: furniture inside a body is rare, and unweighted the
  // model would learn that everything the rules read is body.
  // Each site weighs the same too: one site's many blocks of one template (a blog's lists of
  // links) would otherwise teach its template as the rule.
  const perSite = new Map<string, number>();
  for (const it of items) perSite.set(`${it.site} ${it.y}`, (perSite.get(`${it.site} ${it.y}`) ?? 0) + 1);
  const nSites = new Set(items.map((i) => i.site)).size;
  const nBody = items.filter((i) => i.y === 'body').length;
  const wOther = opt.balance && nBody < items.length ? nBody / (items.length - nBody) : 1;
  const siteW = (it: BlockItem) => {
    if (!opt.siteWeight) return 1;
    const n = (perSite.get(`${it.site} body`) ?? 0) + (perSite.get(`${it.site} other`) ?? 0);
    return items.length / nSites / n;
  };
  const data = items.map((it) => ({ x: keep(it.x), y: it.y, w: (it.y === 'other' ? wOther : 1) * siteW(it) }));
  const m = train(data, ['body', 'other'], { l2: opt.l2, steps: opt.steps, rate: opt.rate, minCount: 1 });
  return { ...m, drop: opt.drop, maxChars: opt.maxChars };
}

async function main(): Promise<void> {
  const items = devItems();
  const m = trainBlocks(items);
  writeFileSync(MODEL_FILE, JSON.stringify(m) + '\n');
  const pages = new Set(items.map((i) => i.page)).size;
  const read = items.filter((i) => i.inRoots).length;
  console.log(`${items.length} blocks of ${pages} dev pages, ${BLOCK_TRAINING.roots ? read : items.length} trained on; ${Object.keys(m.weights).length} features → ${MODEL_FILE}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
