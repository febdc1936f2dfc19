import { useContext, useRef, useState } from 'preact/hooks';
import type { ContactPatch } from '@/lib/history/db';
import type { ContactRecord } from '@/lib/history/types';
import type { Actor } from '@/lib/kb/types';
import { formatDate } from '@/lib/ui/dates';
import { safeHref } from '@/lib/ui/safe-url';
import { KbContext, useT } from './i18n';
import { ContactEditForm } from './ContactEditForm';
import { ContactItem } from './ContactItem';
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
  const title = (url: string, fallback: string) => (event && url === event.source ? event.title[lang] : fallback);
  return (
    <ContactItem {...r} rowId={r.id} quote={event ? event.title[lang] : (r.sources[0]?.evidence.exact ?? '')} quoteLang={event ? null : r.sources[0]?.lang} byId={byId}>
      <div class="row-actions">
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
      <details class="sources">
        <summary>{r.sources.length === 1 ? t('source') : t('sources', { n: r.sources.length })}</summary>
        <ul>
          {r.sources.map((s) => {
            // An article's title and sentence are its own text, in its language; the timeline's
            // source is titled by its event, in the reader's.
            const own = event && s.url === event.source ? undefined : (s.lang ?? undefined);
            return (
              <li key={s.url}>
                {safeHref(s.url) ? <a href={safeHref(s.url)} target="_blank" rel="noreferrer" lang={own}>{title(s.url, s.title ?? s.url)}</a> : <span lang={own}>{title(s.url, s.title ?? s.url)}</span>}
                {/* A site's name is a proper name: not translated. */}
                <span class="muted"> {s.site && <span translate={false}>{s.site}</span>}{s.site && s.published && ' · '}{s.published && formatDate(s.published, lang)}</span>
                {!(event && s.url === event.source) && <blockquote class="quote" lang={own}>{s.evidence.exact}</blockquote>}
              </li>
            );
          })}
        </ul>
      </details>
    </ContactItem>
  );
}
