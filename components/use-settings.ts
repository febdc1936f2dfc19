import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { updateSettings } from '@/lib/ext/user-site-actions';
import { readSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';

/**
 * The stored settings, followed while the page is open (the popup and the options page write
 * the same ones), and a way to change them that reads just before writing. Null until read, so
 * nothing is drawn from defaults that could be clicked and then overwritten by the real state.
 * The third item takes settings someone else just wrote.
 */
export function useSettings(): [Settings | null, (change: (s: Settings) => Settings) => void, (s: Settings) => void] {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((got) => setS(readSettings(got[SETTINGS_KEY])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) setS(readSettings(changes[SETTINGS_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return [s, (change) => void updateSettings(change).then(setS), setS];
}
