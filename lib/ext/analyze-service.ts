import { analyzeText, type Analysis } from '../analyze';
import { HistoryDB, upsertRecords } from '../history/db';
import { recordFromContact } from '../history/merge';
import type { PageSummary } from '../history/types';
import { bundledKb, type KnowledgeBase } from '../kb/index';
import { roleLabel } from '../kb/roles';
import { relatedEvents } from '../kb/related';
import type { ActorCard, ArticlePayload, HighlightPlan } from '../messages';
import { recentContacts } from '../history/recent';
import { priorEventRecord } from '../kb/prior-records';
import type { ContactRecord } from '../history/types';
import { hostOf } from '../ui/safe-url';
import { formatSpan } from '../ui/dates';
import { recentLabel } from '../ui/format';
import { translate, type UiLang } from '../ui/i18n';
import { countryLabel } from '../ui/places';
import type { Lang } from '../text/lang';
import { knownNames, proposeActors, type KnownNames, type Proposal } from '../kb/propose';
import { proposalKey } from '../history/proposal-actor';

const MAX_TEXT = 1_000_000;

export function summarize(page: ArticlePayload, a: Analysis): PageSummary {
  return {
    url: page.url,
    href: page.href,
    isArticle: true,
    reason: page.reason,
    title: page.title,
    site: page.site,
    lang: a.lang,
    published: page.published,
    actors: a.actors.map((x) => ({ id: x.id, name: x.name, kind: x.kind, count: x.mentions.length })).sort((x, y) => y.count - x.count),
    events: a.events.map((e) => ({ id: e.id, title: e.title, date: e.date })),
    contacts: a.contacts,
  };
}

/**
 * What to highlight, with each name's hover card in the interface language `lang` (the reader's,
 * not the article's: a card is the extension speaking). A card's `country` stays the code (the
 * highlighter tints by it); `badge` and `kind` are the words shown.
 */
export function planOf(a: Analysis, kb: KnowledgeBase = bundledKb(), lang: UiLang = 'en'): HighlightPlan {
  const day = a.published?.slice(0, 10) ?? null;
  const card = (id: string): ActorCard => {
    const actor = kb.byId.get(id)!;
    const kind = actor.kind === 'person' ? '' : translate(lang, actor.kind === 'media' ? 'optKindMedia' : 'optKindInstitution');
    return { lang, name: actor.name[lang], role: roleLabel(actor, day, lang), country: actor.country, badge: countryLabel(actor.country, lang), wikidata: actor.wikidata, kind, close: translate(lang, 'cardClose') };
  };
  return {
    actors: a.actors.map((x) => ({ id: x.id, kind: x.kind, name: x.name, card: card(x.id), mentions: x.mentions })),
    events: a.events.map((e) => ({ id: e.id, title: e.title, mentions: e.mentions })),
    contacts: a.contacts.map((c) => ({ status: c.status, mentions: c.mentions })),
  };
}

/**
 * The card of an earlier event the article refers to, in the interface language: when and where
 * it was, who took part, and the history record it matches (the reference timeline's, with every
 * article that has reported it since), each source a link.
 */
export async function eventCard(db: HistoryDB, id: string, kb: KnowledgeBase, lang: UiLang): Promise<ActorCard | undefined> {
  const e = kb.events.find((x) => x.id === id);
  if (!e) return undefined;
  const name = (p: string) => kb.byId.get(p)?.name[lang] ?? p;
  // Looked up by the merge key the timeline gave it, then among records of the same parties
  // (one it merged into keeps that record's key); an event of sides alone only by its key's
  // parties part: never a scan of every US contact.
  const key = priorEventRecord(e, kb.byId, '').key;
  const mine = (rs: ContactRecord[]) => rs.find((r) => r.prior === e.id);
  const record =
    mine(await db.contacts.where('key').equals(key).toArray()) ??
    mine(e.participants.length ? await db.contacts.where('participants').anyOf(e.participants).toArray() : await db.contacts.where('key').startsWith(`${key.split('|')[0]}|`).toArray());
  const sources = record?.sources ?? [{ url: e.source, title: e.title.en, site: null, published: null, lang: null }];
  return {
    lang,
    name: e.title[lang],
    role: [formatSpan(e.date, e.endDate, lang), e.place?.[lang]].filter(Boolean).join(' · '),
    country: '',
    badge: '',
    wikidata: null,
    kind: e.participants.map(name).join(', '),
    close: translate(lang, 'cardClose'),
    recent: sources.slice(0, 5).map((s) => ({
      date: e.date, reported: s.published?.slice(0, 10) ?? null, type: e.type, status: e.status ?? 'happened', with: '', url: s.url,
      // The event's own public source shows under the event's title; an article by its site and
      // its own title, both its own words (data, in the article's language).
      site: s.site ?? hostOf(s.url) ?? s.url,
      ...(s.url !== e.source && s.title && { quote: { text: s.title, lang: s.lang ?? null } }),
    })),
  };
}

const namesOf = new WeakMap<KnowledgeBase, KnownNames>();
// Sentences that may hold an office word: the others are not split into words a second time.
const OFFICE_HINT = /посл|засту|замест|зам[гмд]|мініс|минис|глав|керівн|руковод|очільн|представ|поміч|помощ|радни|совет|речни|секрет|директор|сенатор|конгрес/i;

/**
 * People the article names through a US or Russian office whom the knowledge base (the shipped
 * actors and the reader's own) lacks, less those the reader dismissed: the popup offers to add them.
 */
