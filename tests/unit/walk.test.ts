import { describe, expect, it } from 'vitest';
import { inReadingOrder, stepFrom, walkTo } from '../../lib/ui/walk';

describe('walking the highlighted names', () => {
  it('orders by start and keeps the given order where two start together (the name before the event holding it)', () => {
    const marks = [
      { start: 40, what: 'event' },
      { start: 10, what: 'Lavrov' },
      { start: 40, what: 'Rubio' },
      { start: 25, what: 'Witkoff' },
    ];
    // A name inside an event's words starts with it: listed after it here, it stays after it.
    expect(inReadingOrder(marks, (a, b) => a.start - b.start).map((m) => m.what)).toEqual(['Lavrov', 'Witkoff', 'event', 'Rubio']);
    expect(inReadingOrder([], () => 0)).toEqual([]);
  });

  it('steps forward and back, wrapping round at both ends', () => {
    const all = () => true;
    expect(stepFrom(0, 3, 1, all)).toBe(1);
    expect(stepFrom(2, 3, 1, all)).toBe(0);
    expect(stepFrom(0, 3, -1, all)).toBe(2);
    expect(stepFrom(1, 3, -1, all)).toBe(0);
  });

  it('passes over names that are not drawn, and finds none when none is', () => {
    const drawn = [true, false, false, true];
    expect(stepFrom(0, 4, 1, (i) => drawn[i]!)).toBe(3);
    expect(stepFrom(3, 4, 1, (i) => drawn[i]!)).toBe(0);
    expect(stepFrom(0, 4, -1, (i) => drawn[i]!)).toBe(3);
    expect(stepFrom(0, 4, 1, () => false)).toBeNull();
    // The only name drawn is the current one: the step stays on it.
    expect(stepFrom(2, 4, 1, (i) => i === 2)).toBe(2);
  });

  describe('where a walk starts and goes on', () => {
    // Tops relative to a 900 px viewport: two names above it, three in it, one below, one not drawn.
    const tops: (number | null)[] = [-800, -20, 100, null, 400, 880, 1500];
    const top = (i: number) => tops[i] ?? null;
    const cases: [string, number | null, 1 | -1, number | null][] = [
      ['forward from nothing: the first name in view', null, 1, 2],
      ['backward from nothing: the last name above the viewport’s bottom', null, -1, 5],
      ['forward from a name on screen: the next drawn one', 2, 1, 4],
      ['backward from a name on screen', 4, -1, 2],
      ['forward from a name scrolled out of view: starts again at what is seen', 0, 1, 2],
      ['backward from a name scrolled out of view', 6, -1, 5],
      ['forward from the last name on screen goes below it', 5, 1, 6],
    ];
    for (const [name, current, dir, expected] of cases) it(name, () => expect(walkTo(current, tops.length, dir, top, 900)).toBe(expected));

    it('wraps round when nothing lies that way', () => {
      // Scrolled past every name: forward starts again at the first.
      expect(walkTo(null, 3, 1, (i) => [-900, -500, -100][i]!, 900)).toBe(0);
      // Every name below the viewport: backward starts at the last.
      expect(walkTo(null, 3, -1, (i) => [1000, 1200, 1300][i]!, 900)).toBe(2);
    });

    it('has nowhere to go on a page with no drawn name', () => {
      expect(walkTo(null, 0, 1, () => 0, 900)).toBeNull();
      expect(walkTo(null, 2, 1, () => null, 900)).toBeNull();
      expect(walkTo(1, 2, -1, () => null, 900)).toBeNull();
    });
  });
});
