import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analyze';
import { decideContacts, type ContactModel } from '@/lib/contacts/decide';
import type { ArticleContact } from '@/lib/contacts/types';
import { bundledKb } from '@/lib/kb/index';
import { argmax, predict, train, type Features } from '@/lib/ml/logreg';
import { loadCorpus, loadSplit, partTexts } from '../../scripts/contacts-corpus';
import { MODEL_FILE, shippedModel } from '../../scripts/train-contacts';

const kb = bundledKb();

describe('logistic regression', () => {
  const data: { x: Features; y: string }[] = [
    { x: { a: 1 }, y: 'yes' }, { x: { a: 1, c: 1 }, y: 'yes' }, { x: { b: 1 }, y: 'no' }, { x: { b: 1, c: 1 }, y: 'no' },
  ];
  it('learns a separable rule and ignores features it never saw', () => {
    const m = train(data, ['no', 'yes'], { minCount: 1 });
    expect(argmax(m, predict(m, { a: 1 }))).toBe('yes');
    expect(argmax(m, predict(m, { b: 1, unseen: 1 }))).toBe('no');
    expect(predict(m, { unseen: 1 })).toEqual(predict(m, {}));
  });
  it('gives the same weights every run (no random start, no shuffling)', () => {
    expect(train(data, ['no', 'yes'], { minCount: 1 })).toEqual(train(data, ['no', 'yes'], { minCount: 1 }));
  });
  it('drops features seen fewer than minCount times: a word of one text cannot be learned', () => {
    expect(Object.keys(train(data, ['no', 'yes'], { minCount: 2 }).weights)).toEqual(expect.arrayContaining(['a', 'b']));
    expect(Object.keys(train([...data, { x: { rare: 1 }, y: 'no' }], ['no', 'yes'], { minCount: 2 }).weights)).not.toContain('rare');
  });
});

describe('decisions about contact candidates', () => {
  const cand = (over: Partial<ArticleContact>): ArticleContact => ({
    participants: [{ actorId: 'donald-trump', side: 'US', text: 'Трамп' }, { actorId: 'vladimir-putin', side: 'RU', text: 'Путин' }],
    sides: ['RU', 'US'], type: 'phone_call', status: 'happened', date: null, endDate: null, datePrecision: null, place: null, confidence: 0.8,
    reportedBy: [], evidence: { start: 0, end: 10, exact: 'x', prefix: '', suffix: '' }, mentions: [{ start: 0, end: 10 }], ...over,
  });
  const flat = (classes: string[], bias: number[]) => ({ classes, weights: {}, bias });
  const model = (date: number[], keep = [0, 1]): ContactModel => ({
    threshold: 0.5, margin: { type: 0.4, status: 0.4, date: 0.4 },
    keep: flat(['no', 'yes'], keep), type: flat(['phone_call'], [0]), status: flat(['happened'], [0]), date: flat(['keep', 'report', 'none'], date),
  });
  const input = { text: 'Путин и Трамп поговорили.', refIso: '2025-03-20', leadEnd: 25, sentences: [{ start: 0, end: 25 }], hits: [] };

  it('dates a contact the text reports as just taken place by the report, and marks it so', () => {
    const [c] = decideContacts([cand({})], input, model([0, 2, 0]));
    expect(c).toMatchObject({ date: '2025-03-20', datePrecision: 'day', dateBasis: 'report' });
  });
  it('never dates a planned contact by its report', () => {
    const m = { ...model([0, 2, 0]), status: flat(['planned'], [0]) };
    const [c] = decideContacts([cand({ status: 'planned' })], input, m);
    expect(c!.date).toBeNull();
    expect(c!.dateBasis).toBeUndefined();
  });
  it('keeps a date the text gives unless the model is surer by the margin', () => {
    const dated = cand({ date: '2025-03-18', datePrecision: 'day', dateBasis: 'text' });
    expect(decideContacts([dated], input, model([0.5, 0.6, 0]))[0]).toMatchObject({ date: '2025-03-18', dateBasis: 'text' });
    expect(decideContacts([dated], input, model([-2, 2, 0]))[0]).toMatchObject({ date: '2025-03-20', dateBasis: 'report' });
  });
  it('drops a candidate below the threshold; the confidence it keeps is the probability', () => {
    expect(decideContacts([cand({})], input, model([0, 0, 0], [1, 0]))).toEqual([]);
    expect(decideContacts([cand({})], input, model([0, 0, 0], [0, 0]))[0]!.confidence).toBe(0.5);
  });
  it('reads the words that govern the contact word, and never outputs them', async () => {
    const { contactCandidates } = await import('@/lib/analyze');
    const { candidateFeatures } = await import('@/lib/contacts/features');
    const { findActors } = await import('@/lib/match/actors');
    const { normalizeText } = await import('@/lib/text/normalize');
    const { splitSentences } = await import('@/lib/text/sentences');
    const { tokenize } = await import('@/lib/text/tokens');
    const text = 'Ушаков рассказал о подготовке разговора Путина и Трампа.';
    const norm = normalizeText(text);
    const sentences = splitSentences(norm).map((span) => ({ span, tokens: tokenize(norm, span.start, span.end) }));
    const [c] = contactCandidates({ text, norm, sentences, actors: kb.actors, hits: findActors(norm, kb.lexicon), ref: new Date('2025-03-17'), unmerged: true }, true);
    expect(c!.governors).toEqual(['о', 'подготовке']);
    expect(candidateFeatures(c!, { text, refIso: '2025-03-17', leadEnd: text.length, count: 1 })['gov1:подго']).toBe(1);
    for (const out of analyzeText({ text, published: '2025-03-17' }, kb).contacts) expect(out).not.toHaveProperty('governors');
  });
  it('runs in the pipeline: a just-reported call gets the publication day, by report', () => {
    const [c] = analyzeText({ text: 'Владимир Путин и Дональд Трамп провели телефонный разговор.', published: '2025-03-20' }, kb).contacts;
    expect(c).toMatchObject({ type: 'phone_call', status: 'happened', date: '2025-03-20', dateBasis: 'report' });
  });
});

// Needs the corpus texts in the cache (.cache/contacts-corpus, rebuilt from the urls; CI has none).
const dev = partTexts('dev', loadCorpus(), loadSplit());
describe.skipIf(dev.missing.length > 0)('the shipped model', () => {
  it('is what npm run train:contacts makes from the dev part (reproducible, weights as data)', () => {
    const shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ContactModel;
    expect(JSON.parse(JSON.stringify(shippedModel(dev.texts)))).toEqual(shipped);
  }, 60_000);
});
