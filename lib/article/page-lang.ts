import { detectLang, type Lang } from '../text/lang';

// Enough running text to tell Ukrainian from Russian; a home page's first screens say it.
const ENOUGH = 20000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CODE', 'PRE']);

/**
 * The language of a page that is not an article (a home page, a rubric, a gallery), read from its
 * visible text: the reader of an archive wants to know which pages are Ukrainian even when
 * none of them is an article. The content script reads it after its decision, so the popup's
 * record of the page and the CLI's line for it say the same language.
 */
export function pageLang(doc: Document): Lang | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const parts: string[] = [];
  let size = 0;
  const walk = (el: Element) => {
    for (let n = el.firstChild; n && size < ENOUGH; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = n.nodeValue ?? '';
        if (t.trim()) {
          parts.push(t);
          size += t.length;
        }
      } else if (n.nodeType === 1 && !SKIP.has((n as Element).tagName.toUpperCase())) walk(n as Element);
    }
  };
  walk(root);
  return detectLang(parts.join(' '));
}
