import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { addCustomActor } from '@/lib/history/actors-store';
import { customActorInput } from '@/lib/history/custom-actor';
import type { HistoryDB } from '@/lib/history/db';
import { proposalForm, proposalKey, proposalRole } from '@/lib/history/proposal-actor';
import type { PageSummary } from '@/lib/history/types';
import type { Proposal } from '@/lib/kb/propose';
import { announceKbChanged } from '@/lib/ext/kb-changed';
import { dismissProposal } from '@/lib/ext/proposals-store';
import { actorErrorText } from './OptionsActorForm';
import { useT } from './i18n';

export type PageProposalsProps = { db: HistoryDB; page: PageSummary };

type T = ReturnType<typeof useT>['t'];
/** Kept as a function of the messages, so a notice follows a change of language. */
type Notice = (t: T) => JSX.Element | string;

/** A message with the person's name set in as the article's own words (its language marked). */
const withName = (text: string, p: Proposal) => {
  const [before, after] = text.split('{name}');
  return <>{before}<span lang={p.lang}>{p.name}</span>{after}</>;
};

/**
 * People the article names by a US or Russian office whom the knowledge base lacks: one click adds
 * one as the reader's own actor (the options page's checks and store), after which the background
 * compiles the names anew and open pages are read again; a dismissal is remembered for every page.
 */
export function PageProposals({ db, page }: PageProposalsProps) {
  const { t } = useT();
  const [shown, setShown] = useState<Proposal[]>(page.proposals ?? []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  if (!shown.length && !notice) return null;
  const drop = (p: Proposal) => setShown((list) => list.filter((x) => x !== p));

  const add = async (p: Proposal) => {
    setBusy(true);
    try {
      const got = customActorInput(proposalForm(p, page.url), await db.actors.toArray());
      if (!got.ok) return setNotice(() => (t: T) => actorErrorText(got.error, t));
      await addCustomActor(db, { ...got.value, roles: [proposalRole(p, page.url, page.published)] });
      await announceKbChanged();
      drop(p);
      setNotice(() => (t: T) => withName(t('proposalAdded'), p));
    } catch (err) {
      setNotice(() => (t: T) => t('optAddFailed', { error: String(err) }));
    } finally {
      setBusy(false);
    }
  };
  const dismiss = async (p: Proposal) => {
    await dismissProposal(proposalKey(p));
    drop(p);
    setNotice(() => (t: T) => withName(t('proposalDismissed'), p));
  };

  return (
    <section class="proposals" aria-labelledby="proposals-title" data-testid="proposals">
      <h2 id="proposals-title">{t('proposalsTitle')}</h2>
      {shown.length > 0 && <p class="muted">{t('proposalsIntro')}</p>}
      <ul class="proposal-list">
        {shown.map((p, i) => (
          <li key={proposalKey(p)} class="proposal" data-testid="proposal">
            <span class="name" id={`proposal-${i}`} lang={p.lang}>{p.name}</span>{' '}
            <span class="muted">({p.side === 'US' ? t('legendUs') : t('legendRu')})</span>
            <span class="role" lang={p.lang}>{p.role.text}</span>
            <span class="actions">
              <button disabled={busy} aria-describedby={`proposal-${i}`} onClick={() => void add(p)}>{t('proposalAdd')}</button>{' '}
              <button disabled={busy} aria-describedby={`proposal-${i}`} onClick={() => void dismiss(p)}>{t('proposalDismiss')}</button>
            </span>
          </li>
        ))}
      </ul>
      {notice && <p class="notice" role="status" data-testid="proposal-notice">{notice(t)}</p>}
    </section>
  );
}
