import { describe, expect, it } from 'vitest';
import { readTabHash, tabHash } from '@/lib/ui/tab-link';

describe("the history tab's address carries the popup's filters", () => {
  it.each([
    ['nothing', {}, 'seen', ''],
    ['a search in Cyrillic and a status', { q: 'Лавров & Рубіо', status: 'planned' }, 'date', 'q=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2+%26+%D0%A0%D1%83%D0%B1%D1%96%D0%BE&status=planned&order=date'],
    ['an actor, dates, review and origin', { actor: 'sergey-lavrov', from: '2022', to: '2025-03-01', review: 'edited', origin: 'read' }, 'seen', 'actor=sergey-lavrov&from=2022&to=2025-03-01&review=edited&origin=read'],
  ] as const)('%s, there and back', (_name, filter, order, hash) => {
    expect(tabHash(filter, order)).toBe(hash);
    expect(readTabHash(`#${hash}`)).toEqual({ filter, order });
  });

  it('leaves out what is not a filter of the history, and the confidence setting', () => {
    expect(readTabHash('#status=happened&evil=1&order=random&review=all&origin=x&minConfidence=0.9')).toEqual({ filter: { status: 'happened' }, order: 'seen' });
    expect(tabHash({ minConfidence: 0.9, status: 'denied' }, 'seen')).toBe('status=denied');
  });
});
