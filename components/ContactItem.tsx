import type { Participant } from '@/lib/contacts/types';
import type { Actor } from '@/lib/kb/types';
import { dateLabel, partiesLabel } from '@/lib/ui/format';
import type { MessageKey } from '@/lib/ui/i18n';
import { useT } from './i18n';

export type ContactItemProps = {
  parties: Participant[];
  type: string;
  status: string;
  date: string | null;
  endDate: string | null;
  datePrecision: 'day' | 'week' | 'month' | 'year' | null;
  dateBasis?: 'text' | 'report';
  place: string | null;
  quote: string;
  byId: Map<string, Actor>;
  /** The stored record's id: the row can then take focus (after Save, Undo, or opened from the timeline). */
  rowId?: number;
  children?: preact.ComponentChildren;
};

/** One contact: who, what kind, its status, when and where, and the sentence that says so. */
export function ContactItem(p: ContactItemProps) {
  const { t, lang } = useT();
  return (
    <li class={`contact status-${p.status}`} data-status={p.status} data-type={p.type} data-id={p.rowId} tabIndex={p.rowId === undefined ? undefined : -1}>
      <div class="who">{partiesLabel(p.parties, p.byId, lang)}</div>
      <div class="facts">
        <span class={`badge ${p.status}`}>{t(p.status as MessageKey)}</span>
        <span>{t(p.type as MessageKey)}</span>
        <span class={p.date && p.dateBasis === 'report' ? 'date by-report' : 'date'} title={p.date && p.dateBasis === 'report' ? t('dateByHint') : undefined}>{dateLabel(p, lang)}</span>
        {p.place && <span>{p.place}</span>}
      </div>
      <blockquote class="quote">{p.quote}</blockquote>
      {p.children}
    </li>
  );
}
