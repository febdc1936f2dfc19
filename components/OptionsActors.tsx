import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addCustomActor, setActorDisabled, syncBundledActors } from '@/lib/history/actors-store';
import { countriesOf, filterActors, type ActorFilter } from '@/lib/history/actor-browse';
import { deleteCustomActor, type CustomActorInput } from '@/lib/history/custom-actor';
import type { HistoryDB } from '@/lib/history/db';
import type { ActorRecord } from '@/lib/history/types';
import type { Message } from '@/lib/messages';
import type { UiLang } from '@/lib/ui/i18n';
import { useLiveQuery } from '@/lib/ui/use-live-query';
import { countryLabel } from '@/lib/ui/places';
import { OptionsActorForm } from './OptionsActorForm';
import { OptionsActorRow } from './OptionsActorRow';
import { announceKbChanged } from '@/lib/ext/kb-changed';
import { useT } from './i18n';

export type OptionsActorsProps = { db: HistoryDB };

type T = ReturnType<typeof useT>['t'];
type Notice = (t: T, lang: UiLang) => string;

/** The background compiles the knowledge base once per change; tell it there was one. */
const kbChanged = announceKbChanged;

/** The actors Kontakty recognises: browse, switch off and on, add your own, delete those. */
export function OptionsActors({ db }: OptionsActorsProps) {
  const { t, lang } = useT();
  const actors = useLiveQuery(() => db.actors.toArray(), [db], null as ActorRecord[] | null);
  const [filter, setFilter] = useState<ActorFilter>({});
  // Kept as a function of the messages, so a notice follows a change of language.
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleted, setDeleted] = useState<ActorRecord | null>(null);

  // Before the background has ever run (or after the database was wiped) the table is empty:
  // load the shipped actors, as the background would on its first article.
  useEffect(() => {
    void (async () => {
      if ((await db.actors.count()) > 0) return;
      const { bundledKb } = await import('@/lib/kb/index');
      await syncBundledActors(db, bundledKb().actors);
    })();
  }, [db]);

  const shown = useMemo(() => filterActors(actors ?? [], filter), [actors, filter]);
  const countries = useMemo(() => countriesOf(actors ?? []), [actors]);
  const set = (k: keyof ActorFilter) => (e: { currentTarget: { value: string } }) => setFilter({ ...filter, [k]: e.currentTarget.value || undefined });

  const onToggle = async (a: ActorRecord, on: boolean) => {
    await setActorDisabled(db, a.id, !on);
    await kbChanged();
    setNotice(() => (t: T, l: UiLang) => (on ? t('optActorOn', { name: a.name[l] }) : t('optActorOff', { name: a.name[l] })));
  };
  const onDelete = async (a: ActorRecord) => {
    const rec = await deleteCustomActor(db, a.id);
    if (!rec) return;
    await kbChanged();
    setDeleted(rec);
    setNotice(null);
  };
  const onUndo = async () => {
    if (deleted) {
      await db.actors.put(deleted);
      await kbChanged();
    }
    setDeleted(null);
  };
  const onAdd = async (input: CustomActorInput) => {
    const rec = await addCustomActor(db, input);
    await kbChanged();
    setNotice(() => (t: T, l: UiLang) => t('optActorAdded', { name: rec.name[l] }));
  };

  return (
    <section id="kb" aria-labelledby="kb-title" data-testid="actors-section">
      <h2 id="kb-title">{t('optKb')}</h2>
      <p class="muted">{t('optKbIntro')}</p>
      <OptionsActorForm existing={actors ?? []} onAdd={onAdd} />
      <div class="filters" role="search" aria-label={t('optFindActors')}>
        <label class="grow">
          <span class="label">{t('optSearchNames')}</span>
          <input type="search" value={filter.q ?? ''} onInput={set('q')} placeholder={t('optSearchNamesPlaceholder')} />
        </label>
        <label>
          <span class="label">{t('optKind')}</span>
          <select value={filter.kind ?? ''} onChange={set('kind')}>
            <option value="">{t('optAnyKind')}</option>
            <option value="person">{t('optKindPerson')}</option>
            <option value="institution">{t('optKindInstitution')}</option>
            <option value="media">{t('optKindMedia')}</option>
          </select>
        </label>
        <label>
          <span class="label">{t('optCountry')}</span>
          <select value={filter.country ?? ''} onChange={set('country')}>
            <option value="">{t('optAnyCountry')}</option>
            {countries.map((c) => <option key={c} value={c}>{countryLabel(c, lang)}</option>)}
          </select>
        </label>
        <label>
          <span class="label">{t('optShow')}</span>
          <select value={filter.state ?? ''} onChange={set('state')}>
            <option value="">{t('optShowAll')}</option>
            <option value="on">{t('optShowOn')}</option>
            <option value="off">{t('optShowOff')}</option>
            <option value="custom">{t('optShowCustom')}</option>
          </select>
        </label>
      </div>
      <div aria-live="polite">
        {notice && <p class="notice" data-testid="actors-notice">{notice(t, lang)}</p>}
        {deleted && (
          <p class="notice" data-testid="actors-notice">
            {t('optActorDeleted', { name: deleted.name[lang] })} <button type="button" onClick={() => void onUndo()}>{t('optUndo')}</button>
          </p>
        )}
      </div>
      {actors === null ? (
        <p class="muted">{t('optLoading')}</p>
      ) : (
        <>
          <p class="muted" data-testid="actors-count">
            {t('optActorsCount', { shown: shown.length, total: actors.length })}
          </p>
          <ul class="actors" aria-label={t('optActorsList')}>
            {shown.map((a) => (
              <OptionsActorRow key={a.id} actor={a} onToggle={(on) => void onToggle(a, on)} onDelete={() => void onDelete(a)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
