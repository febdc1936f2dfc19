/**
 * The headline as the page shows it (issue 15). The page's <h1> is what the reader sees; the
 * JSON-LD headline, og:title and <title> are what the page tells search engines and social
 * networks, often with the site's name ("… — Meduza", "… | Український тиждень") or a rubric
 * appended, sometimes a different wording altogether. They are used to check and repair the
 * <h1>, and stand in for it when the page has none.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', bdquo: '„', lsquo: '‘', rsquo: '’',
  ndash: '–', mdash: '—', hellip: '…', shy: '', thinsp: ' ', ensp: ' ', emsp: ' ', prime: '′', copy: '©', reg: '®', deg: '°',
};

/**
 * Character references left in a string: a JSON-LD headline is JSON, not HTML, so a site that
 * escapes it for HTML ("&laquo;Мідас&raquo;") ships the references as text.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return NAMED[ref.toLowerCase()] ?? all;
  });
}

const clean = (s: string | null | undefined) => (s ? decodeEntities(s).replace(/[\s\u00a0]+/g, ' ').trim() : '');

// What sites put between a headline and their name or rubric: "—", "–", "-", "|", "::", "/", "»", "•", ":".
const SEP = /\s+(?:[—–|/»•·]|-{1,2}|::)\s+|:\s+/;
// What breadcrumbs put between their steps ("BMW X3 › Бортжурнал › Заголовок").
const CRUMB = /\s*[›»>/|]\s*/;

/** The text's segments between separators, the first one first: a headline is most often first. */
function segments(s: string): string[] {
  return s.split(SEP).map((x) => x.trim()).filter(Boolean);
}

/**
 * The headline: the <h1> when the page's statements agree with it or say nothing better, else
 * the statement that fits.
 */
export function pickTitle(opts: { h1: Element | null; jsonldHeadline: string | null; ogTitle: string | null; docTitle: string | null; siteName: string | null; host: string }): string | null {
  const said = [clean(opts.jsonldHeadline), clean(opts.ogTitle), clean(opts.docTitle)].filter(Boolean);
  const h1 = clean(opts.h1?.textContent);
  const firstSaid = said.map((s) => (s === clean(opts.jsonldHeadline) ? s : stripSite(s, opts.siteName, opts.host)))[0] ?? null;
  if (!h1) return firstSaid;
  for (const s of said) {
    // The h1 as said, or said with the site's name or a rubric after it.
    if (s === h1 || (s.startsWith(h1) && SEP.test(s.slice(h1.length, h1.length + 4).padEnd(3, ' ')))) return h1;
  }
  for (const s of said) {
    const head = segments(s)[0] ?? s;
    if (head.length < 8) continue;
    // A breadcrumb in the <h1> ending with the headline ("BMW X3 › Бортжурнал › Что там по уходу за авто?").
    if (h1.length > head.length && h1.endsWith(head) && CRUMB.test(h1.slice(h1.length - head.length - 3, h1.length - head.length))) return head;
    // A badge set inside the <h1> after the headline ("… США Материал редакции").
    if (h1.startsWith(s) && h1.length - s.length <= 24) return s;
  }
  // The <h1> is the site's name (a blog's title bar), not the story's headline.
  if (firstSaid && looksLikeSiteName(h1, opts.siteName, opts.host) && firstSaid !== h1) return firstSaid;
  // A printed headline set above an <h1> that holds the subheading (kommersant.ru): the block
  // right before the <h1> reads what og:title says.
  const prev = opts.h1?.previousElementSibling;
  if (prev && said.some((s) => clean(prev.textContent) === stripSite(s, opts.siteName, opts.host)) && clean(prev.textContent).length >= 8) return clean(prev.textContent);
  return h1;
}

/** The statement without the site's name before or after it ("НАШІ ГРОШІ – …", "… — Meduza"). */
function stripSite(s: string, siteName: string | null, host: string): string {
  const parts = segments(s);
  if (parts.length < 2) return s;
  const isSite = (x: string) => looksLikeSiteName(x, siteName, host);
  if (isSite(parts[parts.length - 1]!)) return s.slice(0, s.lastIndexOf(parts[parts.length - 1]!)).replace(/[\s—–|/»•·:-]+$/, '').trim();
  if (isSite(parts[0]!)) return s.slice(s.indexOf(parts[0]!) + parts[0]!.length).replace(/^[\s—–|/»•·:-]+/, '').trim();
  return s;
}

/** True when the text names the site: its og:site_name, or a word of its host name. */
function looksLikeSiteName(text: string, siteName: string | null, host: string): boolean {
  const t = text.toLowerCase().replace(/^www\./, '');
  if (!t) return false;
  if (siteName && (t === clean(siteName).toLowerCase() || clean(siteName).toLowerCase().startsWith(t))) return true;
  const h = host.toLowerCase().replace(/^www\./, '');
  if (t === h || h.split('.').some((label) => label.length >= 3 && (t === label || t.replace(/[^a-z0-9]/g, '') === label))) return true;
  return false;
}

/**
 * The element that holds the story's headline. Mostly the page's <h1>; but some templates give the
 * <h1> to the logo or the rubric ("Бюро Добрых Услуг", a portal's motto) and set the headline in
 * an <h2>: then the <title> names the story and not the <h1>, and a heading that reads as one of
 * the <title>'s segments is the headline.
 */
export function headlineElement(root: Document | Element, h1: Element | null, docTitle: string | null, siteName: string | null, host: string): Element | null {
  const title = clean(docTitle);
  if (!title) return h1;
  const h1Text = clean(h1?.textContent);
  if (h1Text && title.toLowerCase().includes(h1Text.toLowerCase())) return h1;
  const parts = new Set(segments(title).filter((x) => x.length >= 8 && !looksLikeSiteName(x, siteName, host)));
  if (!parts.size) return h1;
  return headingWhere(root, 'h2, h3', 400, (t) => parts.has(clean(t))) ?? h1;
}

/** The first of `selector`'s elements shorter than `maxChars` whose text `fits` (longer ones are not read further). */
export function headingWhere(root: Document | Element, selector: string, maxChars: number, fits: (text: string) => boolean): Element | null {
  for (const el of Array.from(root.querySelectorAll(selector))) {
    const t = el.textContent ?? '';
    if (t.length < maxChars && fits(t)) return el;
  }
  return null;
}
