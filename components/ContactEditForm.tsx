import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactPatch } from '@/lib/history/db';
import type { ContactRecord } from '@/lib/history/types';
import { CONTACT_TYPES, STATUSES } from '@/lib/ui/format';
import { useT } from './i18n';

/**
 * A person's correction of a stored contact: kind, status, date and place. Opening it puts focus
 * on its first field; Cancel (or Escape) closes it unsaved, and the caller puts focus back.
 */
export function ContactEditForm({ record: r, onSave, onCancel }: { record: ContactRecord; onSave: (patch: ContactPatch) => void; onCancel: () => void }) {
  const { t } = useT();
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const [draft, setDraft] = useState<ContactPatch>({});
  const field = (k: keyof ContactPatch) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [k]: e.currentTarget.value || null });
  const save = () => {
    const patch: ContactPatch = { ...draft };
    if (patch.date !== undefined) patch.datePrecision = !patch.date ? null : patch.date.length === 4 ? 'year' : patch.date.length === 7 ? 'month' : 'day';
    // A date a person types is theirs, no longer the report's day.
    if (patch.date) patch.dateBasis = 'text';
    onSave(patch);
    setDraft({});
  };
  return (
    <form class="edit" onSubmit={(e) => (e.preventDefault(), save())} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onCancel())}>
      <label>{t('status')} <select ref={first} value={draft.status ?? r.status} onChange={field('status')}>
        {STATUSES.map((v) => <option key={v} value={v}>{t(v)}</option>)}
      </select></label>
      <label>{t('type')} <select value={draft.type ?? r.type} onChange={field('type')}>
        {CONTACT_TYPES.map((v) => <option key={v} value={v}>{t(v)}</option>)}
      </select></label>
      <label>{t('date')} <input value={draft.date ?? r.date ?? ''} placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" onInput={field('date')} /></label>
      <label>{t('place')} <input value={draft.place ?? r.place ?? ''} onInput={field('place')} /></label>
      <button type="submit">{t('save')}</button>
      <button type="button" onClick={onCancel}>{t('cancel')}</button>
    </form>
  );
}
