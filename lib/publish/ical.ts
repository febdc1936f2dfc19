import type { ContactRecord } from '../history/types';
import type { Actor } from '../kb/types';
import { translate, type UiLang } from '../ui/i18n';
import { safeHref } from '../ui/safe-url';
import { dateParts, dateText, dayAfter, firstDay, headline, recordUid } from './record-text';

/**
 * The history as an iCalendar file (RFC 5545): each dated contact an all-day event, to lay the
 * contacts beside an analyst's own calendar. Everything from a page goes through `icalText`
 * (escaping) and every line through `foldLine`, so no value can end a line or start a property.
 */

/** A TEXT value (RFC 5545 3.3.11): \ ; , escaped, a line break as \n, other control characters dropped. */
export function icalText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * A content line folded at 75 octets (RFC 5545 3.1): the continuation lines start with a space,
 * which counts. The split falls between code points, never inside a character's UTF-8 bytes
 * (nor between the halves of a surrogate pair), so each piece is valid UTF-8 on its own.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    const room = out.length ? 74 : 75;
    if (bytes + n > room) {
      out.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += ch;
    bytes += n;
  }
  out.push(piece);
  return out.join('\r\n ');
}

/** The inverse of folding (RFC 5545 3.1): a line break followed by a space or a tab is removed. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');

/** DTSTAMP's form: UTC, to the second. */
export const icalStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** One contact's VEVENT (its lines, unfolded), or null when it has no date. */
export function vevent(r: ContactRecord, byId: Map<string, Actor>, stamp: string, lang: UiLang = 'en'): string[] | null {
  const start = dateParts(r.date);
  if (!start) return null;
  const end = (r.endDate && dateParts(r.endDate)) || start;
  const url = r.sources.map((s) => safeHref(s.url)).find(Boolean);
  const description = [
    dateText(r, lang),
    ...(r.sources[0] ? [`«${r.sources[0].evidence.exact}»`] : []),
    ...r.sources.map((s) => [s.site, s.published?.slice(0, 10), s.title].filter(Boolean).join(', ') + `: ${s.url}`),
  ].join('\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${recordUid(r)}@kontakty`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${ymd(firstDay(start))}`,
  ];
  // A single day needs no end; a range, a month or a year does (exclusive: the day after).
  const after = dayAfter(end);
  if (after.getTime() - firstDay(start).getTime() > 86_400_000) lines.push(`DTEND;VALUE=DATE:${ymd(after)}`);
  lines.push(`SUMMARY:${icalText(headline(r, byId, lang))}`, `DESCRIPTION:${icalText(description)}`);
  if (url) lines.push(`URL:${url}`);
  if (r.place) lines.push(`LOCATION:${icalText(r.place)}`);
  lines.push(`CATEGORIES:${icalText(translate(lang, r.type))},${icalText(translate(lang, r.status))}`, 'END:VEVENT');
  return lines;
}

/** The calendar's opening lines, with how many contacts had no date and are not in it. */
export function icalHead(undated: number, lang: UiLang = 'en'): string[] {
  const name = translate(lang, 'exportTitle');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kontakty//History export//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icalText(name)}`,
    ...(undated ? [`X-WR-CALDESC:${icalText(translate(lang, 'exportUndated', { n: undated }))}`] : []),
    `X-KONTAKTY-UNDATED:${undated}`,
  ];
}

export const ICAL_TAIL = ['END:VCALENDAR'];

/** Lines folded and ended with CRLF, as the file holds them. */
export function icalLines(lines: string[]): string {
  return lines.map((l) => foldLine(l) + '\r\n').join('');
}

/** The whole calendar at once (tests, the demo); the popup writes the same a chunk at a time. */
export function toICalendar(records: ContactRecord[], byId: Map<string, Actor>, now = new Date(), lang: UiLang = 'en'): { text: string; undated: number } {
  const stamp = icalStamp(now);
  const events: string[] = [];
  let undated = 0;
  for (const r of records) {
    const ev = vevent(r, byId, stamp, lang);
    if (ev) events.push(icalLines(ev));
    else undated++;
  }
  return { text: icalLines(icalHead(undated, lang)) + events.join('') + icalLines(ICAL_TAIL), undated };
}
