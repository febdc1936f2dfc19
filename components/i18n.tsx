import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translate, type MessageKey, type UiLang } from '@/lib/ui/i18n';
import { bundledKb, type KnowledgeBase } from '@/lib/kb/index';

/** The knowledge base the views name actors from (the database's, with a person's own actors). */
export const KbContext = createContext<KnowledgeBase>(bundledKb());

export function useKb(): KnowledgeBase {
  return useContext(KbContext);
}

/** The interface language the popup's views render in. */
export const LangContext = createContext<UiLang>('en');

/** The message function for the current interface language, and the language itself. */
export function useT(): { t: (key: MessageKey, vars?: Record<string, string | number>) => string; lang: UiLang } {
  const lang = useContext(LangContext);
  return { t: (key, vars) => translate(lang, key, vars), lang };
}
