import type { Role } from '@/lib/kb/types';
import type { ActorRecord } from '@/lib/history/types';
import { formatDate, formatSpan } from '@/lib/ui/dates';
import type { UiLang } from '@/lib/ui/i18n';
import { countryLabel } from '@/lib/ui/places';
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

/** "2021-01-20 – 2025-01-20", "since 2025-01-20", "until 2012" (in the reader's date format), or "" when undated. */
function roleSpan(r: Pick<Role, 'from' | 'to'>, t: T, lang: UiLang): string {
  if (r.from && r.to) return formatSpan(r.from, r.to, lang);
  if (r.from) return t('optSince', { date: formatDate(r.from, lang) });
  if (r.to) return t('optUntil', { date: formatDate(r.to, lang) });
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
        {/* The name in the reader's language first, then in the other two (each marked as its language). */}
        <strong class="actor-name">{a.name[lang]}</strong>
        {(['en', 'uk', 'ru'] as const).filter((l) => l !== lang).map((l) => <span key={l} class="muted" lang={l}>{a.name[l]}</span>)}
        <span class="tag">{kindLabel(a.kind, t)}</span>
        <span class="tag" title={t('optCountry')}>{countryLabel(a.country, lang)}</span>
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
              const span = roleSpan(r, t, lang);
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
            {(['uk', 'ru', 'en'] as const).filter((l) => variants[l]?.length).map((l, i) => (
              <>
                {i > 0 && ' · '}
                {l === 'uk' ? t('langUk') : l === 'ru' ? t('langRu') : t('langEn')}: <span lang={l} translate={false}>{variants[l]!.join(', ')}</span>
              </>
            ))}
          </p>
        )}
      </details>
    </li>
  );
}
