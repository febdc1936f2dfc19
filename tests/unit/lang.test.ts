import { describe, expect, it } from 'vitest';
import { detectLang } from '@/lib/text/lang';

describe('detectLang', () => {
  it.each([
    ['Російська влада офіційно підтвердила, що веде переговори зі Сполученими Штатами Америки.', 'uk'],
    ['Кремль отказался комментировать сообщения американских СМИ о том, что Вашингтон провел переговоры.', 'ru'],
    ['The Kremlin declined to comment on reports that Washington held talks with Russian officials.', 'en'],
    // A Ukrainian article quoting Russian stays Ukrainian.
    ['Рябков заявив, що переговори тривають. «Процесс идет», — сказав він. Це підтвердили в МЗС, і також у Кремлі.', 'uk'],
    ['', null],
  ])('%s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
