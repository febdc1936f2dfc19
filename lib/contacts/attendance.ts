/**
 * Who else sat at the table. News names a meeting's principals in one sentence and its other
 * members in the same sentence's next clause or a sentence or two later: "..., де також брали
 * участь Ушаков і Дмитрієв", "На встрече также присутствовали ...", "До складу американської
 * делегації входили також ...", "Со стороны США присутствуют ...". The clause rules read one
 * clause at a time and miss them; on dev, such sentences held the missing people of one in three
 * contacts found with only some of their people. Each person such a sentence names (not one
 * who only qualifies another's office: "спецпосланник Трампа") joins the nearest contact told
 * before it, in the same sentence or up to three before, when that contact is met face to face and
 * already has the person's side.
 */
import type { Side } from '../kb/types';
import { sideOf } from '../kb/types';
import { looksGenitive, possessorTest, type ExtractInput } from './extract';
import { DESCRIPTOR, SAID_BY, SPEECH } from './lexicon';
import type { ArticleContact, Participant } from './types';

// Words that say someone takes part in (or makes up a delegation of) a meeting told nearby.
const ATTEND = new RegExp(
  [
    '(брали|бере|беруть|взяли|взяв|взяла|візьмуть|візьме|братимуть)\\s+участь',
    '(принял|приняла|приняли|примут|примет|принимал|принимали|принимает|принимают)\\s+участие',
    // "От США в переговорах участвуют ...", "Российскую сторону представляют Лавров и Ушаков".
    'участву(ют|ет)', 'участвовал', 'будут\\s+участвовать', '(сторону|делегацию|країну)\\s+представ(ля|ит)',
    'представл(яют|ял|яли|ятимуть|яють|яв)\\s+(\\p{L}+\\s+)?(сторону|делегацію|делегацию|країну|страну|Росію|Россию|США)',
    // "С американской стороны — госсекретарь Марко Рубио ...", "з російського боку — ...".
    '(з|зі|с|со|від|от)\\s+(американськ|американск|російськ|российск|українськ|украинск)\\p{L}*\\s+(боку|сторони|стороны)',
    'за\\s+участ', 'при\\s+участии', 'с\\s+участием', 'присутн', 'присутств',
    'до\\s+складу', 'у\\s+складі', 'в\\s+складі', 'в\\s+состав', 'входил', 'входять', 'входят', 'входитим', 'увійшл', 'увійд', 'вошл', 'войд',
    'долучил', 'долучат', 'приєднал', 'приєднаю', 'присоединил', 'присоединят',
    'делегаці\\p{L}*\\s+(очол|возглав)', '(очолю|очолив|очолила|очолить|возглавил|возглавит|возглавля)\\p{L}*\\s+(\\p{L}+\\s+){0,2}делегац',
    'на\\s+чолі', 'во\\s+главе', 'делегацію\\s*,?\\s*(окрім|крім)', 'делегацию\\s*,?\\s*(кроме|помимо)',
  ].join('|'),
  'iu',
);
// A sentence that says whose side the people are on: "Російську делегацію очолив ...", "Российскую
// сторону представляют ...", "От США в переговорах участвуют ...".
const SIDE_MEMBERS = /делегаці|делегаци|сторон|боку|(^|\s)(від|от)\s+(США|Росі|Росси|РФ)/iu;
// "у них", "в этих переговорах", "на ній": the sentence is about the round told just before.
const BACK = /(^|[^\p{L}])(у|в|на)\s+(них|ній|ней|ньому|нем|цих|этих|цій|этой|цьому|этом)([^\p{L}]|$)/iu;
// The future of the verbs that say who takes part.
const TAKING_PART_AHEAD = /(візьм|братим|примут|примет|войд[еу]т|увійд(е|уть)|возглавит|очолить|очолюватим|будут|буде|будет|будуть|представлятим|представит)/iu;
// Met face to face: a call's "participants" are its two ends, never told like this.
const AT_TABLE = new Set(['meeting', 'negotiations', 'consultations', 'visit', 'other']);
const WINDOW = 3;
const FAR = 8;

/**
 * "помощник президента США Дональда Трампа Майк Уолтц": a name a few words after an office of
 * another's ("помощник", "спецпосланник"), with no comma between, qualifies that office.
 */
function qualifies(norm: string, at: number): boolean {
  const words = norm.slice(Math.max(0, at - 60), at).trim().split(/\s+/).slice(-4);
  const k = words.findLastIndex((w, i) => i < words.length - 1 && DESCRIPTOR.test(w.toLowerCase()));
  return k >= 0 && !words.slice(k).some((w) => /[,:;—–]/.test(w));
}

