import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { deleteContact, restoreContact, updateContact, type HistoryDB } from '@/lib/history/db';
import { actorsInQuery, filterContacts, sortContacts, summaryRecord, timelineRecord, type HistoryFilter } from '@/lib/history/filter';
import type { ContactRecord } from '@/lib/history/types';
import { tabHash } from '@/lib/ui/tab-link';
import { browser } from 'wxt/browser';
import { useKb, useT } from './i18n';
import { HistoryRow } from './HistoryRow';
import { Timeline } from './Timeline';
import { ExportButtons, useHistoryExport } from './HistoryExport';
import { ImportPreviewNotice, useHistoryImport } from './HistoryImport';
import { useFocusAfter } from './use-focus-after';
import { ActorSummary } from './ActorSummary';
import { ReferenceIntro } from './ReferenceIntro';
import { HistoryFilters } from './HistoryFilters';
import { useHistoryQuery } from './use-history-query';
import { useRecordsOf } from './use-records';

/** Rows drawn at a time. */
const PAGE = 60;

/** What the list shows: its rows, the counts, and whether more may still come in. */
type View = { rows: ContactRecord[]; shown: number | null; total: number | null; filtered: boolean; more: number; busy: boolean; summary: ContactRecord[] | null };

/**
 * The stored history: search, filter, read the sources, correct, export and import. A history
 * may hold 100,000 contacts: the view reads the facets of all of them once (lib/history/query.ts)
 * and whole records only for the rows it draws; until the facets are read, the newest rows and
 * the filters an index answers come straight from the database.
 */
