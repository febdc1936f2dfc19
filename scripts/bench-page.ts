/**
 * The in-page half of `npm run bench`: bundled by scripts/bench.ts with esbuild into one IIFE,
 * injected into a page served on 127.0.0.1 (Chromium without the extension). It exposes our
 * functions on window.Kontakty and the timed routines on window.KontaktyBench; Readability and
 * mark.js are injected beside it from node_modules as the baselines.
 */
import { analyzeText } from '../lib/analyze';
import { extractArticle } from '../lib/article/extract';
import { planOf } from '../lib/ext/analyze-service';
import { applyHighlights } from '../lib/ext/highlighter';
import { bundledKb } from '../lib/kb/index';
import { pipeline, stageTimes } from './bench-stages';

type ReadabilityCtor = new (doc: Document) => { parse(): { textContent?: string | null } | null };
type MarkCtor = new (el: Element) => { mark(terms: string[], opts: Record<string, unknown>): void };

const g = globalThis as unknown as { Readability?: ReadabilityCtor; Mark?: MarkCtor; Kontakty?: unknown; KontaktyBench?: unknown };

const now = () => performance.now();

/** Everything written on the page that the page's own scripts would notice. */
function observe(): () => { records: number; addedNodes: number } {
  const mo = new MutationObserver(() => {});
  mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  return () => {
    const recs = mo.takeRecords();
    mo.disconnect();
    return { records: recs.length, addedNodes: recs.reduce((n, r) => n + r.addedNodes.length, 0) };
  };
}

/** No layout pending before the clock starts. */
const settleLayout = () => document.body.getBoundingClientRect();

/** Figure 2: the whole pipeline vs Readability, interleaved, on the live document. */
function pipelineRuns(url: string, n: number, warm: number) {
  const kb = bundledKb();
  const R = g.Readability!;
  const ours: number[] = [];
  const readability: number[] = [];
  const readabilityParseOnly: number[] = [];
  const clone: number[] = [];
  let check: Record<string, unknown> = {};
  for (let i = 0; i < warm + n; i++) {
    let t = now();
    const { art, analysis, plan } = pipeline(document, url, kb);
    const ms = now() - t;
    t = now();
    const parsed = new R(document.cloneNode(true) as Document).parse();
    const rms = now() - t;
    t = now();
    const copy = document.cloneNode(true) as Document;
    const cms = now() - t;
    t = now();
    new R(copy).parse();
    const pms = now() - t;
    if (i >= warm) {
      ours.push(ms);
      readability.push(rms);
      readabilityParseOnly.push(pms);
      clone.push(cms);
    }
    check = {
      isArticle: art.isArticle,
      textChars: art.index.text.length,
      actors: analysis.actors.length,
      mentions: analysis.actors.reduce((s, a) => s + a.mentions.length, 0),
      contacts: analysis.contacts.length,
      planActors: plan.actors.length,
      readabilityChars: parsed?.textContent?.length ?? null,
    };
  }
  return { ours, readability, readabilityParseOnly, clone, check, crossOriginIsolated: globalThis.crossOriginIsolated === true };
}

function stageRuns(url: string, published: string | null, n: number) {
  const kb = bundledKb();
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < n; i++) {
    runs.push(stageTimes(document, url, kb, published));
  }
  return runs;
}

/** What to paint, computed before the clock starts (figure 3 times the painting only). */
function prepare(url: string) {
  const { art, analysis, plan } = pipeline(document, url, bundledKb());
  const painted = analysis.actors.filter((a) => a.kind !== 'media');
  // Longest first, so that "Сергій Рябков" is marked before "Рябков" would split it.
  const surfaces = [...new Set(painted.flatMap((a) => a.mentions.map((m) => art.index.text.slice(m.start, m.end))))].sort((x, y) => y.length - x.length);
  return { art, analysis, plan, painted, surfaces };
}

/** Figure 3, ours: CSS Custom Highlight API over the text index, then a forced layout. */
function highlightOurs(url: string, actorsOnly: boolean) {
  const { art, plan, painted } = prepare(url);
  const p = actorsOnly ? { ...plan, events: [], contacts: [] } : plan;
  settleLayout();
  const done = observe();
  const t = now();
  applyHighlights(art.index, p, document);
  settleLayout();
  const ms = now() - t;
  const mutations = done();
  let ranges = 0;
  CSS.highlights.forEach((h) => (ranges += h.size));
  return { ms, ...mutations, ranges, mentions: painted.reduce((s, a) => s + a.mentions.length, 0) };
}

/** Figure 3, baseline: mark.js wraps every surface form found, in <mark> elements. */
function highlightMark(url: string) {
  const { surfaces, painted } = prepare(url);
  const M = g.Mark!;
  const el = document.querySelector('article') ?? document.body;
  settleLayout();
  const done = observe();
  const t = now();
  new M(el).mark(surfaces, {
    separateWordSearch: false,
    accuracy: { value: 'exactly', limiters: [',', '.', ':', ';', '!', '?', '"', '«', '»', '“', '”', '„', '(', ')', '–', '—', '-', "'", '’'] },
    // Ours matches case-sensitively and has no diacritics folding: the cheapest fair setting.
    caseSensitive: true,
    diacritics: false,
    // Not inside a mark already made, nor in the furniture our text index leaves out.
    exclude: ['mark', '.read-also, .read-also *', '.ad-slot, .ad-slot *', 'figure, figure *', '.tags, .tags *', '.share, .share *'],
  });
  settleLayout();
  const ms = now() - t;
  const mutations = done();
  return { ms, ...mutations, marks: el.querySelectorAll('mark').length, surfaces: surfaces.length, mentions: painted.reduce((s, a) => s + a.mentions.length, 0) };
}

/** Figure 4: extractArticle up to its decision, on a page that is not an article. */
function decisionRuns(url: string, batches: number) {
  let t = now();
  const first = extractArticle(document, url);
  const coldMs = now() - t;
  // Batches of calls: the median of per-call means is robust to the page clock's granularity.
  t = now();
  extractArticle(document, url);
  const one = Math.max(now() - t, 0.001);
  const perBatch = Math.max(1, Math.min(2000, Math.round(5 / one)));
  const perCallMs: number[] = [];
  for (let b = 0; b < batches; b++) {
    t = now();
    for (let k = 0; k < perBatch; k++) extractArticle(document, url);
    perCallMs.push((now() - t) / perBatch);
  }
  return { coldMs, perCallMs, perBatch, isArticle: first.isArticle, reason: first.reason, crossOriginIsolated: globalThis.crossOriginIsolated === true };
}

g.Kontakty = { extractArticle, analyzeText, bundledKb, planOf, applyHighlights };
g.KontaktyBench = { pipelineRuns, stageRuns, highlightOurs, highlightMark, decisionRuns };
