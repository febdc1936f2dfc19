import { describe, expect, it } from 'vitest';
import { safeHref } from '@/lib/ui/safe-url';

describe('safeHref', () => {
  it.each([
    ['https://tass.ru/politika/1', 'https://tass.ru/politika/1'],
    ['http://example.org/', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['urn:annotate:1', undefined],
    ['not a url', undefined],
    [null, undefined],
  ])('%s', (url, want) => {
    expect(safeHref(url)).toBe(want);
  });
});
