import { useEffect, useRef, useState } from 'preact/hooks';
import { importHistory, previewHistory, type HistoryDB, type ImportPreview } from '@/lib/history/db';
import { importWriteError, MAX_IMPORT_CHARS, parseHistoryContents, type HistoryContents } from '@/lib/history/exchange';
import { announceKbChanged } from '@/lib/ext/kb-changed';
import type { HistoryIndex } from '@/lib/history/query';
import { historyErrorText } from '@/lib/ui/history-errors';
import { useT } from './i18n';

type Pending = { contents: HistoryContents; preview: ImportPreview & { actors: number } };

/**
 * Import with a preview: a file is checked and previewed first, nothing is written until the
 * person says so. Focus follows: to the preview's Import button once the file is read, to the
 * result once imported, back to the Import… button (`back`) after Cancel.
 */
export function useHistoryImport(db: HistoryDB, index: HistoryIndex, setNotice: (n: string | null) => void, back: () => void) {
  const { t } = useT();
  const [pending, setPending] = useState<Pending | null>(null);
  const choose = async (file: File) => {
    // A file far too big is refused before it is read into memory.
    if (file.size > MAX_IMPORT_CHARS * 2) return setNotice(t('tooBig', { mb: Math.round(file.size / 1e6) }));
    const parsed = parseHistoryContents(await file.text());
    // The parser's reasons are English; the reader gets them in the interface's language.
    if (!parsed.ok) return setNotice(historyErrorText(parsed.error, t));
    setNotice(null);
    setPending({ contents: parsed.value, preview: await previewHistory(db, parsed.value) });
  };
  const confirm = async () => {
    if (!pending) return;
    setPending(null);
    let done: Awaited<ReturnType<typeof importHistory>>;
    // The index takes the written records from here, not by reading the whole table again.
    index.holdBulkEvents();
    try {
      done = await importHistory(db, pending.contents);
    } catch (e) {
      index.releaseBulkEvents(false);
      // One transaction: a full disk or any other failure leaves the history as it was.
      console.error('[kontakty] import', e);
      return setNotice(importWriteError(e) === 'importStorageFull' ? t('importStorageFull') : t('importFailed'));
    }
    index.apply(done.written);
    index.releaseBulkEvents(done.added >= 50);
    if (done.actors) void announceKbChanged();
    setNotice(t('imported', { added: done.added, merged: done.merged }) + (done.actors ? ` ${t('importedActors', { n: done.actors })}` : ''));
  };
  const cancel = () => {
    setPending(null);
    back();
  };
  return { pending, choose, confirm, cancel };
}

/** What a file would add, merge and contradict, with Import and Cancel; Import takes focus when it appears. */
export function ImportPreviewNotice({ pending, onConfirm, onCancel }: { pending: Pending; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useT();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), [pending]);
  return (
    <p class="notice" role="status" data-testid="import-preview">
      {t('importPreview', { added: pending.preview.added, merged: pending.preview.merged, conflicting: pending.preview.conflicting })}{' '}
      {pending.preview.actors > 0 && <>{t('importPreviewActors', { n: pending.preview.actors })}{' '}</>}
      <button ref={confirm} onClick={onConfirm}>{t('importConfirm')}</button> <button onClick={onCancel}>{t('cancel')}</button>
    </p>
  );
}
