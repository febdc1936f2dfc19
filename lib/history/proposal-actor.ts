import type { Proposal } from '../kb/propose';
import { toLatin } from '../kb/latin';
import type { Role } from '../kb/types';
import type { CustomActorForm } from './custom-actor';

/**
 * A proposed person as the options page's "add an actor" form would hold them, so that one click
 * in the popup goes through the same checks (customActorInput) and store (addCustomActor) as a
 * person typed in by hand: the name in the text's language, its surname as the variant to inflect,
 * an English name in Latin letters, the side as the country, the article as the source.
 */
export function proposalForm(p: Proposal, url: string): CustomActorForm {
  return {
    kind: 'person',
    country: p.side,
    nameEn: toLatin(p.name, p.lang),
    nameUk: p.lang === 'uk' ? p.name : '',
    nameRu: p.lang === 'ru' ? p.name : '',
    gender: p.gender,
    variantsEn: '',
    variantsUk: p.lang === 'uk' ? p.surname : '',
    variantsRu: p.lang === 'ru' ? p.surname : '',
    source: /^https?:/.test(url) ? url : '',
  };
}

/** The role the article gives, held from its publication day (as far as the article tells), its source the article. */
export function proposalRole(p: Proposal, url: string, published: string | null): Role {
  return { title: { en: p.role.en, [p.lang]: p.role.text }, from: published?.slice(0, 10) ?? null, to: null, source: url };
}

/** What a dismissal is remembered by: the name in its language, whichever article named it. */
export const proposalKey = (p: Pick<Proposal, 'lang' | 'name'>) => `${p.lang}:${p.name}`;

const MAX_DISMISSED = 2000;

/** The dismissed keys as stored, anything else dropped. */
export function readDismissed(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : [];
}

/** The list with one more key, the oldest dropped past a bound (storage.local is not for a lifetime of names). */
export function withDismissed(list: string[], key: string): string[] {
  return [...list.filter((k) => k !== key), key].slice(-MAX_DISMISSED);
}
