import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translate, type MessageKey, type UiLang } from '@/lib/ui/i18n';

/** The interface language the popup's views render in. */
export const LangContext = createContext<UiLang>('en');

/** The message function for the current interface language, and the language itself. */
export function useT(): { t: (key: MessageKey, vars?: Record<string, string | number>) => string; lang: UiLang } {
  const lang = useContext(LangContext);
  return { t: (key, vars) => translate(lang, key, vars), lang };
}
