import { render } from 'preact';
import { HistoryTabApp } from '@/components/HistoryTabApp';
import { useUiLang } from '@/components/use-ui-lang';

/** Drawn once the interface language is known (the popup's choice), then following it. */
function Root() {
  const [lang, choose] = useUiLang();
  return lang ? <HistoryTabApp lang={lang} onLang={choose} /> : null;
}

render(<Root />, document.getElementById('app')!);
