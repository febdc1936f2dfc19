import type { UiLang } from './i18n';

/**
 * One date format per interface language, for display and for input alike (the history's
 * filters, the edit form and every date the popup, the options page and the hover cards show):
 *
 * - Ukrainian and Russian: day.month.year, "14.11.2022", "11.2022", "2022" — the numeric form
 *   of both languages' standards (ДСТУ 4163, ГОСТ Р 7.0.97) and of their press;
 * - English: ISO 8601, "2022-11-14", "2022-11", "2022" — an English interface is read across
 *   the world, where 11/14/2022 and 14/11/2022 each mean something else or nothing.
 *
 * Both forms hold a year, a month or a day alone, which contacts are dated by (a native date
 * picker takes whole days only, and shows the browser's locale rather than the interface's).
 */
export const DATE_PLACEHOLDER: Record<UiLang, string> = { en: 'YYYY-MM-DD', uk: 'ДД.ММ.РРРР', ru: 'ДД.ММ.ГГГГ' };

/** A stored date (YYYY, YYYY-MM or YYYY-MM-DD, or a longer ISO timestamp) as the reader writes it. */
export function formatDate(iso: string, lang: UiLang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang === 'en') return [y, mo, d].filter(Boolean).join('-');
  return [d, mo, y].filter(Boolean).join('.');
}

/** "2024-11 – 2025-02" / "11.2024 – 02.2025": a span of two stored dates, the end left out when the same. */
export function formatSpan(from: string, to: string | null | undefined, lang: UiLang): string {
  return to && to !== from ? `${formatDate(from, lang)} – ${formatDate(to, lang)}` : formatDate(from, lang);
}

function valid(y: number, m?: number, d?: number): boolean {
  if (!Number.isInteger(y) || y < 1000 || y > 2999) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * What a reader typed, as a stored date: "" for no date, null when it is not a date. The
 * interface's own format is read, and ISO in every language too (what the export writes, and
 * what a date pasted from elsewhere often is).
 */
export function parseDate(input: string): string | '' | null {
  const s = input.trim();
  if (!s) return '';
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s);
  const dotted = /^(?:(?:(\d{1,2})\.)?(\d{1,2})\.)?(\d{4})$/.exec(s);
  const [y, m, d] = iso
    ? [Number(iso[1]), iso[2] === undefined ? undefined : Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3])]
    : dotted
      ? [Number(dotted[3]), dotted[2] === undefined ? undefined : Number(dotted[2]), dotted[1] === undefined ? undefined : Number(dotted[1])]
      : [NaN];
  if (!valid(y!, m, d)) return null;
  return [String(y), m === undefined ? null : pad(m), d === undefined ? null : pad(d)].filter(Boolean).join('-');
}
