/**
 * Candidates the clause rules do not make: every sentence with a contact word that names both
 * sides (people, institutions or side words such as "США", "російська делегація") and gave no
 * candidate of the rules becomes one, with everyone it names. On the labelled corpus's dev part,
 * three in four contacts the rules miss have such a sentence. Whether it is a contact, who of
 * those named takes part, its status and its date are then for the learned decisions
 * (decide.ts), which see that it came from here.
 */
import type { ContactType } from '../kb/types';
import { sideOf, type Side } from '../kb/types';
import { findDates } from '../text/dates';
import { possessedBy, possessorTest, statusOf, TOPIC_NOUN, type ExtractInput } from './extract';
import { AND, SAID_BY, SPEECH, TRILATERAL } from './lexicon';
import type { Token } from '../text/tokens';
import { bodyAsPlace, institutionsAsParties, kindOf } from './institutions';
import type { ArticleContact, Participant } from './types';
import { infoOf, wordTable, type Word } from './words';
import { addSummonsParties, summonsIn, summonsStatus } from './summons';

// Of two contact words in one sentence, the one that says more about the mode names it.
const RANK: Record<ContactType, number> = { phone_call: 7, video_call: 7, backchannel: 6, consultations: 5, negotiations: 4, visit: 3, meeting: 2, other: 1 };
const iso = (d: Date) => d.toISOString().slice(0, 10);


/**
 * Whether a mention is the speaker: a verb of saying next to it, or "за словами" before it, with
 * no contact word between. `word` is the sentence loop's word table (each distinct word read once).
 */
function speaks(word: (text: string) => Word, tokens: Token[], h: { start: number; end: number }): boolean {
  const at = tokens.findIndex((t) => t.start >= h.start);
  const end = tokens.findIndex((t) => t.start >= h.end);
  const low = (t: Token) => word(t.text).lower;
  const after = tokens.slice(end < 0 ? tokens.length : end, (end < 0 ? tokens.length : end) + 2);
  const before = tokens.slice(Math.max(0, at - 6), at < 0 ? tokens.length : at);
  if (after.some((t) => SPEECH.test(low(t)))) return true;
  const k = before.findLastIndex((t) => SPEECH.test(low(t)) || SAID_BY.test(low(t)));
  return k >= 0 && !before.slice(k + 1).some((t) => word(t.text).trigger);
}

/** `weighed`: the sentences the rules weighed a contact of both sides in (ExtractInput.weighed): theirs, kept or not. */
export function sentenceCandidates(input: ExtractInput, found: ArticleContact[], weighed: Set<number> = new Set()): ArticleContact[] {
  const { text, norm, sentences, actors, hits, ref } = input;
  // A sentence the rules made a candidate of, or weighed one in and turned down ("домовилися
  // продовжити діалог"), is theirs: candidates beside theirs there (tried on dev, with everyone the
  // sentence names) lost more than they found.
  const told = new Set(found.flatMap((c) => c.mentions.map((m) => m.start)));
  // Each distinct word classified once, as the clause rules do (words.ts).
  const word = wordTable();
  const kind = kindOf(actors);
  const possessor = possessorTest(norm, actors);
  const out: ArticleContact[] = [];
  // The sides the article names anywhere: "trilateral" (GUIDE.md 1) means US, Russia and Ukraine only there.
  const textSides = new Set(hits.map((x) => sideOf(actors[x.actor]!.country)));
  let h = 0;
  for (const { span, tokens } of sentences) {
    while (h < hits.length && hits[h]!.start < span.start) h++;
    if (told.has(span.start) || weighed.has(span.start)) continue;
    let trig: { at: number; type: ContactType } | null = null;
    for (const t of tokens) {
      // "примет" alone is no contact word here: the clause rules read it only before a person.
      const type = word(t.text).trigger;
      if (type && !/^(примет|примут|принял|прийме|прийняв)/i.test(t.text) && (!trig || RANK[type] > RANK[trig.type])) trig = { at: t.start, type };
    }
    const sentence = norm.slice(span.start, span.end);
    // No contact word: an envoy summoned to a ministry is still a meeting (summons.ts).
    const summoned = trig ? null : summonsIn(sentence);
    if (summoned) trig = { at: span.start + summoned.at, type: 'meeting' };
    if (!trig) continue;
    const named: Participant[] = [];
    const reportedBy: string[] = [];
    for (let k = h; k < hits.length && hits[k]!.start < span.end; k++) {
      const a = actors[hits[k]!.actor]!;
      if (a.kind === 'media') {
        if (!reportedBy.includes(a.id)) reportedBy.push(a.id);
        continue;
      }
      // Who qualifies another's office ("представник Путіна") or says what the sentence reports
      // ("розповів Ушаков", "за словами Пєскова") is not at the table, as the clause rules read them.
      if (named.some((p) => p.actorId === a.id) || possessor(hits[k]!) || speaks(word, tokens, hits[k]!)) continue;
      if (a.kind === 'institution' && !summoned && bodyAsPlace(norm, hits[k]!.start)) continue;
      named.push({ actorId: a.id, side: sideOf(a.country), text: text.slice(hits[k]!.start, hits[k]!.end) });
    }
    if (summoned) addSummonsParties(summoned, sentence, named, actors, ref ? iso(ref) : null);
    // An institution stands for its side only when nobody of that side is named (GUIDE.md 2).
    const parties = institutionsAsParties(named, kind);
    const covered = new Set(parties.map((p) => p.side));
    let topic = false;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const info = infoOf(word(t.text));
      const prevLower = k > 0 ? word(tokens[k - 1]!.text).lower : '';
      // "спецпредставник з питань України та Росії": countries an office deals with are topics.
      topic = info.side ? TOPIC_NOUN.test(prevLower) || topic : topic && AND.has(word(t.text).lower);
      if (topic) continue;
      // "війни Росії": a country after a plain noun is its possessor, as the clause rules read it.
      if (info.side && k > 0 && possessedBy(prevLower, tokens[k - 1])) continue;
      const sides: Side[] = info.side ? [info.side] : textSides.has('US') && textSides.has('RU') && TRILATERAL.test(word(t.text).lower) ? ['US', 'RU', 'UA'] : [];
      for (const side of sides) {
        if (covered.has(side)) continue;
        covered.add(side);
        parties.push({ actorId: null, side, text: t.text });
      }
    }
    if (!covered.has('US') || !covered.has('RU')) continue;
    const dates = findDates(norm, ref, span.start, span.end);
    let date = dates[0] ?? null;
    for (const d of dates) if (Math.abs(d.start - trig.at) < Math.abs(date!.start - trig.at)) date = d;
    const future = !!(date && ref && date.date > iso(ref));
    const read = statusOf(sentence.toLowerCase(), span.start, trig.at, future);
    const { status, cue } = summoned ? summonsStatus(summoned, read) : { status: read.status, cue: read.cue ? ('cue' as const) : null };
    out.push({
      participants: parties,
      sides: [...covered].sort(),
      type: trig.type,
      status,
      statusCue: cue ?? 'default',
      origin: 'sentence',
      date: date?.date ?? null,
      endDate: date?.endDate ?? null,
      datePrecision: date?.precision ?? null,
      ...(date && { dateBasis: 'text' as const }),
      place: null,
      reportedBy,
      evidence: { start: span.start, end: span.end, exact: text.slice(span.start, span.end), prefix: text.slice(Math.max(0, span.start - 32), span.start), suffix: text.slice(span.end, span.end + 32) },
      mentions: [{ start: span.start, end: span.end }],
      confidence: 0.3,
    });
  }
  return out;
}
