import { useState } from 'preact/hooks';
import { customActorInput, EMPTY_CUSTOM_ACTOR, type CustomActorForm, type CustomActorInput } from '@/lib/history/custom-actor';
import type { ActorRecord } from '@/lib/history/types';
import { useT } from './i18n';
import { countryLabel } from '@/lib/ui/places';

export type OptionsActorFormProps = { existing: ActorRecord[]; onAdd: (a: CustomActorInput) => Promise<void> };

type T = ReturnType<typeof useT>['t'];
type Lang = 'en' | 'uk' | 'ru';

const COUNTRIES = ['US', 'RU', 'UA', 'BY', 'GB', 'DE', 'FR', 'TR', 'SA', 'AE', 'CN', 'HU', 'INT'];

/** The label of the name field in a language, for a person or an institution. */
function nameLabel(l: Lang, person: boolean, t: T): string {
  if (person) return l === 'en' ? t('optPersonNameEn') : l === 'uk' ? t('optPersonNameUk') : t('optPersonNameRu');
  return l === 'en' ? t('optInstNameEn') : l === 'uk' ? t('optInstNameUk') : t('optInstNameRu');
}

/** The label of the surnames (a person) or forms (an institution) field in a language. */
function variantsLabel(l: Lang, person: boolean, t: T): string {
  if (person) return l === 'en' ? t('optSurnamesEn') : l === 'uk' ? t('optSurnamesUk') : t('optSurnamesRu');
  return l === 'en' ? t('optFormsEn') : l === 'uk' ? t('optFormsUk') : t('optFormsRu');
}

/**
 * customActorInput's reasons (written in English in lib/history/custom-actor.ts) in the interface
 * language; a reason not known here is shown as it is.
 */
export function actorErrorText(error: string, t: T): string {
  let m: RegExpExecArray | null;
  if (error === 'Give the English name.') return t('optErrNameEn');
  if (error === 'The English name must be written in Latin letters.') return t('optErrLatin');
  if ((m = /^(.+) is already in the knowledge base\.$/.exec(error))) return t('optErrTaken', { name: m[1]! });
  if (error === 'Give the country as a two-letter code (US, RU, UA…).') return t('optErrCountry');
  if (error === 'The source must be a web address (https://…).') return t('optErrSource');
  if (error === 'Give the Ukrainian or Russian name or forms: the extension reads Ukrainian and Russian texts.') return t('optErrInstForms');
  if (error === 'Give the Ukrainian or Russian surname: the extension reads Ukrainian and Russian texts.') return t('optErrSurname');
  return error;
}

/** Adds a person or an institution the shipped knowledge base lacks. */
export function OptionsActorForm({ existing, onAdd }: OptionsActorFormProps) {
  const { t, lang } = useT();
  const [f, setF] = useState<CustomActorForm>(EMPTY_CUSTOM_ACTOR);
  // Kept as a function of the messages, so the error follows a change of language.
  const [error, setError] = useState<((t: T) => string) | null>(null);
  const [busy, setBusy] = useState(false);
  const person = f.kind === 'person';
  const field = (k: keyof CustomActorForm) => ({
    value: f[k],
    onInput: (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value }),
  });

  const submit = async (e: Event) => {
    e.preventDefault();
    const got = customActorInput(f, existing);
    if (!got.ok) return setError(() => (t: T) => actorErrorText(got.error, t));
    setError(null);
    setBusy(true);
    try {
      await onAdd(got.value);
      setF({ ...EMPTY_CUSTOM_ACTOR, kind: f.kind, country: f.country });
    } catch (err) {
      setError(() => (t: T) => t('optAddFailed', { error: String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="add-actor">
      <summary>{t('optAddActor')}</summary>
      <form onSubmit={(e) => void submit(e)} data-testid="add-actor-form" noValidate>
        <fieldset class="kind">
          <legend>{t('optKind')}</legend>
          <label>
            <input type="radio" name="kind" value="person" checked={person} onChange={() => setF({ ...f, kind: 'person' })} /> {t('optKindPerson')}
          </label>
          <label>
            <input type="radio" name="kind" value="institution" checked={!person} onChange={() => setF({ ...f, kind: 'institution' })} /> {t('optKindInstitution')}
          </label>
        </fieldset>
        <div class="grid">
          <label>
            <span class="label">{t('optCountryCode')}</span>
            {/* The field takes the two-letter code itself (Latin in every language); the list names each country in the reader's. */}
            <input {...field('country')} list="country-codes" placeholder="US, RU, UA…" translate={false} maxLength={3} autoComplete="off" required />
            <datalist id="country-codes">{COUNTRIES.map((c) => <option key={c} value={c} label={countryLabel(c, lang)} />)}</datalist>
          </label>
          {person && (
            <label>
              <span class="label">{t('optGender')}</span>
              <select value={f.gender} onChange={(e) => setF({ ...f, gender: e.currentTarget.value as 'm' | 'f' })}>
                <option value="m">{t('optMale')}</option>
                <option value="f">{t('optFemale')}</option>
              </select>
            </label>
          )}
          {(['en', 'uk', 'ru'] as const).map((l) => (
            <label key={`name-${l}`}>
              <span class="label">{nameLabel(l, person, t)}</span>
              <input {...field(l === 'en' ? 'nameEn' : l === 'uk' ? 'nameUk' : 'nameRu')} lang={l} required={l === 'en'} />
            </label>
          ))}
          {(['uk', 'ru', 'en'] as const).map((l) => (
            <label key={`var-${l}`}>
              <span class="label">{variantsLabel(l, person, t)}</span>
              <input {...field(l === 'en' ? 'variantsEn' : l === 'uk' ? 'variantsUk' : 'variantsRu')} lang={l} />
            </label>
          ))}
          <label class="wide">
            <span class="label">{t('optSourceField')}</span>
            <input {...field('source')} type="url" placeholder="https://…" />
          </label>
        </div>
        <p class="muted hint">{person ? t('optHintPerson') : t('optHintInstitution')}</p>
        {error && <p class="error" role="alert">{error(t)}</p>}
        <button type="submit" class="primary" disabled={busy}>{t('optAddActorBtn')}</button>
      </form>
    </details>
  );
}
