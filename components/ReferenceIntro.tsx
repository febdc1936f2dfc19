import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { REFERENCE_INTRO_KEY, referenceSpan } from '@/lib/kb/prior-records';
import { useKb, useT } from './i18n';

export type ReferenceIntroProps = { onDismissed: () => void };

/**
 * The first time the history is opened, a word on what is already in it: the reference timeline
 * shipped with the extension (how many contacts, which years, from the shipped events), how they
 * are marked and how to leave them out. Shown until dismissed; drawn only once storage has said it
 * was not, so it never flashes up for a reader who dismissed it.
 */
export function ReferenceIntro({ onDismissed }: ReferenceIntroProps) {
  const { t } = useT();
  const kb = useKb();
  const span = useMemo(() => referenceSpan(kb.events, kb.byId), [kb]);
  const [show, setShow] = useState(false);
  useEffect(() => {
    void browser.storage.local.get(REFERENCE_INTRO_KEY).then((got) => setShow(!got[REFERENCE_INTRO_KEY]), () => undefined);
  }, []);
  if (!show || !span) return null;
  const dismiss = () => {
    setShow(false);
    void browser.storage.local.set({ [REFERENCE_INTRO_KEY]: true }).catch(() => undefined);
    onDismissed();
  };
  return (
    <p class="notice" data-testid="reference-intro">
      {t('referenceIntro', span)} <button onClick={dismiss}>{t('referenceIntroDismiss')}</button>
    </p>
  );
}
