import { useEffect, useRef, useState } from 'preact/hooks';
import { allContacts, previewImport, upsertRecords, type HistoryDB, type ImportPreview } from '@/lib/history/db';
import { MAX_IMPORT_CHARS, parseHistoryFile, toHistoryFile } from '@/lib/history/exchange';
import type { ContactRecord } from '@/lib/history/types';
import { backupFileName, clearConfirmed, clearHistory, CLEAR_WORD, formatBytes } from '@/lib/history/storage-stats';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export type OptionsStorageProps = { db: HistoryDB };

type Estimate = { usage?: number; quota?: number } | null;
type Message = { kind: 'ok' | 'error'; text: string } | null;
type Pending = { name: string; records: Omit<ContactRecord, 'id'>[]; preview: ImportPreview } | null;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What is stored, whether the browser may evict it, backup and restore, and wiping the history. */
export function OptionsStorage({ db }: OptionsStorageProps) {
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
    setMessage(granted ? { kind: 'ok', text: 'The browser will keep the history even when disk space runs low.' } : { kind: 'error', text: 'The browser did not grant persistent storage. Keep a backup.' });
  };
  const onBackup = async () => {
    const records = await allContacts(db);
    download(backupFileName(), JSON.stringify(toHistoryFile(records), null, 2));
    setMessage({ kind: 'ok', text: `Saved ${records.length} contacts to ${backupFileName()}.` });
  };
  const onRestore = async (file: File) => {
    setPending(null);
    // Every UTF-16 unit takes at most 3 bytes of UTF-8: a file this big is over the limit as text
    // too, so it is refused before being read into memory.
    if (file.size > 3 * MAX_IMPORT_CHARS) return setMessage({ kind: 'error', text: `${file.name}: the file is too large. Nothing was imported.` });
    const parsed = parseHistoryFile(await file.text());
    if (!parsed.ok) return setMessage({ kind: 'error', text: `${file.name}: ${parsed.error}` });
    setMessage(null);
    setPending({ name: file.name, records: parsed.value, preview: await previewImport(db, parsed.value) });
  };
  const onRestoreConfirmed = async () => {
    if (!pending) return;
    const { added, merged } = await upsertRecords(db, pending.records);
    setPending(null);
    setMessage({ kind: 'ok', text: `Restored from ${pending.name}: ${added} contacts added, ${merged} merged with ones already stored.` });
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
    setMessage({ kind: 'ok', text: `Deleted ${n} contacts. The knowledge base and your settings are kept.` });
  };

  return (
    <section id="storage" aria-labelledby="storage-title" data-testid="storage-section">
      <h2 id="storage-title">Storage</h2>
      <dl class="stats">
        <dt>Contacts in the history</dt>
        <dd data-testid="contact-count">{contacts ?? '…'}</dd>
        <dt>Actors in the knowledge base</dt>
        <dd data-testid="actor-count">{actors ?? '…'}</dd>
        <dt>Space used</dt>
        <dd data-testid="space-used">{estimate ? `${formatBytes(estimate.usage)}${estimate.quota ? ` of ${formatBytes(estimate.quota)} available` : ''}` : 'unknown'}</dd>
        <dt>Persistent storage</dt>
        <dd data-testid="persisted">
          {persisted === null ? 'unknown' : persisted ? 'granted: the browser will not evict the history' : 'not granted: the browser may evict the history when disk space runs low'}
          {persisted === false && (
            <>
              {' '}
              <button type="button" onClick={() => void onPersist()}>Ask the browser to keep it</button>
            </>
          )}
        </dd>
      </dl>

      <div class="actions">
        <button type="button" onClick={() => void onBackup()} data-testid="backup">Download a backup (JSON)</button>
        <label class="file">
          <span class="label">Restore from a backup (JSON or JSON Lines)</span>
          <input type="file" accept=".json,.jsonl,application/json" data-testid="restore-file" onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void onRestore(file);
            e.currentTarget.value = '';
          }} />
        </label>
      </div>

      {pending && (
        <div class="confirm" data-testid="restore-preview" role="group" aria-label="Restore preview">
          <p>
            {pending.name} holds {pending.records.length} contacts: {pending.preview.added} new, {pending.preview.merged} already stored
            {pending.preview.conflicting > 0 && `, ${pending.preview.conflicting} that disagree with a stored contact (your corrections are kept)`}.
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void onRestoreConfirmed()}>Restore these contacts</button>
            <button type="button" onClick={() => setPending(null)}>Cancel</button>
          </div>
        </div>
      )}

      <div aria-live="polite">
        {message && (
          <p class={message.kind === 'error' ? 'error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="storage-message">
            {message.text}
          </p>
        )}
      </div>

      <div class="danger-zone">
        {!confirming ? (
          <button type="button" class="danger" ref={clearButton} disabled={!contacts} onClick={() => { setMessage(null); setConfirming(true); }}>
            Clear all history…
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
              This deletes all {contacts ?? ''} contacts in the history, with their sources and your corrections. The knowledge base and your settings stay. Download a backup first if you may want them back.
            </p>
            <label>
              <span class="label">Type {CLEAR_WORD} to confirm</span>
              <input ref={confirmInput} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} autoComplete="off" spellcheck={false} />
            </label>
            <div class="actions">
              <button type="submit" class="danger" disabled={!clearConfirmed(typed)}>Delete all contacts</button>
              <button type="button" onClick={cancelClear}>Cancel</button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
