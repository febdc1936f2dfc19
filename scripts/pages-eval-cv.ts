/**
 * `npm run eval:pages -- --cv`: the learned block decision (lib/article/block-model.ts) measured
 * honestly on the dev part, by leave-site-out cross-validation: each dev site's pages are read
 * with a model trained on the other dev sites only, then scored as eval:pages scores them. The
 * rules alone (no model) are read beside it, and the drop threshold is tried at a few values
 * (`--drop 0.1,0.2,0.3`) and the training's settings changed (`--train '{"minSites":2}'`). Aggregate figures only; the test part is not read.
 */
import { bundledKb } from '../lib/kb/index';
import { bodyProbability, refineWith, type BlockModel } from '../lib/article/block-model';
import { pageItems, type BlockItem } from './blocks-data';
import { scoreReading, summary, type PageResult } from './pages-eval-results';
import { cachedBytes, decodeHtml, testIds, type Page } from './pages-eval-data';
import { goldSpan, htmlText } from './pages-eval-score';
import { readOurs, TOOLS } from './pages-eval-tools';
import { BLOCK_TRAINING, trainBlocks, type BlockTraining } from './train-blocks';

type Dev = { page: Page; html: string; span: string | null; items: BlockItem[] };

function devPages(present: Page[]): Dev[] {
  const test = testIds(present);
  return present
    .filter((p) => !test.has(p.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((page) => {
      const html = decodeHtml(cachedBytes(page)!);
      const g = page.gold;
      const span = g.isArticle && g.first && g.last ? goldSpan(htmlText(html), g.first, g.last, g.mustNot) : null;
      return { page, html, span, items: g.isArticle ? pageItems(page, html) : [] };
    });
}

/** Dev results read with one model per left-out site (make), or with none. */
function readDev(dev: Dev[], make: ((site: string) => BlockModel) | null): PageResult[] {
  const kb = bundledKb();
  const models = new Map<string, BlockModel>();
  return dev.map(({ page, html, span }) => {
    let model: BlockModel | null = null;
    if (make) {
      if (!models.has(page.site)) models.set(page.site, make(page.site));
      model = models.get(page.site)!;
    }
    const ours = scoreReading(page, span, readOurs(html, page.url, kb, refineWith(model)));
    // Only our column is filled; the table below reads no other.
    const tools = Object.fromEntries(TOOLS.map((t) => [t, ours])) as PageResult['tools'];
    return { id: page.id, site: page.site, part: 'dev', isArticle: page.gold.isArticle, tools };
  });
}

/** The CV table: the rules alone, then the learned decision at each drop threshold. */
export function crossValidate(present: Page[], drops: number[] = parseDrops(), opt: BlockTraining = parseTraining()): string {
  const dev = devPages(present);
  const items = dev.flatMap((d) => d.items);
  // One model per left-out site, trained once and then read at every threshold.
  const folds = new Map<string, BlockModel>();
  const fold = (site: string) => folds.get(site) ?? folds.set(site, trainBlocks(items.filter((i) => i.site !== site), opt)).get(site)!;
  const cols = ['detection', 'body F1', 'bounds', 'title', 'date', 'lang', 'leaks'];
  const rows: string[][] = [];
  const add = (name: string, rs: PageResult[]) => rows.push([name, ...cols.map((c) => summary(rs, 'ours')[c]!)]);
  add('rules alone', readDev(dev, null));
  const dropped: string[] = [];
  for (const drop of drops) {
    add(`learned, drop < ${drop} (leave-site-out)`, readDev(dev, (site) => ({ ...fold(site), drop })));
    // What the drops were, block by block against the gold labels: the page figures move little.
    const out = { body: [0, 0], other: [0, 0] };
    for (const it of items) {
      if (!it.inRoots || it.chars > opt.maxChars || bodyProbability(fold(it.site), it.x) >= drop) continue;
      out[it.y][0]!++;
      out[it.y][1]! += it.chars;
    }
    const furniture = items.filter((i) => i.inRoots && i.y === 'other').length;
    dropped.push(`drop < ${drop}: ${out.other[0]} of the ${furniture} furniture blocks the rules read (${out.other[1]} characters) and ${out.body[0]} body blocks (${out.body[1]} characters) dropped`);
  }
  const n = dev.length;
  const arts = dev.filter((d) => d.page.gold.isArticle).length;
  const sites = new Set(dev.map((d) => d.page.site)).size;
  const w = [Math.max(...rows.map((r) => r[0]!.length)), ...cols.map((c) => Math.max(c.length, 6))];
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ') + ' |';
  return [`dev: ${n} pages, ${arts} articles, ${sites} sites; ${items.length} blocks`, line(['dev, ours', ...cols]), '|' + w.map((k) => '-'.repeat(k + 2)).join('|') + '|', ...rows.map(line), ...dropped].join('\n');
}

/** `--train '{"l2":0.01}'`: the training procedure with some settings changed, to compare by CV. */
function parseTraining(): BlockTraining {
  const i = process.argv.indexOf('--train');
  return i >= 0 && process.argv[i + 1] ? { ...BLOCK_TRAINING, ...(JSON.parse(process.argv[i + 1]!) as Partial<BlockTraining>) } : BLOCK_TRAINING;
}

function parseDrops(): number[] {
  const i = process.argv.indexOf('--drop');
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ? v.split(',').map(Number).filter((x) => x > 0 && x < 1) : [BLOCK_TRAINING.drop];
}
