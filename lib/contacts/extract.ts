import type { Actor, ContactType, Side } from '../kb/types';
import { sideOf } from '../kb/types';
import type { ActorHit } from '../match/actors';
import { findDates, type DateHit } from '../text/dates';
import type { Span } from '../text/sentences';
import type { Token } from '../text/tokens';
import { CLAUSE_WORDS, STATUS_CUES, WITH } from './lexicon';
import { PLACE_PREP, placeByForm, type Place } from './places';
import type { ArticleContact, ContactStatus, Participant } from './types';
import { mergeArticleContacts } from './merge';
import { infoOf, wordTable, type Word, type WordInfo } from './words';

export type ExtractInput = {
  text: string;
  norm: string;
  sentences: { span: Span; tokens: Token[] }[];
  actors: Actor[];
  hits: ActorHit[];
  ref: Date | null;
};

type Party = { pos: number; end: number; actor: number | null; side: Side; speaker: boolean; descriptor?: boolean };

/** Cuts a sentence into clauses at ; : dashes and at a comma before a conjunction or relative word. */
function clauses(norm: string, tokens: Token[], words: Word[], span: Span): { from: number; to: number; toks: Token[]; words: Word[] }[] {
  const cuts = [span.start];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!.end;
    const b = tokens[i]!.start;
    // One space, the gap between most words, never cuts: no slice, no regex for it.
    if (b - a === 1 && norm.charCodeAt(a) === 32) continue;
    const gap = norm.slice(a, b);
    if (/[;:]|\s[–—-]\s|[”"»],?\s*[–—-]/.test(gap) || (gap.includes(',') && CLAUSE_WORDS.has(words[i]!.lower))) cuts.push(b);
  }
  cuts.push(span.end);
  const out = [];
  // Tokens are in order and do not overlap, so a clause's tokens (start >= from, end <= to) are
  // one run of the array: found by walking forward, not by filtering it once per clause.
  let at = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c]!;
    const to = cuts[c + 1]!;
    while (at < tokens.length && tokens[at]!.start < from) at++;
    let end = at;
    while (end < tokens.length && tokens[end]!.end <= to) end++;
    out.push({ from, to, toks: tokens.slice(at, end), words: words.slice(at, end) });
  }
  return out;
}

/** Index of the first token starting at or after pos (tokens in order). */
function tokenIndexAt(toks: Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The place nearest this trigger, among places no other trigger of the clause is nearer to. */
function findPlace(norm: string, toks: Token[], near: number, all: number[], lower: (t: Token) => string): Place | null {
  let best: Place | null = null;
  let bestDist = Infinity;
  for (let i = 1; i < toks.length; i++) {
    if (!PLACE_PREP.has(lower(toks[i - 1]!))) continue;
    for (let n = 3; n >= 1; n--) {
      const last = toks[i + n - 1];
      if (!last) continue;
      const place = placeByForm(norm.slice(toks[i]!.start, last.end));
      if (place) {
        const at = toks[i]!.start;
        const d = Math.abs(at - near);
        // The place belongs to the trigger before it in the same comma-free stretch, else the nearest.
        const owner = (t: number) => t < at && !norm.slice(t, at).includes(',');
        const ownerTrig = all.filter(owner).pop();
        if (ownerTrig !== undefined ? ownerTrig !== near : all.some((t) => Math.abs(at - t) < d)) break;
        const better = d < bestDist || (best?.kind === 'country' && place.kind === 'city');
        if (better) [best, bestDist] = [place, d];
        break;
      }
    }
  }
  return best;
}

// Global versions of the status cues, compiled once.
const STATUS_CUES_G = STATUS_CUES.map((c) => ({ ...c, re: new RegExp(c.re.source, 'gu') }));

type CueHit = { at: number; status: ContactStatus; rank: number };

/** Every status cue in a clause, in the order statusOf weighs them (by rank, then by place). */
function cuesIn(lower: string, from: number): CueHit[] {
  const out: CueHit[] = [];
  STATUS_CUES_G.forEach((cue, rank) => {
    const re = cue.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower))) out.push({ at: from + m.index, status: cue.status, rank });
  });
  return out;
}

