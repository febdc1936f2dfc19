/**
 * Roving focus in a set of items (the popup's tabs, the timeline's points): the arrow keys move
 * to the previous or next item, wrapping round, Home and End to the first and last. One item of
 * the set is in the tab order at a time, so Tab leaves the set instead of walking through it.
 */
export type RovingKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The index focus moves to for a key pressed on item `current` of `count`, or null when the key
 * is not one of the set's (the event is then left to the browser). `axis` says which arrows
 * move: a horizontal tab list ignores Up and Down, where the browser scrolls; the rows of a table
 * ('vertical') ignore Left and Right, which scroll a wide table sideways.
 */
export function rovingIndex(key: string, current: number, count: number, axis: 'horizontal' | 'vertical' | 'both' = 'both'): number | null {
  if (count <= 0) return null;
  const back = (axis !== 'vertical' && key === 'ArrowLeft') || (axis !== 'horizontal' && key === 'ArrowUp');
  const forward = (axis !== 'vertical' && key === 'ArrowRight') || (axis !== 'horizontal' && key === 'ArrowDown');
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (back) return (current - 1 + count) % count;
  if (forward) return (current + 1) % count;
  return null;
}
