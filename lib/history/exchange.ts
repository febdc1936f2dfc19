import { CONTACT_STATUSES } from '../contacts/types';
import type { Actor, LangNames, Role } from '../kb/types';
import { safeHref } from '../ui/safe-url';
import { withDisagreements } from './contested';
import type { ActorRecord, ContactRecord, SourceClaim } from './types';

/** The history file: versioned so an older extension refuses a newer file instead of garbling it. */
export const HISTORY_FORMAT = 'kontakty-history';
/** 1: contacts only; 2: and the person's own actors (added, corrected or switched off). */
export const HISTORY_VERSION = 2;

export type HistoryFile = {
  format: typeof HISTORY_FORMAT;
  version: number;
  exported: string;
  /** Version 2 on: the actors that are the person's work, so names in the contacts resolve elsewhere. */
  actors?: ActorRecord[];
  contacts: Omit<ContactRecord, 'id'>[];
};

/** What a file holds once read and checked. */
export type HistoryContents = { contacts: Omit<ContactRecord, 'id'>[]; actors: ActorRecord[] };

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function toHistoryFile(records: ContactRecord[], now = new Date(), actors: ActorRecord[] = []): HistoryFile {
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_VERSION,
    exported: now.toISOString(),
    actors: actorsToExport(actors),
    contacts: records.map(({ id: _id, ...rest }) => rest),
  };
}

/** The actors that are a person's work: their own, and shipped ones they corrected or switched off. */
export function actorsToExport(actors: ActorRecord[]): ActorRecord[] {
  return actors.filter((a) => a.origin === 'custom' || a.disabled || a.userEdited);
}

/**
 * One contact as the file has it: the record without its database id. JSON.stringify leaves out
 * a field that is undefined, so the id is set aside for the call rather than the record copied
 * without it (in Chromium the copy added about a third to the time of the stringify itself); the
 * text is the same.
 */
export function contactJson(r: ContactRecord): string {
  const id = r.id;
  let text: string;
  if (id === undefined) text = JSON.stringify(r);
  else {
    r.id = undefined;
    try {
      text = JSON.stringify(r);
    } finally {
      r.id = id;
    }
  }
  return withDisagreements(text, r);
}

/**
 * The JSON history file's text around its contacts: the head (format, version, date, the person's
 * actors) up to the opening of the contacts' list, and its close. Between them, one contact a line
 * (contactJson, with the contested fields where the sources disagree), separated by ",\n". The
 * popup's export writes these a chunk at a time (export-file.ts); the command line all at once.
 */
export function historyFileHead(now = new Date(), actors: ActorRecord[] = []): string {
  const { contacts: _none, ...meta } = toHistoryFile([], now, actors);
  return `${JSON.stringify(meta).slice(0, -1)},"contacts":[`;
}
export const HISTORY_FILE_TAIL = '\n]}\n';

/** A whole JSON history file, as the popup's export writes it: what `annotate --history` writes. */
export function historyFileText(records: ContactRecord[], now = new Date(), actors: ActorRecord[] = []): string {
  return historyFileHead(now, actors) + (records.length ? '\n' + records.map(contactJson).join(',\n') : '') + HISTORY_FILE_TAIL;
}

/** JSON Lines: one contact per line, for jq, pandas and the like; imports back like the JSON file. */
export function toJsonLines(records: ContactRecord[]): string {
  return records.map(contactJson).join('\n') + (records.length ? '\n' : '');
}

const TYPES = new Set(['meeting', 'phone_call', 'video_call', 'negotiations', 'consultations', 'visit', 'backchannel', 'other']);
const STATUSES = new Set<string>(CONTACT_STATUSES);
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
  const got = parseHistoryContents(text);
  return got.ok ? { ok: true, value: got.value.contacts } : got;
}

