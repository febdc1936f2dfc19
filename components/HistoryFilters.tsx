import type { HistoryFilter, SortOrder } from '@/lib/history/filter';
import { CONFIDENCE_STEPS } from '@/lib/settings';
import { CONTACT_TYPES, STATUSES } from '@/lib/ui/format';
import { DateField } from './DateField';
import { useT } from './i18n';

export type HistoryFiltersProps = {
  /** What the reader picked (the confidence threshold is a setting of its own). */
  filter: HistoryFilter;
  onFilter: (f: HistoryFilter) => void;
  order: SortOrder;
  onOrder: (o: SortOrder) => void;
  actors: { id: string; name: string }[];
  sites: string[];
  onClear: () => void;
  minConfidence: number;
  onMinConfidence: (n: number) => void;
};

/** The history's filters and sort: the common ones in a row, the finer cuts folded away until one is in use. */
export function HistoryFilters({ filter, onFilter, order, onOrder, actors, sites, onClear, minConfidence, onMinConfidence }: HistoryFiltersProps) {
  const { t } = useT();
  const set = (k: keyof HistoryFilter) => (e: { currentTarget: { value: string } }) => onFilter({ ...filter, [k]: e.currentTarget.value || undefined });
  const filtered = Object.values(filter).some(Boolean);
  return (
    <>
        <div class="filters">
          <select aria-label={t('status')} value={filter.status ?? ''} onChange={set('status')}>
            <option value="">{t('anyStatus')}</option>
            {STATUSES.map((v) => <option key={v} value={v}>{t(v)}</option>)}
          </select>
          <select aria-label={t('type')} value={filter.type ?? ''} onChange={set('type')}>
            <option value="">{t('anyType')}</option>
            {CONTACT_TYPES.map((v) => <option key={v} value={v}>{t(v)}</option>)}
          </select>
          <select aria-label={t('sort')} value={order} onChange={(e) => onOrder(e.currentTarget.value as SortOrder)}>
            <option value="seen">{t('sortSeen')}</option>
            <option value="date">{t('sortDate')}</option>
            <option value="confidence">{t('sortConfidence')}</option>
            <option value="sources">{t('sortSources')}</option>
          </select>
          <select aria-label={t('actor')} value={filter.actor ?? ''} onChange={set('actor')}>
            <option value="">{t('anyActor')}</option>
            {actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
          <select aria-label={t('site')} value={filter.site ?? ''} onChange={set('site')}>
            <option value="">{t('anySite')}</option>
            {/* A site's name is a proper name: not translated. */}
            {sites.map((s) => <option key={s} value={s} translate={false}>{s}</option>)}
          </select>
          <span class="dates">
            {/* Written as the edit form writes a date (lib/ui/dates.ts); what is not a date yet leaves the filter as it was. */}
            <DateField visibleLabel={t('from')} label={t('fromLabel')} value={filter.from ?? null} onChange={(iso) => iso !== null && onFilter({ ...filter, from: iso || undefined })} />{' '}
            <DateField visibleLabel={t('to')} label={t('toLabel')} value={filter.to ?? null} onChange={(iso) => iso !== null && onFilter({ ...filter, to: iso || undefined })} />
          </span>
          {/* The analyst's own question: where do the reports contradict one another? */}
          <label class="check">
            <input type="checkbox" data-testid="contested-only" checked={!!filter.contested} onChange={(e) => onFilter({ ...filter, contested: e.currentTarget.checked || undefined })} /> {t('contestedOnly')}
          </label>
          {filtered && <button onClick={onClear}>{t('clear')}</button>}
        </div>
        {/* The finer cuts, folded away until one is in use. */}
        <details class="filters more" open={!!(filter.side || filter.lang || filter.review || filter.origin || minConfidence)}>
          <summary>{t('moreFilters')}</summary>
          <select aria-label={t('side')} value={filter.side ?? ''} onChange={set('side')}>
            <option value="">{t('anySide')}</option>
            <option value="US">{t('legendUs')}</option>
            <option value="RU">{t('legendRu')}</option>
            <option value="UA">{t('legendUa')}</option>
            <option value="other">{t('legendOther')}</option>
          </select>
          <select aria-label={t('langFilter')} value={filter.lang ?? ''} onChange={set('lang')}>
            <option value="">{t('anyLang')}</option>
            <option value="uk">{t('langUk')}</option>
            <option value="ru">{t('langRu')}</option>
          </select>
          <select aria-label={t('review')} value={filter.review ?? ''} onChange={set('review')}>
            <option value="">{t('anyReview')}</option>
            <option value="confirmed">{t('reviewConfirmed')}</option>
            <option value="edited">{t('reviewEdited')}</option>
            <option value="unreviewed">{t('reviewNone')}</option>
          </select>
          <select aria-label={t('origin')} value={filter.origin ?? ''} onChange={set('origin')}>
            <option value="">{t('anyOrigin')}</option>
            <option value="read">{t('originRead')}</option>
            <option value="reference">{t('originReference')}</option>
          </select>
          <select aria-label={t('minConfidence')} data-testid="min-confidence" value={String(minConfidence)} onChange={(e) => onMinConfidence(Number(e.currentTarget.value))}>
            {CONFIDENCE_STEPS.map((n) => <option key={n} value={String(n)}>{n ? t('confidenceAtLeast', { n }) : t('anyConfidence')}</option>)}
          </select>
        </details>
    </>
  );
}
