import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { annotate } from '@/lib/annotate';
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
});
