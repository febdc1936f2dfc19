import { useContext, useRef, useState } from 'preact/hooks';
import type { ContactPatch } from '@/lib/history/db';
import type { ContactRecord } from '@/lib/history/types';
import type { Actor } from '@/lib/kb/types';
import { KbContext, useT } from './i18n';
import { ContactEditForm } from './ContactEditForm';
import { ContactItem } from './ContactItem';
import { ContactSources } from './ContactSources';
import { ContestedBadge } from './ContestedBadge';
import { Disagreements } from './Disagreements';

export type HistoryRowProps = {
  record: ContactRecord;
  byId: Map<string, Actor>;
  onPatch: (patch: ContactPatch) => void;
  /** After a correction is saved (the panel moves focus to the row). */
  onSaved: () => void;
  onDelete: () => void;
};

/** A stored contact with its sources, and what a person does with it: confirm, correct, delete. */
export function HistoryRow({ record: r, byId, onPatch, onSaved, onDelete }: HistoryRowProps) {
  const { t, lang } = useT();
  const { events } = useContext(KbContext);
  const [editing, setEditing] = useState(false);
  // Cancel puts focus back where the person started: the Edit button.
  const editButton = useRef<HTMLButtonElement>(null);
  // A reference-timeline record quotes no article: show its event's title in the reader's language.
  const event = r.prior ? events.find((e) => e.id === r.prior) : undefined;
  return (
    <ContactItem {...r} rowId={r.id} quote={event ? event.title[lang] : (r.sources[0]?.evidence.exact ?? '')} quoteLang={event ? null : r.sources[0]?.lang} byId={byId}>
      <div class="row-actions">
        <ContestedBadge record={r} />
        {r.prior && <span class="tag" title={t('referenceHint')}>{t('reference')}</span>}
        {r.confirmed ? <span class="tag">{t('confirmed')}</span> : <button onClick={() => onPatch({ confirmed: true })}>{t('confirm')}</button>}
        {r.edited && <span class="tag">{t('edited')}</span>}
        <button ref={editButton} onClick={() => setEditing(!editing)} aria-expanded={editing}>{t('edit')}</button>
        <button onClick={onDelete}>{t('delete')}</button>
      </div>
      {editing && (
        <ContactEditForm
          record={r}
          onSave={(patch) => (onPatch(patch), setEditing(false), onSaved())}
          onCancel={() => (setEditing(false), editButton.current?.focus())}
        />
      )}
      <Disagreements record={r} />
      <ContactSources record={r} />
    </ContactItem>
  );
}
