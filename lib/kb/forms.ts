import type { Actor } from './types';
import { nameForms, type NameLang } from './inflect';

/** Every form of every name part of one person, per language, as shipped in forms.json. */
export type PersonForms = Partial<Record<NameLang, { surname?: string[]; given?: string[]; patronymic?: string[] }>>;
export type FormsTable = Record<string, PersonForms>;

export type Decliner = (a: Actor, lang: NameLang) => Promise<{ surname: string[]; given: string[]; patronymic: string[] }>;

const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];

/**
 * The forms of a person's names: what the grammar libraries give (shevchenko for Ukrainian,
 * petrovich for Russian, run at build time) joined with the project's own rules, which also
 * know the spelling variants news uses. Where the KB marks a surname indeclinable, one form.
 */
export async function personForms(a: Actor, decline: Decliner | null): Promise<PersonForms> {
  const out: PersonForms = {};
  for (const lang of ['uk', 'ru'] as const) {
    const g = a.gender ?? 'm';
    const indecl = a.indeclinable?.[lang] ?? false;
    // A foreign surname that only sounds Russian ("Остин", "Остін": Austin) declines as a noun
    // in the instrumental, "Остином", "Остіном", and news writes it so beside "Остиным".
    const foreign = a.country !== 'RU' && a.country !== 'UA' && g === 'm' && !indecl;
    const nounLike = (w: string) => (foreign && /(ов|ев|єв|ин|ын|ін|їн)$/.test(w) ? [w + 'ом'] : []);
    const ours = {
      surname: (a.surname?.[lang] ?? []).flatMap((w) => [...nameForms(w, lang, g, indecl), ...nounLike(w)]),
      given: (a.given?.[lang] ?? []).flatMap((w) => nameForms(w, lang, g)),
      patronymic: (a.patronymic?.[lang] ?? []).flatMap((w) => nameForms(w, lang, g)),
    };
    const lib = decline ? await decline(a, lang) : { surname: [], given: [], patronymic: [] };
    const entry = {
      surname: uniq([...ours.surname, ...(indecl ? [] : lib.surname)]),
      given: uniq([...ours.given, ...lib.given]),
      patronymic: uniq([...ours.patronymic, ...lib.patronymic]),
    };
    if (entry.surname.length || entry.given.length) out[lang] = entry;
  }
  return out;
}
