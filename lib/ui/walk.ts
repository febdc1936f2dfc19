/**
 * Walking the page's highlighted names from the keyboard, one after another in reading order:
 * the order, where a walk starts and where the next step lands. Plain functions over indexes and
 * numbers; the content script supplies the ranges' order and their places on screen.
 */
export type Dir = 1 | -1;

/**
 * The items in reading order by `compare` (a range's start against another's). The sort is
 * stable: where two start at the same point they keep the order given, so a name inside an
 * earlier event's words comes before the event, as its card is the one a pointer opens there.
 */
export function inReadingOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => compare(a.item, b.item) || a.i - b.i)
    .map((x) => x.item);
}

/**
 * The next index from `current` in `dir` whose item can be shown, wrapping round at either end
 * (the reader who reached the last name goes on to the first); null when none can.
 */
export function stepFrom(current: number, count: number, dir: Dir, usable: (i: number) => boolean): number | null {
  for (let k = 1; k <= count; k++) {
    const i = (((current + dir * k) % count) + count) % count;
    if (usable(i)) return i;
  }
  return null;
}

/**
 * Where a walk goes. `top(i)` is the item's top edge relative to the viewport (null: not drawn,
 * such as a name in a folded part of the page). From a current item still on screen it steps on;
 * otherwise (the first step, or the reader has scrolled away) it starts at what the reader sees:
 * forward at the first item at or below the viewport's top, backward at the last one above its
 * bottom, wrapping round when there is none that way.
 */
export function walkTo(current: number | null, count: number, dir: Dir, top: (i: number) => number | null, viewHeight: number): number | null {
  if (count <= 0) return null;
  const usable = (i: number) => top(i) !== null;
  const at = current === null ? null : top(current);
  if (current !== null && at !== null && at >= 0 && at < viewHeight) return stepFrom(current, count, dir, usable);
  if (dir === 1) {
    for (let i = 0; i < count; i++) {
      const y = top(i);
      if (y !== null && y >= 0) return i;
    }
    return stepFrom(-1, count, 1, usable);
  }
  for (let i = count - 1; i >= 0; i--) {
    const y = top(i);
    if (y !== null && y < viewHeight) return i;
  }
  return stepFrom(count, count, -1, usable);
}
