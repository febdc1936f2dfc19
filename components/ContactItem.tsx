import type { Participant } from '@/lib/contacts/types';
import type { Actor } from '@/lib/kb/types';
import { STATUS_LABEL, TYPE_LABEL, dateLabel, partiesLabel } from '@/lib/ui/format';

export type ContactItemProps = {
  parties: Participant[];
  type: string;
  status: string;
  date: string | null;
  endDate: string | null;
  datePrecision: 'day' | 'week' | 'month' | 'year' | null;
  place: string | null;
  quote: string;
  byId: Map<string, Actor>;
  children?: preact.ComponentChildren;
};

/** One contact: who, what kind, its status, when and where, and the sentence that says so. */
export function ContactItem(p: ContactItemProps) {
  return (
    <li class={`contact status-${p.status}`} data-status={p.status} data-type={p.type}>
      <div class="who">{partiesLabel(p.parties, p.byId)}</div>
      <div class="facts">
        <span class={`badge ${p.status}`}>{STATUS_LABEL[p.status] ?? p.status}</span>
        <span>{TYPE_LABEL[p.type] ?? p.type}</span>
        <span>{dateLabel(p)}</span>
        {p.place && <span>{p.place}</span>}
      </div>
      <blockquote class="quote">{p.quote}</blockquote>
      {p.children}
    </li>
  );
}
