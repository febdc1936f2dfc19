import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactPatch } from '@/lib/history/db';
import type { ContactRecord } from '@/lib/history/types';
import { CONTACT_TYPES, STATUSES } from '@/lib/ui/format';
import { placeLabel, storedPlace } from '@/lib/ui/places';
import { DateField } from './DateField';
import { useT } from './i18n';

/**
 * A person's correction of a stored contact: kind, status, date and place. Opening it puts focus
 * on its first field; Cancel (or Escape) closes it unsaved, and the caller puts focus back.
 */
export function ContactEditForm({ record: r, onSave, onCancel }: { record: ContactRecord; onSave: (patch: ContactPatch) => void; onCancel: () => void }) {
  const { t, lang } = useT();
  const first = useRef<HTMLSelectElement>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  // What is typed in the date field is not a date yet: nothing is saved until it is.
  const [badDate, setBadDate] = useState(false);
  useEffect(() => first.current?.focus(), []);
  const [draft, setDraft] = useState<ContactPatch>({});
  const field = (k: keyof ContactPatch) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [k]: e.currentTarget.value || null });
  const save = () => {
    if (badDate) return dateInput.current?.focus();
    const patch: ContactPatch = { ...draft };
    // A place shown in the reader's language is kept by its English name, as the extractor keeps it.
    if (patch.place) patch.place = storedPlace(patch.place);
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
      <DateField
        label={t('date')}
        visibleLabel={t('date')}
        inputRef={dateInput}
        value={draft.date !== undefined ? draft.date : r.date}
        onChange={(iso) => {
          setBadDate(iso === null);
          if (iso !== null) setDraft({ ...draft, date: iso || null });
        }}
      />
      <label>{t('place')} <input value={draft.place ?? (r.place ? placeLabel(r.place, lang) : '')} onInput={field('place')} /></label>
      <button type="submit">{t('save')}</button>
      <button type="button" onClick={onCancel}>{t('cancel')}</button>
    </form>
  );
}
