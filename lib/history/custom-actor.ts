import type { Actor, LangNames, Role } from '../kb/types';
import type { Result } from './exchange';
import type { HistoryDB } from './db';
import type { ActorRecord } from './types';

/** What addCustomActor takes; roles only from a proposal the popup made from an article (lib/kb/propose.ts). */
export type CustomActorInput = Omit<Actor, 'id' | 'roles' | 'sources'> & { source?: string; roles?: Role[] };

/** The options page's "add an actor" form, as typed: comma-separated lists stay strings here. */
export type CustomActorForm = {
  kind: 'person' | 'institution';
  country: string;
  nameEn: string;
  nameUk: string;
  nameRu: string;
  gender: 'm' | 'f';
  /** Persons: surname spellings; institutions: every surface form (case forms included). */
  variantsEn: string;
  variantsUk: string;
  variantsRu: string;
  source: string;
};

export const EMPTY_CUSTOM_ACTOR: CustomActorForm = {
  kind: 'person', country: '', nameEn: '', nameUk: '', nameRu: '', gender: 'm', variantsEn: '', variantsUk: '', variantsRu: '', source: '',
};

const LANGS = ['en', 'uk', 'ru'] as const;
const clean = (s: string) => s.trim().replace(/\s+/g, ' ');
const list = (s: string) => [...new Set(s.split(/[,;\n]/).map(clean).filter(Boolean))];
const words = (s: string) => clean(s).split(' ').filter(Boolean);

/**
 * Turns the form into an actor, or says what is missing. A person's full name gives the first
 * name (and, in three-word Ukrainian and Russian names, the patronymic), so "Александром
 * Лукашенко" is found: a first name the matcher does not know as this person's would make it
 * read as somebody else with the same surname. With no surname typed, the name's last word is
 * the surname. An institution's full names are forms too. Without any Ukrainian or Russian form
 * the actor would never be found in the texts this extension reads, so that is an error.
 */
export function customActorInput(f: CustomActorForm, existing: Pick<Actor, 'name'>[] = []): Result<CustomActorInput> {
  const name = { en: clean(f.nameEn), uk: clean(f.nameUk), ru: clean(f.nameRu) };
  if (!name.en) return { ok: false, error: 'Give the English name.' };
  if (!/[a-z]/i.test(name.en)) return { ok: false, error: 'The English name must be written in Latin letters.' };
  const taken = existing.find((a) => a.name.en.toLowerCase() === name.en.toLowerCase());
  if (taken) return { ok: false, error: `${taken.name.en} is already in the knowledge base.` };
  const country = clean(f.country).toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(country)) return { ok: false, error: 'Give the country as a two-letter code (US, RU, UA…).' };
  let source: string | undefined;
  if (clean(f.source)) {
    try {
      const u = new URL(clean(f.source));
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
      source = u.href;
    } catch {
      return { ok: false, error: 'The source must be a web address (https://…).' };
    }
  }
  const typed = { en: list(f.variantsEn), uk: list(f.variantsUk), ru: list(f.variantsRu) };
  const display = { en: name.en, uk: name.uk || name.ru || name.en, ru: name.ru || name.uk || name.en };
  const base = { country, wikidata: null, name: display, ...(source ? { source } : {}) };

  if (f.kind === 'institution') {
    const forms: LangNames = {};
    for (const l of LANGS) {
      const all = [...new Set([...(name[l] ? [name[l]] : []), ...typed[l]])];
      if (all.length) forms[l] = all;
    }
    if (!forms.uk?.length && !forms.ru?.length) return { ok: false, error: 'Give the Ukrainian or Russian name or forms: the extension reads Ukrainian and Russian texts.' };
    return { ok: true, value: { ...base, kind: 'institution', forms } };
  }

  const given: LangNames = {};
  const patronymic: LangNames = {};
  const surname: LangNames = {};
  for (const l of LANGS) {
    const w = words(name[l]);
    if (w.length >= 2) given[l] = [w[0]!];
    if (w.length >= 3 && l !== 'en') patronymic[l] = [w[1]!];
    const s = typed[l].length ? typed[l] : w.length >= 2 ? [w[w.length - 1]!] : [];
    if (s.length) surname[l] = s;
  }
  if (!surname.uk?.length && !surname.ru?.length) return { ok: false, error: 'Give the Ukrainian or Russian surname: the extension reads Ukrainian and Russian texts.' };
  const nonEmpty = (n: LangNames) => (Object.keys(n).length ? n : undefined);
  const value: CustomActorInput = { ...base, kind: 'person', gender: f.gender, surname };
  const g = nonEmpty(given);
  const p = nonEmpty(patronymic);
  if (g) value.given = g;
  if (p) value.patronymic = p;
  return { ok: true, value };
}

/** Deletes an actor the user added and returns it for an undo; shipped actors are only switched off. */
export async function deleteCustomActor(db: HistoryDB, id: string): Promise<ActorRecord | undefined> {
  return db.transaction('rw', db.actors, async () => {
    const rec = await db.actors.get(id);
    if (rec?.origin !== 'custom') return undefined;
    await db.actors.delete(id);
    return rec;
  });
}
