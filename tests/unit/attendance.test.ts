import { describe, expect, it } from 'vitest';
import { contactCandidates } from '@/lib/analyze';
import { bundledKb } from '@/lib/kb/index';
import { findActors } from '@/lib/match/actors';
import { normalizeText } from '@/lib/text/normalize';
import { splitSentences } from '@/lib/text/sentences';
import { tokenize } from '@/lib/text/tokens';

const kb = bundledKb();

/** The candidates (before the learned keep decision) of a text, as their people and sides. */
function candidates(text: string): string[][] {
  const norm = normalizeText(text);
  const sentences = splitSentences(norm).map((span) => ({ span, tokens: tokenize(norm, span.start, span.end) }));
  const hits = findActors(norm, kb.lexicon);
  return contactCandidates({ text, norm, sentences, actors: kb.actors, hits, ref: new Date('2026-02-17') }, true).map((c) => c.participants.map((p) => p.actorId ?? `side:${p.side}`));
}

// The project's own sentences.
describe('members of a round told by its sides', () => {
  it('the head of a delegation named next takes his side’s place', () => {
    const cs = candidates('Як повідомив Стів Віткофф, у Женеві розпочалися тристоронні переговори України, США та Росії. Російську делегацію очолив Володимир Мединський.');
    expect(cs.some((c) => c.includes('vladimir-medinsky') && !c.includes('side:RU'))).toBe(true);
  });
  it('a sentence that points back at the round ("у них бере участь") seats the person it names', () => {
    const cs = candidates('У Анкарі відбуваються переговори між делегаціями Росії та США. Уточнюється, що у них бере участь директор Служби зовнішньої розвідки Сергій Наришкін.');
    expect(cs.some((c) => c.includes('sergey-naryshkin') && !c.includes('side:RU'))).toBe(true);
  });
  it('a person named next with no word of a delegation is another story', () => {
    const cs = candidates('Як повідомив Стів Віткофф, у Женеві розпочалися тристоронні переговори України, США та Росії. Володимир Мединський прокоментував це журналістам.');
    expect(cs.some((c) => c.includes('vladimir-medinsky'))).toBe(false);
  });
});
