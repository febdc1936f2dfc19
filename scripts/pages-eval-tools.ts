/**
 * The three readers the real-page evaluation compares, each given the same decoded page:
 * - ours: the CLI's own path (lib/annotate.ts `annotate` with a linkedom document, as
 *   scripts/annotate-work.ts calls it), so the figures are what `npm run annotate` gives;
 * - Mozilla's Readability (npm @mozilla/readability): `isProbablyReaderable` is its article-or-not
 *   decision, `parse()` its body, title, date and language;
 * - Defuddle (npm defuddle, its Node entry): it makes no article-or-not decision, so its
 *   detection is not scored; body, title, date and language are.
 * Each reader gets a fresh parse of the page (Readability changes the document it reads).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { parseHTML } from 'linkedom';
import { annotate } from '../lib/annotate';
import type { LearnedOptions } from '../lib/article/extract';
import type { KnowledgeBase } from '../lib/kb/index';
import { dayOf, htmlText, norm } from './pages-eval-score';

export type Reading = {
  /** null: the tool makes no such decision. */
  isArticle: boolean | null;
  title: string | null;
  published: string | null;
  lang: string | null;
  body: string;
  ms: number;
};

export const TOOLS = ['ours', 'readability', 'defuddle'] as const;
export type Tool = (typeof TOOLS)[number];

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** 'ru-RU', 'uk_UA', 'ua' → 'ru' / 'uk'; anything else as the tool said it. */
export function langOf(s: string | null | undefined): string | null {
  if (!s) return null;
  const l = s.toLowerCase().slice(0, 2);
  return l === 'ua' ? 'uk' : l;
}

/** The headline a tool puts at the start of its body is not body text: taken off before scoring. */
function withoutTitle(body: string, title: string | null): string {
  const b = norm(body);
  const t = title ? norm(title) : '';
  return t && b.startsWith(t) ? b.slice(t.length).trim() : b;
}

/** Our reading; `learned` swaps the block model (cross-validation, the rules alone). */
export function readOurs(html: string, url: string | null, kb: KnowledgeBase, learned?: LearnedOptions): Reading {
  const t0 = performance.now();
  const a = annotate({ id: 'page', html, url }, kb, parse, learned);
  const ms = performance.now() - t0;
  return { isArticle: a.isArticle, title: a.title, published: dayOf(a.published), lang: a.lang, body: withoutTitle(a.text, a.title), ms };
}

export function readReadability(html: string): Reading {
  const t0 = performance.now();
  const decision = isProbablyReaderable(parse(html));
  const doc = parse(html);
  const r = new Readability(doc).parse();
  const ms = performance.now() - t0;
  return {
    isArticle: decision,
    title: r?.title ?? null,
    published: dayOf(r?.publishedTime),
    lang: langOf(r?.lang),
    body: withoutTitle(htmlText(r?.content ?? ''), r?.title ?? null),
    ms,
  };
}

export async function readDefuddle(html: string, url: string | null): Promise<Reading> {
  const t0 = performance.now();
  const d = await Defuddle(parse(html), url ?? undefined);
  const ms = performance.now() - t0;
  return {
    isArticle: null,
    title: d.title || null,
    published: dayOf(d.published),
    lang: langOf(d.language),
    body: withoutTitle(htmlText(d.content ?? ''), d.title || null),
    ms,
  };
}

/** Runs one reader; a reader that throws reads nothing (and the page counts against it). */
export async function read(tool: Tool, html: string, url: string | null, kb: KnowledgeBase, learned?: LearnedOptions): Promise<Reading & { error?: string }> {
  try {
    if (tool === 'ours') return readOurs(html, url, kb, learned);
    if (tool === 'readability') return readReadability(html);
    return await readDefuddle(html, url);
  } catch (e) {
    return { isArticle: null, title: null, published: null, lang: null, body: '', ms: 0, error: (e as Error).message };
  }
}
