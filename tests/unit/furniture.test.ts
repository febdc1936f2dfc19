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

describe('class words', () => {
  it('mark an ad block, but not a page-wide wrapper that holds the headline or the article', () => {
    const { document } = parseHTML(`<html><body>
      <div id="page" class="ad-site-wrapper"><h1>Заголовок</h1><p>Текст новини.</p></div>
      <div id="wrap" class="ads-wrapper"><article><p>Текст новини.</p></article></div>
      <div id="slot" class="ad-slot"><p>Купуйте наші товари.</p></div>
    </body></html>`);
    expect(isFurniture(document.getElementById('page')!)).toBe(false);
    expect(isFurniture(document.getElementById('wrap')!)).toBe(false);
    expect(isFurniture(document.getElementById('slot')!)).toBe(true);
  });
});

describe('credits, signatures and calls to share', () => {
  const el = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild!;
  it.each([
    ['a picture credit on a line of its own', '<p>(фото семьи Ивановых)</p>', true],
    ['a paper’s signature', '<p>Ольга ПЕТРОВА</p>', true],
    ['an initial and a surname in capitals', '<p>Л. СИДОРОВА</p>', true],
    ['a sentence that mentions a photo', '<p>Фотографии семьи показали на выставке (в музее).</p>', false],
    ['a name in ordinary case', '<p>Ольга Петрова</p>', false],
    ['an abbreviation in a short line', '<p>Заявление МИД</p>', false],
    ['a longer abbreviation', '<p>Позиция МАГАТЭ</p>', false],
    ['a call to share the article', '<div>Понравилась статья? Поделитесь ссылкой с друзьями и коллегами!</div>', true],
    ['a call to share, in Ukrainian', '<p>Поділіться цією новиною з друзями</p>', true],
  ])('%s', (_name, html, want) => {
    expect(isFurniture(el(html) as unknown as Element)).toBe(want);
  });
});
