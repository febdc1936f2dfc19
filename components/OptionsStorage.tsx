import { useEffect, useRef, useState } from 'preact/hooks';
import { importHistory, previewHistory, type HistoryDB, type ImportPreview } from '@/lib/history/db';
import { announceKbChanged } from '@/lib/ext/kb-changed';
import { importWriteError, MAX_IMPORT_CHARS, parseHistoryContents, type HistoryContents } from '@/lib/history/exchange';
import { exportHistory, newestFirst } from '@/lib/history/export-file';
import { backupFileName, clearConfirmed, clearHistory, CLEAR_WORD, formatBytes } from '@/lib/history/storage-stats';
import { useLiveQuery } from '@/lib/ui/use-live-query';
import { historyErrorText } from '@/lib/ui/history-errors';
import type { UiLang } from '@/lib/ui/i18n';
import { useT } from './i18n';
import { download } from './download';

export type OptionsStorageProps = { db: HistoryDB };

type Estimate = { usage?: number; quota?: number } | null;
type T = ReturnType<typeof useT>['t'];
// The text is a function of the messages, so a shown message follows a change of language.
type Message = { kind: 'ok' | 'error'; text: (t: T) => string } | null;
type Pending = { name: string; contents: HistoryContents; preview: ImportPreview & { actors: number } } | null;

// Kept here too for the tests and callers that import it from the options' storage section.
export { historyErrorText };

/** A size in the interface language's units and decimal mark ("1.5 KB", "1,5 КБ"). */
function sizeText(n: number | undefined, t: T, lang: UiLang): string {
  const s = formatBytes(n);
  const m = /^([\d.]+) (B|KB|MB|GB|TB)$/.exec(s);
  if (!m) return t('optUnknown');
  const num = lang === 'en' ? m[1]! : m[1]!.replace('.', ',');
  switch (m[2]) {
    case 'B': return t('optBytes', { n: num });
    case 'KB': return t('optKilobytes', { n: num });
    case 'MB': return t('optMegabytes', { n: num });
    case 'GB': return t('optGigabytes', { n: num });
    default: return t('optTerabytes', { n: num });
  }
}

