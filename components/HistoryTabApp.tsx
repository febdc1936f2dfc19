import { useEffect, useMemo } from 'preact/hooks';
import { HistoryDB } from '@/lib/history/db';
import type { UiLang } from '@/lib/ui/i18n';
import { readTabHash } from '@/lib/ui/tab-link';
import { HistoryTab } from './HistoryTab';
import { KbContext, LangContext, useT } from './i18n';
import { LangPicker } from './LangPicker';
import { useHistoryKb, useTints } from './use-history-kb';

const db = new HistoryDB();

function Page({ onLang }: { onLang: (l: UiLang) => void }) {
  const { t, lang } = useT();
  const tints = useTints();
  // What the popup showed when "Open in a tab" was pressed, from the address.
  const initial = useMemo(() => readTabHash(location.hash), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('tabTitle');
  }, [lang]);
  return (
    <main class="app tab-app" lang={lang} style={tints}>
      <header class="bar">
        <strong class="brand">Kontakty</strong>
        <h1 class="title">{t('history')}</h1>
        <LangPicker lang={lang} onLang={onLang} />
      </header>
      <HistoryTab db={db} initial={initial} />
    </main>
  );
}

export type HistoryTabAppProps = { lang: UiLang; onLang: (l: UiLang) => void };

/** The history tab's page: its language and knowledge base, as the popup has them. */
export function HistoryTabApp({ lang, onLang }: HistoryTabAppProps) {
  const kb = useHistoryKb(db);
  return (
    <KbContext.Provider value={kb}>
      <LangContext.Provider value={lang}>
        <Page onLang={onLang} />
      </LangContext.Provider>
    </KbContext.Provider>
  );
}
