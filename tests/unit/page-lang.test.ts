import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { annotate } from '@/lib/annotate';
import { runOnPage, type Send } from '@/lib/ext/page-runner';
import type { Message } from '@/lib/messages';
import { bundledKb } from '@/lib/kb/index';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
// A home page of our own: headlines in a list, no article, the site says it is a website.
const home = (headlines: string[]) =>
  `<!doctype html><html><head><meta property="og:type" content="website"><title>Новини</title><script>var x = "Привет мир";</script></head><body><nav>Головна</nav><ul>${headlines.map((h) => `<li><a href="/n">${h}</a></li>`).join('')}</ul></body></html>`;

describe('the language of a page that is not an article', () => {
  it('comes from its visible text, Ukrainian or Russian', () => {
    const uk = annotate({ id: 'home-uk', html: home(['Міністри закордонних справ поговорили телефоном', 'Уряд ухвалив нові правила для громадян', 'Що відомо про погоду на вихідних у столиці', 'Футбольна збірна здобула перемогу в четвер']) }, bundledKb(), parse);
    expect(uk).toMatchObject({ isArticle: false, lang: 'uk' });
    const ru = annotate({ id: 'home-ru', html: home(['Министры иностранных дел поговорили по телефону', 'Правительство приняло новые правила для граждан', 'Что известно о погоде на выходных в столице', 'Футбольная сборная одержала победу в четверг']) }, bundledKb(), parse);
    expect(ru).toMatchObject({ isArticle: false, lang: 'ru' });
  });
  it('is none for a page with no words', () => {
    expect(annotate({ id: 'empty', html: '<!doctype html><html><head><meta property="og:type" content="website"></head><body></body></html>' }, bundledKb(), parse).lang).toBeNull();
  });
  it('is what the content script reports too, and neither gives the page a date of its teasers', async () => {
    // An author page: every teaser dated, the page itself not an article.
    const html = `<!doctype html><html><head><meta property="og:type" content="profile"><title>Автор</title></head><body><h1>Олена Коваль</h1>${[1, 2, 3]
      .map((n) => `<article><a href="/${n}"><h3>Міністри поговорили телефоном, випуск ${n}</h3></a><p>Уряд ухвалив нові правила для громадян і пояснив, що відомо про них.</p><time datetime="2025-04-0${n}T12:00:00+03:00">${n} квітня</time></article>`)
      .join('')}</body></html>`;
    const cli = annotate({ id: 'author', html }, bundledKb(), parse);
    const sent: Message[] = [];
    const send = (async (m: Message) => (sent.push(m), { ok: true })) as Send;
    await runOnPage(send, parse(html), 'https://nv.ua/ukr/authors/x.html');
    expect(cli).toMatchObject({ isArticle: false, lang: 'uk', published: null });
    expect(sent).toMatchObject([{ type: 'not-article', lang: 'uk' }]);
  });
});
