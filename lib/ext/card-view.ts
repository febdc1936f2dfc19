import type { ActorCard } from '../messages';
import { safeHref } from '../ui/safe-url';

/** The card's host on the page: one element, its content in a shadow root the page's styles do not reach. */
export type CardView = { host: HTMLElement; box: HTMLElement; close: HTMLButtonElement };

const STYLE = `
  .c { position: relative; font: 13px/1.4 system-ui, sans-serif; color: #1b1f24; background: #fff; border: 1px solid #d0d5dd; border-radius: 8px;
       box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 8px 10px; max-width: 300px; }
  .c[role="dialog"] { padding-right: 34px; }
  .n { font-weight: 600; } .cc { font-size: 10px; font-weight: 700; border: 1px solid currentColor; border-radius: 3px; padding: 0 3px; margin-right: 6px; opacity: .7; } .r { color: #475467; margin-top: 2px; } .k { color: #5b6472; font-size: 11px; margin-top: 4px; }
  .h { list-style: none; margin: 6px 0 0; padding: 6px 0 0; border-top: 1px solid #e4e7ec; font-size: 12px; } .h:empty { display: none; }
  .h a { color: #2454d6; text-decoration: none; } .h a:hover { text-decoration: underline; } .h li { margin: 2px 0; }
  .x { position: absolute; top: 4px; right: 4px; width: 24px; height: 24px; padding: 0; border: 1px solid transparent; border-radius: 4px;
       background: none; color: inherit; font: 16px/1 system-ui, sans-serif; cursor: pointer; }
  .x:hover { border-color: #d0d5dd; } .x[hidden] { display: none; }
  a:focus-visible, .x:focus-visible { outline: 2px solid #2454d6; outline-offset: 1px; }
  @media (prefers-color-scheme: dark) { .c { background: #1f2329; color: #e8eaed; border-color: #3a3f47; } .r { color: #b4bac3; } .k { color: #9aa1ab; } .h { border-color: #3a3f47; } .h a { color: #8ab4ff; }
    .x:hover { border-color: #3a3f47; } a:focus-visible, .x:focus-visible { outline-color: #8ab4ff; } }
`;

/**
 * Adds the card's host to the page (on first use only, under <html>, not in the article's body).
 * The name is the card's heading (`id="n"`): a dialog is labelled by it.
 */
export function createCardView(doc: Document): CardView {
  const host = doc.createElement('kontakty-card');
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0;';
  const root = host.attachShadow({ mode: 'open' });
  // A fixed string of markup (no data in it); the style sheet goes in as text.
  root.innerHTML = '<div class="c" role="tooltip"><span class="cc"></span><span class="n" id="n"></span><div class="r"></div><div class="k"></div><ul class="h"></ul><button type="button" class="x" hidden>×</button></div>';
  root.prepend(Object.assign(doc.createElement('style'), { textContent: STYLE }));
  doc.documentElement.appendChild(host);
  return { host, box: root.querySelector('.c')!, close: root.querySelector('.x')! };
}

/** Writes a card into the view: who or what it is and its latest contacts, each a link to its source. */
export function fillCard(view: CardView, card: ActorCard, doc: Document): void {
  const b = view.box;
  // The card speaks the interface language (the background wrote it so), not the page's.
  b.lang = card.lang;
  b.querySelector('.n')!.textContent = card.name;
  const badge = b.querySelector<HTMLElement>('.cc')!;
  badge.textContent = card.badge;
  // An earlier event has no country to show.
  badge.style.display = card.badge ? '' : 'none';
  b.querySelector('.r')!.textContent = card.role ?? '';
  b.querySelector('.k')!.textContent = [card.kind, card.wikidata].filter(Boolean).join(' · ');
  view.close.setAttribute('aria-label', card.close ?? '');
  view.close.title = card.close ?? '';
  b.querySelector('.h')!.replaceChildren(
    ...(card.recent ?? []).map((c) => {
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

/** Places the card below the name, flipped above or pulled left when it would leave the viewport. */
export function placeCard(view: CardView, rect: DOMRect, win: Window): void {
  const w = view.box.offsetWidth;
  const h = view.box.offsetHeight;
  const left = Math.max(4, Math.min(rect.left, win.innerWidth - w - 4));
  const below = rect.bottom + 6;
  const top = below + h > win.innerHeight - 4 ? Math.max(4, rect.top - h - 6) : below;
  view.host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}
