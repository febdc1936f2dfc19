import type { ContactRecord, SourceClaim } from './types';

/** The history file: versioned so an older extension refuses a newer file instead of garbling it. */
export const HISTORY_FORMAT = 'kontakty-history';
export const HISTORY_VERSION = 1;

export type HistoryFile = {
  format: typeof HISTORY_FORMAT;
  version: number;
  exported: string;
  contacts: Omit<ContactRecord, 'id'>[];
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function toHistoryFile(records: ContactRecord[], now = new Date()): HistoryFile {
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_VERSION,
    exported: now.toISOString(),
    contacts: records.map(({ id: _id, ...rest }) => rest),
  };
}

/** JSON Lines: one contact per line, for jq, pandas and the like; imports back like the JSON file. */
export function toJsonLines(records: ContactRecord[]): string {
  return records.map(({ id: _id, ...rest }) => JSON.stringify(rest)).join('\n') + (records.length ? '\n' : '');
}

const TYPES = new Set(['meeting', 'phone_call', 'video_call', 'negotiations', 'consultations', 'visit', 'backchannel', 'other']);
const STATUSES = new Set(['happened', 'planned', 'denied', 'unclear']);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || typeof v === 'string';

/**
 * Whether a source's address may be stored: a web address, or a urn: the command line gives a
 * text without one ("urn:annotate:…"). A "javascript:", "data:" or "file:" address is no
 * article's, only a trap for whoever follows it: the file carrying one is refused.
 */
