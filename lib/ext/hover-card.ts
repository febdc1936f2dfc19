import type { ActorCard } from '../messages';
import { safeHref } from '../ui/safe-url';

type Target = { range: Range; card: ActorCard };


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
 * listener is passive and nothing is prevented or stopped: the page's own handlers see every event.
 */
export function installHoverCards(targets: Target[], doc: Document = document): () => void {
  if (!targets.length) return () => {};
  const win = doc.defaultView!;
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let shown: Target | null = null;
  let pending = false;
  let last = { x: 0, y: 0 };

  const ensure = () => {
    if (box) return box;
    host = doc.createElement('kontakty-card');
    host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0;';
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
      .c { font: 13px/1.4 system-ui, sans-serif; color: #1b1f24; background: #fff; border: 1px solid #d0d5dd; border-radius: 8px;
           box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 8px 10px; max-width: 300px; }
      .n { font-weight: 600; } .cc { font-size: 10px; font-weight: 700; border: 1px solid currentColor; border-radius: 3px; padding: 0 3px; margin-right: 6px; opacity: .7; } .r { color: #475467; margin-top: 2px; } .k { color: #5b6472; font-size: 11px; margin-top: 4px; }
      .h { list-style: none; margin: 6px 0 0; padding: 6px 0 0; border-top: 1px solid #e4e7ec; font-size: 12px; } .h:empty { display: none; }
      .h a { color: #2454d6; text-decoration: none; } .h a:hover { text-decoration: underline; } .h li { margin: 2px 0; }
      @media (prefers-color-scheme: dark) { .c { background: #1f2329; color: #e8eaed; border-color: #3a3f47; } .r { color: #b4bac3; } .k { color: #9aa1ab; } .h { border-color: #3a3f47; } .h a { color: #8ab4ff; } }
    </style><div class="c" role="tooltip"><span class="cc"></span><span class="n"></span><div class="r"></div><div class="k"></div><ul class="h"></ul></div>`;
    box = root.querySelector('.c');
    doc.documentElement.appendChild(host);
    return box!;
  };

  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    clearTimeout(hideTimer);
    if (host) host.style.display = 'none';
    shown = null;
  };
  // Leaving a name hides the card a moment later: time for the pointer to cross into it.
  const hideSoon = () => {
    clearTimeout(hideTimer);
    if (shown) hideTimer = setTimeout(hide, 250);
  };

  const show = (t: Target, rect: DOMRect) => {
    clearTimeout(hideTimer);
    const b = ensure();
    if (shown !== t) {
      // The card speaks the interface language (the background wrote it so), not the page's.
      b.lang = t.card.lang;
      b.querySelector('.n')!.textContent = t.card.name;
      const badge = b.querySelector<HTMLElement>('.cc')!;
      badge.textContent = t.card.badge;
      // An earlier event has no country to show.
      badge.style.display = t.card.badge ? '' : 'none';
      b.querySelector('.r')!.textContent = t.card.role ?? '';
      b.querySelector('.k')!.textContent = [t.card.kind, t.card.wikidata].filter(Boolean).join(' · ');
      const list = b.querySelector('.h')!;
      list.replaceChildren(
        ...(t.card.recent ?? []).map((c) => {
          const li = doc.createElement('li');
          const href = safeHref(c.url);
          const a = doc.createElement(href ? 'a' : 'span') as HTMLAnchorElement;
          if (href) a.href = href;
          a.target = '_blank';
          a.rel = 'noreferrer';
          // An article's site and title are its own words: marked so, apart from the card's.
          const site = c.label ? null : c.site;
          const parts: (string | Node)[] = [c.label ?? ''];
          if (site) parts.push(Object.assign(doc.createElement('span'), { translate: false, textContent: site }));
          if (c.quote) {
            const q = Object.assign(doc.createElement('span'), { textContent: c.quote.text });
            if (c.quote.lang) q.lang = c.quote.lang;
            parts.push(' · ', q);
          }
          a.append(...parts.filter((p) => p !== ''));
          li.append(a);
          return li;
        }),
      );
    }
    shown = t;
    host!.style.display = 'block';
    // Below the name, flipped above or pulled left when it would leave the viewport.
    const w = b.offsetWidth;
    const h = b.offsetHeight;
    const left = Math.max(4, Math.min(rect.left, win.innerWidth - w - 4));
    const below = rect.bottom + 6;
    const top = below + h > win.innerHeight - 4 ? Math.max(4, rect.top - h - 6) : below;
    host!.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  };

  const check = () => {
    pending = false;
    const caret = caretAt(doc, last.x, last.y);
    if (!caret || caret.node.nodeType !== 3) return hideSoon();
    for (const t of targets) {
      if (!t.range.isPointInRange(caret.node, caret.offset)) continue;
      const rect = Array.from(t.range.getClientRects()).find((r) => within(r, last.x, last.y));
      if (rect) return show(t, rect);
    }
    hideSoon();
  };

  // A tap (touch or pen) on a name opens its card; a tap anywhere else closes it.
  const onTap = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' || (host && e.composedPath().includes(host))) return;
    last = { x: e.clientX, y: e.clientY };
    check();
  };
  // Keyboard focus on an element with a name in it (a link, a heading made focusable) opens the
  // first such name's card beside it.
  const onFocus = (e: FocusEvent) => {
    const el = e.target;
    if (!(el instanceof win.Node) || el === host) return;
    // The first name in the element, in document order.
    let t: Target | undefined;
    for (const x of targets)
      if (el.contains(x.range.commonAncestorContainer) && (!t || x.range.compareBoundaryPoints(win.Range.START_TO_START, t.range) < 0)) t = x;
    const rect = t?.range.getClientRects()[0];
    if (t && rect) show(t, rect);
    else hideSoon();
  };
  // A pointer's card goes on scroll (the pointer is no longer over the name); a focused name's
  // card follows it, since focusing often scrolls the name into view.
  const onScroll = () => {
    const el = doc.activeElement;
    const rect = shown && el && el !== doc.body && shown.range.intersectsNode(el) ? shown.range.getClientRects()[0] : undefined;
    if (shown && rect) show(shown, rect);
    else hide();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown) hide();
  };

  const onMove = (e: MouseEvent) => {
    // Over the card itself: keep it, so its links can be clicked.
    if (host && e.composedPath().includes(host)) {
      clearTimeout(hideTimer);
      return;
    }
    last = { x: e.clientX, y: e.clientY };
    if (!pending) {
      pending = true;
      win.requestAnimationFrame(check);
    }
  };
  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('pointerup', onTap, { passive: true });
  doc.addEventListener('focusin', onFocus, { passive: true });
  doc.addEventListener('keydown', onKey, { passive: true });
  win.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    clearTimeout(hideTimer);
    doc.removeEventListener('mousemove', onMove);
    doc.removeEventListener('pointerup', onTap);
    doc.removeEventListener('focusin', onFocus);
    doc.removeEventListener('keydown', onKey);
    win.removeEventListener('scroll', onScroll);
    host?.remove();
  };
}
