import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { allContacts, deleteContact, previewImport, restoreContact, updateContact, upsertRecords, type HistoryDB, type ImportPreview } from '@/lib/history/db';
import { toCsv } from '@/lib/history/csv';
import { MAX_IMPORT_CHARS, parseHistoryFile, toHistoryFile, toJsonLines } from '@/lib/history/exchange';
import { filterContacts, sortContacts, type HistoryFilter, type SortOrder } from '@/lib/history/filter';
import type { ContactRecord } from '@/lib/history/types';
import { CONTACT_TYPES, STATUSES } from '@/lib/ui/format';
import { useKb, useT } from './i18n';
import { useLiveQuery } from '@/lib/ui/use-live-query';
import { HistoryRow } from './HistoryRow';
import { Timeline } from './Timeline';
import { ActorSummary } from './ActorSummary';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Rows drawn at a time. */
const PAGE = 60;

/** The stored history: search, filter, read the sources, correct, export and import. */
export function HistoryPanel({ db }: { db: HistoryDB }) {
  const records = useLiveQuery(() => allContacts(db), [db], [] as ContactRecord[]);
  const { t, lang } = useT();
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const kb = useKb();
  const { byId } = kb;
  const [order, setOrder] = useState<SortOrder>('seen');
  const shown = useMemo(() => sortContacts(filterContacts(records, filter, kb), order), [records, filter, order, kb]);
  const actorsInHistory = useMemo(
    () => [...new Set(records.flatMap((r) => r.participants))].map((id) => ({ id, name: byId.get(id)?.name[lang] ?? id })).sort((a, b) => a.name.localeCompare(b.name)),
    [records, lang],
  );
  const sites = useMemo(() => [...new Set(records.flatMap((r) => r.sources.map((s) => s.site ?? '')))].filter(Boolean).sort(), [records]);
  const set = (k: keyof HistoryFilter) => (e: { currentTarget: { value: string } }) => setFilter({ ...filter, [k]: e.currentTarget.value || undefined });
  const filtered = Object.values(filter).some(Boolean);
  const day = () => new Date().toISOString().slice(0, 10);

  // Exports what is shown: the current filter, or everything when none is set.
  const onExport = () => download(`kontakty-history-${day()}.json`, JSON.stringify(toHistoryFile(shown), null, 2), 'application/json');
  const onJsonl = () => download(`kontakty-history-${day()}.jsonl`, toJsonLines(shown), 'application/x-ndjson');
  const onCsv = () => download(`kontakty-history-${day()}.csv`, toCsv(shown, byId), 'text/csv;charset=utf-8');
  const [deleted, setDeleted] = useState<ContactRecord | null>(null);
  const [view, setView] = useState<'list' | 'timeline'>('list');
  const [focus, setFocus] = useState<number | null>(null);
  const listed = focus === null ? shown : shown.filter((r) => r.id === focus);
  // Only a page of rows is drawn; more come as the reader scrolls (a history can hold 100,000).
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [filter, focus]);
  const sentinel = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setLimit((n) => n + PAGE));
    io.observe(el);
    return () => io.disconnect();
  });
  const onDelete = async (id: number) => {
    const rec = await deleteContact(db, id);
    if (rec) setDeleted(rec);
  };
  const onUndo = async () => {
    if (deleted) await restoreContact(db, deleted);
    setDeleted(null);
  };

  // An import is checked and previewed first; nothing is written until the person says so.
  const [pending, setPending] = useState<{ records: Omit<ContactRecord, 'id'>[]; preview: ImportPreview } | null>(null);
  const onImport = async (file: File) => {
    // A file far too big is refused before it is read into memory.
    if (file.size > MAX_IMPORT_CHARS * 2) return setNotice(t('tooBig', { mb: Math.round(file.size / 1e6) }));
    const parsed = parseHistoryFile(await file.text());
    if (!parsed.ok) return setNotice(parsed.error);
    setNotice(null);
    setPending({ records: parsed.value, preview: await previewImport(db, parsed.value) });
  };
  const onConfirmImport = async () => {
    if (!pending) return;
    const { added, merged } = await upsertRecords(db, pending.records);
    setPending(null);
    setNotice(t('imported', { added, merged }));
  };


  return (
    <section class="history" data-testid="history-panel">
      <div class="toolbar">
        <input type="search" placeholder={t('searchPlaceholder')} aria-label={t('searchLabel')} value={filter.q ?? ''} onInput={set('q')} />
        <button onClick={onExport} data-testid="export-json">JSON</button>
        <button onClick={onJsonl} data-testid="export-jsonl" title="JSON Lines">JSONL</button>
        <button onClick={onCsv} data-testid="export-csv">CSV</button>
        <button onClick={() => fileInput.current?.click()}>{t('importBtn')}</button>
        <input ref={fileInput} type="file" accept=".json,.jsonl,application/json" hidden data-testid="import-file" onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) void onImport(f);
          e.currentTarget.value = '';
        }} />
      </div>
      <div class="filters">
        <select aria-label={t('status')} value={filter.status ?? ''} onChange={set('status')}>
          <option value="">{t('anyStatus')}</option>
          {STATUSES.map((v) => <option key={v} value={v}>{t(v)}</option>)}
        </select>
        <select aria-label={t('type')} value={filter.type ?? ''} onChange={set('type')}>
          <option value="">{t('anyType')}</option>
          {CONTACT_TYPES.map((v) => <option key={v} value={v}>{t(v)}</option>)}
        </select>
        <select aria-label={t('actor')} value={filter.actor ?? ''} onChange={set('actor')}>
          <option value="">{t('anyActor')}</option>
          {actorsInHistory.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
        <select aria-label="Site" value={filter.site ?? ''} onChange={set('site')}>
          <option value="">{t('anySite')}</option>
          {sites.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
        <select aria-label={t('sort')} value={order} onChange={(e) => setOrder(e.currentTarget.value as SortOrder)}>
          <option value="seen">{t('sortSeen')}</option>
          <option value="date">{t('sortDate')}</option>
          <option value="confidence">{t('sortConfidence')}</option>
          <option value="sources">{t('sortSources')}</option>
        </select>
        <label>{t('from')} <input type="date" aria-label={t('fromLabel')} value={filter.from ?? ''} onChange={set('from')} /></label>
        <label>{t('to')} <input type="date" aria-label={t('toLabel')} value={filter.to ?? ''} onChange={set('to')} /></label>
        {filtered && <button onClick={() => setFilter({})}>{t('clear')}</button>}
      </div>
      {filter.actor && <ActorSummary actor={filter.actor} records={shown} byId={byId} onPick={(id) => setFilter({ ...filter, actor: id })} />}
      {notice && <p class="notice" role="status">{notice}</p>}
      {pending && (
        <p class="notice" role="status" data-testid="import-preview">
          {t('importPreview', { added: pending.preview.added, merged: pending.preview.merged, conflicting: pending.preview.conflicting })}{' '}
          <button onClick={() => void onConfirmImport()}>{t('importConfirm')}</button> <button onClick={() => setPending(null)}>{t('cancel')}</button>
        </p>
      )}
      {deleted && (
        <p class="notice" role="status">
          {t('deleted')} <button onClick={() => void onUndo()}>{t('undo')}</button>
        </p>
      )}
      <p class="muted" data-testid="count">{t('count', { shown: shown.length, total: records.length })}{filtered ? t('filteredNote') : ''}</p>
      <div class="views" role="group" aria-label={t('views')}>
        <button class={view === 'list' ? 'on' : ''} aria-pressed={view === 'list'} onClick={() => setView('list')}>{t('list')}</button>
        <button class={view === 'timeline' ? 'on' : ''} aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>{t('timeline')}</button>
        {focus !== null && <button onClick={() => setFocus(null)}>{t('clear')}</button>}
      </div>
      {view === 'timeline' && (
        <Timeline
          records={shown}
          onOpen={(id) => {
            setFocus(id);
            setView('list');
          }}
        />
      )}
      {view === 'list' && (
      <ul class="contacts">
        {listed.slice(0, limit).map((r) => (
          <HistoryRow key={r.id} record={r} byId={byId} onPatch={(p) => void updateContact(db, r.id!, p)} onDelete={() => void onDelete(r.id!)} />
        ))}
        {listed.length > limit && (
          <li ref={sentinel} class="more">
            <button onClick={() => setLimit(limit + PAGE)}>{t('showMore', { n: listed.length - limit })}</button>
          </li>
        )}
      </ul>
      )}
    </section>
  );
}