/** parseHistoryFile with the actors a version-2 file carries, checked as strictly as the contacts. */
export function parseHistoryContents(text: string): Result<HistoryContents> {
  let contacts: unknown[];
  let actors: unknown[] = [];
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: `The file is too large (${Math.round(text.length / 1e6)} million characters; at most ${MAX_IMPORT_CHARS / 1e6} million). Nothing was imported.` };
  // No trim(): on a 150-million-character file that is a copy of it all (JSON.parse skips the
  // white space itself); only a byte-order mark is cut, when there is one.
  const trimmed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*$/.test(trimmed)) return { ok: false, error: 'The file is empty.' };
  try {
    const data = JSON.parse(trimmed) as unknown;
    if (Array.isArray(data)) contacts = data;
    // JSON Lines with a single contact is one JSON object: a record, not a file header.
    else if (data && typeof data === 'object' && !('format' in data) && 'key' in data) contacts = [data];
    else {
      const f = data as Partial<HistoryFile>;
      if (f.format !== HISTORY_FORMAT) return { ok: false, error: 'This is not a Kontakty history file.' };
      if (typeof f.version !== 'number' || f.version > HISTORY_VERSION) return { ok: false, error: `The file is from a newer version (format ${String(f.version)}); update the extension to import it.` };
      if (!Array.isArray(f.contacts)) return { ok: false, error: 'The file has no list of contacts.' };
      if (f.actors !== undefined && !Array.isArray(f.actors)) return { ok: false, error: 'The file’s actors are not a list.' };
      contacts = f.contacts;
      actors = f.actors ?? [];
    }
  } catch {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim());
    try {
      contacts = lines.map((l) => JSON.parse(l) as unknown);
    } catch {
      return { ok: false, error: unreadableReason(trimmed, lines) };
    }
  }
  if (contacts.length > MAX_IMPORT_RECORDS) return { ok: false, error: `The file holds ${contacts.length} contacts; at most ${MAX_IMPORT_RECORDS} can be imported at once. Nothing was imported.` };
  for (let i = 0; i < contacts.length; i++) {
    const p = problem(contacts[i]);
    if (p) return { ok: false, error: `Contact ${i + 1}: ${p}. Nothing was imported.` };
  }
  if (actors.length > MAX_IMPORT_ACTORS) return { ok: false, error: `The file holds ${actors.length} actors; at most ${MAX_IMPORT_ACTORS}. Nothing was imported.` };
  for (let i = 0; i < actors.length; i++) {
    const p = actorProblem(actors[i]);
    if (p) return { ok: false, error: `Actor ${i + 1}: ${p}. Nothing was imported.` };
  }
  return { ok: true, value: { contacts: contacts.map((c) => clean(c as ContactRecord)), actors: actors.map((a) => cleanActor(a as ActorRecord)) } };
}

/**
 * Why a file that is neither JSON nor JSON Lines cannot be read, as a person can act on it: the
 * extension's own CSV export (for spreadsheets: it does not come back), a file cut short (a
 * download or copy that stopped: a history file's start, or JSON Lines whose every line but the
 * last reads), or anything else.
 */