/** "..., повідомив Ушаков", "за словами Ушакова": who tells of the meeting is not at it. */
function speaks(norm: string, h: { start: number; end: number }): boolean {
  const after = norm.slice(h.end, h.end + 40).trim().split(/\s+/).slice(0, 2);
  const before = norm.slice(Math.max(0, h.start - 40), h.start).trim().split(/\s+/).slice(-3);
  const low = (w: string) => w.toLowerCase().replace(/[^\p{L}-]/gu, '');
  return after.some((w) => SPEECH.test(low(w))) || before.some((w) => SPEECH.test(low(w)) || SAID_BY.test(low(w)));
}

export function withAttendance(cands: ArticleContact[], input: Pick<ExtractInput, 'norm' | 'sentences' | 'actors' | 'hits'>): ArticleContact[] {
  const { norm, sentences, actors, hits } = input;
  const possessor = possessorTest(norm, actors);
  const out = cands.slice();
  const listedAt = new Map<number, number>();
  sentences.forEach(({ span }, si) => {
    const sentence = norm.slice(span.start, span.end);
    const cue = ATTEND.exec(sentence);
    if (!cue) return;
    // "У переговорах беруть участь:" and the list on the lines below it, one name a line.
    let end = span.end;
    if (/:\s*$/.test(sentence)) for (let k = si + 1; k < sentences.length && k <= si + 8 && /\n/.test(norm.slice(end, sentences[k]!.span.start + 1)) && sentences[k]!.span.end - sentences[k]!.span.start < 200; k++) end = sentences[k]!.span.end;
    const people: Participant[] = [];
    for (const h of hits) {
      if (h.start < span.start || h.start >= end) continue;
      const a = actors[h.actor]!;
      if (a.kind !== 'person' || possessor(h) || (qualifies(norm, h.start) && looksGenitive(a, norm.slice(h.start, h.end))) || speaks(norm, h) || people.some((p) => p.actorId === a.id)) continue;
      people.push({ actorId: a.id, side: sideOf(a.country), text: input.norm.slice(h.start, h.end) });
    }
    if (!people.length) return;
    // Whose delegation they make up is said, they are listed under "беруть участь:", or the
    // sentence points back at the round ("у них бере участь директор СЗР", "в этих переговорах").
    const members = SIDE_MEMBERS.test(sentence) || end > span.end || BACK.test(sentence);
    // The nearest contact told before (or in) this sentence, within the window.
    // A sentence that says whose delegation the people make up reaches further back: the round it
    // lists is often told at the top, with its venue and setting in between.
    const from = sentences[Math.max(0, si - (members ? FAR : WINDOW))]!.span.start;
    // Who "візьмуть участь" sits at a round still ahead; who "беруть участь" or "брали участь", at
    // one under way or past: the nearest contact told in that tense, else the nearest.
    const ahead = TAKING_PART_AHEAD.test(sentence);
    let best = -1;
    let bestAt = -1;
    for (const wanted of [true, false]) {
      if (best >= 0) break;
      out.forEach((c, i) => {
        if (!AT_TABLE.has(c.type) || (wanted && (c.status === 'planned') !== ahead)) return;
        const at = Math.max(...[...c.mentions.map((m) => m.start), listedAt.get(i) ?? -1].map((m) => (m >= from && m <= span.start ? m : -1)));
        if (at > bestAt) [best, bestAt] = [i, at];
      });
    }
    if (best < 0) return;
    const c = out[best]!;
    const have = new Set(c.participants.map((p) => p.actorId));
    const sides = new Set<Side>(c.sides);
    // Someone of a side the contact does not have ("з українського боку — Єрмак"): another meeting.
    // (A host or mediator of a third country, "глава МЗС Саудівської Аравії" in the list, is passed
    // over: third-parties.ts seats one only at a round told as three-way.)
    if (people.some((p) => !sides.has(p.side) && p.side !== 'other')) return;
    const joining = people.filter((p) => !have.has(p.actorId) && sides.has(p.side));
    // Everyone named is already there, or nobody of the contact's people is: another story.
    // A round told by its sides takes the people a sentence names as its delegations' members
    // ("Російську делегацію очолив Костюков"); other people near a sides-only contact may be another story.
    if (!joining.length || (!c.participants.some((p) => p.actorId) && !members)) return;
    // The sentence that listed them counts as told of the contact: "Також на зустрічі присутній
    // Ушаков" after the delegations' lists joins the same round.
    listedAt.set(best, span.start);
    out[best] = { ...c, participants: [...c.participants.filter((p) => p.actorId || !joining.some((j) => j.side === p.side)), ...joining] };
  });
  return out;
}
