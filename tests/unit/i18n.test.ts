import { describe, expect, it } from 'vitest';
import { pickUiLang, translate } from '@/lib/ui/i18n';

describe('interface language', () => {
  it.each([
    ['uk-UA', 'uk'],
    ['ru', 'ru'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (tag, lang) => {
    expect(pickUiLang(tag)).toBe(lang);
  });

  it('fills placeholders in every language', () => {
    expect(translate('uk', 'count', { shown: 3, total: 10 })).toBe('3 з 10 контактів');
    expect(translate('ru', 'onFor', { site: 'tass.ru' })).toBe('Включено для tass.ru');
    expect(translate('en', 'contacts', { n: 2 })).toBe('Contacts (2)');
  });
});
