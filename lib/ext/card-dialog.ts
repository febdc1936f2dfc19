import type { CardView } from './card-view';

/**
 * The card as a dialog, for a reader who reached the name from the keyboard: it holds links to
 * sources, which a tooltip cannot offer (a tooltip takes no focus). Opened, it takes focus; Tab
 * and Shift+Tab go round its links and its close button; Escape or the close button closes it and
 * focus goes back where it was (to the page itself when nothing had focus). Only keys pressed
 * inside the card are handled: the page's own shortcuts are never touched.
 */
export type CardDialog = {
  /** Makes the shown card a dialog and moves focus into it; `returnTo` is what had focus before. */
  open: (returnTo: Element | null) => void;
  /** Back to a tooltip; with `restore`, focus goes back to where it was before the dialog opened. */
  close: (restore: boolean) => void;
  isOpen: () => boolean;
};

/** The card's elements Tab goes round, in order. */
const tabbables = (view: CardView) => [...view.box.querySelectorAll<HTMLElement>('a[href], button:not([hidden])')];

export function cardDialog(view: CardView, doc: Document, onClosed: () => void): CardDialog {
  let returnTo: Element | null = null;
  let open = false;

  const close = (restore: boolean) => {
    if (!open) return;
    open = false;
    view.box.removeEventListener('keydown', onKey);
    view.close.removeEventListener('click', onCloseClick);
    view.box.setAttribute('role', 'tooltip');
    view.box.removeAttribute('aria-modal');
    view.box.removeAttribute('aria-labelledby');
    view.close.hidden = true;
    const back = returnTo;
    returnTo = null;
    if (restore) {
      // Where focus was; when that was nothing (the page itself), focus leaves the card for the
      // page, as it was, rather than staying on a link that is about to be hidden.
      if (back instanceof doc.defaultView!.HTMLElement && back !== doc.body && back.isConnected) back.focus({ preventScroll: true });
      else (view.host.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    }
    onClosed();
  };
  const onCloseClick = () => close(true);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      // The page's own Escape (closing its menu, leaving full screen) is not for this card.
      e.preventDefault();
      e.stopPropagation();
      close(true);
      return;
    }
    if (e.key !== 'Tab') return;
    const items = tabbables(view);
    if (!items.length) return e.preventDefault();
    const at = items.indexOf(view.host.shadowRoot!.activeElement as HTMLElement);
    const next = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : at === items.length - 1 || at < 0 ? 0 : at + 1;
    e.preventDefault();
    items[next]!.focus();
  };

  return {
    open: (from) => {
      if (!open) {
        // Kept from the first dialog of a walk: stepping from card to card returns, at the end,
        // to where the reader was before the walk began.
        returnTo = from;
        view.box.addEventListener('keydown', onKey);
        view.close.addEventListener('click', onCloseClick);
      }
      open = true;
      view.box.setAttribute('role', 'dialog');
      // Tab does not leave it and Escape closes it: for assistive technology, the page behind is out of reach.
      view.box.setAttribute('aria-modal', 'true');
      view.box.setAttribute('aria-labelledby', 'n');
      view.close.hidden = false;
      // The first source's link, else the close button.
      tabbables(view)[0]?.focus({ preventScroll: true });
    },
    close,
    isOpen: () => open,
  };
}
