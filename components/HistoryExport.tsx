import type { HistoryDB } from '@/lib/history/db';
import { exportFileName, exportHistory, type ExportKind } from '@/lib/history/export-file';
import type { HistoryFilter, SortOrder } from '@/lib/history/filter';
import type { HistoryIndex } from '@/lib/history/query';
import type { TextScan } from '@/lib/history/text-scan';
import type { KnowledgeBase } from '@/lib/kb/index';
import { translate, type MessageKey, type UiLang } from '@/lib/ui/i18n';
import { download } from './download';
import { useT } from './i18n';

/**
 * The history's exports of what the view shows: the current filter, or everything when none is
 * set, in the chosen order, written a chunk at a time (lib/history/export-file.ts). The history's
 * own files (JSON, JSON Lines, CSV) and the publishing ones (TimelineJS, iCalendar, GEXF,
 * GraphML, lib/publish/), whose headlines and labels are in the interface's language. A calendar
 * or timeline that had to leave undated contacts out says how many through `onNotice`.
 */
export function useHistoryExport(
  db: HistoryDB,
  index: HistoryIndex,
  filter: HistoryFilter,
  order: SortOrder,
  kb: KnowledgeBase,
  scan: TextScan | null,
  lang: UiLang = 'en',
  onNotice: (text: string) => void = () => {},
): (kind: ExportKind) => Promise<void> {
  const day = () => new Date().toISOString().slice(0, 10);
  return async (kind) => {
    await index.whenReady();
    if (scan) await scan.finished();
    const shown = index.query(filter, order, kb, scan?.hits ?? null);
    // The JSON file carries the person's own actors, so the names its contacts use are known where it is imported.
    const actors = kind === 'json' ? await db.actors.toArray() : [];
    const { blob, undated } = await exportHistory(db, shown, kind, { actors, byId: kb.byId, lang });
    download(exportFileName(kind, day()), blob);
    if (undated) onNotice(translate(lang, 'exportUndated', { n: undated }));
  };
}

/**
 * The history's export buttons, one per file kind: the history's own files first (JSON imports
 * back), then the files for publishing (TimelineJS, a calendar) and for network tools (GEXF for
 * Gephi, GraphML). Each exports what the history's filters show.
 */
const BUTTONS: [ExportKind, MessageKey][] = [
  ['json', 'exportJson'],
  ['jsonl', 'exportJsonl'],
  ['csv', 'exportCsv'],
  ['timeline', 'exportTimeline'],
  ['ics', 'exportIcs'],
  ['gexf', 'exportGexf'],
  ['graphml', 'exportGraphml'],
];

export type ExportButtonsProps = { onExport: (kind: ExportKind) => void };

export function ExportButtons({ onExport }: ExportButtonsProps) {
  const { t } = useT();
  return (
    <>
      {BUTTONS.map(([kind, label]) => (
        <button key={kind} onClick={() => onExport(kind)} data-testid={`export-${kind}`}>
          {t(label)}
        </button>
      ))}
    </>
  );
}
