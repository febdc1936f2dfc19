import { describe, expect, it } from 'vitest';
import { bundledKb } from '@/lib/kb/index';

const actors = bundledKb().actors;
const withId = actors.filter((a) => a.wikidata !== null);

// A file of a public repository at a fixed commit: the id can be checked against what it says.
const REPO_FILE = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/\S+$/;

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

  // An id must be traceable: each names the source it was taken from, a repository's file at a
  // commit or (for the ids recorded before wikidataSource existed) the item's own page.
  it('each id says where it was taken from', () => {
    for (const a of withId) {
      const src = a.wikidataSource ?? '';
      const ok = REPO_FILE.test(src) || src === `https://www.wikidata.org/wiki/${a.wikidata}`;
      expect(ok, `${a.id}: ${src}`).toBe(true);
    }
  });

  it('an actor without an id names no source for one', () => {
    for (const a of actors) if (a.wikidata === null) expect(a.wikidataSource, a.id).toBeUndefined();
  });

  it('a source naming a Wikidata item agrees with the id', () => {
    for (const a of actors) {
      for (const s of [...a.sources, a.wikidataSource ?? '']) {
        const m = /^https:\/\/www\.wikidata\.org\/wiki\/(Q\d+)$/.exec(s);
        if (m) expect(a.wikidata, `${a.id}: ${s}`).toBe(m[1]);
      }
    }
  });
});
