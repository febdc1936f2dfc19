import type { Actor } from '../kb/types';
import { contestedFields } from './contested';
import type { ContactRecord } from './types';

const HEADER = ['date', 'end_date', 'date_precision', 'date_basis', 'status', 'type', 'participants', 'participant_ids', 'sides', 'place', 'evidence', 'sources', 'source_urls', 'confidence', 'confirmed', 'edited', 'contested', 'disputed'];

/**
 * One spreadsheet cell: quoted when needed, and a leading = + - @ (or tab/CR) neutralised with an
 * apostrophe so Excel and LibreOffice read text, never a formula (CSV injection, OWASP).
 */
export function csvCell(v: string | number | boolean | null | undefined): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The history as CSV for spreadsheets: one row per contact, UTF-8 with a byte-order mark so
 * Excel shows Cyrillic, participants and sources joined readably in one cell each.
 */
export function toCsv(records: ContactRecord[], byId: Map<string, Actor>): string {
  const rows = records.map((r) => {
    // Whether the sources disagree on whether, when or where it took place, and on which of those ("status;date").
    const disputed = contestedFields(r);
    return [
      r.date,
      r.endDate,
      r.datePrecision,
      r.date ? (r.dateBasis ?? 'text') : null,
      r.status,
      r.type,
      r.parties.map((p) => (p.actorId ? (byId.get(p.actorId)?.name.en ?? p.actorId) : `${p.side}: ${p.text}`)).join('; '),
      r.participants.join('; '),
      r.sides.join('; '),
      r.place,
      r.sources[0]?.evidence.exact ?? '',
      r.sources.map((s) => [s.site, s.published?.slice(0, 10), s.title].filter(Boolean).join(', ')).join(' | '),
      r.sources.map((s) => s.url).join(' '),
      r.confidence,
      r.confirmed,
      r.edited,
      disputed.length > 0,
      disputed.join(';'),
    ];
  });
  return '\uFEFF' + [HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
