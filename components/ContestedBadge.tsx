import { contestedFields } from '@/lib/history/contested';
import type { ContactRecord } from '@/lib/history/types';
import { useT } from './i18n';

/**
 * Marks a contact whose sources disagree on whether, when or where it took place. The badge
 * reads "Contested"; its accessible name, which begins with that word (so speech input finds it
 * by what is seen), also says on what. The versions themselves and their sources are in the
 * contact's details (Disagreements).
 */
export function ContestedBadge({ record }: { record: Pick<ContactRecord, 'sources'> }) {
  const { t } = useT();
  const fields = contestedFields(record);
  if (!fields.length) return null;
  const label = t('contestedLabel', { fields: fields.map((f) => t(f)).join(', ') });
  return (
    // role="img": one name for the whole mark (a bare span's aria-label is not read out).
    <span class="contested" role="img" aria-label={label} title={label} data-testid="contested" data-fields={fields.join(';')}>
      {t('contested')}
    </span>
  );
}
