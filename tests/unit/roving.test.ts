import { describe, expect, it } from 'vitest';
import { rovingIndex } from '../../lib/ui/roving';

describe('roving focus', () => {
  it('moves with the arrows and wraps round at both ends', () => {
    expect(rovingIndex('ArrowRight', 0, 3)).toBe(1);
    expect(rovingIndex('ArrowRight', 2, 3)).toBe(0);
    expect(rovingIndex('ArrowLeft', 0, 3)).toBe(2);
    expect(rovingIndex('ArrowDown', 1, 3)).toBe(2);
    expect(rovingIndex('ArrowUp', 1, 3)).toBe(0);
  });
  it('goes to the first and last with Home and End', () => {
    expect(rovingIndex('Home', 2, 5)).toBe(0);
    expect(rovingIndex('End', 0, 5)).toBe(4);
  });
  it('leaves other keys, and Up and Down in a horizontal set, to the browser', () => {
    expect(rovingIndex('Enter', 0, 3)).toBeNull();
    expect(rovingIndex('Tab', 0, 3)).toBeNull();
    expect(rovingIndex('ArrowDown', 0, 3, 'horizontal')).toBeNull();
    expect(rovingIndex('ArrowRight', 0, 3, 'horizontal')).toBe(1);
    expect(rovingIndex('ArrowRight', 0, 0)).toBeNull();
  });
  it("moves a table's rows with Up and Down only", () => {
    expect(rovingIndex('ArrowDown', 0, 3, 'vertical')).toBe(1);
    expect(rovingIndex('ArrowUp', 0, 3, 'vertical')).toBe(2);
    expect(rovingIndex('ArrowLeft', 1, 3, 'vertical')).toBeNull();
    expect(rovingIndex('End', 0, 3, 'vertical')).toBe(2);
  });
});
