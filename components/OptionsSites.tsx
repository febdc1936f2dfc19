import { useState } from 'preact/hooks';
import { withSite } from '@/lib/settings';
import { siteRows } from '@/lib/site-list';
import { useT } from './i18n';
import { OptionsUserSites } from './OptionsUserSites';
import { useSettings } from './use-settings';

/** The built-in news sites, each with its switch, the sites the user added, and the pause for everywhere. */
export function OptionsSites() {
  const { t } = useT();
  const [s, save, setS] = useSettings();
  const [q, setQ] = useState('');
  // The change runs after the storage read, when the event's currentTarget is gone: take the value now.
  const setSite = (site: string, on: boolean) => save((cur) => withSite(cur, site, on));
  const setPaused = (paused: boolean) => save((cur) => ({ ...cur, paused }));

  const rows = s ? siteRows(s, q) : [];
  const builtIn = rows.filter((r) => r.builtIn);
  const others = rows.filter((r) => !r.builtIn);
  const row = (r: (typeof rows)[number]) => (
    <li key={r.site}>
      <label>
        <input type="checkbox" checked={r.on} onChange={(e) => setSite(r.site, e.currentTarget.checked)} /> {r.site}
      </label>
    </li>
  );
  return (
    <section id="sites" aria-labelledby="sites-title" data-testid="sites-section">
      <h2 id="sites-title">{t('optSites')}</h2>
      {!s ? (
        <p class="muted">{t('optLoading')}</p>
      ) : (
        <>
          <label class="switch-line">
            <input type="checkbox" data-testid="options-pause" checked={s.paused} onChange={(e) => setPaused(e.currentTarget.checked)} /> {t('optPauseAll')}
          </label>
          {s.paused && <p class="notice" role="status">{t('optPausedNote')}</p>}
          <p class="muted">{t('optSitesIntro')}</p>
          <div class="toolbar">
            <label class="grow">
              <span class="label">{t('optFindSite')}</span>
              <input type="search" value={q} placeholder={t('optFindSitePlaceholder')} onInput={(e) => setQ(e.currentTarget.value)} />
            </label>
          </div>
          <p class="muted" aria-live="polite">
            {t('optSitesOn', { on: builtIn.filter((r) => r.on).length, total: builtIn.length })}
          </p>
          <ul class="site-list" aria-label={t('optBuiltInSites')}>{builtIn.map(row)}</ul>
          {others.length > 0 && (
            <>
              <h3>{t('optAlsoOff')}</h3>
              <ul class="site-list" aria-label={t('optOtherSitesOff')}>{others.map(row)}</ul>
            </>
          )}
          {!rows.length && <p class="muted">{t('optNoSiteMatches', { q })}</p>}
          <OptionsUserSites settings={s} onChange={setS} />
        </>
      )}
    </section>
  );
}