/** What is stored, whether the browser may evict it, backup and restore, and wiping the history. */
export function OptionsStorage({ db }: OptionsStorageProps) {
  const { t, lang } = useT();
  const contacts = useLiveQuery(() => db.contacts.count(), [db], null as number | null);
  const actors = useLiveQuery(() => db.actors.count(), [db], null as number | null);
  const [estimate, setEstimate] = useState<Estimate>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  // A restore is checked and previewed first, as the popup's import is; nothing is written until confirmed.
  const [pending, setPending] = useState<Pending>(null);
  const confirmInput = useRef<HTMLInputElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const storage = globalThis.navigator?.storage;

  // The estimate covers the whole extension (IndexedDB and the rest); refresh it as the history changes.
  useEffect(() => {
    void storage?.estimate?.().then(setEstimate).catch(() => setEstimate(null));
  }, [contacts, actors]);
  useEffect(() => {
    void storage?.persisted?.().then(setPersisted).catch(() => setPersisted(null));
  }, []);
  useEffect(() => {
    if (confirming) confirmInput.current?.focus();
  }, [confirming]);

  const onPersist = async () => {
    const granted = (await storage?.persist?.().catch(() => false)) ?? false;
    setPersisted(granted);
    setMessage(granted ? { kind: 'ok', text: (t) => t('optPersistOk') } : { kind: 'error', text: (t) => t('optPersistRefused') });
  };
  const onBackup = async () => {
    const file = backupFileName();
    // Written a chunk at a time, newest report first, as the popup's export writes it.
    const { blob, count } = await exportHistory(db, await newestFirst(db), 'json', { actors: await db.actors.toArray() });
    download(file, blob);
    setMessage({ kind: 'ok', text: (t) => t('optBackedUp', { n: count, file }) });
  };
  const onRestore = async (file: File) => {
    setPending(null);
    // Every UTF-16 unit takes at most 3 bytes of UTF-8: a file this big is over the limit as text
    // too, so it is refused before being read into memory.
    if (file.size > 3 * MAX_IMPORT_CHARS) return setMessage({ kind: 'error', text: (t) => t('optFileTooLarge', { file: file.name }) });
    const parsed = parseHistoryContents(await file.text());
    if (!parsed.ok) {
      const reason = parsed.error;
      return setMessage({ kind: 'error', text: (t) => `${file.name}: ${historyErrorText(reason, t)}` });
    }
    setMessage(null);
    setPending({ name: file.name, contents: parsed.value, preview: await previewHistory(db, parsed.value) });
  };
  const onRestoreConfirmed = async () => {
    if (!pending) return;
    const file = pending.name;
    setPending(null);
    let added: number;
    let merged: number;
    let actors: number;
    try {
      ({ added, merged, actors } = await importHistory(db, pending.contents));
    } catch (e) {
      // One transaction: a full disk or any other failure leaves the history as it was.
      console.error('[kontakty] restore', e);
      const key = importWriteError(e);
      return setMessage({ kind: 'error', text: (t) => `${file}: ${key === 'importStorageFull' ? t('importStorageFull') : t('importFailed')}` });
    }
    if (actors) void announceKbChanged();
    setMessage({ kind: 'ok', text: (t) => t('optRestored', { file, added, merged }) + (actors ? ` ${t('importedActors', { n: actors })}` : '') });
  };
  const cancelClear = () => {
    setConfirming(false);
    setTyped('');
    // Back to the button that opened the step, so the keyboard stays where it was.
    setTimeout(() => clearButton.current?.focus(), 0);
  };
  const onClear = async () => {
    if (!clearConfirmed(typed)) return;
    const n = await clearHistory(db);
    setConfirming(false);
    setTyped('');
    setMessage({ kind: 'ok', text: (t) => t('optCleared', { n }) });
  };

  return (
    <section id="storage" aria-labelledby="storage-title" data-testid="storage-section">
      <h2 id="storage-title">{t('optStorage')}</h2>
      <dl class="stats">
        <dt>{t('optContactsInHistory')}</dt>
        <dd data-testid="contact-count">{contacts ?? '…'}</dd>
        <dt>{t('optActorsInKb')}</dt>
        <dd data-testid="actor-count">{actors ?? '…'}</dd>
        <dt>{t('optSpaceUsed')}</dt>
        <dd data-testid="space-used">{!estimate ? t('optUnknown') : estimate.quota ? t('optSpaceOf', { used: sizeText(estimate.usage, t, lang), quota: sizeText(estimate.quota, t, lang) }) : sizeText(estimate.usage, t, lang)}</dd>
        <dt>{t('optPersistent')}</dt>
        <dd data-testid="persisted">
          {persisted === null ? t('optUnknown') : persisted ? t('optPersistGranted') : t('optPersistNotGranted')}
          {persisted === false && (
            <>
              {' '}
              <button type="button" onClick={() => void onPersist()}>{t('optPersistAsk')}</button>
            </>
          )}
        </dd>
      </dl>

      <div class="actions">
        <button type="button" onClick={() => void onBackup()} data-testid="backup">{t('optBackup')}</button>
        <label class="file">
          <span class="label">{t('optRestoreFrom')}</span>
          <input type="file" accept=".json,.jsonl,application/json" data-testid="restore-file" onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void onRestore(file);
            e.currentTarget.value = '';
          }} />
        </label>
      </div>

      {pending && (
        <div class="confirm" data-testid="restore-preview" role="group" aria-label={t('optRestorePreviewLabel')}>
          <p>
            {pending.preview.conflicting > 0
              ? t('optRestorePreviewConflicts', { file: pending.name, n: pending.contents.contacts.length, added: pending.preview.added, merged: pending.preview.merged, conflicting: pending.preview.conflicting })
              : t('optRestorePreview', { file: pending.name, n: pending.contents.contacts.length, added: pending.preview.added, merged: pending.preview.merged })}
            {pending.preview.actors > 0 && ` ${t('importPreviewActors', { n: pending.preview.actors })}`}
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void onRestoreConfirmed()}>{t('optRestoreConfirm')}</button>
            <button type="button" onClick={() => setPending(null)}>{t('optCancel')}</button>
          </div>
        </div>
      )}

      <div aria-live="polite">
        {message && (
          <p class={message.kind === 'error' ? 'error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="storage-message">
            {message.text(t)}
          </p>
        )}
      </div>

      <div class="danger-zone">
        {!confirming ? (
          <button type="button" class="danger" ref={clearButton} disabled={!contacts} onClick={() => { setMessage(null); setConfirming(true); }}>
            {t('optClearAll')}
          </button>
        ) : (
          <form
            class="confirm"
            data-testid="clear-confirm"
            onSubmit={(e) => {
              e.preventDefault();
              void onClear();
            }}
            onKeyDown={(e) => e.key === 'Escape' && cancelClear()}
          >
            <p>
              {t('optClearWarning', { n: contacts ?? '' })}
            </p>
            <label>
              <span class="label">{t('optTypeToConfirm', { word: CLEAR_WORD })}</span>
              <input ref={confirmInput} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} autoComplete="off" spellcheck={false} />
            </label>
            <div class="actions">
              <button type="submit" class="danger" disabled={!clearConfirmed(typed)}>{t('optDeleteAll')}</button>
              <button type="button" onClick={cancelClear}>{t('optCancel')}</button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
