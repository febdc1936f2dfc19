import { render } from 'preact';
import { LangContext } from '@/components/i18n';
import { OptionsApp } from '@/components/OptionsApp';
import { useUiLang } from '@/components/use-ui-lang';

/** The page in the popup's language: drawn once the saved choice is known. */
function OptionsRoot() {
  const [lang, choose] = useUiLang();
  if (!lang) return null;
  return (
    <LangContext.Provider value={lang}>
      <OptionsApp onLang={choose} />
    </LangContext.Provider>
  );
}

render(<OptionsRoot />, document.getElementById('app')!);
