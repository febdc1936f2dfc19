/**
 * Training data for the learned body decision (lib/article/block-model.ts): every text block of
 * every cached dev article page, with its features and a label from the gold.
 *
 * Labels: the page's text (as the evaluation reads it, scripts/pages-eval-score.ts htmlText) is
 * searched for each block's tokens in reading order; a block found between the gold first and
 * last sentence is body, one found outside is not, and a block holding a must-not string (or held
 * by one: a teaser's headline, a credit) is not either. Only dev pages are ever read here.
 */
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/article/extract';
import { pageBlocks } from '../lib/article/block-model';
import type { RulesChoice } from '../lib/article/block-units';
import type { Features } from '../lib/ml/logreg';
import { cachedBytes, decodeHtml, loadPages, testIds, type Page } from './pages-eval-data';
import { htmlText, tokens } from './pages-eval-score';

export type BlockItem = { page: string; site: string; x: Features; y: 'body' | 'other'; inRoots: boolean; chars: number; ruleSkip: boolean; inside: boolean };

const toks = (s: string) => tokens(s).join(' ');

/** The dev pages that are articles and in the cache, in id order (the order fixes the training). */
export function devArticlePages(): { page: Page; html: string }[] {
  const pages = loadPages();
  const test = testIds(pages);
  const out: { page: Page; html: string }[] = [];
  for (const page of [...pages].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (test.has(page.id) || !page.gold.isArticle) continue;
    const bytes = cachedBytes(page);
    if (bytes) out.push({ page, html: decodeHtml(bytes) });
  }
  return out;
}

/** Every block of one page, labelled; none when the rules find no article body there. */
export function pageItems(page: Page, html: string): BlockItem[] {
  const doc = parseHTML(html).document as unknown as Document;
  let rules: RulesChoice | null = null;
  extractArticle(doc, page.url ?? 'about:blank', undefined, { onRules: (r) => (rules = r) });
  if (!rules || !doc.body) return [];
  const g = page.gold;
  const text = ` ${toks(htmlText(html))} `;
  const first = toks(g.first ?? '');
  const last = toks(g.last ?? '');
  const a = first ? text.indexOf(` ${first} `) : -1;
  const b = a >= 0 && last ? text.indexOf(` ${last} `, a) : -1;
  if (a < 0 || b < 0) return [];
  const spanEnd = b + last.length + 1;
  const mustNot = (g.mustNot ?? []).map(toks).filter(Boolean);
  let cursor = 0;
  const out: BlockItem[] = [];
  for (const { unit, x } of pageBlocks(doc.body, rules)) {
    const t = toks(unit.text);
    let at = t ? text.indexOf(` ${t} `, cursor) : -1;
    if (t && at < 0) at = text.indexOf(` ${t} `);
    if (at >= 0 && at >= cursor) cursor = at + t.length;
    const furniture = mustNot.some((m) => t.includes(m) || (t.length >= 4 && m.includes(t)));
    const body = at >= a && at < spanEnd && !furniture;
    out.push({ page: page.id, site: page.site, x, y: body ? 'body' : 'other', inRoots: unit.inRoots && !unit.ruleSkip, chars: unit.text.length, ruleSkip: unit.ruleSkip, inside: unit.inRoots });
  }
  return out;
}

/** All dev blocks, page by page in id order. */
export function devItems(): BlockItem[] {
  return devArticlePages().flatMap(({ page, html }) => pageItems(page, html));
}
