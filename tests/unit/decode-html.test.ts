import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '@/lib/text/decode-html';

// The project's own sentence, in the bytes of the legacy Cyrillic encodings.
const SENTENCE = 'Сергій Лавров провів телефонну розмову з Марко Рубіо.';
const cp1251 = (s: string) => Uint8Array.from([...s].map((ch) => {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c;
  if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
  const extra: Record<string, number> = { І: 0xb2, і: 0xb3, Ї: 0xaf, ї: 0xbf, Є: 0xaa, є: 0xba, Ґ: 0xa5, ґ: 0xb4, Ё: 0xa8, ё: 0xb8 };
  return extra[ch] ?? 0x3f;
}));
// KOI8-R has no Ukrainian letters: a Russian sentence for it.
const RU = 'Сергей Лавров провел телефонный разговор с Марко Рубио.';
const KOI8 = 'юабцдефгхийклмнопярстужвьызшэщчъ';
const koi8r = (s: string) => Uint8Array.from([...s].map((ch) => {
  const lower = ch.toLowerCase();
  const k = KOI8.indexOf(lower);
  if (k < 0) return ch.charCodeAt(0);
  return (ch === lower ? 0xc0 : 0xe0) + k;
}));
const page = (head: string, body: Uint8Array) => {
  const enc = new TextEncoder();
  const a = enc.encode(`<!doctype html><html><head>${head}<title>t</title></head><body><p>`);
  const b = enc.encode('</p></body></html>');
  return Uint8Array.from([...a, ...body, ...b]);
};

describe('decodeHtml: saved pages read as a browser reads them', () => {
  it('a <meta charset> of windows-1251', () => {
    expect(decodeHtml(page('<meta charset="windows-1251">', cp1251(SENTENCE)))).toContain(SENTENCE);
  });
  it('an http-equiv Content-Type of koi8-r', () => {
    const bytes = page('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">', koi8r(RU));
    expect(declaredCharset(bytes)).toBe('koi8-r');
    expect(decodeHtml(bytes)).toContain(RU);
  });
  it('a byte-order mark wins over a <meta> that says otherwise', () => {
    const body = new TextEncoder().encode(SENTENCE);
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...page('<meta charset="windows-1251">', body)]))).toContain(SENTENCE);
  });
  it('undeclared: UTF-8 when the bytes are UTF-8, windows-1251 when they are not', () => {
    expect(decodeHtml(page('', new TextEncoder().encode(SENTENCE)))).toContain(SENTENCE);
    expect(decodeHtml(page('', cp1251(SENTENCE)))).toContain(SENTENCE);
  });
  it('an unknown label falls back to what the bytes are', () => {
    expect(decodeHtml(page('<meta charset="x-no-such">', new TextEncoder().encode(SENTENCE)))).toContain(SENTENCE);
  });

  it('the CLI reads a windows-1251 page: language and names, not mojibake', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp1251-'));
    const file = join(dir, 'old-page.html');
    // An article as old sites wrote one: a headline, a dateline and paragraphs, all our own words.
    const paragraphs = [
      SENTENCE,
      'Розмова тривала близько години, повідомили в міністерстві закордонних справ після її завершення.',
      'Сторони обговорили підготовку можливої зустрічі президентів і роботу посольств у двох столицях.',
      'Домовилися продовжити контакти на рівні заступників міністрів найближчими тижнями.',
      'Раніше обидва міністри вже говорили телефоном, але тоді розмова була значно коротшою.',
    ];
    const body = `</p><h1>Лавров і Рубіо поговорили телефоном</h1><p>1 березня 2025</p>${paragraphs.map((x) => `<p>${x}</p>`).join('')}<p>`;
    writeFileSync(file, page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><meta property="og:type" content="article">', cp1251(body)));
    const out = await new Promise<string>((ok, fail) =>
      execFile('npx', ['tsx', 'scripts/annotate.ts', '--published', '2025-03-01', file], { cwd: join(import.meta.dirname, '../..') }, (err, stdout) => (err ? fail(err) : ok(stdout))),
    );
    const a = JSON.parse(out);
    expect(a.text).toContain(SENTENCE);
    expect(a.lang).toBe('uk');
    expect(a.actors.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(['sergey-lavrov', 'marco-rubio']));
  }, 60000);
});
