/**
 * Generates lib/kb/forms.json: every case form of every person's names in Ukrainian and
 * Russian, from lib/kb/actors.json. Run after editing the actors: `npm run forms`.
 * tests/unit/forms.test.ts fails while the shipped file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import petrovich from 'petrovich';
import * as shevchenko from 'shevchenko';
import { personForms, type Decliner, type FormsTable } from '../lib/kb/forms';
import type { Actor } from '../lib/kb/types';

const KB = join(import.meta.dirname, '../lib/kb');
const UK_CASES = ['inNominative', 'inGenitive', 'inDative', 'inAccusative', 'inAblative', 'inLocative', 'inVocative'] as const;
const RU_CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;

const decline: Decliner = async (a, lang) => {
  const out = { surname: [] as string[], given: [] as string[], patronymic: [] as string[] };
  const surnames = a.surname?.[lang] ?? [];
  const givens = a.given?.[lang] ?? [];
  const pats = a.patronymic?.[lang] ?? [];
  const n = Math.max(surnames.length, givens.length, pats.length, 1);
  for (let i = 0; i < n; i++) {
    const familyName = surnames[i];
    const givenName = givens[i];
    const patronymicName = pats[i];
    if (lang === 'uk') {
      const gender = a.gender === 'f' ? shevchenko.GrammaticalGender.FEMININE : shevchenko.GrammaticalGender.MASCULINE;
      for (const c of UK_CASES) {
        try {
          const r = await shevchenko[c]({ gender, givenName, patronymicName, familyName });
          if (r.familyName) out.surname.push(r.familyName);
          if (r.givenName) out.given.push(r.givenName);
          if (r.patronymicName) out.patronymic.push(r.patronymicName);
        } catch {
          /* a name the library cannot take: our own rules still apply */
        }
      }
    } else {
      const gender = a.gender === 'f' ? 'female' : 'male';
      for (const c of RU_CASES) {
        const r = petrovich({ first: givenName, middle: patronymicName, last: familyName, gender }, c);
        if (r.last) out.surname.push(r.last);
        if (r.first) out.given.push(r.first);
        if (r.middle) out.patronymic.push(r.middle);
      }
    }
  }
  return out;
};

export async function buildForms(actors: Actor[]): Promise<FormsTable> {
  const table: FormsTable = {};
  for (const a of actors) if (a.kind === 'person') table[a.id] = await personForms(a, decline);
  return table;
}

if (process.argv[1]?.endsWith('build-forms.ts')) {
  const actors = JSON.parse(readFileSync(join(KB, 'actors.json'), 'utf8')) as Actor[];
  const table = await buildForms(actors);
  writeFileSync(join(KB, 'forms.json'), JSON.stringify(table, null, 1) + '\n');
  console.log(`forms.json: ${Object.keys(table).length} people`);
}
