import { highlightCss } from '../ui/highlight-colors';

let sheet: CSSStyleSheet | null = null;

/**
 * The person's highlight colours on this page, through one constructed style sheet adopted by
 * the document: no element is added, so the page's DOM stays as it was. Someone who kept the
 * defaults gets nothing at all (content.css has them). A page that broke CSSStyleSheet or
 * adoptedStyleSheets keeps the defaults.
 */
export function applyHighlightColors(colors: unknown): void {
  const css = highlightCss(colors);
  if (!css && !sheet) return;
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(css);
  } catch (e) {
    console.debug('[kontakty] highlight colours', e);
  }
}
