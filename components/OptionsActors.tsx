import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addCustomActor, setActorDisabled, syncBundledActors } from '@/lib/history/actors-store';
import { countriesOf, filterActors, type ActorFilter } from '@/lib/history/actor-browse';
import { deleteCustomActor, type CustomActorInput } from '@/lib/history/custom-actor';
import type { HistoryDB } from '@/lib/history/db';
import type { ActorRecord } from '@/lib/history/types';
import type { Message } from '@/lib/messages';
import { useLiveQuery } from '@/lib/ui/use-live-query';
import { OptionsActorForm } from './OptionsActorForm';
import { OptionsActorRow } from './OptionsActorRow';

export type OptionsActorsProps = { db: HistoryDB };

/** The background compiles the knowledge base once per change; tell it there was one. */
const kbChanged = () => browser.runtime.sendMessage({ type: 'kb-changed' } satisfies Message).catch(() => undefined);

/** The actors Kontakty recognises: browse, switch off and on, add your own, delete those. */
export function OptionsActors({ db }: OptionsActorsProps) {
  const actors = useLiveQuery(() => db.actors.toArray(), [db], null as ActorRecord[] | null);
  const [filter, setFilter] = useState<ActorFilter>({});
  const [notice, setNotice] = useState<string | null>(null);
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
    setNotice(`${a.name.en} is ${on ? 'on' : 'off'}. Pages opened from now on follow.`);
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
    setNotice(`Added ${rec.name.en}. Pages opened from now on find the name.`);
  };

  return (
    <section id="kb" aria-labelledby="kb-title" data-testid="actors-section">
      <h2 id="kb-title">Knowledge base</h2>
      <p class="muted">The people and institutions Kontakty recognises. Switch one off to stop highlighting it and extracting its contacts; add the ones it does not know.</p>
      <OptionsActorForm existing={actors ?? []} onAdd={onAdd} />
      <div class="filters" role="search" aria-label="Find actors">
        <label class="grow">
          <span class="label">Search names (English, Ukrainian, Russian)</span>
          <input type="search" value={filter.q ?? ''} onInput={set('q')} placeholder="Lavrov, Лавров, МЗС…" />
        </label>
        <label>
          <span class="label">Kind</span>
          <select value={filter.kind ?? ''} onChange={set('kind')}>
            <option value="">Any kind</option>
            <option value="person">Person</option>
            <option value="institution">Institution</option>
            <option value="media">Media</option>
          </select>
        </label>
        <label>
          <span class="label">Country</span>
          <select value={filter.country ?? ''} onChange={set('country')}>
            <option value="">Any country</option>
            {countries.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>
          <span class="label">Show</span>
          <select value={filter.state ?? ''} onChange={set('state')}>
            <option value="">All</option>
            <option value="on">Switched on</option>
            <option value="off">Switched off</option>
            <option value="custom">Added by you</option>
          </select>
        </label>
      </div>
      <div aria-live="polite">
        {notice && <p class="notice" data-testid="actors-notice">{notice}</p>}
        {deleted && (
          <p class="notice" data-testid="actors-notice">
            Deleted {deleted.name.en}. <button type="button" onClick={() => void onUndo()}>Undo</button>
          </p>
        )}
      </div>
      {actors === null ? (
        <p class="muted">Loading…</p>
      ) : (
        <>
          <p class="muted" data-testid="actors-count">
            {shown.length} of {actors.length} actors
          </p>
          <ul class="actors" aria-label="Actors">
            {shown.map((a) => (
              <OptionsActorRow key={a.id} actor={a} onToggle={(on) => void onToggle(a, on)} onDelete={() => void onDelete(a)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
