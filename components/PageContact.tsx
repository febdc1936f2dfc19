import { useEffect, useState } from 'preact/hooks';
import type { FoundContact } from '@/lib/analyze';
import type { HistoryDB } from '@/lib/history/db';
import { recordForPageContact } from '@/lib/history/page-records';
import type { ContactRecord } from '@/lib/history/types';
import { ContactItem } from './ContactItem';
import { useKb, useT } from './i18n';

export type PageContactProps = { db: HistoryDB; url: string; contact: FoundContact };

/** A contact of the page in front, with confirm and reject acting on its stored record in place. */
export function PageContact({ db, url, contact: c }: PageContactProps) {
  const { t } = useT();
  const { byId } = useKb();
  const [rec, setRec] = useState<ContactRecord | undefined | null>(null);
  const [rejected, setRejected] = useState<ContactRecord | null>(null);
  useEffect(() => {
    void recordForPageContact(db, url, c).then(setRec);
  }, [url, c.evidence.start]);
  const confirm = async () => {
    if (!rec?.id) return;
    await db.contacts.update(rec.id, { confirmed: true });
    setRec({ ...rec, confirmed: true });
  };
  // Rejecting removes this article's report of it; a contact no other article reports goes away.
  const reject = async () => {
    if (!rec?.id) return;
    const rest = rec.sources.filter((s) => s.url !== url);
    if (rest.length) await db.contacts.update(rec.id, { sources: rest });
    else await db.contacts.delete(rec.id);
    setRejected(rec);
  };
  const undo = async () => {
    if (rejected) await db.contacts.put(rejected);
    setRejected(null);
  };
  if (rejected)
    return (
      <li class="contact rejected">
        {t('deleted')} <button onClick={() => void undo()}>{t('undo')}</button>
      </li>
    );
  return (
    <ContactItem {...c} quote={c.evidence.exact} byId={byId}>
      {rec && (
        <div class="row-actions">
          {rec.confirmed ? <span class="tag">{t('confirmed')}</span> : <button onClick={() => void confirm()}>{t('confirm')}</button>}
          <button onClick={() => void reject()}>{t('delete')}</button>
        </div>
      )}
    </ContactItem>
  );
}