export function proposalsOf(a: Analysis, kb: KnowledgeBase, dismissed: ReadonlySet<string> = new Set()): Proposal[] {
  if ((a.lang !== 'uk' && a.lang !== 'ru') || !OFFICE_HINT.test(a.text)) return [];
  let names = namesOf.get(kb);
  if (!names) namesOf.set(kb, (names = knownNames(kb.actors)));
  return proposeActors(a.text, a.lang, a.actors.flatMap((x) => x.mentions), names).filter((p) => !dismissed.has(proposalKey(p)));
}

/**
 * The background's work for one article: run the pipeline, store its contacts with the article
 * as their source, and return what to highlight and what the popup will show.
 */
export async function analyzeAndStore(db: HistoryDB, page: ArticlePayload, kb: KnowledgeBase = bundledKb(), now = new Date(), rejected: ReadonlySet<string> = new Set(), uiLang: UiLang = 'en', dismissed: ReadonlySet<string> = new Set()) {
  const text = page.text.length > MAX_TEXT ? page.text.slice(0, MAX_TEXT) : page.text;
  const analysis = analyzeText({ text, title: page.title, published: page.published, url: page.url, lang: (page.lang as Lang | null) ?? null }, kb);
  const seen = now.toISOString();
  const source = { url: page.url, title: page.title, site: page.site, lang: analysis.lang, published: page.published, seen };
  // What a person rejected on this article is not stored again when it is read again.
  const records = analysis.contacts.map((c) => recordFromContact(c, source)).filter((r) => !rejected.has(r.key));
  const stored = records.length ? await upsertRecords(db, records) : { added: 0, merged: 0 };
  const plan = planOf(analysis, kb, uiLang);
  const summary = summarize(page, analysis);
  summary.proposals = proposalsOf(analysis, kb, dismissed);
  const lang = analysis.lang ?? 'en';
  summary.related = relatedEvents(kb.events, analysis.actors.map((a) => a.id), analysis.contacts.flatMap((c) => c.participants), page.published, 5, {
    places: analysis.contacts.map((c) => c.place),
    types: analysis.contacts.map((c) => c.type),
  })
    .filter((e) => !summary.events.some((x) => x.id === e.id))
    .map((e) => ({ id: e.id, title: lang === 'en' ? e.title.en : e.title[lang], date: e.date, source: e.source }));
  await Promise.all(
    plan.actors.filter((a) => a.kind !== 'media').map(async (a) => (a.card.recent = (await recentContacts(db, a.id, kb, uiLang)).map((c) => ({ ...c, label: recentLabel(c, uiLang) })))),
  );
  await Promise.all(plan.events.map(async (e) => (e.card = await eventCard(db, e.id, kb, uiLang))));
  return { analysis, summary, plan, stored };
}

/** A live blog's post, as its span of the blog's text. */
export type LivePostRef = { id: string; title: string | null; published: string | null; start: number; end: number };

const shift = <T extends { start: number; end: number }>(xs: T[], by: number): T[] => xs.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));

/**
 * A live blog: every post analysed and stored as its own article (its address is the blog's
 * with the post's anchor), the plans joined into one over the blog's text, and one summary.
 */
export async function analyzeLiveBlog(db: HistoryDB, page: ArticlePayload, posts: LivePostRef[], kb: KnowledgeBase = bundledKb(), now = new Date(), uiLang: UiLang = 'en', dismissed: ReadonlySet<string> = new Set()) {
  const plan: HighlightPlan = { actors: [], events: [], contacts: [] };
  const summary: PageSummary = { ...summarize(page, analyzeText({ text: '', isArticle: false }, kb)), isArticle: true, actors: [], events: [], contacts: [] };
  const stored = { added: 0, merged: 0 };
  for (const post of posts.slice(0, 200)) {
    const text = page.text.slice(post.start, post.end);
    const one = await analyzeAndStore(db, { ...page, url: `${page.url}#${post.id}`, title: post.title ?? page.title, published: post.published ?? page.published, text }, kb, now, new Set(), uiLang, dismissed);
    stored.added += one.stored.added;
    stored.merged += one.stored.merged;
    for (const a of one.plan.actors) {
      const have = plan.actors.find((x) => x.id === a.id);
      if (have) have.mentions.push(...shift(a.mentions, post.start));
      else plan.actors.push({ ...a, mentions: shift(a.mentions, post.start) });
    }
    for (const e of one.plan.events) plan.events.push({ ...e, mentions: shift(e.mentions, post.start) });
    for (const c of one.plan.contacts) plan.contacts.push({ ...c, mentions: shift(c.mentions, post.start) });
    summary.lang ??= one.summary.lang;
    for (const a of one.summary.actors) {
      const have = summary.actors.find((x) => x.id === a.id);
      if (have) have.count += a.count;
      else summary.actors.push({ ...a });
    }
    for (const e of one.summary.events) if (!summary.events.some((x) => x.id === e.id)) summary.events.push(e);
    summary.contacts.push(...one.summary.contacts.map((c) => ({ ...c, evidence: { ...c.evidence, start: c.evidence.start + post.start, end: c.evidence.end + post.start } })));
    // A person proposed once for the blog, from the first post that names them.
    for (const p of one.summary.proposals ?? []) {
      if ((summary.proposals ??= []).some((x) => proposalKey(x) === proposalKey(p))) continue;
      summary.proposals.push({ ...p, sentence: shift([p.sentence], post.start)[0]!, mention: shift([p.mention], post.start)[0]! });
    }
  }
  summary.actors.sort((x, y) => y.count - x.count);
  return { summary, plan, stored };
}
