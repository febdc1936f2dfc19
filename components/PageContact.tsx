import { useEffect, useRef, useState } from 'preact/hooks';
import type { FoundContact } from '@/lib/analyze';
import { updateContact, upsertRecords, type HistoryDB } from '@/lib/history/db';
import { recordFromContact } from '@/lib/history/merge';
import { recordForPageContact } from '@/lib/history/page-records';
import { rejectedFor, rejectionKey } from '@/lib/history/rejections';
import type { ContactRecord, PageSummary } from '@/lib/history/types';
import { loadRejections, rejectContact, unrejectContact } from '@/lib/ext/rejections-store';
import { ContactEditForm } from './ContactEditForm';
import { ContactItem } from './ContactItem';
import { Disagreements } from './Disagreements';
import { useKb, useT } from './i18n';

export type PageContactProps = { db: HistoryDB; page: PageSummary; contact: FoundContact };

/**
 * A contact of the page in front, with confirm, correct and reject acting on its stored record
 * in place. Rejecting says the extractor was wrong on this article: its report is taken off the
 * record (a contact no other article reports goes away) and is not stored again when the
 * article is read again; undo brings both back.
 */
export function PageContact({ db, page, contact: c }: PageContactProps) {
  const url = page.url;
  const { t } = useT();
  const { byId } = useKb();
  const key = rejectionKey(c);
  const [rec, setRec] = useState<ContactRecord | undefined | null>(null);
  const [rejected, setRejected] = useState<{ before: ContactRecord | undefined } | null>(null);
  const [editing, setEditing] = useState(false);
  // Focus goes back to Edit after Save or Cancel, and to Undo after Reject.
  const editButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (rejected) undoButton.current?.focus();
  }, [!!rejected]);
  useEffect(() => {
    void recordForPageContact(db, url, c).then(setRec);
    void loadRejections().then((list) => {
      if (rejectedFor(list, url).has(key)) setRejected({ before: undefined });
    });
  }, [url, c.evidence.start]);
  const patch = async (p: Parameters<typeof updateContact>[2]) => {
    if (!rec?.id) return;
    await updateContact(db, rec.id, p);
    setRec(await db.contacts.get(rec.id));
  };
  const reject = async () => {
    await rejectContact(url, key);
    if (rec?.id) {
      const rest = rec.sources.filter((s) => s.url !== url);
      if (rest.length) await db.contacts.update(rec.id, { sources: rest });
      else await db.contacts.delete(rec.id);
    }
    setRejected({ before: rec ?? undefined });
  };
  const undo = async () => {
    await unrejectContact(url, key);
    if (rejected?.before) await db.contacts.put(rejected.before);
    // Rejected in an earlier visit: the page's own reading is stored as the extension would have.
    else await upsertRecords(db, [recordFromContact(c, { url, title: page.title, site: page.site, lang: page.lang, published: page.published, seen: new Date().toISOString() })]);
    setRec(rejected?.before ?? (await recordForPageContact(db, url, c)));
    setRejected(null);
  };
  if (rejected)
    return (
      <li class="contact rejected" data-testid="rejected">
        {t('rejected')} <button ref={undoButton} onClick={() => void undo()}>{t('undo')}</button>
      </li>
    );
  return (
    // The stored record's facts (a person's correction among them) over what this page's text says.
    <ContactItem {...c} {...(rec && { type: rec.type, status: rec.status, date: rec.date, endDate: rec.endDate, datePrecision: rec.datePrecision, dateBasis: rec.dateBasis, place: rec.place })} quote={c.evidence.exact} quoteLang={page.lang} byId={byId}>
      <div class="row-actions">
        {rec && (rec.confirmed ? <span class="tag">{t('confirmed')}</span> : <button onClick={() => void patch({ confirmed: true })}>{t('confirm')}</button>)}
        {rec?.edited && <span class="tag">{t('edited')}</span>}
        {rec && <button ref={editButton} onClick={() => setEditing(!editing)} aria-expanded={editing}>{t('edit')}</button>}
        <button onClick={() => void reject()}>{t('reject')}</button>
      </div>
      {rec && editing && (
        <ContactEditForm
          record={rec}
          onSave={(p) => void patch(p).then(() => (setEditing(false), editButton.current?.focus()))}
          onCancel={() => (setEditing(false), editButton.current?.focus())}
        />
      )}
      {rec && <Disagreements record={rec} />}
    </ContactItem>
  );
}
