import { useState } from 'preact/hooks';
import type { ContactPatch } from '@/lib/history/db';
import type { ContactRecord } from '@/lib/history/types';
import type { Actor } from '@/lib/kb/types';
import { safeHref } from '@/lib/ui/safe-url';
import { useT } from './i18n';
import { ContactEditForm } from './ContactEditForm';
import { ContactItem } from './ContactItem';
import { Disagreements } from './Disagreements';

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
  return (
    <ContactItem {...r} quote={r.sources[0]?.evidence.exact ?? ''} byId={byId}>
      <div class="row-actions">
        {r.confirmed ? <span class="tag">{t('confirmed')}</span> : <button onClick={() => onPatch({ confirmed: true })}>{t('confirm')}</button>}
        {r.edited && <span class="tag">{t('edited')}</span>}
        <button onClick={() => setEditing(!editing)} aria-expanded={editing}>{t('edit')}</button>
        <button onClick={onDelete}>{t('delete')}</button>
      </div>
      {editing && <ContactEditForm record={r} onSave={(patch) => (onPatch(patch), setEditing(false))} />}
      <Disagreements record={r} />
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
