import type { Actor } from '../kb/types';
import { PUBLISH_FILES, PUBLISH_TYPES, publishFormat, type ChunkedFormat, type PublishKind } from '../publish/formats';
import type { UiLang } from '../ui/i18n';
import { toCsv } from './csv';
import type { HistoryDB } from './db';
import { contactJson, HISTORY_FILE_TAIL, historyFileHead } from './exchange';
import { recordsInOrder } from './records-in-order';
import type { ActorRecord } from './types';

/**
 * The history written as a file a chunk at a time, never as one string: each chunk of records
 * is turned into text and at once into UTF-8 bytes in a Blob part, while the next chunk is read
 * (lib/history/records-in-order.ts). What the page holds at a time is a chunk or two of records,
 * its text and one reused byte buffer; the file's bytes are in the browser's blob store.
 *
 * Where the time goes on a 100,000-contact history in Chromium (README, "The history's export
 * and import"): reading the records (IndexedDB and the structured clone into objects),
 * JSON.stringify, and encoding the text as UTF-8. The text is mostly Cyrillic, so V8 keeps it as
 * two-byte strings and the encoding is a real conversion. TextEncoder.encodeInto into one buffer
 * kept for the whole file allocates nothing per chunk (alone it took about 60% of a Blob made from
 * the string; in the export, the Blob made from its bytes takes much of that back).
 */
export class Utf8Parts {
  readonly parts: Blob[] = [];
  private encoder = new TextEncoder();
  private buffer = new Uint8Array(0);

  /** Appends text as one Blob part (the Blob copies the bytes, so the buffer is reused). */
  write(text: string): void {
    if (!text) return;
    // A UTF-16 code unit is at most three bytes of UTF-8.
    if (this.buffer.length < text.length * 3) this.buffer = new Uint8Array(Math.max(text.length * 3, this.buffer.length * 2));
    const { written } = this.encoder.encodeInto(text, this.buffer);
    this.parts.push(new Blob([this.buffer.subarray(0, written)]));
  }

  /** Puts text before everything written so far (a head known only once the records are read). */
  prepend(text: string): void {
    const at = this.parts.length;
    this.write(text);
    this.parts.unshift(...this.parts.splice(at));
  }

  blob(type: string): Blob {
    return new Blob(this.parts, { type });
  }
}

/**
 * Records a chunk. On the bench's 100,000 contacts in Chromium, 500 a chunk peaked at about 100–125
 * MB of JS heap (garbage not yet collected included) against 130 MB for 2,000 and 210–290 MB for
 * 8,000, and was no slower: young records are cheap to collect, a big chunk's outlive a scavenge.
 */
export const EXPORT_CHUNK = 500;

/** The history's own files (JSON, JSON Lines, CSV) and the files for publishing and network tools. */
export type ExportKind = 'json' | 'jsonl' | 'csv' | PublishKind;

export const EXPORT_TYPES: Record<ExportKind, string> = {
  json: 'application/json',
  jsonl: 'application/x-ndjson',
  csv: 'text/csv;charset=utf-8',
  ...PUBLISH_TYPES,
};

/** "kontakty-history-2026-12-10.json", "kontakty-history-2026-12-10.timeline.json". */
export function exportFileName(kind: ExportKind, day: string): string {
  return `kontakty-history-${day}.${kind === 'json' || kind === 'jsonl' || kind === 'csv' ? kind : PUBLISH_FILES[kind]}`;
}

export type ExportOptions = {
  /** The person's actors (the JSON file carries their own, see actorsToExport). */
  actors?: ActorRecord[];
  /** Names for the CSV's participants column and the publishing exports. */
  byId?: Map<string, Actor>;
  /** The language of the publishing exports' headlines and labels. */
  lang?: UiLang;
  now?: Date;
  /** Records read and written at a time. */
  chunk?: number;
};

function formatOf(kind: ExportKind, opts: ExportOptions): ChunkedFormat {
  if (kind !== 'json' && kind !== 'jsonl' && kind !== 'csv') return publishFormat(kind, { byId: opts.byId ?? new Map(), lang: opts.lang, now: opts.now });
  if (kind === 'json') {
    // One contact a line; the person's own actors go first, so the names the contacts use are
    // known where the file is imported.
    const head = historyFileHead(opts.now ?? new Date(), opts.actors ?? []);
    return {
      head: () => head,
      chunk: (recs, first) => (first ? '\n' : ',\n') + recs.map(contactJson).join(',\n'),
      tail: () => HISTORY_FILE_TAIL,
    };
  }
  if (kind === 'jsonl') return { head: () => '', chunk: (recs) => recs.map(contactJson).join('\n') + '\n', tail: () => '' };
  const byId = opts.byId ?? new Map<string, Actor>();
  let rows = 0;
  return {
    head: () => '',
    chunk: (recs, first) => {
      rows += recs.length;
      const csv = toCsv(recs, byId);
      // The byte-order mark and the header once, at the top.
      return first ? csv : csv.slice(csv.indexOf('\r\n') + 2);
    },
    // With no record, still the byte-order mark and the header.
    tail: () => (rows ? '' : toCsv([], byId)),
  };
}

/**
 * The records of `items` (ids in the order wanted: what the history shows, or everything newest
 * first), written as a JSON history file, JSON Lines, CSV, or one of the publishing formats
 * (lib/publish/formats.ts). Returns the file, how many records were read into it (a record
 * deleted meanwhile is left out) and, for the calendar and the timeline, how many of them had
 * no date and are not in the file.
 */
export async function exportHistory(db: HistoryDB, items: readonly { id: number }[], kind: ExportKind, opts: ExportOptions = {}): Promise<{ blob: Blob; count: number; undated: number }> {
  const format = formatOf(kind, opts);
  const out = new Utf8Parts();
  let count = 0;
  for await (const recs of recordsInOrder(db, items, opts.chunk ?? EXPORT_CHUNK)) {
    if (!recs.length) continue;
    out.write(format.chunk(recs, count === 0));
    count += recs.length;
  }
  out.write(format.tail());
  out.prepend(format.head());
  return { blob: out.blob(EXPORT_TYPES[kind]), count, undated: format.undated?.() ?? 0 };
}

/** Every stored contact's id, newest report first (the lastSeen index's keys only: no record is read). */
export async function newestFirst(db: HistoryDB): Promise<{ id: number }[]> {
  const ids = (await db.contacts.orderBy('lastSeen').reverse().primaryKeys()) as number[];
  return ids.map((id) => ({ id }));
}
