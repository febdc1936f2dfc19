import type { Role } from '@/lib/kb/types';
import type { ActorRecord } from '@/lib/history/types';
import { safeHref } from '@/lib/ui/safe-url';
import { useT } from './i18n';

export type OptionsActorRowProps = { actor: ActorRecord; onToggle: (on: boolean) => void; onDelete: () => void };

type T = ReturnType<typeof useT>['t'];

/** What an actor is, in the interface language. */
function kindLabel(kind: string, t: T): string {
  if (kind === 'person') return t('optKindPerson');
  if (kind === 'institution') return t('optKindInstitution');
  if (kind === 'media') return t('optKindMedia');
  return kind;
}

/** "2021-01-20 – 2025-01-20", "since 2025-01-20", "until 2012", or "" when undated. */
function roleSpan(r: Pick<Role, 'from' | 'to'>, t: T): string {
  if (r.from && r.to) return `${r.from} – ${r.to}`;
  if (r.from) return t('optSince', { date: r.from });
  if (r.to) return t('optUntil', { date: r.to });
  return '';
}

/** A source as a link when it is a web address, as plain text otherwise (never a "javascript:" link). */
function Source({ url, label, title }: { url: string; label?: string; title?: string }) {
  const href = safeHref(url);
  return href ? <a href={href} target="_blank" rel="noreferrer noopener" aria-label={title}>{label ?? url}</a> : <span>{url}</span>;
}

/** One actor: its names, what it is, its roles and sources, its switch. */
export function OptionsActorRow({ actor: a, onToggle, onDelete }: OptionsActorRowProps) {
  const { t, lang } = useT();
  const variants = a.kind === 'person' ? a.surname : a.forms;
  return (
    <li class={`actor${a.disabled ? ' off' : ''}`} data-testid="actor-row" data-actor={a.id}>
      <div class="actor-head">
        <label class="switch">
          <input type="checkbox" checked={!a.disabled} aria-label={t('optRecognise', { name: a.name[lang] })} onChange={(e) => onToggle(e.currentTarget.checked)} />
          <span aria-hidden="true">{a.disabled ? t('optOff') : t('optOn')}</span>
        </label>
        <strong class="actor-name">{a.name.en}</strong>
        <span class="muted" lang="uk">{a.name.uk}</span>
        <span class="muted" lang="ru">{a.name.ru}</span>
        <span class="tag">{kindLabel(a.kind, t)}</span>
        <span class="tag" title={t('optCountry')}>{a.country}</span>
        {a.origin === 'custom' && <span class="tag custom">{t('optAddedByYou')}</span>}
        {a.origin === 'custom' && (
          <button type="button" class="danger" aria-label={t('optDeleteActor', { name: a.name[lang] })} onClick={onDelete}>
            {t('optDelete')}
          </button>
        )}
      </div>
      <details>
        <summary>{t('optDetails')}</summary>
        {a.roles.length > 0 ? (
          <ul class="roles" aria-label={t('optRoles')}>
            {a.roles.map((r, i) => {
              const title = r.title[lang] ?? r.title.en;
              const span = roleSpan(r, t);
              return (
                <li key={i}>
                  {title}
                  {span && <span class="muted"> · {span}</span>}{' '}
                  {r.source && <Source url={r.source} label={t('optSourceLink')} title={t('optSourceOf', { title })} />}
                </li>
              );
            })}
          </ul>
        ) : (
          <p class="muted">{t('optNoRoles')}</p>
        )}
        {a.sources.length > 0 && (
          <ul class="links" aria-label={t('optSources')}>
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
            {a.kind === 'person' ? t('optSurnames') : t('optForms')}:{' '}
            {(['uk', 'ru', 'en'] as const).filter((l) => variants[l]?.length).map((l) => `${l}: ${variants[l]!.join(', ')}`).join(' · ')}
          </p>
        )}
      </details>
    </li>
  );
}
