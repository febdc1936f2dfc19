import { useState } from 'preact/hooks';
import type { ContactPatch } from '@/lib/history/db';
import type { ContactRecord } from '@/lib/history/types';
import type { Actor } from '@/lib/kb/types';
import { STATUS_LABEL, TYPE_LABEL } from '@/lib/ui/format';
import { ContactItem } from './ContactItem';

export type HistoryRowProps = {
  record: ContactRecord;
  byId: Map<string, Actor>;
  onPatch: (patch: ContactPatch) => void;
  onDelete: () => void;
};

/** A stored contact with its sources, and what a person does with it: confirm, correct, delete. */
export function HistoryRow({ record: r, byId, onPatch, onDelete }: HistoryRowProps) {
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
        {r.confirmed ? <span class="tag">✓ confirmed</span> : <button onClick={() => onPatch({ confirmed: true })}>Confirm</button>}
        {r.edited && <span class="tag">edited</span>}
        <button onClick={() => setEditing(!editing)} aria-expanded={editing}>Edit</button>
        <button onClick={onDelete}>Delete</button>
      </div>
      {editing && (
        <form class="edit" onSubmit={(e) => (e.preventDefault(), save())}>
          <label>Status <select value={draft.status ?? r.status} onChange={field('status')}>
            {Object.entries(STATUS_LABEL).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select></label>
          <label>Type <select value={draft.type ?? r.type} onChange={field('type')}>
            {Object.entries(TYPE_LABEL).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select></label>
          <label>Date <input value={draft.date ?? r.date ?? ''} placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" onInput={field('date')} /></label>
          <label>Place <input value={draft.place ?? r.place ?? ''} onInput={field('place')} /></label>
          <button type="submit">Save</button>
        </form>
      )}
      <details class="sources">
        <summary>{r.sources.length} source{r.sources.length === 1 ? '' : 's'}</summary>
        <ul>
          {r.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noreferrer">{s.title ?? s.url}</a>
              <span class="muted"> {[s.site, s.published?.slice(0, 10)].filter(Boolean).join(' · ')}</span>
              <blockquote class="quote">{s.evidence.exact}</blockquote>
            </li>
          ))}
        </ul>
      </details>
    </ContactItem>
  );
}
