import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickUiLang, translate, UI_LANG_KEY, type MessageKey, type UiLang } from '@/lib/ui/i18n';
import { KbContext, LangContext } from './i18n';
import { HistoryDB } from '@/lib/history/db';
import { HistoryPanel } from './HistoryPanel';
import { PagePanel } from './PagePanel';
import { Tabs } from './Tabs';
import { LangPicker } from './LangPicker';
import { useHistoryKb, useTints } from './use-history-kb';

const db = new HistoryDB();
const TABS = ['page', 'history'] as const;
type TabId = (typeof TABS)[number];

/** The popup: what this page holds, and the history of every contact seen. */
export function App() {
  const [tab, setTab] = useState<TabId>('page');
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
  // The whole document in the reader's language (screen readers pick their voice by it), as the options page does.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const kb = useHistoryKb(db);
  const tints = useTints();
  return (
    <KbContext.Provider value={kb}>
    <LangContext.Provider value={lang}>
    <main class="app" lang={lang} style={tints}>
      <header class="bar">
        <strong class="brand">Kontakty</strong>
        <Tabs tabs={TABS.map((id) => ({ id, label: t(id === 'page' ? 'thisPage' : 'history') }))} selected={tab} onSelect={setTab} label={t('tabsLabel')} />
        <button class="gear" title={t('settings')} aria-label={t('settings')} onClick={() => void browser.runtime.openOptionsPage()}>
          ⚙
        </button>
        <LangPicker lang={lang} onLang={choose} />
      </header>
      {TABS.map((id) => (
        // The panel of the tab not shown stays empty: the history is read only when it is opened.
        <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
          {tab === id && (id === 'page' ? <PagePanel db={db} /> : <HistoryPanel db={db} />)}
        </div>
      ))}
    </main>
    </LangContext.Provider>
    </KbContext.Provider>
  );
}
