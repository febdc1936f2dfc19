import type { ActorCard } from '../messages';
import { cardDialog, type CardDialog } from './card-dialog';
import { safeHref } from '../ui/safe-url';
import { createCardView, fillCard, placeCard, type CardView } from './card-view';

export type Target = { range: Range; card: ActorCard };

/** The cards of a painted page: `open` shows a name's card as the keyboard walk asks; `remove` takes them all away. */
export type HoverCards = { open: (t: Target) => boolean; remove: () => void };

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function within(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
}

/**
 * A card over a highlighted name on hover, tap or keyboard focus: who it is and what they were at
 * the article's date. Highlights are not elements, so the pointer is hit-tested against their
 * ranges, and a focused element (a link around a name) is matched to the ranges inside it; the
 * card lives in a shadow root added on first use only and kept inside the viewport. Every
 * listener on the page is passive and nothing is prevented or stopped: the page's own handlers
 * see every event. A card opened by the keyboard walk (`open`) that holds links is a dialog
 * (card-dialog.ts); one opened by the pointer or by focus stays a tooltip.
 */
export function installHoverCards(targets: Target[], doc: Document = document): HoverCards {
  if (!targets.length) return { open: () => false, remove: () => {} };
  const win = doc.defaultView!;
  let view: CardView | null = null;
  let dialog: CardDialog | null = null;
  let shown: Target | null = null;
  // The card shown was opened by the keyboard walk: it stays with its name until the reader
  // moves on, not only while a pointer or focus is on the name.
  let walked = false;
  let pending = false;
  let last = { x: 0, y: 0 };

  const ensure = () => {
    if (view) return view;
    view = createCardView(doc);
    dialog = cardDialog(view, doc, () => hide());
    return view;
  };
  const isDialog = () => dialog?.isOpen() ?? false;

  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    clearTimeout(hideTimer);
    if (view) view.host.style.display = 'none';
    shown = null;
    walked = false;
  };
  // Leaving a name hides the card a moment later: time for the pointer to cross into it. A
  // dialog stays until the reader closes it or moves focus away.
  const hideSoon = () => {
    clearTimeout(hideTimer);
    if (shown && !isDialog()) hideTimer = setTimeout(hide, 250);
  };

  const show = (t: Target, rect: DOMRect, byWalk = false) => {
    clearTimeout(hideTimer);
    walked = byWalk;
    const v = ensure();
    if (shown !== t) fillCard(v, t.card, doc);
    shown = t;
    v.host.style.display = 'block';
    placeCard(v, rect, win);
  };

  const check = () => {
    pending = false;
    if (isDialog()) return;
    const caret = caretAt(doc, last.x, last.y);
    if (!caret || caret.node.nodeType !== 3) return hideSoon();
    for (const t of targets) {
      if (!t.range.isPointInRange(caret.node, caret.offset)) continue;
      const rect = Array.from(t.range.getClientRects()).find((r) => within(r, last.x, last.y));
      if (rect) return show(t, rect);
    }
    hideSoon();
  };

  // A tap (touch or pen) on a name opens its card; a tap anywhere else closes it (a dialog too).
  const onTap = (e: PointerEvent) => {
    if (view && e.composedPath().includes(view.host)) return;
    if (isDialog()) dialog!.close(false);
    if (e.pointerType === 'mouse') return;
    last = { x: e.clientX, y: e.clientY };
    check();
  };
  // Keyboard focus on an element with a name in it (a link, a heading made focusable) opens the
  // first such name's card beside it. Focus that leaves a dialog for the page closes the dialog.
  const onFocus = (e: FocusEvent) => {
    const el = e.target;
    if (!(el instanceof win.Node) || el === view?.host) return;
    if (isDialog()) dialog!.close(false);
    // The first name in the element, in document order.
    let t: Target | undefined;
    for (const x of targets)
      if (el.contains(x.range.commonAncestorContainer) && (!t || x.range.compareBoundaryPoints(win.Range.START_TO_START, t.range) < 0)) t = x;
    const rect = t?.range.getClientRects()[0];
    if (t && rect) show(t, rect);
    else hideSoon();
  };
  // A pointer's card goes on scroll (the pointer is no longer over the name); a focused name's
  // card and the walk's follow their name, since focusing and the walk scroll it into view.
  const onScroll = () => {
    const el = doc.activeElement;
    const follows = shown && (walked || (el && el !== doc.body && shown.range.intersectsNode(el)));
    const rect = follows ? shown!.range.getClientRects()[0] : undefined;
    if (shown && rect) show(shown, rect, walked);
    else if (!isDialog()) hide();
  };
  const onKey = (e: KeyboardEvent) => {
    // A dialog's own Escape is handled inside it (and goes no further).
    if (e.key === 'Escape' && shown && !isDialog()) hide();
  };

  const onMove = (e: MouseEvent) => {
    // Over the card itself: keep it, so its links can be clicked.
    if (view && e.composedPath().includes(view.host)) {
      clearTimeout(hideTimer);
      return;
    }
    // The browser's own move after a scroll (the pointer still, the page under it moved) does
    // not take away the card the walk opened.
    if (walked && e.clientX === last.x && e.clientY === last.y) return;
    last = { x: e.clientX, y: e.clientY };
    if (!pending && !isDialog()) {
      pending = true;
      win.requestAnimationFrame(check);
    }
  };

  /** The keyboard walk's card: a dialog with focus in it when it holds links, else a tooltip. */
  const open = (t: Target) => {
    const rect = t.range.getClientRects()[0];
    if (!rect) return false;
    const from = doc.activeElement;
    ensure();
    const links = (t.card.recent ?? []).some((c) => safeHref(c.url));
    // A card without links closes a dialog left open by the step before, focus going back first.
    if (!links && isDialog()) dialog!.close(true);
    show(t, rect, true);
    if (links) dialog!.open(from);
    return true;
  };

  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('pointerup', onTap, { passive: true });
  doc.addEventListener('focusin', onFocus, { passive: true });
  doc.addEventListener('keydown', onKey, { passive: true });
  win.addEventListener('scroll', onScroll, { passive: true });
  return {
    open,
    remove: () => {
      clearTimeout(hideTimer);
      if (isDialog()) dialog!.close(true);
      doc.removeEventListener('mousemove', onMove);
      doc.removeEventListener('pointerup', onTap);
      doc.removeEventListener('focusin', onFocus);
      doc.removeEventListener('keydown', onKey);
      win.removeEventListener('scroll', onScroll);
      view?.host.remove();
    },
  };
}
