import type { ContactRecord } from '@/lib/history/types';
import { ContactItem } from './ContactItem';
import { ContactSources } from './ContactSources';
import { Disagreements } from './Disagreements';
import { useKb, useT } from './i18n';

export type ContactDetailsProps = { record: ContactRecord };

/**
 * A stored contact to read rather than correct (the history tab's details and a link's
 * contacts): who, what, when and where, the sentence, the sources that disagree, and every
 * source open. Corrections stay in the popup's rows (HistoryRow).
 */
export function ContactDetails({ record: r }: ContactDetailsProps) {
  const { lang } = useT();
  const { byId, events } = useKb();
  // A reference-timeline record quotes no article: its event's title, in the reader's language.
  const event = r.prior ? events.find((e) => e.id === r.prior) : undefined;
  return (
    <ContactItem {...r} quote={event ? event.title[lang] : (r.sources[0]?.evidence.exact ?? '')} quoteLang={event ? null : r.sources[0]?.lang} byId={byId}>
      <Disagreements record={r} />
      <ContactSources record={r} open />
    </ContactItem>
  );
}
