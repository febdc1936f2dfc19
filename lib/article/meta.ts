import { readJsonLd, type JsonLdInfo } from './jsonld';

export type PageMeta = {
  url: string;
  canonical: string | null;
  title: string | null;
  siteName: string | null;
  author: string | null;
  published: string | null;
  ogType: string | null;
  htmlLang: string | null;
  jsonld: JsonLdInfo;
};

const meta = (doc: Document, sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;

const MONTHS_GEN: Record<string, string> = {
  січня: '01', лютого: '02', березня: '03', квітня: '04', травня: '05', червня: '06', липня: '07', серпня: '08', вересня: '09', жовтня: '10', листопада: '11', грудня: '12',
  января: '01', февраля: '02', марта: '03', апреля: '04', мая: '05', июня: '06', июля: '07', августа: '08', сентября: '09', октября: '10', ноября: '11', декабря: '12',
};

/**
 * A visible dateline such as "23 грудня 2025, 15:30", or "21.03.2025, 14:37" and "26/02/2021 -
 * 10:44" as older sites write it, as a local ISO date-time.
 */
export function parseDateline(s: string): string | null {
  const m = /(\d{1,2})\s+([а-яіїєґ]+)\s+(\d{4})(?:\s*(?:р\.|г\.|року|года)?,?\s*(?:о|в)?\s*(\d{1,2}):(\d{2}))?/iu.exec(s);
  const mm = m ? MONTHS_GEN[m[2]!.toLowerCase()] : undefined;
  if (m && mm) return local(m[3]!, mm, m[1]!, m[4], m[5]);
  // Day first, as Ukrainian and Russian sites write it; Drupal's "26/02/2021 - 10:44" too.
  const n = /(?<!\d)(\d{1,2})([./])(\d{2})\2(\d{4})(?:\s*(?:р\.|г\.)?,?\s*(?:о|в|-|–|—)?\s*(\d{1,2}):(\d{2}))?/u.exec(s);
  if (!n || Number(n[3]) < 1 || Number(n[3]) > 12 || Number(n[1]) < 1 || Number(n[1]) > 31) return null;
  return local(n[4]!, n[3]!, n[1]!, n[5], n[6]);
}

const local = (y: string, mm: string, d: string, h?: string, min?: string) => {
  const day = `${y}-${mm}-${d.padStart(2, '0')}`;
  return h ? `${day}T${h.padStart(2, '0')}:${min}:00` : day;
};

/**
 * The dateline printed right above or below the headline (an old template's "<div class=dt>"
 * that no selector names), read only when nothing named a date.
 */
export function datelineNear(h1: Element | null): string | null {
  const near: (Element | null)[] = [h1?.previousElementSibling ?? null, h1?.nextElementSibling ?? null];
  near.push(near[0]?.previousElementSibling ?? null, near[1]?.nextElementSibling ?? null);
  // A headline wrapped in a block of its own has its dateline beside that block
  // ("div.Header > h1" then "div.Meta > 15:12, 9 мая 2017").
  const up = h1?.parentElement;
  if (up && up.tagName !== 'BODY' && up.children.length <= 3) near.push(up.previousElementSibling, up.nextElementSibling);
  for (const el of near) {
    const text = el?.textContent ?? '';
    const got = text.length < 200 ? parseDateline(text) : null;
    if (got) return got;
  }
  // Or the first short block after it in reading order, inside whatever wraps the text (Drupal's
  // "<h2>…</h2><div><div class=node><span class=submitted>Пт, 26/02/2021 - 10:44</span>").
  let steps = 0;
  for (let el = h1 ? nextInOrder(h1) : null; el && steps < 8; el = nextInOrder(el), steps++) {
    const text = el.textContent ?? '';
    const got = text.length < 200 ? parseDateline(text) : null;
    if (got) return got;
  }
  return null;
}

/** The element after el in document order that is not inside it. */
function nextInOrder(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.nextElementSibling) return firstLeafward(e.nextElementSibling);
  return null;
}

/** The element itself: a short one is read whole, a long one is entered through its first child. */
function firstLeafward(el: Element): Element {
  let e = el;
  while ((e.textContent ?? '').length >= 200 && e.firstElementChild) e = e.firstElementChild;
  return e;
}

/**
 * A web address from the page, made absolute against the page's own (canonical links are often
 * relative) without its fragment; null for anything but http(s): a "javascript:" or "data:"
 * canonical must not become the address a contact is stored under.
 */
export function webAddress(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim(), base);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** The page's own statements about itself: JSON-LD first, then Open Graph and meta tags. */
export function readMeta(doc: Document, url: string, jsonld: JsonLdInfo = readJsonLd(doc)): PageMeta {
  const a = jsonld.article;
  const timeEl = doc.querySelector('article time[datetime], time[itemprop="datePublished"], [itemprop="datePublished"]');
  return {
    url,
    canonical: webAddress(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ?? webAddress(meta(doc, 'meta[property="og:url"]'), url),
    title: a?.headline ?? meta(doc, 'meta[property="og:title"]') ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.title ?? null,
    siteName: meta(doc, 'meta[property="og:site_name"]') ?? a?.publisher ?? null,
    author: a?.author ?? meta(doc, 'meta[name="author"]') ?? meta(doc, 'meta[property="article:author"]'),
    // The first statement that reads as a date: a JSON-LD date written out in words ("3 Листопада
    // 2025 в 14:01") is read as a dateline, a broken one is passed over for the next.
    published: firstDate(
      [a?.datePublished, meta(doc, 'meta[property="article:published_time"]'), meta(doc, 'meta[itemprop="datePublished"]'), timeEl?.getAttribute('datetime'), timeEl?.getAttribute('content')],
      url,
      doc.documentElement.getAttribute('lang'),
    ),
    ogType: meta(doc, 'meta[property="og:type"]'),
    htmlLang: doc.documentElement.getAttribute('lang'),
    jsonld,
  };
}

function firstDate(said: (string | null | undefined)[], url: string, htmlLang: string | null): string | null {
  for (const raw of said) {
    const s = raw?.trim();
    if (!s) continue;
    if (!Number.isNaN(Date.parse(s))) return s;
    const local = parseDateline(s);
    if (local) {
      let host = '';
      try {
        host = new URL(url).hostname;
      } catch {
        /* no address */
      }
      const lang = /^uk/i.test(htmlLang ?? '') ? 'uk' : /^ru/i.test(htmlLang ?? '') ? 'ru' : null;
      return local.length > 10 ? `${local}${zoneOffset(siteZone(host, lang), local)}` : local;
    }
  }
  return null;
}

/** The UTC offset ("+03:00") of an IANA zone on a local date-time, from the platform's tz data. */
export function zoneOffset(zone: string, local: string): string {
  const guess = new Date(`${local.length === 10 ? `${local}T12:00:00` : local}Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(guess).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

/**
 * The zone a site writes its datelines in when it does not say: Kyiv for Ukrainian sites and
 * Ukrainian text, Moscow for Russian ones (rbc.ru's "14 марта 2025, 12:41" is Moscow time).
 */
export function siteZone(host: string, lang: string | null): string {
  if (/\.(ua|com\.ua)$/.test(host)) return 'Europe/Kyiv';
  if (/\.(ru|su|by)$/.test(host)) return 'Europe/Moscow';
  return lang === 'ru' ? 'Europe/Moscow' : 'Europe/Kyiv';
}
