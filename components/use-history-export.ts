import { toCsv } from '@/lib/history/csv';
import { toHistoryFile, toJsonLines } from '@/lib/history/exchange';
import type { HistoryDB } from '@/lib/history/db';
import type { HistoryFilter, SortOrder } from '@/lib/history/filter';
import { recordsInOrder, type HistoryIndex, type TextScan } from '@/lib/history/query';
import type { ContactRecord } from '@/lib/history/types';
import type { KnowledgeBase } from '@/lib/kb/index';

function download(name: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The history's three exports (JSON, JSON Lines, CSV) of what the view shows: the current
 * filter, or everything when none is set, in the chosen order, written chunk by chunk.
 */
export function useHistoryExport(db: HistoryDB, index: HistoryIndex, filter: HistoryFilter, order: SortOrder, kb: KnowledgeBase, scan: TextScan | null) {
  const { byId } = kb;
  const day = () => new Date().toISOString().slice(0, 10);
  // Exports what is shown: the current filter, or everything when none is set, in the chosen order.
  const exportShown = async (name: string, type: string, write: (recs: ContactRecord[], first: boolean) => string, empty: string, head = '', tail = '') => {
    await index.whenReady();
    if (scan) await scan.finished();
    const all = index.query(filter, order, kb, scan?.hits ?? null);
    const parts: BlobPart[] = [head];
    let first = true;
    for await (const recs of recordsInOrder(db, all, order)) {
      if (!recs.length) continue;
      // Each chunk becomes bytes at once, while the next one is being read.
      parts.push(new Blob([write(recs, first)]));
      first = false;
    }
    if (first) parts.push(empty);
    parts.push(tail);
    download(name, parts, type);
  };
  const json = async () => {
    // One contact a line (a history of 100,000 stays within what an import reads); the person's
    // own actors go first, so the names the contacts use are known where the file is imported.
    const { contacts: _none, ...meta } = toHistoryFile([], new Date(), await db.actors.toArray());
    return exportShown(
      `kontakty-history-${day()}.json`,
      'application/json',
      (recs, first) => (first ? '\n' : ',\n') + toHistoryFile(recs).contacts.map((c) => JSON.stringify(c)).join(',\n'),
      '',
      `${JSON.stringify(meta).slice(0, -1)},"contacts":[`,
      '\n]}\n',
    );
  };
  const jsonl = () => exportShown(`kontakty-history-${day()}.jsonl`, 'application/x-ndjson', (recs) => toJsonLines(recs), '');
  const csv = () =>
    exportShown(
      `kontakty-history-${day()}.csv`,
      'text/csv;charset=utf-8',
      (recs, first) => {
        const csv = toCsv(recs, byId);
        // The byte-order mark and the header once, at the top.
        return first ? csv : csv.slice(csv.indexOf('\r\n') + 2);
      },
      toCsv([], byId),
    );
  return { json, jsonl, csv };
}
