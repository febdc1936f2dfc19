import { inReadingOrder, walkTo, type Dir } from '../ui/walk';
import type { Target } from './hover-card';

/** Room kept between a name the walk scrolled to and the viewport's edges (for its card below it). */
const MARGIN = 48;

/**
 * The keyboard walk over a painted page's names and earlier events: each call goes to the next
 * or previous one in reading order (lib/ui/walk.ts), scrolls it into view when it is not, and
 * opens its card through `open`. Nothing on the page changes but its scroll position. The order
 * is worked out on the first step only: painting a page costs nothing for a walk never taken.
 */
export function nameWalker(targets: Target[], open: (t: Target) => boolean, doc: Document = document): (dir: Dir) => boolean {
  const win = doc.defaultView!;
  let order: Target[] | null = null;
  let current: number | null = null;
  return (dir) => {
    order ??= inReadingOrder(targets, (a, b) => a.range.compareBoundaryPoints(win.Range.START_TO_START, b.range));
    const list = order;
    // A name the page has since removed (its range collapsed) or hidden (no box drawn) is passed over.
    const top = (i: number) => {
      const r = list[i]!.range;
      const rect = r.collapsed ? undefined : r.getClientRects()[0];
      return rect ? rect.top : null;
    };
    const i = walkTo(current, list.length, dir, top, win.innerHeight);
    if (i === null) return false;
    current = i;
    const t = list[i]!;
    // The name's own scrolling box first (a scrolled panel of the page), then the window, so the
    // name sits in the middle of the screen when it was off it or at its very edge.
    t.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = t.range.getClientRects()[0];
    if (rect && (rect.top < MARGIN || rect.bottom > win.innerHeight - MARGIN)) win.scrollBy(0, rect.top - win.innerHeight / 2);
    return open(t);
  };
}
