/**
 * `npm run eval:pages`: the real-page evaluation of issue 15. Reads every cached page of
 * tests/fixtures/pages-eval/pages.json with our pipeline, Mozilla's Readability and Defuddle in
 * the same run, and prints, per tool and for the dev and the frozen test part:
 *   detection  article-or-not right, over all pages (Defuddle makes no such decision: "—")
 *   body F1    mean bag-of-tokens F1 of the body against the gold span, over articles
 *   bounds     share of articles whose body starts with the gold first sentence and ends with the last
 *   title      share of articles whose title is the page's headline
 *   date       share of articles whose publication day is the gold day (null when the page gives none)
 *   lang       share of all pages whose language is the gold language
 *   leaks      share of articles whose body holds a must-not string (teaser, credit, "Читайте також")
 * then a per-site table of the dev part. How the body is scored: scripts/pages-eval-score.ts. Rules are tuned on
 * dev only; test is reported, never looked at for tuning.
 *
 *   npm run eval:pages [-- --json OUT.json] [-- --verbose]
 *   npm run eval:pages -- --learned  ours with the trained block model, which the pipeline leaves off
 *   npm run eval:pages -- --cv     the learned block decision by leave-site-out CV on dev (scripts/pages-eval-cv.ts)
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bundledKb } from '../lib/kb/index';
import { cacheState } from './pages-eval-cache';
import { cachedBytes, decodeHtml, loadPages, testIds, type Page } from './pages-eval-data';
import { goldSpan, htmlText } from './pages-eval-score';
import { mean, pct, scoreReading, summary, type PageResult } from './pages-eval-results';
import { read, TOOLS } from './pages-eval-tools';
import { BLOCK_MODEL } from '../lib/article/block-model-shipped';
import { refineWith } from '../lib/article/block-model';
import type { LearnedOptions } from '../lib/article/extract';

export { scoreReading, summary, type PageResult };


export async function evaluatePages(pages: Page[], learned?: LearnedOptions): Promise<PageResult[]> {
  const kb = bundledKb();
  const test = testIds(pages);
  const out: PageResult[] = [];
  for (const p of pages) {
    const bytes = cachedBytes(p);
    if (!bytes) continue;
    const html = decodeHtml(bytes);
    const g = p.gold;
    const span = g.isArticle && g.first && g.last ? goldSpan(htmlText(html), g.first, g.last, g.mustNot) : null;
    const r: PageResult = { id: p.id, site: p.site, part: test.has(p.id) ? 'test' : 'dev', isArticle: g.isArticle, tools: {} as PageResult['tools'] };
    if (g.isArticle && !span) r.spanMissing = true;
    for (const tool of TOOLS) r.tools[tool] = scoreReading(p, span, await read(tool, html, p.url, kb, learned));
    out.push(r);
  }
  return out;
}


function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ') + ' |';
  return [line(head), '|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

export function report(results: PageResult[]): string {
  const parts: [string, PageResult[]][] = [['dev', results.filter((r) => r.part === 'dev')], ['test', results.filter((r) => r.part === 'test')]];
  const cols = ['detection', 'body F1', 'bounds', 'title', 'date', 'lang', 'leaks'];
  const rows: string[][] = [];
  for (const [name, rs] of parts) {
    const n = `${name} (${rs.length} pages, ${rs.filter((r) => r.isArticle).length} articles)`;
    for (const tool of TOOLS) rows.push([n, tool, ...cols.map((c) => summary(rs, tool)[c]!)]);
  }
  // Per site only for the dev part: the test part is reported as a whole, never page by page.
  const dev = results.filter((r) => r.part === 'dev');
  const sites = [...new Set(dev.map((r) => r.site))].sort();
  const siteRows = sites.map((s) => {
    const rs = dev.filter((r) => r.site === s);
    return [s, String(rs.length), ...TOOLS.flatMap((t) => [pct(rs.map((r) => r.tools[t].detect)), mean(rs.filter((r) => r.isArticle).map((r) => r.tools[t].f1))])];
  });
  const missing = results.filter((r) => r.spanMissing).map((r) => r.id);
  return [
    table(['part', 'tool', ...cols], rows),
    '',
    table(['dev site', 'pages', 'ours det', 'ours F1', 'Readability det', 'Readability F1', 'Defuddle det', 'Defuddle F1'], siteRows),
    ...(missing.length ? ['', `gold span not found in the page text (fix the gold): ${missing.join(', ')}`] : []),
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const pages = loadPages();
  const { present, missing } = cacheState(pages);
  console.log(`${pages.length} pages from ${new Set(pages.map((p) => p.site)).size} sites; ${present.length} in the cache`);
  if (missing.length) console.log(`not in the cache (npx tsx scripts/pages-eval-cache.ts rebuild): ${missing.map((p) => p.id).join(', ')}`);
  if (args.includes('--cv')) {
    // Leave-site-out cross-validation of the learned block decision, on the dev part only.
    const { crossValidate } = await import('./pages-eval-cv');
    console.log(crossValidate(present));
    return;
  }
  // --learned: ours with the trained block model (lib/article/block-model.json), which the pipeline leaves off.
  const results = await evaluatePages(present, args.includes('--learned') ? refineWith(BLOCK_MODEL) : undefined);
  console.log(report(results));
  if (args.includes('--verbose')) {
    for (const r of results) for (const t of TOOLS) console.log(r.id, t, JSON.stringify(r.tools[t]));
  }
  const j = args.indexOf('--json');
  if (j >= 0 && args[j + 1]) writeFileSync(args[j + 1]!, JSON.stringify(results, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
