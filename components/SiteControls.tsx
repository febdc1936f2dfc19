import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from './i18n';
import { readSettings, SETTINGS_KEY, siteOf, withSite, type Settings } from '@/lib/settings';
import { isBuiltInHost } from '@/lib/user-sites';
import { turnOffUserSite, turnOnUserSite } from '@/lib/ext/user-site-actions';

export type SiteControlsProps = { host: string };

/**
 * On/off for the page's site, and a pause for everywhere; the page follows at once. A site
 * outside the built-in list is turned on here too: that asks the browser for access to it.
 */
export function SiteControls({ host }: SiteControlsProps) {
  const { t } = useT();
  // Nothing is shown until the stored choice is known: a box drawn from defaults could be
  // clicked before the real state arrives and then be overwritten by it.
  const [s, setS] = useState<Settings | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const site = siteOf(host);
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((got) => setS(readSettings(got[SETTINGS_KEY])));
  }, []);
  const save = (next: Settings) => {
    setS(next);
    void browser.storage.local.set({ [SETTINGS_KEY]: next });
  };
  if (!s) return null;
  const builtIn = isBuiltInHost(site);
  // A user site covers its subdomains, as a built-in one does: switching off removes that entry.
  const userEntry = s.userSites.find((d) => site === d || site.endsWith(`.${d}`)) ?? null;
  const siteOn = builtIn ? !s.disabledSites.includes(site) : userEntry !== null;
  const onUserToggle = (on: boolean) => {
    // Called straight from the click: the permission prompt needs the user's gesture.
    if (on)
      void turnOnUserSite(site).then((r) => {
        if (r.settings) setS(r.settings);
        setNote(r.ok ? t('userSiteOnReload') : r.reason === 'refused' ? t('userSiteRefused') : t('userSiteFailed', { why: r.error ?? '' }));
        if (!r.ok && !r.settings) setS({ ...s });
      });
    else
      void turnOffUserSite(userEntry ?? site).then((next) => {
        setS(next);
        setNote(t('userSiteOff', { site: userEntry ?? site }));
      });
  };
  return (
    <div class="site-controls">
      <label>
        <input
          type="checkbox"
          data-testid="site-toggle"
          checked={siteOn}
          onChange={(e) => (builtIn ? save(withSite(s, site, e.currentTarget.checked)) : onUserToggle(e.currentTarget.checked))}
        />{' '}
        {t('onFor', { site: builtIn ? site : (userEntry ?? site) })}
      </label>
      {!builtIn && !siteOn && !note && <p class="muted" data-testid="user-site-offer">{t('userSiteOffer')}</p>}
      {note && (
        <p class="muted" role="status" data-testid="site-note">
          {note}
        </p>
      )}
      <label>
        <input type="checkbox" data-testid="pause-toggle" checked={s.paused} onChange={(e) => save({ ...s, paused: e.currentTarget.checked })} /> {t('pause')}
      </label>
    </div>
  );
}
