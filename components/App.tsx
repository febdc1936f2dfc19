import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickUiLang, translate, UI_LANG_KEY, type MessageKey, type UiLang } from '@/lib/ui/i18n';
import { LangContext } from './i18n';
import { HistoryDB } from '@/lib/history/db';
import { HistoryPanel } from './HistoryPanel';
import { PagePanel } from './PagePanel';

const db = new HistoryDB();

/** The popup: what this page holds, and the history of every contact seen. */
export function App() {
  const [tab, setTab] = useState<'page' | 'history'>('page');
  const [lang, setLang] = useState<UiLang>(pickUiLang(navigator.language));
  useEffect(() => {
    void browser.storage.local.get(UI_LANG_KEY).then((got) => {
      const saved = got[UI_LANG_KEY];
      if (saved === 'en' || saved === 'uk' || saved === 'ru') setLang(saved);
    });
  }, []);
  const choose = (l: UiLang) => {
    setLang(l);
    void browser.storage.local.set({ [UI_LANG_KEY]: l });
  };
  const t = (k: MessageKey) => translate(lang, k);
  return (
    <LangContext.Provider value={lang}>
    <main class="app" lang={lang}>
      <header class="bar">
        <strong class="brand">Kontakty</strong>
        <nav class="tabs" role="tablist" aria-label="Views">
          <button role="tab" aria-selected={tab === 'page'} class={tab === 'page' ? 'on' : ''} onClick={() => setTab('page')}>
            {t('thisPage')}
          </button>
          <button role="tab" aria-selected={tab === 'history'} class={tab === 'history' ? 'on' : ''} onClick={() => setTab('history')}>
            {t('history')}
          </button>
        </nav>
        <select class="lang" aria-label={t('language')} value={lang} onChange={(e) => choose(e.currentTarget.value as UiLang)}>
          <option value="uk">UK</option>
          <option value="ru">RU</option>
          <option value="en">EN</option>
        </select>
      </header>
      {tab === 'page' ? <PagePanel /> : <HistoryPanel db={db} />}
    </main>
    </LangContext.Provider>
  );
}
