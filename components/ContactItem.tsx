import type { Participant } from '@/lib/contacts/types';
import type { Actor } from '@/lib/kb/types';
import { dateLabel, partyParts } from '@/lib/ui/format';
import { placeLabel } from '@/lib/ui/places';
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
  /** The language of the quote and of the article's own words for a party (uk, ru), when it is an article's. */
  quoteLang?: string | null;
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
      <div class="who">
        {partyParts(p.parties, p.byId, lang).map((x, i) => (
          <>
            {i > 0 && ' · '}
            {x.label}
            {/* The article's own word for a side is its text, in its language: marked so (screen readers, the language test). */}
            {x.quoted && <> (<q lang={p.quoteLang ?? undefined}>{x.quoted}</q>)</>}
          </>
        ))}
      </div>
      <div class="facts">
        <span class={`badge ${p.status}`}>{t(p.status as MessageKey)}</span>
        <span>{t(p.type as MessageKey)}</span>
        <span class={p.date && p.dateBasis === 'report' ? 'date by-report' : 'date'} title={p.date && p.dateBasis === 'report' ? t('dateByHint') : undefined}>{dateLabel(p, lang)}</span>
        {p.place && <span>{placeLabel(p.place, lang)}</span>}
      </div>
      <blockquote class="quote" lang={p.quoteLang ?? undefined}>{p.quote}</blockquote>
      {p.children}
    </li>
  );
}
