import type { UiLang } from '@/lib/ui/i18n';
import { useT } from './i18n';

export type LangPickerProps = { lang: UiLang; onLang: (l: UiLang) => void };

/** The interface language picker of the popup and the history tab. */
export function LangPicker({ lang, onLang }: LangPickerProps) {
  const { t } = useT();
  return (
    <select class="lang" aria-label={t('language')} value={lang} onChange={(e) => onLang(e.currentTarget.value as UiLang)}>
      {/* Each language in its own name, as a reader of it looks for it. */}
      <option value="uk" lang="uk">Українська</option>
      <option value="ru" lang="ru">Русский</option>
      <option value="en" lang="en">English</option>
    </select>
  );
}
