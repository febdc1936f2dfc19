import type { Role } from '../kb/types';
import type { ActorRecord } from './types';

/** What the options page's knowledge-base list can be narrowed by. */
export type ActorFilter = { q?: string; kind?: string; country?: string; state?: '' | 'on' | 'off' | 'custom' };

/** Lower case, ё as е and one apostrophe, so "Федоров" finds "Фёдоров" and any apostrophe finds the others. */
const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ‘`]/g, "'");

/** Everything a search over an actor looks at: names and name parts in every language, id, roles. */
export function actorHaystack(a: ActorRecord): string {
  const parts = [a.id, a.country, a.name.en, a.name.uk, a.name.ru];
  for (const names of [a.given, a.surname, a.forms]) for (const l of ['en', 'uk', 'ru'] as const) parts.push(...(names?.[l] ?? []));
  for (const r of a.roles) parts.push(r.title.en, r.title.uk ?? '', r.title.ru ?? '');
  return fold(parts.join('\n'));
}

/** The actors that pass the filter, custom ones first, then by English name. */
export function filterActors(actors: ActorRecord[], f: ActorFilter): ActorRecord[] {
  const words = fold(f.q ?? '').split(/\s+/).filter(Boolean);
  return actors
    .filter((a) => !f.kind || a.kind === f.kind)
    .filter((a) => !f.country || a.country === f.country)
    .filter((a) => (f.state === 'on' ? !a.disabled : f.state === 'off' ? !!a.disabled : f.state === 'custom' ? a.origin === 'custom' : true))
    .filter((a) => {
      if (!words.length) return true;
      const hay = actorHaystack(a);
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => (a.origin === b.origin ? a.name.en.localeCompare(b.name.en) : a.origin === 'custom' ? -1 : 1));
}

/** The countries present, for the filter's list. */
export function countriesOf(actors: ActorRecord[]): string[] {
  return [...new Set(actors.map((a) => a.country))].sort();
}

/** "2021-01-20 – 2025-01-20", "since 2025-01-20", "until 2012", or "" when undated. */
export function roleSpan(r: Pick<Role, 'from' | 'to'>): string {
  if (r.from && r.to) return `${r.from} – ${r.to}`;
  if (r.from) return `since ${r.from}`;
  if (r.to) return `until ${r.to}`;
  return '';
}
