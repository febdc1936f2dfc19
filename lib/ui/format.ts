import type { Participant } from '../contacts/types';
import type { ContactRecord } from '../history/types';
import type { Actor } from '../kb/types';
import { translate, type MessageKey, type UiLang } from './i18n';

export const CONTACT_TYPES = ['meeting', 'phone_call', 'video_call', 'negotiations', 'consultations', 'visit', 'backchannel', 'other'] as const;
export const STATUSES = ['happened', 'planned', 'denied', 'unclear'] as const;

/** "Jake Sullivan · Yuri Ushakov" (in the interface's language) — named people first, unnamed sides after. */
export function partiesLabel(parties: Participant[], byId: Map<string, Actor>, lang: UiLang = 'en'): string {
  const names = parties.filter((p) => p.actorId).map((p) => byId.get(p.actorId!)?.name[lang] ?? p.actorId!);
  const sides = parties.filter((p) => !p.actorId).map((p) => `${translate(lang, `side${p.side}` as MessageKey)} (${p.text})`);
  return [...names, ...sides].join(' · ');
}

export function dateLabel(c: Pick<ContactRecord, 'date' | 'endDate' | 'datePrecision' | 'dateBasis'>, lang: UiLang = 'en'): string {
  if (!c.date) return translate(lang, 'dateUnknown');
  // Dated by the article that reports it: it took place on that day or before.
  if (c.dateBasis === 'report') return translate(lang, 'dateBy', { date: c.date });
  const tail = c.endDate && c.endDate !== c.date ? ` – ${c.endDate}` : '';
  return `${c.date}${tail}${c.datePrecision === 'week' ? translate(lang, 'week') : ''}`;
}

/** Lower-case text a search box matches against: names in every language, place, quotes, sites. */
export function searchText(c: ContactRecord, byId: Map<string, Actor>): string {
  const names = c.participants.flatMap((id) => {
    const a = byId.get(id);
    return a ? [a.name.en, a.name.uk, a.name.ru, ...(a.surname?.uk ?? []), ...(a.surname?.ru ?? [])] : [id];
  });
  return [...names, ...c.parties.map((p) => p.text), c.place ?? '', c.type, c.status, ...c.sources.flatMap((s) => [s.evidence.exact, s.title ?? '', s.site ?? ''])]
    .join(' ')
    .toLowerCase()
    .replace(/ё/g, 'е');
}
