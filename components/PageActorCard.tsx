import { useEffect, useState } from 'preact/hooks';
import type { HistoryDB } from '@/lib/history/db';
import { recentContacts } from '@/lib/history/recent';
import { roleLabel } from '@/lib/kb/roles';
import type { Actor } from '@/lib/kb/types';
import type { RecentContact } from '@/lib/messages';
import { recentLabel } from '@/lib/ui/format';
import { countryLabel } from '@/lib/ui/places';
import { hostOf, safeHref } from '@/lib/ui/safe-url';
import { useT } from './i18n';

export type PageActorCardProps = { db: HistoryDB; actor: Actor; byId: Map<string, Actor>; day: string | null };

/**
 * An actor of the page, opened from its chip: who they are at the article's date, their Wikidata
 * item and sources, and their latest contacts in the history, each linking to its article.
 */
export function PageActorCard({ db, actor: a, byId, day }: PageActorCardProps) {
  const { t, lang } = useT();
  const [recent, setRecent] = useState<RecentContact[] | null>(null);
  useEffect(() => {
    void recentContacts(db, a.id, { byId }, lang, 5).then(setRecent);
  }, [a.id, lang]);
  const wikidata = a.wikidata ? `https://www.wikidata.org/wiki/${a.wikidata}` : null;
  return (
    <div class="actor-card" data-testid="actor-card" role="region" aria-label={a.name[lang]}>
      <strong>{a.name[lang]}</strong> <span class="muted">{countryLabel(a.country, lang)}</span>
      <div class="muted">{roleLabel(a, day, lang) ?? ''}</div>
      <div class="links">
        {wikidata && <a href={wikidata} target="_blank" rel="noreferrer">Wikidata {a.wikidata}</a>}
        {a.sources.slice(0, 2).map((s) => (safeHref(s) ? <a key={s} href={safeHref(s)} target="_blank" rel="noreferrer">{hostOf(s)}</a> : null))}
      </div>
      {recent === null ? null : recent.length === 0 ? (
        <p class="muted">{t('noContactsYet')}</p>
      ) : (
        <ul class="recent">
          {recent.map((c, i) => {
            const text = recentLabel(c, lang);
            const href = safeHref(c.url);
            return <li key={i}>{href ? <a href={href} target="_blank" rel="noreferrer">{text}</a> : text}</li>;
          })}
        </ul>
      )}
    </div>
  );
}
