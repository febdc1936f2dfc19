import { render } from 'preact';
import { LangContext } from '@/components/i18n';
import { OptionsApp, useUiLang } from '@/components/OptionsApp';

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
