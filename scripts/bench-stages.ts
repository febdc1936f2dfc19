/**
 * Where the pipeline's time goes, stage by stage, for `npm run bench` (Node and the page).
 * It repeats what extractArticle and analyzeText do, step by step, with a clock between the
 * steps; the sum is close to, not exactly, the pipeline's own time.
 */
import { analyzeText } from '../lib/analyze';
import { findBodyContainer } from '../lib/article/body';
import { extractArticle } from '../lib/article/extract';
import { isFurniture } from '../lib/article/furniture';
import { readMeta } from '../lib/article/meta';
import { extractContacts } from '../lib/contacts/extract';
import { sentenceCandidates } from '../lib/contacts/sentence-candidates';
import { decideContacts } from '../lib/contacts/decide';
import { decideInput } from '../lib/analyze';
import { buildTextIndex } from '../lib/dom/text-index';
import { planOf } from '../lib/ext/analyze-service';
import type { KnowledgeBase } from '../lib/kb/index';
import { findActors } from '../lib/match/actors';
import { findEvents } from '../lib/match/events';
import { detectLang } from '../lib/text/lang';
import { normalizeText } from '../lib/text/normalize';
import { splitSentences } from '../lib/text/sentences';
import { tokenize } from '../lib/text/tokens';

export type StageTimes = Record<string, number>;

/** The work the bench times as "ours": read the article, analyse its text, plan the highlights. */
export function pipeline(doc: Document, url: string, kb: KnowledgeBase) {
  const art = extractArticle(doc, url);
  const analysis = analyzeText({ text: art.index.text, title: art.title, published: art.published, lang: art.lang, url, isArticle: art.isArticle }, kb);
  return { art, analysis, plan: planOf(analysis) };
}

export function stageTimes(doc: Document, url: string, kb: KnowledgeBase, published: string | null = null): StageTimes {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  const ref = day ? new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!)) : null;
  const out: StageTimes = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    out[name] = (out[name] ?? 0) + (now - t);
    t = now;
  };
  readMeta(doc, url);
  lap('extract: readMeta (JSON-LD, meta tags)');
  const body = findBodyContainer(doc);
  lap('extract: findBodyContainer');
  const index = body ? buildTextIndex([body.el], isFurniture) : { text: '', segments: [] };
  lap('extract: buildTextIndex');
  detectLang(index.text);
  lap('extract: detectLang');
  const norm = normalizeText(index.text);
  lap('analyze: normalizeText');
  const spans = splitSentences(norm);
  lap('analyze: splitSentences');
  const sentences = spans.map((span) => ({ span, tokens: tokenize(norm, span.start, span.end) }));
  lap('analyze: tokenize sentences');
  const hits = findActors(norm, kb.lexicon);
  lap('analyze: findActors');
  findEvents(norm, sentences, kb.events);
  lap('analyze: findEvents');
  // As analyzeText does (contactCandidates): the sentences the rules weighed are theirs.
  const weighed = new Set<number>();
  const found = extractContacts({ text: index.text, norm, sentences, actors: kb.actors, hits, ref, weighed, unmerged: !!kb.contactModel?.perMention });
  lap('analyze: extractContacts (clause rules)');
  const more = sentenceCandidates({ text: index.text, norm, sentences, actors: kb.actors, hits, ref }, found, weighed);
  lap('analyze: sentence candidates');
  if (kb.contactModel) decideContacts([...found, ...more], decideInput(index.text, ref ? ref.toISOString().slice(0, 10) : null, sentences, hits, kb), kb.contactModel);
  lap('analyze: learned decisions');
  return out;
}
