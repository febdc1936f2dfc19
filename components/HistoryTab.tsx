import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryDB } from '@/lib/history/db';
import type { HistoryFilter, SortOrder } from '@/lib/history/filter';
import type { ContactRecord } from '@/lib/history/types';
import { tabHash } from '@/lib/ui/tab-link';
import { ContactDetails } from './ContactDetails';
import { ContactTable } from './ContactTable';
import { HistoryFilters } from './HistoryFilters';
import { useT } from './i18n';
import { NetworkPanel } from './NetworkPanel';
import { useFocusAfter } from './use-focus-after';
import { useHistoryQuery } from './use-history-query';
import { useRecordsOf } from './use-records';

/** Rows drawn at a time. */
const PAGE = 200;

export type HistoryTabProps = { db: HistoryDB; initial: { filter: HistoryFilter; order: SortOrder } };

/**
 * The history in a tab of its own: the popup's search and filters (the same query, lib/history/
 * query.ts, kept live as contacts are stored), the contact network of what they keep, and a wide
 * table whose rows open a contact's evidence and sources.
 */
export function HistoryTab({ db, initial }: HistoryTabProps) {
  const { t } = useT();
  const q = useHistoryQuery(db, initial);
  const { index, shown, filter, picked, order } = q;
  useEffect(() => void index.start(), [index]);
  const [limit, setLimit] = useState(PAGE);
  const [openId, setOpenId] = useState<number | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const focusSoon = useFocusAfter(root);
  // The address says what is shown: reloading or sharing the tab keeps the search.
  useEffect(() => history.replaceState(null, '', `#${tabHash(picked, order)}`), [picked, order]);

  const rows = useRecordsOf(db, index, shown?.slice(0, limit) ?? [], limit);
  // While rows are being read the last ones stay, marked busy.
  const last = useRef<ContactRecord[]>([]);
  if (rows) last.current = rows;
  const openFacet = openId !== null ? index.facets.get(openId) : undefined;
  const opened = useRecordsOf(db, index, openFacet ? [openFacet] : [], 1)?.[0];
  const open = (id: number) => {
    setOpenId(id);
    focusSoon('#details-title');
  };
  const close = () => {
    if (openId !== null) focusSoon(`tr[data-id="${openId}"]`);
    setOpenId(null);
  };
  const more = (shown?.length ?? 0) - limit;

  return (
    <div class="history-tab" ref={root} data-testid="history-tab" data-index={q.ready ? 'ready' : 'reading'}>
      <div class="toolbar">
        <input type="search" placeholder={t('searchPlaceholder')} aria-label={t('searchLabel')} value={filter.q ?? ''} onInput={(e) => (q.setPicked({ ...picked, q: e.currentTarget.value || undefined }), setLimit(PAGE))} />
      </div>
      <HistoryFilters {...q.filterProps(() => setLimit(PAGE), () => focusSoon('input[type="search"]'))} />
      <p class="muted" data-testid="count" role="status">
        {shown ? t('count', { shown: shown.length, total: index.facets.size }) + (q.filtered ? t('filteredNote') : '') : ''}
      </p>
      <NetworkPanel db={db} index={index} contacts={shown ?? []} onFilterActor={(actor) => (q.setPicked({ ...picked, actor }), setLimit(PAGE))} />
      <section class="table-area" aria-labelledby="table-title">
        <h2 id="table-title">{t('tableCaption')}</h2>
        <p id="table-hint" class="muted">{t('tableHint')}</p>
        <div class="table-and-details">
          <div class="table-column">
            <ContactTable rows={last.current} openId={openId} onOpen={open} busy={!rows || q.textPending} hintId="table-hint" />
            {more > 0 && <button class="more-rows" onClick={() => setLimit(limit + PAGE)}>{t('showMore', { n: more })}</button>}
          </div>
          <aside class="details" aria-labelledby="details-title" data-testid="details" onKeyDown={(e) => e.key === 'Escape' && close()}>
            <h2 id="details-title" tabIndex={-1}>{t('details')}</h2>
            {opened ? (
              <>
                <ul class="contacts">
                  <ContactDetails record={opened} />
                </ul>
                <button onClick={close}>{t('close')}</button>
              </>
            ) : (
              <p class="muted">{t('pickRow')}</p>
            )}
          </aside>
        </div>
      </section>
    </div>
  );
}