function sourceAddress(url: string): boolean {
  try {
    return ['http:', 'https:', 'urn:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Checks one contact of a file; returns what is wrong, or null. */
function problem(c: unknown): string | null {
  if (!c || typeof c !== 'object') return 'not an object';
  const r = c as Record<string, unknown>;
  if (!isStr(r.key)) return 'no key';
  if (!Array.isArray(r.participants) || !r.participants.every(isStr)) return 'participants is not a list of ids';
  if (!Array.isArray(r.parties)) return 'no parties';
  if (!Array.isArray(r.sides) || !r.sides.every(isStr)) return 'sides is not a list';
  if (!isStr(r.type) || !TYPES.has(r.type)) return `unknown type ${String(r.type)}`;
  if (!isStr(r.status) || !STATUSES.has(r.status)) return `unknown status ${String(r.status)}`;
  if (!isStrOrNull(r.date) || !isStrOrNull(r.place)) return 'date or place is not text';
  if (!Array.isArray(r.sources) || !r.sources.length) return 'no sources';
  for (const s of r.sources as unknown[]) {
    const src = s as Record<string, unknown>;
    if (!src || !isStr(src.url) || !src.evidence || typeof src.evidence !== 'object') return 'a source lacks its url or evidence';
    if (!sourceAddress(src.url)) return `a source's address is not a web address (${src.url.slice(0, 40)})`;
  }
  return null;
}

/**
 * Reads a history file (JSON, or JSON Lines of contacts) and validates every record before
 * anything is written: one bad record rejects the file, so an import is all or nothing.
 */
export function parseHistoryFile(text: string): Result<Omit<ContactRecord, 'id'>[]> {
  let contacts: unknown[];
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: `The file is too large (${Math.round(text.length / 1e6)} million characters; at most ${MAX_IMPORT_CHARS / 1e6} million). Nothing was imported.` };
  // No trim(): on a 150-million-character file that is a copy of it all (JSON.parse skips the
  // white space itself); only a byte-order mark is cut, when there is one.
  const trimmed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*$/.test(trimmed)) return { ok: false, error: 'The file is empty.' };
  try {
    const data = JSON.parse(trimmed) as unknown;
    if (Array.isArray(data)) contacts = data;
    else {
      const f = data as Partial<HistoryFile>;
      if (f.format !== HISTORY_FORMAT) return { ok: false, error: 'This is not a Kontakty history file.' };
      if (typeof f.version !== 'number' || f.version > HISTORY_VERSION) return { ok: false, error: `The file is from a newer version (format ${String(f.version)}); update the extension to import it.` };
      if (!Array.isArray(f.contacts)) return { ok: false, error: 'The file has no list of contacts.' };
      contacts = f.contacts;
    }
  } catch {
    try {
      contacts = trimmed.split(/\r?\n/).filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
    } catch {
      return { ok: false, error: 'The file is neither JSON nor JSON Lines.' };
    }
  }
  if (contacts.length > MAX_IMPORT_RECORDS) return { ok: false, error: `The file holds ${contacts.length} contacts; at most ${MAX_IMPORT_RECORDS} can be imported at once. Nothing was imported.` };
  for (let i = 0; i < contacts.length; i++) {
    const p = problem(contacts[i]);
    if (p) return { ok: false, error: `Contact ${i + 1}: ${p}. Nothing was imported.` };
  }
  return { ok: true, value: contacts.map((c) => clean(c as ContactRecord)) };
}

/** Caps that keep a hostile or mistaken file from exhausting the popup's memory. */
export const MAX_IMPORT_CHARS = 150_000_000;
export const MAX_IMPORT_RECORDS = 500_000;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const PRECISIONS = new Set(['day', 'week', 'month', 'year']);
const precision = (v: unknown) => (typeof v === 'string' && PRECISIONS.has(v) ? (v as 'day') : null);

/** What one article said (SourceClaim), when the file has it and it reads as one; else nothing. */
function cleanClaim(c: unknown): SourceClaim | undefined {
  if (!c || typeof c !== 'object') return undefined;
  const r = c as Record<string, unknown>;
  if (!isStr(r.type) || !TYPES.has(r.type) || !isStr(r.status) || !STATUSES.has(r.status)) return undefined;
  return { type: r.type as SourceClaim['type'], status: r.status as SourceClaim['status'], date: str(r.date), endDate: str(r.endDate), datePrecision: precision(r.datePrecision), place: str(r.place) };
}

/**
 * The record rebuilt from its known fields only: whatever else a file carries ("__proto__",
 * "constructor", extra keys) does not reach the database.
 */
function clean(r: ContactRecord): Omit<ContactRecord, 'id'> {
  const evidence = (e: ContactRecord['sources'][number]['evidence']) => ({
    start: Number(e.start) || 0, end: Number(e.end) || 0, exact: String(e.exact ?? ''), prefix: String(e.prefix ?? ''), suffix: String(e.suffix ?? ''),
  });
  return {
    key: r.key,
    participants: r.participants.map(String),
    parties: (r.parties as unknown[]).filter((p): p is ContactRecord['parties'][number] => !!p && typeof p === 'object').map((p) => ({ actorId: str(p.actorId), side: p.side, text: String(p.text ?? '') })),
    sides: r.sides,
    type: r.type,
    status: r.status,
    date: str(r.date),
    endDate: str(r.endDate),
    datePrecision: precision(r.datePrecision),
    place: str(r.place),
    confidence: typeof r.confidence === 'number' ? r.confidence : 0.5,
    confirmed: r.confirmed === true,
    edited: r.edited === true,
    sources: r.sources.map((s) => {
      const claim = cleanClaim(s.claim);
      return {
        url: s.url, title: str(s.title), site: str(s.site), lang: str(s.lang), published: str(s.published), seen: String(s.seen ?? ''),
        evidence: evidence(s.evidence), reportedBy: Array.isArray(s.reportedBy) ? s.reportedBy.map(String) : [],
        ...(claim && { claim }),
      };
    }),
    firstSeen: String(r.firstSeen ?? ''),
    lastSeen: String(r.lastSeen ?? ''),
    ...(typeof r.prior === 'string' && { prior: r.prior }),
  };
}

/**
 * Why writing an import failed, as the interface says it (an i18n key): the browser's storage is
 * full, or something else stopped it. Either way the import is one transaction, so nothing of
 * it was written.
 */
export function importWriteError(e: unknown): 'importStorageFull' | 'importFailed' {
  const name = (e as { name?: unknown } | null)?.name;
  const inner = (e as { inner?: { name?: unknown } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? 'importStorageFull' : 'importFailed';
}
