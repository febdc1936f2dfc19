import type { ContactRecord } from '../history/types';
import type { Actor } from '../kb/types';
import { partiesLabel } from '../ui/format';
import { translate, type UiLang } from '../ui/i18n';

/**
 * What the publishing exports (TimelineJS, iCalendar) say of a record in words: its id, its
 * dates as precise as the record knows them, its headline. Plain functions over records.
 */

/** A date as far as it is known: "2022" is a year, "2022-11" a month, "2022-11-14" a day. */
export type DateParts = { year: number; month?: number; day?: number };

export function dateParts(s: string | null | undefined): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s ?? '');
  if (!m) return null;
  const out: DateParts = { year: Number(m[1]) };
  if (m[2]) out.month = Number(m[2]);
  if (m[3]) out.day = Number(m[3]);
  return out;
}

/** The first day a date covers, as UTC midnight (a month's first day, a year's 1 January). */
export function firstDay(d: DateParts): Date {
  return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
}

/** The day after the last day a date covers: iCalendar's DTEND of an all-day event is exclusive. */
export function dayAfter(d: DateParts): Date {
  if (d.day !== undefined) return new Date(Date.UTC(d.year, d.month! - 1, d.day + 1));
  if (d.month !== undefined) return new Date(Date.UTC(d.year, d.month, 1));
  return new Date(Date.UTC(d.year + 1, 0, 1));
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 Nov 2022" / "Nov 2022" / "2022" in English; "14.11.2022" / "11.2022" / "2022" in Ukrainian and Russian. */
export function humanDate(d: DateParts, lang: UiLang): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (lang === 'en') return [d.day, d.month !== undefined ? MONTHS_EN[d.month - 1] : undefined, d.year].filter((x) => x !== undefined).join(' ');
  return [d.day, d.month].filter((x) => x !== undefined).map((x) => pad(x!)).concat(String(d.year)).join('.');
}

/**
 * The record's date in words: "by 14 Nov 2022" when it is dated by the article that reported it
 * (it took place on that day or before), "14 Nov 2022 – 16 Nov 2022" for a range.
 */
export function dateText(r: Pick<ContactRecord, 'date' | 'endDate' | 'dateBasis'>, lang: UiLang): string {
  const start = dateParts(r.date);
  if (!start) return translate(lang, 'dateUnknown');
  if (r.dateBasis === 'report') return translate(lang, 'dateBy', { date: humanDate(start, lang) });
  const end = r.endDate && r.endDate !== r.date ? dateParts(r.endDate) : null;
  return end ? `${humanDate(start, lang)} – ${humanDate(end, lang)}` : humanDate(start, lang);
}

/** "Vladimir Putin · Donald Trump: Phone call (denied)": who, what kind, and the status unless it happened. */
export function headline(r: Pick<ContactRecord, 'parties' | 'type' | 'status'>, byId: Map<string, Actor>, lang: UiLang): string {
  const status = r.status === 'happened' ? '' : ` (${translate(lang, r.status).toLocaleLowerCase(lang)})`;
  return `${partiesLabel(r.parties, byId, lang)}: ${translate(lang, r.type)}${status}`;
}

/** FNV-1a over UTF-16 code units, as 8 hex digits. Not cryptographic: an id, not a secret. */
function fnv(s: string, seed = 0x811c9dc5): string {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * An id that stays the same each time the same record is exported, so a calendar that imported
 * it updates the event instead of adding a second one, and a timeline's links to it hold. A
 * reference-timeline record has its shipped event's id. A stored record has its database id,
 * with a hash of when and where it was first read: another profile's record under the same
 * number gets another id. Not from the record's facts: a person's edit of the date or the
 * parties would change it.
 */
export function recordUid(r: Pick<ContactRecord, 'id' | 'prior' | 'key' | 'firstSeen' | 'sources'>): string {
  if (r.prior) return `kontakty-prior-${r.prior.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const first = r.sources[0];
  const origin = `${r.firstSeen}|${first?.url ?? ''}|${first?.evidence.start ?? ''}`;
  // Without an id (a file from the command line), the key tells apart two contacts in one sentence.
  const rest = r.id !== undefined ? `n${r.id}` : `${fnv(r.key, 0x9e3779b9)}`;
  return `kontakty-${rest}-${fnv(origin)}`;
}

/** Text made safe inside HTML elements and quoted attributes: evidence comes from web pages. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
