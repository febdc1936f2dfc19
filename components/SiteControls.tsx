import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from './i18n';
import { readSettings, SETTINGS_KEY, siteOf, withSite, type Settings } from '@/lib/settings';

export type SiteControlsProps = { host: string };

/** On/off for the page's site, and a pause for everywhere; the page follows at once. */
export function SiteControls({ host }: SiteControlsProps) {
  const { t } = useT();
  // Nothing is shown until the stored choice is known: a box drawn from defaults could be
  // clicked before the real state arrives and then be overwritten by it.
  const [s, setS] = useState<Settings | null>(null);
  const site = siteOf(host);
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((got) => setS(readSettings(got[SETTINGS_KEY])));
  }, []);
  const save = (next: Settings) => {
    setS(next);
    void browser.storage.local.set({ [SETTINGS_KEY]: next });
  };
  if (!s) return null;
  const siteOn = !s.disabledSites.includes(site);
  return (
    <div class="site-controls">
      <label>
        <input type="checkbox" data-testid="site-toggle" checked={siteOn} onChange={(e) => save(withSite(s, site, e.currentTarget.checked))} /> {t('onFor', { site })}
      </label>
      <label>
        <input type="checkbox" data-testid="pause-toggle" checked={s.paused} onChange={(e) => save({ ...s, paused: e.currentTarget.checked })} /> {t('pause')}
      </label>
    </div>
  );
}
