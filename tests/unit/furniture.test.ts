import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurniture, LEAD_SOLID, LEAD_WORDS } from '@/lib/article/furniture';

describe('furniture lead words', () => {
  // isFurniture reads only an element's first LEAD_SOLID non-space characters to test LEAD_WORDS:
  // every phrase must fit in them, or a long new phrase would never be seen.
  const source = LEAD_WORDS.source;
  const phrases = source.slice(source.indexOf('(') + 1, source.lastIndexOf(')')).split('|');

  it.each(phrases)('"%s" fits in the lead read', (phrase) => {
    const solid = phrase.replace(/\\s\*/g, '').replace(/\s/g, '').length;
    expect(solid).toBeGreaterThan(2);
    expect(solid).toBeLessThan(LEAD_SOLID);
  });

  it('finds a lead after much white space and across nodes, and not in a long block', () => {
    const { document } = parseHTML(`<html><body>
      <div id="a">${'\n      '.repeat(40)}<span>  Вас также </span><b>может</b> заинтересовать: <a href="/x">текст</a></div>
      <div id="b"><span>${' '.repeat(300)}</span>Фото${' '.repeat(80)}: агентство</div>
      <div id="c">Читайте також ${'довгий абзац статті '.repeat(40)}</div>
    </body></html>`);
    expect(isFurniture(document.getElementById('a')!)).toBe(true);
    expect(isFurniture(document.getElementById('b')!)).toBe(true);
    // Longer than 600 characters: a paragraph that happens to open with the words, not a lead.
    expect(isFurniture(document.getElementById('c')!)).toBe(false);
  });
});
