import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings';
import { addUserSite, isGranted } from '@/lib/user-sites';
import { turnOffUserSite, turnOnUserSite } from '@/lib/ext/user-site-actions';
import { useT } from './i18n';

export type OptionsUserSitesProps = { settings: Settings; onChange: (s: Settings) => void };

/** Sites the user added beyond the built-in list: add one (asks for its access), remove one. */
export function OptionsUserSites({ settings, onChange }: OptionsUserSitesProps) {
  const { t } = useT();
  const [input, setInput] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [origins, setOrigins] = useState<string[] | null>(null);
  const refreshGrants = () => void browser.permissions.getAll().then((p) => setOrigins(p.origins ?? []));
  useEffect(refreshGrants, [settings.userSites.join(' ')]);

  const add = (e: Event) => {
    e.preventDefault();
    const typed = input;
    // Checked before asking, without awaiting anything: the prompt needs this click's gesture.
    const probe = addUserSite(settings.userSites, typed);
    if (probe.error === 'invalid') return setNote(t('optSiteInvalid', { q: typed.trim() }));
    if (probe.error === 'built-in') return setNote(t('optSiteBuiltIn', { site: probe.site ?? typed }));
    void turnOnUserSite(typed).then((r) => {
      if (r.settings) onChange(r.settings);
      if (r.ok) setInput('');
      setNote(r.ok ? t('optSiteAdded', { site: probe.site! }) : r.reason === 'refused' ? t('userSiteRefused') : t('userSiteFailed', { why: r.error ?? '' }));
      refreshGrants();
    });
  };
  const remove = (site: string) =>
    void turnOffUserSite(site).then((next) => {
      onChange(next);
      setNote(t('optSiteRemoved', { site }));
    });

  return (
    <div data-testid="user-sites">
      <h3>{t('optYourSites')}</h3>
      <p class="muted">{t('optYourSitesIntro')}</p>
      <form class="toolbar" onSubmit={add}>
        <label class="grow">
          <span class="label">{t('optAddSite')}</span>
          <input type="text" data-testid="user-site-input" value={input} placeholder={t('optAddSitePlaceholder')} onInput={(e) => setInput(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="user-site-add">{t('optAddSiteBtn')}</button>
      </form>
      {note && (
        <p class="notice" role="status" data-testid="user-site-note">
          {note}
        </p>
      )}
      {settings.userSites.length === 0 ? (
        <p class="muted">{t('optNoUserSites')}</p>
      ) : (
        <ul class="site-list" aria-label={t('optYourSites')}>
          {settings.userSites.map((site) => (
            <li key={site} data-testid="user-site-row">
              {site}
              {origins && !isGranted(site, origins) && <span class="muted"> ({t('optSiteNoAccess')})</span>}{' '}
              <button type="button" aria-label={t('optRemoveSite', { site })} onClick={() => remove(site)}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
