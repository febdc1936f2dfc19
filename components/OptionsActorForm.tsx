import { useState } from 'preact/hooks';
import { customActorInput, EMPTY_CUSTOM_ACTOR, type CustomActorForm, type CustomActorInput } from '@/lib/history/custom-actor';
import type { ActorRecord } from '@/lib/history/types';

export type OptionsActorFormProps = { existing: ActorRecord[]; onAdd: (a: CustomActorInput) => Promise<void> };

const LANG_LABEL = { en: 'English', uk: 'Ukrainian', ru: 'Russian' } as const;
const COUNTRIES = ['US', 'RU', 'UA', 'BY', 'GB', 'DE', 'FR', 'TR', 'SA', 'AE', 'CN', 'HU', 'INT'];

/** Adds a person or an institution the shipped knowledge base lacks. */
export function OptionsActorForm({ existing, onAdd }: OptionsActorFormProps) {
  const [f, setF] = useState<CustomActorForm>(EMPTY_CUSTOM_ACTOR);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const person = f.kind === 'person';
  const field = (k: keyof CustomActorForm) => ({
    value: f[k],
    onInput: (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value }),
  });

  const submit = async (e: Event) => {
    e.preventDefault();
    const got = customActorInput(f, existing);
    if (!got.ok) return setError(got.error);
    setError(null);
    setBusy(true);
    try {
      await onAdd(got.value);
      setF({ ...EMPTY_CUSTOM_ACTOR, kind: f.kind, country: f.country });
    } catch (err) {
      setError(`Could not add it: ${String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="add-actor">
      <summary>Add an actor</summary>
      <form onSubmit={(e) => void submit(e)} data-testid="add-actor-form" noValidate>
        <fieldset class="kind">
          <legend>Kind</legend>
          <label>
            <input type="radio" name="kind" value="person" checked={person} onChange={() => setF({ ...f, kind: 'person' })} /> Person
          </label>
          <label>
            <input type="radio" name="kind" value="institution" checked={!person} onChange={() => setF({ ...f, kind: 'institution' })} /> Institution
          </label>
        </fieldset>
        <div class="grid">
          <label>
            <span class="label">Country code</span>
            <input {...field('country')} list="country-codes" placeholder="US, RU, UA…" maxLength={3} autoComplete="off" required />
            <datalist id="country-codes">{COUNTRIES.map((c) => <option key={c} value={c} />)}</datalist>
          </label>
          {person && (
            <label>
              <span class="label">Gender (for case forms)</span>
              <select value={f.gender} onChange={(e) => setF({ ...f, gender: e.currentTarget.value as 'm' | 'f' })}>
                <option value="m">Male</option>
                <option value="f">Female</option>
              </select>
            </label>
          )}
          {(['en', 'uk', 'ru'] as const).map((l) => (
            <label key={`name-${l}`}>
              <span class="label">{LANG_LABEL[l]} name{l === 'en' ? ' (required)' : ''}</span>
              <input {...field(l === 'en' ? 'nameEn' : l === 'uk' ? 'nameUk' : 'nameRu')} lang={l} required={l === 'en'} />
            </label>
          ))}
          {(['uk', 'ru', 'en'] as const).map((l) => (
            <label key={`var-${l}`}>
              <span class="label">{LANG_LABEL[l]} {person ? 'surnames' : 'forms'}, comma-separated</span>
              <input {...field(l === 'en' ? 'variantsEn' : l === 'uk' ? 'variantsUk' : 'variantsRu')} lang={l} />
            </label>
          ))}
          <label class="wide">
            <span class="label">Source (optional web address)</span>
            <input {...field('source')} type="url" placeholder="https://…" />
          </label>
        </div>
        <p class="muted hint">
          {person
            ? 'Give each spelling of the surname in the nominative (Дарчиєв, Дарчиев); case forms are made for you. Without one, the last word of the name is used.'
            : 'Give every form the texts use, case forms included (МЗС Росії, МЗС РФ); the full names count as forms.'}
        </p>
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" class="primary" disabled={busy}>Add actor</button>
      </form>
    </details>
  );
}
