/**
 * One reader's figures on one page of the real-page evaluation, and their aggregates per part
 * (what eval:pages and its cross-validation, pages-eval-cv.ts, both print).
 */
import type { Page } from './pages-eval-data';
import { boundariesRight, dayOf, leaks, sameTitle, tokenF1 } from './pages-eval-score';
import type { read, Tool } from './pages-eval-tools';

export type PageResult = {
  id: string;
  site: string;
  part: 'dev' | 'test';
  isArticle: boolean;
  tools: Record<Tool, { detect: boolean | null; f1: number | null; bounds: boolean | null; title: boolean | null; date: boolean | null; lang: boolean; leaks: string[]; ms: number; error?: string }>;
  /** Set when the gold span could not be found in the page's text (the gold needs fixing). */
  spanMissing?: boolean;
};

/** One reader's figures on one page against its gold (span: the gold body text, or null). */
export function scoreReading(p: Page, span: string | null, x: Awaited<ReturnType<typeof read>>): PageResult['tools'][Tool] {
  const g = p.gold;
  const art = g.isArticle;
  return {
    detect: x.isArticle === null ? null : x.isArticle === art,
    f1: art && span ? tokenF1(x.body, span).f1 : null,
    bounds: art && g.first && g.last ? boundariesRight(x.body, g.first, g.last) : null,
    title: art ? sameTitle(x.title, g.title) : null,
    date: art ? dayOf(x.published) === g.published : null,
    lang: x.lang === g.lang,
    leaks: art ? leaks(x.body, g.mustNot) : [],
    ms: x.ms,
    ...(x.error ? { error: x.error } : {}),
  };
}

type Row = Record<string, string>;
export const pct = (xs: (boolean | null)[]) => {
  const v = xs.filter((x): x is boolean => x !== null);
  return v.length ? `${((100 * v.filter(Boolean).length) / v.length).toFixed(1)}%` : '—';
};
export const mean = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? (v.reduce((a, b) => a + b, 0) / v.length).toFixed(3) : '—';
};

export function summary(results: PageResult[], tool: Tool): Row {
  const t = results.map((r) => r.tools[tool]);
  const arts = results.filter((r) => r.isArticle).map((r) => r.tools[tool]);
  return {
    detection: pct(t.map((x) => x.detect)),
    'body F1': mean(arts.map((x) => x.f1)),
    bounds: pct(arts.map((x) => x.bounds)),
    title: pct(arts.map((x) => x.title)),
    date: pct(arts.map((x) => x.date)),
    lang: pct(t.map((x) => x.lang)),
    leaks: pct(arts.map((x) => x.leaks.length > 0)),
  };
}

