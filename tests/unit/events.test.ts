import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analyze';
import { bundledKb } from '@/lib/kb/index';

const kb = bundledKb();
const events = (text: string, published = '2025-11-01') => analyzeText({ text, published }, kb).events.map((e) => e.id);

describe('earlier events the text refers to', () => {
  it.each([
    ['Саміт на Алясці показав, що сторони далекі від згоди.', 'alaska-summit-2025'],
    ['Як і на саміті в Женеві, Байден говорив про стратегічну стабільність.', 'geneva-summit-2021'],
    ['После саммита в Хельсинки Трамп подвергся критике.', 'helsinki-summit-2018'],
    ['Переговори в Ер-Ріяді, де Рубіо зустрівся з Лавровим, тривали чотири години.', 'riyadh-talks-2025'],
  ])('%s', (text, id) => {
    expect(events(text)).toContain(id);
  });

  it('marks the words that name the event', () => {
    const text = 'Саміт на Алясці показав, що сторони далекі від згоди.';
    const e = analyzeText({ text, published: '2025-11-01' }, kb).events[0]!;
    expect(text.slice(e.mentions[0]!.start, e.mentions[0]!.end)).toBe('Саміт на Алясці');
  });

  it('an article cannot refer back to an event after its publication', () => {
    expect(events('Саміт на Алясці може відбутися влітку.', '2025-03-01')).not.toContain('alaska-summit-2025');
  });
});
