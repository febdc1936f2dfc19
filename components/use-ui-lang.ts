import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickUiLang, UI_LANG_KEY, type UiLang } from '@/lib/ui/i18n';

const isUiLang = (v: unknown): v is UiLang => v === 'en' || v === 'uk' || v === 'ru';

/**
 * The interface language, shared with the popup: the choice saved under UI_LANG_KEY, else the
 * browser's language. Null until the saved choice is read, so the page is not drawn in one
 * language and then redrawn in another. Follows changes made in the popup while the page is open.
 */
export function useUiLang(): [UiLang | null, (l: UiLang) => void] {
  const [lang, setLang] = useState<UiLang | null>(null);
  useEffect(() => {
    let chosen = false;
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = changes[UI_LANG_KEY]?.newValue;
      if (area === 'local' && isUiLang(next)) {
        chosen = true;
        setLang(next);
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    void browser.storage.local
      .get(UI_LANG_KEY)
      .then((got) => got[UI_LANG_KEY])
      .catch(() => undefined)
      .then((saved) => {
        // A change that arrived while reading is newer than what was read.
        if (!chosen) setLang(isUiLang(saved) ? saved : pickUiLang(navigator.language));
      });
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const choose = (l: UiLang) => {
    setLang(l);
    void browser.storage.local.set({ [UI_LANG_KEY]: l });
  };
  return [lang, choose];
}