function statusOf(cues: CueHit[], trigger: number, future: boolean): { status: ContactStatus; cue: boolean } {
  let best: { status: ContactStatus; dist: number; rank: number } | null = null;
  for (const c of cues) {
    const dist = Math.abs(c.at - trigger);
    // A denial anywhere in the clause decides; otherwise the nearest cue does.
    const key = c.status === 'denied' ? -1 : dist;
    if (!best || key < best.dist || (key === best.dist && c.rank < best.rank)) best = { status: c.status, dist: key, rank: c.rank };
  }
  if (best) return { status: best.status, cue: true };
  return { status: future ? 'planned' : 'unclear', cue: false };
}

// Words that point back to a contact already told: "ці переговори", "наступний раунд", "таких контактів".
const BACKREF = /(^|[^\p{L}])(ці|цих|цим|ця|цієї|такі|таких|такої|такі|подібн|наступн|чергов|останн|эти|этих|этой|эта|такие|такой|подобн|следующ|очередн|последн|обидві сторони|обе стороны)/u;

// Prepositions after which a country word is a place or a topic; з/с (with) and між (between) name parties.
const NOT_PARTY_PREP = new Set(['у', 'в', 'во', 'на', 'через', 'щодо', 'про', 'о', 'об', 'по', 'для', 'до', 'від', 'от', 'проти', 'против', 'після', 'после', 'перед', 'без', 'при', 'за', 'к', 'біля', 'около', 'навколо', 'вокруг', 'серед', 'среди', 'насчет', 'стосовно', 'относительно']);

// Sentences that say who made up the delegations.
const DELEGATION = /(представля|возглав|очолю|очолив|очолил|входил|увійшл|у складі|в составе|за столом)/;

const DENIAL_VERB = /(спростува|опроверг|запереч|отрица|відкину|отверг|назва\S* (фейк|неправд)|назвал\S* (фейк|неправд))/;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Contacts between the United States and Russia that the text reports: a trigger word
 * (переговори, зустріч, розмова...) with parties on both sides in the same clause.
 */
