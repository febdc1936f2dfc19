import { disagreements } from '@/lib/history/conflicts';
import type { ContactRecord } from '@/lib/history/types';
import { dateLabel } from '@/lib/ui/format';
import { placeLabel } from '@/lib/ui/places';
import type { MessageKey } from '@/lib/ui/i18n';
import { hostOf as webHost } from '@/lib/ui/safe-url';
import { useT } from './i18n';

const hostOf = (url: string) => webHost(url) ?? url;

/** Where a contact's articles say different things: every reading, with who said it. */
export function Disagreements({ record }: { record: Pick<ContactRecord, 'sources'> }) {
  const { t, lang } = useT();
  const found = disagreements(record);
  if (!found.length) return null;
  return (
    <div class="disagree" role="note" data-testid="disagree">
      <strong>{t('disagree')}</strong>
      <ul>
        {found.map((d) => (
          <li key={d.field} data-field={d.field}>
            {t(d.field)}:{' '}
            {d.readings
              .map((r) => {
                const v = d.field === 'date' ? dateLabel(r.claim, lang) : d.field === 'place' ? placeLabel(r.claim.place!, lang) : t(r.value as MessageKey);
                return `${v} (${[...new Set(r.urls.map(hostOf))].join(', ')})`;
              })
              .join('; ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
