import type { KnowledgeBase } from './kb/index';
import { findActors, type ActorHit } from './match/actors';
import { findEvents } from './match/events';
import { extractContacts, type ExtractInput } from './contacts/extract';
import type { ArticleContact, Participant } from './contacts/types';
import { detectLang, type Lang } from './text/lang';
import { normalizeText } from './text/normalize';
import { splitSentences } from './text/sentences';
import { decideContacts, type DecideInput } from './contacts/decide';
import { sentenceCandidates } from './contacts/sentence-candidates';
import { withAttendance } from './contacts/attendance';
import { sideOf } from './kb/types';
import { tokenize } from './text/tokens';

export type TextSpan = { start: number; end: number };

export type AnalyzeInput = {
  id?: string | null;
  text: string;
  title?: string | null;
  published?: string | null;
  lang?: Lang | null;
  url?: string | null;
  isArticle?: boolean;
};

export type FoundActor = { id: string; name: string; kind: string; wikidata: string | null; country: string; mentions: TextSpan[] };
export type FoundEvent = { id: string; title: string; date: string; mentions: TextSpan[] };
/** A contact as the pipeline reports it: participants as actor ids, parties as written. */
export type FoundContact = Omit<ArticleContact, 'participants'> & { participants: string[]; parties: Participant[] };

/** What the pipeline finds in one article; offsets are UTF-16 units into `text`, end exclusive. */
export type Analysis = {
  id: string | null;
  isArticle: boolean;
  lang: Lang | null;
  title: string | null;
  published: string | null;
  url: string | null;
  text: string;
  actors: FoundActor[];
  events: FoundEvent[];
  contacts: FoundContact[];
};

/** The calendar day of an ISO date-time as written (its own offset), at UTC midnight. */
function refDay(published: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
}

/** What the learned decisions read besides the candidates: sentences and, for a party model, every actor's mentions. */
export function decideInput(text: string, refIso: string | null, sentences: { span: TextSpan }[], hits: ActorHit[], kb: KnowledgeBase): DecideInput {
  return {
    text,
    refIso: refIso ?? '',
    leadEnd: sentences[0]?.span.end ?? 0,
    sentences: sentences.map((s) => s.span),
    hits: !kb.contactModel?.party ? [] : hits.map((h) => {
      const a = kb.actors[h.actor]!;
      return { id: a.id, side: sideOf(a.country), kind: a.kind, start: h.start, end: h.end };
    }),
  };
}

/** The contact candidates of a text: the clause rules', and (for the learned decisions) the sentences' they left. */
export function contactCandidates(input: Omit<ExtractInput, 'weighed'>, withSentences: boolean): ArticleContact[] {
  const weighed = new Set<number>();
  const found = extractContacts({ ...input, weighed });
  const all = withSentences ? [...found, ...sentenceCandidates(input, found, weighed)] : found;
  // Members told in a later clause or sentence ("на встрече также присутствовали ...") join them.
  return withAttendance(all, input);
}

/** Runs recognition and extraction over an article's text: the one pipeline the extension and the CLI share. */
export function analyzeText(input: AnalyzeInput, kb: KnowledgeBase): Analysis {
  const { text } = input;
  const isArticle = input.isArticle ?? true;
  const base: Analysis = {
    id: input.id ?? null,
    isArticle,
    lang: input.lang ?? detectLang(text),
    title: input.title ?? null,
    published: input.published ?? null,
    url: input.url ?? null,
    text,
    actors: [],
    events: [],
    contacts: [],
  };
  if (!isArticle) return base;
  const norm = normalizeText(text);
  const sentences = splitSentences(norm).map((span) => ({ span, tokens: tokenize(norm, span.start, span.end) }));
  const hits = findActors(norm, kb.lexicon);

  const byActor = new Map<number, TextSpan[]>();
  for (const h of hits) {
    const list = byActor.get(h.actor) ?? [];
    list.push({ start: h.start, end: h.end });
    byActor.set(h.actor, list);
  }
  base.actors = [...byActor].map(([i, mentions]) => {
    const a = kb.actors[i]!;
    return { id: a.id, name: a.name.en, kind: a.kind, wikidata: a.wikidata, country: a.country, mentions };
  });

  const byEvent = new Map<number, TextSpan[]>();
  const ref = refDay(input.published);
  const refIso = ref ? ref.toISOString().slice(0, 10) : null;
  for (const e of findEvents(norm, sentences, kb.events)) {
    // An article cannot refer back to what happened after it was published.
    if (refIso !== null && kb.events[e.event]!.date > refIso) continue;
    const list = byEvent.get(e.event) ?? [];
    list.push({ start: e.start, end: e.end });
    byEvent.set(e.event, list);
  }
  base.events = [...byEvent].map(([i, mentions]) => {
    const ev = kb.events[i]!;
    return { id: ev.id, title: ev.title.en, date: ev.date, mentions };
  });

  // With the learned decisions, every sentence naming both sides with a contact word is a
  // candidate too (sentence-candidates.ts); without them, the rules' reading stands alone.
  const candidates = contactCandidates({ text, norm, sentences, actors: kb.actors, hits, ref, unmerged: !!kb.contactModel?.perMention }, !!kb.contactModel);
  const contacts = kb.contactModel && candidates.length ? decideContacts(candidates, decideInput(text, refIso, sentences, hits, kb), kb.contactModel) : candidates;
  base.contacts = contacts.map(({ participants, ...rest }) => ({
    ...rest,
    participants: participants.flatMap((p) => (p.actorId ? [p.actorId] : [])),
    parties: participants,
  }));
  return base;
}
