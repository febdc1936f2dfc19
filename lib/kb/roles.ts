import type { Actor, Role } from './types';

/** A date range bound (YYYY, YYYY-MM or YYYY-MM-DD) widened to whole days. */
const lo = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const hi = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/**
 * The roles an actor held on a day (most recent start first): a card on a 2021 article says
 * "National Security Advisor" for Sullivan, one on a 2025 article says "former".
 */
export function rolesAt(actor: Actor, day: string): Role[] {
  return actor.roles
    .filter((r) => (!r.from || lo(r.from) <= day) && (!r.to || hi(r.to) >= day))
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
}

/** The role title in the article's language, or the most recent past role marked as former. */
export function roleLabel(actor: Actor, day: string | null, lang: 'uk' | 'ru' | 'en'): string | null {
  const title = (r: Role) => (lang === 'en' ? r.title.en : (r.title[lang] ?? r.title.en));
  const when = day ?? new Date().toISOString().slice(0, 10);
  const now = rolesAt(actor, when);
  if (now.length) return now.map(title).join('; ');
  const past = actor.roles.filter((r) => r.to && hi(r.to) < when).sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''))[0];
  if (!past) return null;
  const former = lang === 'uk' ? 'колишній' : lang === 'ru' ? 'бывший' : 'former';
  return `${former} ${title(past)}`;
}