function unreadableReason(text: string, lines: string[]): string {
  if (/^date,end_date,date_precision,/.test(text)) return 'This is a CSV export: it is for spreadsheets and cannot be imported. Import the JSON or JSON Lines export instead.';
  const isJson = (l: string) => {
    try {
      JSON.parse(l);
      return true;
    } catch {
      return false;
    }
  };
  const historyStart = /^\s*\{\s*"format"\s*:\s*"kontakty-history"/.test(text);
  const linesCut = lines.length > 1 && lines[0]!.trimStart().startsWith('{') && lines.slice(0, -1).every(isJson);
  if (historyStart || linesCut) return 'The file is cut short: it ends in the middle of a record. Download or copy it again. Nothing was imported.';
  return 'The file is neither JSON nor JSON Lines.';
}

export const MAX_IMPORT_ACTORS = 10_000;

const webAddress = (v: unknown) => isStr(v) && safeHref(v) !== undefined;
const KINDS = new Set(['person', 'institution', 'media']);
const isNames = (v: unknown) => !!v && typeof v === 'object' && ['en', 'uk', 'ru'].every((k) => isStr((v as Record<string, unknown>)[k]) && ((v as Record<string, string>)[k] ?? '').trim() !== '');

/** Checks one actor of a file; returns what is wrong, or null. */
function actorProblem(a: unknown): string | null {
  if (!a || typeof a !== 'object') return 'not an object';
  const r = a as Record<string, unknown>;
  if (!isStr(r.id) || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(r.id)) return 'no usable id';
  if (r.origin !== 'custom' && r.origin !== 'bundled') return 'neither shipped nor added by a person';
  if (!isStr(r.kind) || !KINDS.has(r.kind)) return `unknown kind ${String(r.kind)}`;
  if (!isStr(r.country) || !/^[A-Z]{2,5}$/.test(r.country)) return 'no country code';
  if (r.wikidata !== null && r.wikidata !== undefined && !(isStr(r.wikidata) && /^Q\d+$/.test(r.wikidata))) return 'a Wikidata id that is not one';
  if (!isNames(r.name)) return 'a name missing in English, Ukrainian or Russian';
  if (!Array.isArray(r.sources) || !r.sources.every(webAddress)) return 'a source that is not a web address';
  if (!Array.isArray(r.roles) || !r.roles.every((x) => !!x && typeof x === 'object' && isStr((x as Role).title?.en) && webAddress((x as Role).source))) return 'a role without its title or source';
  return null;
}

const nameLists = (v: unknown): LangNames | undefined => {
  if (!v || typeof v !== 'object') return undefined;
  const out: LangNames = {};
  for (const k of ['en', 'uk', 'ru'] as const) {
    const xs = (v as Record<string, unknown>)[k];
    if (Array.isArray(xs)) out[k] = xs.filter(isStr);
  }
  return out;
};

/** The actor rebuilt from its known fields only, as a contact is (see clean below). */
function cleanActor(r: ActorRecord): ActorRecord {
  const names = (n: Actor['name']) => ({ en: String(n.en), uk: String(n.uk), ru: String(n.ru) });
  const optional = {
    ...(r.gender === 'm' || r.gender === 'f' ? { gender: r.gender } : {}),
    ...(nameLists(r.given) && { given: nameLists(r.given) }),
    ...(nameLists(r.patronymic) && { patronymic: nameLists(r.patronymic) }),
    ...(nameLists(r.surname) && { surname: nameLists(r.surname) }),
    ...(nameLists(r.forms) && { forms: nameLists(r.forms) }),
    ...(r.indeclinable && typeof r.indeclinable === 'object' ? { indeclinable: { uk: r.indeclinable.uk === true, ru: r.indeclinable.ru === true } } : {}),
  };
  return {
    id: r.id,
    kind: r.kind,
    country: r.country,
    wikidata: r.wikidata ?? null,
    name: names(r.name),
    ...optional,
    roles: r.roles.map((x) => ({ title: { en: String(x.title.en), ...(isStr(x.title.uk) && { uk: x.title.uk }), ...(isStr(x.title.ru) && { ru: x.title.ru }) }, from: str(x.from), to: str(x.to), source: x.source })),
    sources: r.sources.map(String),
    origin: r.origin,
    ...(r.disabled === true && { disabled: true }),
    ...(r.userEdited === true && { userEdited: true }),
  };
}

/** Caps that keep a hostile or mistaken file from exhausting the popup's memory. */
export const MAX_IMPORT_CHARS = 150_000_000;
export const MAX_IMPORT_RECORDS = 500_000;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const PRECISIONS = new Set(['day', 'week', 'month', 'year']);
const precision = (v: unknown) => (typeof v === 'string' && PRECISIONS.has(v) ? (v as 'day') : null);
/** 'report' or 'text' when the file says so and there is a date; nothing otherwise. */
const basis = (v: unknown, date: unknown) => (typeof date === 'string' && (v === 'report' || v === 'text') ? { dateBasis: v as 'report' | 'text' } : {});

/** What one article said (SourceClaim), when the file has it and it reads as one; else nothing. */
function cleanClaim(c: unknown): SourceClaim | undefined {
  if (!c || typeof c !== 'object') return undefined;
  const r = c as Record<string, unknown>;
  if (!isStr(r.type) || !TYPES.has(r.type) || !isStr(r.status) || !STATUSES.has(r.status)) return undefined;
  return { type: r.type as SourceClaim['type'], status: r.status as SourceClaim['status'], date: str(r.date), endDate: str(r.endDate), datePrecision: precision(r.datePrecision), ...basis(r.dateBasis, r.date), place: str(r.place) };
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
    ...basis(r.dateBasis, r.date),
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
