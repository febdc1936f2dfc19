import { useEffect } from 'preact/hooks';
import { HistoryDB } from '@/lib/history/db';
import type { UiLang } from '@/lib/ui/i18n';
import { useT } from './i18n';
import { OptionsActors } from './OptionsActors';
import { OptionsColors } from './OptionsColors';
import { OptionsSites } from './OptionsSites';
import { OptionsStorage } from './OptionsStorage';

const db = new HistoryDB();

export type OptionsAppProps = { onLang: (l: UiLang) => void };

/** The options page: where Kontakty runs, the actors it knows, and the stored history. */
export function OptionsApp({ onLang }: OptionsAppProps) {
  const { t, lang } = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optTitle');
  }, [lang]);
  return (
    <div class="options">
      <header class="page-head">
        <h1>{t('optTitle')}</h1>
        <nav aria-label={t('optSections')}>
          <a href="#sites">{t('optSites')}</a>
          <a href="#kb">{t('optKb')}</a>
          <a href="#colors">{t('optColors')}</a>
          <a href="#storage">{t('optStorage')}</a>
        </nav>
        <select class="lang" aria-label={t('optLanguage')} value={lang} onChange={(e) => onLang(e.currentTarget.value as UiLang)}>
          <option value="uk" lang="uk">Українська</option>
          <option value="ru" lang="ru">Русский</option>
          <option value="en" lang="en">English</option>
        </select>
      </header>
      <main>
        <OptionsSites />
        <OptionsActors db={db} />
        <OptionsColors />
        <OptionsStorage db={db} />
      </main>
    </div>
  );
}
