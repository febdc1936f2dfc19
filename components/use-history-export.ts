import type { HistoryDB } from '@/lib/history/db';
import { exportHistory, type ExportKind } from '@/lib/history/export-file';
import type { HistoryFilter, SortOrder } from '@/lib/history/filter';
import type { HistoryIndex } from '@/lib/history/query';
import type { TextScan } from '@/lib/history/text-scan';
import type { KnowledgeBase } from '@/lib/kb/index';
import { download } from './download';

/**
 * The history's three exports (JSON, JSON Lines, CSV) of what the view shows: the current
 * filter, or everything when none is set, in the chosen order, written a chunk at a time
 * (lib/history/export-file.ts).
 */
export function useHistoryExport(db: HistoryDB, index: HistoryIndex, filter: HistoryFilter, order: SortOrder, kb: KnowledgeBase, scan: TextScan | null) {
  const day = () => new Date().toISOString().slice(0, 10);
  const exportShown = async (kind: ExportKind) => {
    await index.whenReady();
    if (scan) await scan.finished();
    const shown = index.query(filter, order, kb, scan?.hits ?? null);
    // The JSON file carries the person's own actors, so the names its contacts use are known where it is imported.
    const { blob } = await exportHistory(db, shown, kind, { actors: kind === 'json' ? await db.actors.toArray() : [], byId: kb.byId });
    download(`kontakty-history-${day()}.${kind}`, blob);
  };
  return { json: () => exportShown('json'), jsonl: () => exportShown('jsonl'), csv: () => exportShown('csv') };
}