export function HistoryPanel({ db }: { db: HistoryDB }) {
  const { t, lang } = useT();
  const kb = useKb();
  const { byId } = kb;
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [deleted, setDeleted] = useState<ContactRecord | null>(null);
  const [view, setView] = useState<'list' | 'timeline'>('list');
  const [focus, setFocusState] = useState<number | null>(null);
  // Only a page of rows is drawn; more come as the reader scrolls.
  const [limit, setLimit] = useState(PAGE);
  const q = useHistoryQuery(db);
  const { index, version, ready, picked, filter, order, filtered, scan, textPending, shown } = q;
  const setFilter = (f: HistoryFilter) => {
    q.setPicked(f);
    setLimit(PAGE);
  };
  const setFocus = (id: number | null) => {
    setFocusState(id);
    setLimit(PAGE);
  };
  const set = (k: keyof HistoryFilter) => (e: { currentTarget: { value: string } }) => setFilter({ ...picked, [k]: e.currentTarget.value || undefined });

  // Once every facet is read, the rows come from the records at hand, else from one read of the missing ones.
  const listedFacets = shown && (focus === null ? shown : shown.filter((x) => x.id === focus));
  const rowsAtHand = useRecordsOf(db, index, listedFacets?.slice(0, limit) ?? [], limit);
  const atHand: View | null =
    shown && rowsAtHand
      ? { rows: rowsAtHand, shown: shown.length, total: index.facets.size, filtered, more: listedFacets!.length - limit, busy: textPending, summary: null }
      : null;

  // Until then: the newest rows, or what the participants index finds for an actor or a named person.
  const [early, setEarly] = useState<View>({ rows: [], shown: null, total: null, filtered: false, more: 0, busy: true, summary: null });
  const total = useRef<{ version: number; n: number } | null>(null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const count = async () => {
      if (total.current?.version !== index.version) total.current = { version: index.version, n: await db.contacts.count() };
      return total.current.n;
    };
    void (async () => {
      if (!filtered && order === 'seen' && focus === null) {
        const rows = await db.contacts.orderBy('lastSeen').reverse().limit(limit).toArray();
        if (!live) return;
        setEarly((old) => ({ ...old, rows, busy: false }));
        const n = await count();
        if (live) setEarly({ rows, shown: n, total: n, filtered: false, more: n - limit, busy: false, summary: null });
        return;
      }
      const named = filter.q ? actorsInQuery(filter.q.trim(), kb) : new Set<string>();
      const candidates = filter.actor
        ? await db.contacts.where('participants').equals(filter.actor).toArray()
        : named.size && focus === null
          ? await db.contacts.where('participants').anyOf([...named]).distinct().toArray()
          : null;
      if (!live) return;
      if (!candidates) return setEarly((old) => ({ ...old, busy: true }));
      // With an actor chosen every match is among its contacts; a search also finds text elsewhere, later.
      const list = sortContacts(filterContacts(candidates, filter, kb), order);
      const n = await count();
      if (live) setEarly({ rows: list.slice(0, limit), shown: list.length, total: n, filtered: true, more: list.length - limit, busy: !filter.actor, summary: list });
    })();
    return () => {
      live = false;
    };
  }, [db, index, ready, version, filter, order, focus, limit, kb]);

  // The facets are read after the first rows are asked for.
  useEffect(() => void index.start(), [index]);

  // While rows are being read, the last complete view stays (marked busy).
  const last = useRef<View | null>(null);
  if (atHand) last.current = atHand;
  const v: View = atHand ?? (ready && last.current ? { ...last.current, busy: true } : early);

  // The notice (a status region) tells how many undated contacts a calendar or timeline left out; focus stays on the button.
  const exportShown = useHistoryExport(db, index, filter, order, kb, scan, lang, setNotice);
  const listed = v.rows;
  const sentinel = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setLimit((n) => n + PAGE));
    io.observe(el);
    return () => io.disconnect();
  });
  // Focus goes to what an action produced: Undo after Delete, the row back after Undo.
  const root = useRef<HTMLElement>(null);
  const focusSoon = useFocusAfter(root);
  const rowOf = (id: number) => `li.contact[data-id="${id}"]`;
  const onDelete = async (id: number) => {
    const rec = await deleteContact(db, id);
    if (rec) {
      setDeleted(rec);
      focusSoon('[data-testid="undo"]');
    }
  };
  const onUndo = async () => {
    if (deleted) {
      await restoreContact(db, deleted);
      focusSoon(rowOf(deleted.id!));
    }
    setDeleted(null);
  };
  const importButton = useRef<HTMLButtonElement>(null);
  const imp = useHistoryImport(db, index, (n) => {
    setNotice(n);
    if (n) focusSoon('[data-testid="notice"]');
  }, () => importButton.current?.focus());
  const summary = useMemo(() => (filter.actor ? (shown ? shown.map(summaryRecord) : (v.summary ?? [])) : []), [filter.actor, shown, v.summary]);
  const timeline = useMemo(() => (view === 'timeline' && shown ? shown.map(timelineRecord) : []), [view, shown]);

  return (
    <section class="history" ref={root} data-testid="history-panel" data-index={ready ? 'ready' : 'reading'}>
      {/* Dismissed, focus goes on to the search, the next thing in the panel. */}
      <ReferenceIntro onDismissed={() => focusSoon('input[type="search"]')} />
      <div class="toolbar">
        <input type="search" placeholder={t('searchPlaceholder')} aria-label={t('searchLabel')} value={filter.q ?? ''} onInput={set('q')} />
        <ExportButtons onExport={(kind) => void exportShown(kind)} />
        <button ref={importButton} onClick={() => fileInput.current?.click()}>{t('importBtn')}</button>
        {/* The same search in a page of its own: a wide table and the contact network. */}
        <button data-testid="open-tab" onClick={() => void browser.tabs.create({ url: `${browser.runtime.getURL('/history.html')}#${tabHash(picked, order)}` })}>{t('openInTab')}</button>
        <input ref={fileInput} type="file" accept=".json,.jsonl,application/json" hidden data-testid="import-file" onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) void imp.choose(f);
          e.currentTarget.value = '';
        }} />
      </div>
      <HistoryFilters {...q.filterProps(() => setLimit(PAGE), () => focusSoon('input[type="search"]'))} />
      {filter.actor && <ActorSummary actor={filter.actor} records={summary} byId={byId} onPick={(id) => setFilter({ ...picked, actor: id })} />}
      {notice && <p class="notice" role="status" tabIndex={-1} data-testid="notice">{notice}</p>}
      {imp.pending && <ImportPreviewNotice pending={imp.pending} onConfirm={() => void imp.confirm()} onCancel={imp.cancel} />}
      {deleted && (
        <p class="notice" role="status">
          {t('deleted')} <button data-testid="undo" onClick={() => void onUndo()}>{t('undo')}</button>
        </p>
      )}
      <p class="muted" data-testid="count">{v.shown !== null && v.total !== null ? t('count', { shown: v.shown, total: v.total }) + (v.filtered ? t('filteredNote') : '') : ''}</p>
      <div class="views" role="group" aria-label={t('views')}>
        <button class={view === 'list' ? 'on' : ''} aria-pressed={view === 'list'} onClick={() => setView('list')}>{t('list')}</button>
        <button class={view === 'timeline' ? 'on' : ''} aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>{t('timeline')}</button>
        {focus !== null && <button onClick={() => (focusSoon(rowOf(focus)), setFocus(null))}>{t('clear')}</button>}
      </div>
      {view === 'timeline' && (
        <Timeline
          records={timeline}
          onOpen={(id) => {
            setFocus(id);
            setView('list');
            focusSoon(rowOf(id));
          }}
        />
      )}
      {view === 'list' && (
      <ul class="contacts" aria-busy={v.busy || undefined}>
        {listed.map((r) => (
          <HistoryRow key={r.id} record={r} byId={byId} onPatch={(p) => void updateContact(db, r.id!, p)} onSaved={() => focusSoon(rowOf(r.id!))} onDelete={() => void onDelete(r.id!)} />
        ))}
        {v.more > 0 && (
          <li ref={sentinel} class="more">
            <button onClick={() => setLimit(limit + PAGE)}>{t('showMore', { n: v.more })}</button>
          </li>
        )}
      </ul>
      )}
    </section>
  );
}
