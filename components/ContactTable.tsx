import { useRef, useState } from 'preact/hooks';
import type { ContactRecord } from '@/lib/history/types';
import { dateLabel, partyParts } from '@/lib/ui/format';
import type { MessageKey } from '@/lib/ui/i18n';
import { placeLabel } from '@/lib/ui/places';
import { rovingIndex } from '@/lib/ui/roving';
import { ContestedBadge } from './ContestedBadge';
import { useKb, useT } from './i18n';

export type ContactTableProps = {
  rows: ContactRecord[];
  /** The contact whose details are open (its row is marked current). */
  openId: number | null;
  onOpen: (id: number) => void;
  busy: boolean;
  /** The id of the text telling how to move through the rows. */
  hintId: string;
};

/**
 * The history as a wide table, one contact a row, walked from the keyboard: one row is in the tab
 * order at a time (roving focus), Up and Down move between rows, Home and End to the ends, Enter
 * (or a click) opens the row's details.
 */
export function ContactTable({ rows, openId, onOpen, busy, hintId }: ContactTableProps) {
  const { t, lang } = useT();
  const { byId } = useKb();
  // The row in the tab order, by id: rows come and go as the history changes under the table.
  const [activeId, setActiveId] = useState<number | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const found = rows.findIndex((r) => r.id === activeId);
  const active = found >= 0 ? found : 0;
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  const onKey = (e: KeyboardEvent, i: number) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(rows[i]!.id!);
      return;
    }
    const next = rovingIndex(e.key, i, rows.length, 'vertical');
    if (next === null) return;
    e.preventDefault();
    setActiveId(rows[next]!.id!);
    body.current?.querySelectorAll<HTMLElement>('tr')[next]?.focus();
  };
  return (
    <div class="table-scroll">
      <table class="contact-table" aria-describedby={hintId} aria-busy={busy || undefined} data-testid="contact-table">
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('parties')}</th>
            <th scope="col">{t('type')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('place')}</th>
            <th scope="col">{t('colSources')}</th>
            <th scope="col">{t('colConfidence')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((r, i) => (
            <tr
              key={r.id}
              data-id={r.id}
              data-status={r.status}
              tabIndex={i === active ? 0 : -1}
              aria-current={r.id === openId || undefined}
              class={r.id === openId ? 'current' : undefined}
              onKeyDown={(e) => onKey(e, i)}
              onFocus={() => setActiveId(r.id!)}
              onClick={() => onOpen(r.id!)}
            >
              <td class={r.dateBasis === 'report' ? 'by-report' : undefined}>{dateLabel(r, lang)}</td>
              <td>{partyParts(r.parties, byId, lang).map((x) => x.label).join(' · ')}</td>
              <td>{t(r.type as MessageKey)}</td>
              <td><span class={`badge ${r.status}`}>{t(r.status as MessageKey)}</span> <ContestedBadge record={r} /></td>
              <td>{r.place ? placeLabel(r.place, lang) : ''}</td>
              <td class="num">{r.sources.length}</td>
              <td class="num">{percent.format(r.confidence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
