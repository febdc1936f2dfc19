import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/kb/types';
import { loadCorpus, othersResolver, OTHERS_ALIASES, resolveBundled } from '../../scripts/contacts-corpus';
import { bundledKb } from '@/lib/kb/index';

const person = (id: string, country: string, en: string, given: string[], surname: string[]): Actor => ({
  id, kind: 'person', country, wikidata: null, name: { en, uk: en, ru: en }, given: { en: given }, surname: { en: surname }, roles: [], sources: [],
});

const actors: Actor[] = [
  person('jake-sullivan', 'US', 'Jake Sullivan', ['Jake'], ['Sullivan']),
  person('john-j-sullivan', 'US', 'John J. Sullivan', ['John'], ['Sullivan']),
  person('davyd-arakhamia', 'UA', 'Davyd Arakhamia', ['Davyd', 'David'], ['Arakhamia']),
  person('igor-kostyukov', 'RU', 'Igor Kostyukov', ['Igor'], ['Kostyukov']),
  person('sergei-ivanov-a', 'RU', 'Sergei Ivanov', ['Sergei'], ['Ivanov']),
  person('sergei-ivanov-b', 'RU', 'Sergei Ivanov', ['Sergei'], ['Ivanov']),
];
const gold = (others: { name: string; side: string }[], participants: string[] = ['vladimir-putin'], sides = ['RU', 'US']) => ({ participants, others, sides });

describe("the corpus loader's reading of `others`", () => {
  const resolve = othersResolver(actors, { 'John J. Sullivan': 'john-j-sullivan' });

  it('turns a name the knowledge base holds into its id among the participants', () => {
    expect(resolve(gold([{ name: 'Igor Kostyukov', side: 'RU' }]))).toEqual(gold([], ['vladimir-putin', 'igor-kostyukov']));
  });

  it("reads every first name the actor's Latin names give, and the explicit aliases", () => {
    expect(resolve(gold([{ name: 'David Arakhamia', side: 'UA' }], [], ['RU', 'UA', 'US'])).participants).toEqual(['davyd-arakhamia']);
    expect(resolve(gold([{ name: 'Davyd Arakhamia', side: 'UA' }], [], ['RU', 'UA', 'US'])).participants).toEqual(['davyd-arakhamia']);
    expect(resolve(gold([{ name: 'John J. Sullivan', side: 'US' }])).participants).toEqual(['vladimir-putin', 'john-j-sullivan']);
    expect(resolve(gold([{ name: 'John Sullivan', side: 'US' }])).participants).toEqual(['vladimir-putin', 'john-j-sullivan']);
  });

  it('adds the side of a person it resolves when the label lacked it, and no id twice', () => {
    expect(resolve(gold([{ name: 'Davyd Arakhamia', side: 'UA' }])).sides).toEqual(['RU', 'US', 'UA']);
    expect(resolve(gold([{ name: 'Igor Kostyukov', side: 'RU' }], ['igor-kostyukov'])).participants).toEqual(['igor-kostyukov']);
  });

  it('leaves alone a name it does not hold, one of another side, one two actors share, and a near miss', () => {
    for (const o of [
      { name: 'Mark Milley', side: 'US' },
      { name: 'Igor Kostyukov', side: 'US' },
      { name: 'Sergei Ivanov', side: 'RU' },
      { name: 'Igor Kostyukoff', side: 'RU' },
      { name: 'Kostyukov', side: 'RU' },
      { name: 'Sullivan', side: 'US' },
    ]) expect(resolve(gold([o])), o.name).toEqual(gold([o]));
  });

  it('the shipped alias list names persons of the shipped knowledge base', () => {
    const kb = bundledKb();
    for (const [name, id] of Object.entries(OTHERS_ALIASES)) expect(kb.byId.get(id)?.kind, `${name} → ${id}`).toBe('person');
  });

  it.each([
    ['John J. Sullivan', 'US', 'john-j-sullivan'],
    ['John Sullivan', 'US', 'john-j-sullivan'],
    ['Charles Q. Brown Jr.', 'US', 'charles-q-brown'],
    ['Charles Brown', 'US', 'charles-q-brown'],
    ['David Arakhamia', 'UA', 'davyd-arakhamia'],
    ['Davyd Arakhamia', 'UA', 'davyd-arakhamia'],
    ['Andrii Hnatov', 'UA', 'andrii-hnatov'],
    ['Andriy Hnatov', 'UA', 'andrii-hnatov'],
    ['Mark Milley', 'US', 'mark-milley'],
    ['Sergey Beseda', 'RU', 'sergey-beseda'],
  ])('with the shipped actors, %s (%s) is %s', (name, side, id) => {
    expect(resolveBundled(gold([{ name, side }], [], ['RU', 'US'])).participants).toEqual([id]);
  });

  it('loadCorpus keeps under `others` only people the knowledge base lacks, and every participant is an actor', () => {
    const kb = bundledKb();
    const names = new Set(kb.actors.filter((a) => a.kind === 'person').map((a) => a.name.en));
    for (const t of loadCorpus())
      for (const c of t.contacts) {
        for (const o of c.others ?? []) expect(names.has(o.name), `${t.id} ${o.name}`).toBe(false);
        for (const p of c.participants) expect(kb.byId.has(p), `${t.id} ${p}`).toBe(true);
      }
  });
});
