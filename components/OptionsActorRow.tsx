import { roleSpan } from '@/lib/history/actor-browse';
import type { ActorRecord } from '@/lib/history/types';
import { safeHref } from '@/lib/ui/safe-url';

export type OptionsActorRowProps = { actor: ActorRecord; onToggle: (on: boolean) => void; onDelete: () => void };

const KIND: Record<string, string> = { person: 'Person', institution: 'Institution', media: 'Media' };

/** A source as a link when it is a web address, as plain text otherwise (never a "javascript:" link). */
function Source({ url, label, title }: { url: string; label?: string; title?: string }) {
  const href = safeHref(url);
  return href ? <a href={href} target="_blank" rel="noreferrer noopener" aria-label={title}>{label ?? url}</a> : <span>{url}</span>;
}

/** One actor: its names, what it is, its roles and sources, its switch. */
export function OptionsActorRow({ actor: a, onToggle, onDelete }: OptionsActorRowProps) {
  const variants = a.kind === 'person' ? a.surname : a.forms;
  return (
    <li class={`actor${a.disabled ? ' off' : ''}`} data-testid="actor-row" data-actor={a.id}>
      <div class="actor-head">
        <label class="switch">
          <input type="checkbox" checked={!a.disabled} aria-label={`Recognise ${a.name.en}`} onChange={(e) => onToggle(e.currentTarget.checked)} />
          <span aria-hidden="true">{a.disabled ? 'Off' : 'On'}</span>
        </label>
        <strong class="actor-name">{a.name.en}</strong>
        <span class="muted" lang="uk">{a.name.uk}</span>
        <span class="muted" lang="ru">{a.name.ru}</span>
        <span class="tag">{KIND[a.kind] ?? a.kind}</span>
        <span class="tag" title="Country">{a.country}</span>
        {a.origin === 'custom' && <span class="tag custom">added by you</span>}
        {a.origin === 'custom' && (
          <button type="button" class="danger" aria-label={`Delete ${a.name.en}`} onClick={onDelete}>
            Delete
          </button>
        )}
      </div>
      <details>
        <summary>Roles, sources and name forms</summary>
        {a.roles.length > 0 ? (
          <ul class="roles" aria-label="Roles">
            {a.roles.map((r, i) => (
              <li key={i}>
                {r.title.en}
                {roleSpan(r) && <span class="muted"> · {roleSpan(r)}</span>}{' '}
                {r.source && <Source url={r.source} label="source" title={`Source: ${r.title.en}`} />}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No roles recorded.</p>
        )}
        {a.sources.length > 0 && (
          <ul class="links" aria-label="Sources">
            {a.sources.map((s) => (
              <li key={s}>
                <Source url={s} />
              </li>
            ))}
          </ul>
        )}
        {a.wikidata && (
          <p>
            Wikidata: <a href={`https://www.wikidata.org/wiki/${a.wikidata}`} target="_blank" rel="noreferrer noopener">{a.wikidata}</a>
          </p>
        )}
        {variants && (
          <p class="muted">
            {a.kind === 'person' ? 'Surnames' : 'Forms'}:{' '}
            {(['uk', 'ru', 'en'] as const).filter((l) => variants[l]?.length).map((l) => `${l}: ${variants[l]!.join(', ')}`).join(' · ')}
          </p>
        )}
      </details>
    </li>
  );
}
