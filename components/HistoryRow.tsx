import { useState } from 'preact/hooks';
import type { ContactPatch } from '@/lib/history/db';
import type { ContactRecord } from '@/lib/history/types';
import type { Actor } from '@/lib/kb/types';
import { CONTACT_TYPES, STATUSES } from '@/lib/ui/format';
import { safeHref } from '@/lib/ui/safe-url';
import { useT } from './i18n';
import { ContactItem } from './ContactItem';

export type HistoryRowProps = {
  record: ContactRecord;
  byId: Map<string, Actor>;
  onPatch: (patch: ContactPatch) => void;
  onDelete: () => void;
};

/** A stored contact with its sources, and what a person does with it: confirm, correct, delete. */
export function HistoryRow({ record: r, byId, onPatch, onDelete }: HistoryRowProps) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<ContactPatch>({});
  const field = (k: keyof ContactPatch) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [k]: e.currentTarget.value || null });
  const save = () => {
    const patch: ContactPatch = { ...draft };
    if (patch.date !== undefined) patch.datePrecision = !patch.date ? null : patch.date.length === 4 ? 'year' : patch.date.length === 7 ? 'month' : 'day';
    onPatch(patch);
    setEditing(false);
    setDraft({});
  };
  return (
    <ContactItem {...r} quote={r.sources[0]?.evidence.exact ?? ''} byId={byId}>
      <div class="row-actions">
        {r.confirmed ? <span class="tag">{t('confirmed')}</span> : <button onClick={() => onPatch({ confirmed: true })}>{t('confirm')}</button>}
        {r.edited && <span class="tag">{t('edited')}</span>}
        <button onClick={() => setEditing(!editing)} aria-expanded={editing}>{t('edit')}</button>
        <button onClick={onDelete}>{t('delete')}</button>
      </div>
      {editing && (
        <form class="edit" onSubmit={(e) => (e.preventDefault(), save())}>
          <label>{t('status')} <select value={draft.status ?? r.status} onChange={field('status')}>
            {STATUSES.map((v) => <option key={v} value={v}>{t(v)}</option>)}
          </select></label>
          <label>{t('type')} <select value={draft.type ?? r.type} onChange={field('type')}>
            {CONTACT_TYPES.map((v) => <option key={v} value={v}>{t(v)}</option>)}
          </select></label>
          <label>{t('date')} <input value={draft.date ?? r.date ?? ''} placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" onInput={field('date')} /></label>
          <label>{t('place')} <input value={draft.place ?? r.place ?? ''} onInput={field('place')} /></label>
          <button type="submit">{t('save')}</button>
        </form>
      )}
      <details class="sources">
        <summary>{r.sources.length === 1 ? t('source') : t('sources', { n: r.sources.length })}</summary>
        <ul>
          {r.sources.map((s) => (
            <li key={s.url}>
              {safeHref(s.url) ? <a href={safeHref(s.url)} target="_blank" rel="noreferrer">{s.title ?? s.url}</a> : <span>{s.title ?? s.url}</span>}
              <span class="muted"> {[s.site, s.published?.slice(0, 10)].filter(Boolean).join(' · ')}</span>
              <blockquote class="quote">{s.evidence.exact}</blockquote>
            </li>
          ))}
        </ul>
      </details>
    </ContactItem>
  );
}
