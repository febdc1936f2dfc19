import { describe, expect, it } from 'vitest';
import { bundledKb } from '@/lib/kb/index';

const actors = bundledKb().actors;
const withId = actors.filter((a) => a.wikidata !== null);

describe('Wikidata ids in the bundled knowledge base', () => {
  it('are Q followed by digits, without leading zero', () => {
    for (const a of withId) expect(a.wikidata, a.id).toMatch(/^Q[1-9]\d*$/);
  });

  it('are unique: two actors never share one item', () => {
    const owner = new Map<string, string>();
    for (const a of withId) {
      const prev = owner.get(a.wikidata!);
      expect(prev, `${a.id} and ${prev} both claim ${a.wikidata}`).toBeUndefined();
      owner.set(a.wikidata!, a.id);
    }
  });

  // An id must be traceable: the actor's sources name the item it points to.
  it('each id is backed by its Wikidata page among the sources', () => {
    for (const a of withId) expect(a.sources, a.id).toContain(`https://www.wikidata.org/wiki/${a.wikidata}`);
  });

  it('a source naming a Wikidata item agrees with the id', () => {
    for (const a of actors) {
      for (const s of a.sources) {
        const m = /^https:\/\/www\.wikidata\.org\/wiki\/(Q\d+)$/.exec(s);
        if (m) expect(a.wikidata, `${a.id}: ${s}`).toBe(m[1]);
      }
    }
  });
});
