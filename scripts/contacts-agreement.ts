/**
 * How far two careful readers agree: a second, independent labelling of a sample of dev texts
 * (tests/fixtures/contacts-corpus/agreement/second.json) scored against the first as the
 * extractor is (scripts/contacts-scoring.ts): F1 is symmetric, so it is the agreement on which
 * contacts a text reports; kind, status and date agreement are over the contacts both found.
 *
 *   npx tsx scripts/contacts-agreement.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, loadCorpus, resolveBundled, type GoldContact } from './contacts-corpus';
import { matchContacts, score, type TextResult } from './contacts-scoring';

const FILE = join(CORPUS_DIR, 'agreement', 'second.json');

export function agreement(): TextResult[] {
  const second = JSON.parse(readFileSync(FILE, 'utf8')) as { texts: { id: string; contacts: GoldContact[] }[] };
  const first = new Map(loadCorpus().map((t) => [t.id, t]));
  return second.texts.flatMap((s) => {
    const t = first.get(s.id);
    if (!t) return [];
    // The second reading's `others` resolved as the first's are (loadCorpus).
    const preds = s.contacts.map(resolveBundled).map((c) => ({ participants: c.participants, sides: c.sides as never, type: c.type as never, status: c.status as never, date: c.date, place: c.place, evidence: c.note }));
    return [{ file: s.id, lang: t.lang, predicted: preds, ...matchContacts(t.contacts, preds) }];
  });
}

if (existsSync(FILE)) {
  const s = score(agreement());
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`texts ${s.texts}; contacts: first ${s.gold}, second ${s.predicted}, both ${s.matched}`);
  console.log(`agreement on which contacts (F1) ${pct(s.f1)}; kind ${pct(s.typeAccuracy)}, status ${pct(s.statusAccuracy)}, date ${pct(s.dateAccuracy)}, place ${pct(s.placeAccuracy)}`);
} else console.log(`no second labelling at ${FILE}`);
