import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type UiLang } from '@/lib/ui/i18n';
import { pageReasonText } from '@/lib/ui/page-reasons';

// The reasons lib/article/extract.ts gives, as a reader meets them in the popup.
const REASONS = ['page says it is a WebSite', 'page says it is a website', 'page says it is a CollectionPage', 'page says it is a ProfilePage', 'page says it is a SearchResultsPage', 'page says it is a VideoObject', 'page says it is a ImageGallery', 'no body text of an article', 'no article metadata and too little running text', 'a live blog without readable posts', 'a live blog of 12 posts'];

describe('why a page is not an article, in plain words', () => {
  for (const lang of ['uk', 'ru'] as UiLang[]) {
    it(`in ${lang}: no English left, no schema.org type`, () => {
      const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
      for (const r of REASONS) {
        const text = pageReasonText(r, t);
        expect(text, r).not.toMatch(/[A-Za-z]{3,}/);
        expect(text).toMatch(/\p{Script=Cyrillic}/u);
      }
      expect(pageReasonText('a live blog of 12 posts', t)).toContain('12');
    });
  }
  it('in English without the jargon; an unknown type is named, an unknown reason kept', () => {
    const t = (k: MessageKey, v?: Record<string, string | number>) => translate('en', k, v);
    expect(pageReasonText('page says it is a WebSite', t)).toBe('a home or section page of the site');
    expect(pageReasonText('page says it is a Recipe', t)).toContain('Recipe');
    expect(pageReasonText('something new', t)).toBe('something new');
  });
});