export function extractContacts(input: ExtractInput): ArticleContact[] {
  const { text, norm, sentences, actors, hits, ref } = input;
  const raw: (ArticleContact & { sentence: number; inherited: boolean })[] = [];
  let lastParties: { sentence: number; parties: Party[] } | null = null;

  const word = wordTable();
  const low = (t: Token) => word(t.text).lower;
  const info = (t: Token): WordInfo => infoOf(word(t.text));

  let hitAt = 0;
  sentences.forEach(({ span, tokens }, si) => {
    // Most sentences name no contact at all: skip them before any work on parties.
    // Each token's word is looked up once here; clauses hand the same words on.
    const words = tokens.map((t) => word(t.text));
    if (!words.some((w) => w.trigger !== null)) return;
    while (hitAt < hits.length && hits[hitAt]!.start < span.start) hitAt++;
    let hitEnd = hitAt;
    while (hitEnd < hits.length && hits[hitEnd]!.start < span.end) hitEnd++;
    const sentenceHits = hits.slice(hitAt, hitEnd);
    let sentenceSpeaker: Party | undefined;
    let denialBefore = false;
    const cls = clauses(norm, tokens, words, span);
    for (let c = 0; c < cls.length; c++) {
      const cl = cls[c]!;
      // "У Кремлі заперечили, що Путін розмовляв з Трампом": the denial governs the що-clause.
      const denied = denialBefore && /^(що|что)$/i.test(cl.toks[0]?.text ?? '');
      // The clause in lower case, made only when a rule reads it (most clauses lead nowhere).
      let lowerText: string | null = null;
      const lower = () => (lowerText ??= norm.slice(cl.from, cl.to).toLowerCase());
      // Only the clauses after this one read denialBefore.
      if (!denialBefore && c + 1 < cls.length) denialBefore = DENIAL_VERB.test(lower());
      const triggers = cl.toks.map((t, i) => ({ i, t, type: cl.words[i]!.trigger })).filter((x) => x.type !== null);
      const parties: Party[] = [];
      for (const h of sentenceHits) {
        if (h.start < cl.from || h.end > cl.to) continue;
        const a = actors[h.actor]!;
        if (a.kind === 'media') continue;
        parties.push({ pos: h.start, end: h.end, actor: h.actor, side: sideOf(a.country), speaker: false });
      }
      cl.toks.forEach((t, k) => {
        const s = infoOf(cl.words[k]!).side;
        // "у Москві", "через Україну", "щодо України": a place or a topic, not a party.
        const notParty = k > 0 && NOT_PARTY_PREP.has(cl.words[k - 1]!.lower);
        if (s && !notParty && !parties.some((p) => t.start >= p.pos && t.end <= p.end)) parties.push({ pos: t.start, end: t.end, actor: null, side: s, speaker: false });
      });
      parties.sort((a, b) => a.pos - b.pos);
      // A speaker: a verb of saying right after the name, or right before it with nobody between
      // ("Про це заявив ... Рябков", but not "опроверг информацию о разговоре Путина").
      for (const p of parties) {
        if (p.actor === null) continue;
        const at = tokenIndexAt(cl.toks, p.end);
        const after = cl.toks.slice(at, at + 4);
        const from = tokenIndexAt(cl.toks, p.pos);
        const before = cl.toks.slice(Math.max(0, from - 7), from);
        const nextParty = parties.find((q) => q.pos >= p.end);
        const prevParty = [...parties].reverse().find((q) => q.end <= p.pos);
        if (after.some((t) => info(t).speech && (!nextParty || t.start < nextParty.pos))) p.speaker = true;
        const verb = before.findLastIndex((t) => info(t).speech && (!prevParty || t.start > prevParty.end));
        if (verb >= 0 && !before.slice(verb + 1).some((t) => info(t).about || word(t.text).trigger)) p.speaker = true;
        // "спецпосланник Трампа": the name qualifies a noun; that person is not in the room.
        const prevTok = before[before.length - 1];
        if (prevTok && info(prevTok).descriptor && prevTok.end + 2 >= p.pos) p.descriptor = true;
      }
      const speakerHere = parties.find((p) => p.speaker && p.actor !== null);
      if (!triggers.length) {
        sentenceSpeaker ??= speakerHere;
        continue;
      }
      // Dates and status cues are read once per clause, and only for a clause that has a contact.
      let dates: DateHit[] | null = null;
      let cues: CueHit[] | null = null;
      const seenTypes = new Set<string>();
      for (const trig of triggers) {
        let chosen: Party[];
        const prep = cl.toks.slice(trig.i + 1, trig.i + 4).findIndex((t) => WITH.has(low(t)));
        if (prep >= 0) {
          // "X провів переговори з Y": X is the nearest party before the trigger, Y all after "з".
          const prepTok = cl.toks[trig.i + 1 + prep]!;
          // The counterpart phrase runs to the next comma: "з X і Y, рассказали ..." stops there.
          const comma = norm.slice(prepTok.end, cl.to).indexOf(',');
          const stop = comma >= 0 ? prepTok.end + comma : cl.to;
          const withGroup = parties.filter((p) => p.pos > prepTok.start && p.pos < stop && !p.descriptor);
          // The party before the trigger; else whoever speaks in this sentence ("Трамп заявил, что
          // не будет встречаться с Путиным": Trump is the one who would meet).
          const before = [...parties].reverse().find((p) => p.end <= trig.t.start && !p.descriptor) ?? sentenceSpeaker;
          chosen = withGroup.length ? [...(before ? [before] : []), ...withGroup] : parties.filter((p) => !p.speaker && !p.descriptor);
        } else {
          chosen = parties.filter((p) => !p.speaker && !p.descriptor);
        }
        let inherited = false;
        if (!chosen.length && lastParties && si - lastParties.sentence <= 8 && BACKREF.test(lower())) {
          // "наступний раунд переговорів очікується..." refers back to the last contact: to its
          // people when it was told just before ("таких контактів не існує"), else to its sides
          // ("переговори між двома державами" names no one).
          const close = si - lastParties.sentence <= 2 && !/(держав|країн|стран|государств)/.test(lower());
          chosen = close ? lastParties.parties : lastParties.parties.map((p) => ({ ...p, actor: null }));
          inherited = true;
        }
        // An institution stands for its country only when no person of that country is named.
        const persons = new Set(chosen.filter((p) => p.actor !== null && actors[p.actor]!.kind === 'person').map((p) => p.side));
        chosen = chosen.filter((p) => p.actor === null || actors[p.actor]!.kind === 'person' || !persons.has(p.side));
        // "президента США Джо Байдена": the country word describes the person, adds no party.
        const namedSides = new Set(chosen.filter((p) => p.actor !== null).map((p) => p.side));
        chosen = chosen.filter((p) => p.actor !== null || !namedSides.has(p.side));
        const sides = [...new Set(chosen.map((p) => p.side))];
        if (!sides.includes('US') || !sides.includes('RU')) continue;
        if (!inherited) lastParties = { sentence: si, parties: chosen };

        let type = trig.type!;
        if (cl.words.some((w) => infoOf(w).backchannel) || /додатков\S* канал|обхідн\S* канал|back channel/.test(lower())) type = 'backchannel';
        else if ((type === 'meeting' || type === 'negotiations' || type === 'other') && cl.words.some((w) => infoOf(w).remote)) type = 'video_call';
        if (seenTypes.has(type)) continue;
        seenTypes.add(type);

        let date: DateHit | null = null;
        dates ??= findDates(norm, ref, cl.from, cl.to);
        for (const d of dates) if (!date || Math.abs(d.start - trig.t.start) < Math.abs(date.start - trig.t.start)) date = d;
        const future = !!(date && ref && date.date > iso(ref));
        cues ??= cuesIn(lower(), cl.from);
        const found = statusOf(cues, trig.t.start, future);
        const { status, cue } = denied ? { status: 'denied' as const, cue: true } : found;
        // A told-back contact with nothing new about its status adds only noise.
        if (inherited && !cue && !date) continue;
        const place = findPlace(norm, cl.toks, trig.t.start, triggers.map((x) => x.t.start), low);
        const participants: Participant[] = chosen.map((p) => ({
          actorId: p.actor === null ? null : actors[p.actor]!.id,
          side: p.side,
          text: text.slice(p.pos, p.end),
        }));
        const named = new Set(participants.filter((p) => p.actorId).map((p) => p.side));
        const reportedBy = [...new Set(sentenceHits.filter((h) => actors[h.actor]!.kind === 'media').map((h) => actors[h.actor]!.id))];
        const confidence = Math.min(0.95, 0.45 + (named.has('US') ? 0.15 : 0) + (named.has('RU') ? 0.15 : 0) + (cue ? 0.1 : 0) + (date ? 0.05 : 0) - (inherited ? 0.15 : 0));
        raw.push({
          participants,
          sides: sides.sort(),
          type,
          status,
          date: date?.date ?? null,
          endDate: date?.endDate ?? null,
          datePrecision: date?.precision ?? null,
          place: place?.en ?? null,
          reportedBy,
          evidence: {
            start: span.start,
            end: span.end,
            exact: text.slice(span.start, span.end),
            prefix: text.slice(Math.max(0, span.start - 32), span.start),
            suffix: text.slice(span.end, span.end + 32),
          },
          mentions: [{ start: span.start, end: span.end }],
          confidence: Math.round(confidence * 100) / 100,
          sentence: si,
          inherited,
        });
      }
    }
  });
  // "Переговоры делегаций России и США продолжались... Российскую сторону представляли Лавров и
  // Ушаков, американскую — Рубио и Уолц": the next sentences name who sat at the table.
  // Whether a sentence names delegations, asked once per sentence however many contacts ask.
  const delegation = new Map<number, boolean>();
  for (const c of raw) {
    if (c.participants.some((p) => p.actorId)) continue;
    for (let k = c.sentence + 1; k <= c.sentence + 2 && k < sentences.length; k++) {
      const { span } = sentences[k]!;
      let names = delegation.get(k);
      if (names === undefined) delegation.set(k, (names = DELEGATION.test(norm.slice(span.start, span.end).toLowerCase())));
      if (!names) continue;
      const people = hits.filter((h) => h.start >= span.start && h.end <= span.end && actors[h.actor]!.kind === 'person' && c.sides.includes(sideOf(actors[h.actor]!.country)));
      if (!people.length) continue;
      const named = new Set(people.map((h) => sideOf(actors[h.actor]!.country)));
      c.participants = [
        ...c.participants.filter((p) => !named.has(p.side)),
        ...people.filter((h, i) => people.findIndex((x) => x.actor === h.actor) === i).map((h) => ({ actorId: actors[h.actor]!.id, side: sideOf(actors[h.actor]!.country), text: text.slice(h.start, h.end) })),
      ];
      break;
    }
  }
  return mergeArticleContacts(raw);
}
