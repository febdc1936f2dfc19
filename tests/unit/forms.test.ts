import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/kb/types';
import { buildForms } from '../../scripts/build-forms';

const KB = join(import.meta.dirname, '../../lib/kb');
const actors = JSON.parse(readFileSync(join(KB, 'actors.json'), 'utf8')) as Actor[];
const shipped = JSON.parse(readFileSync(join(KB, 'forms.json'), 'utf8'));

describe('shipped name forms', () => {
  it('are what the generator makes from actors.json today (run `npm run forms` if not)', async () => {
    expect(shipped).toEqual(await buildForms(actors));
  });

  it.each([
    ['andrii-sybiha', 'uk', 'Сибізі'],
    ['sergei-ryabkov', 'ru', 'Рябковым'],
    ['sergei-ryabkov', 'uk', 'Рябковим'],
    ['steve-witkoff', 'uk', 'Віткоффом'],
    ['maria-zakharova', 'uk', 'Захаровою'],
  ])('%s has %s form %s', (id, lang, form) => {
    expect(shipped[id]?.[lang]?.surname ?? []).toContain(form);
  });

  it('keeps indeclinable surnames in one form', () => {
    expect(shipped['marco-rubio'].uk.surname).toEqual(['Рубіо']);
  });
});
