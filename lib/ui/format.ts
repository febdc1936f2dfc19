import type { Participant } from '../contacts/types';
import type { ContactRecord } from '../history/types';
import type { Actor } from '../kb/types';

export const TYPE_LABEL: Record<string, string> = {
  meeting: 'Meeting', phone_call: 'Phone call', video_call: 'Video call', negotiations: 'Negotiations',
  consultations: 'Consultations', visit: 'Visit', backchannel: 'Back channel', other: 'Contact',
};
export const STATUS_LABEL: Record<string, string> = { happened: 'Happened', planned: 'Planned', denied: 'Denied', unclear: 'Unclear' };
const SIDE_LABEL: Record<string, string> = { US: 'US side', RU: 'Russian side', UA: 'Ukrainian side', other: 'Other side' };

/** "Jake Sullivan, Yuri Ushakov" — named people first, unnamed sides after. */
export function partiesLabel(parties: Participant[], byId: Map<string, Actor>): string {
  const names = parties.filter((p) => p.actorId).map((p) => byId.get(p.actorId!)?.name.en ?? p.actorId!);
  const sides = parties.filter((p) => !p.actorId).map((p) => `${SIDE_LABEL[p.side] ?? p.side} (${p.text})`);
  return [...names, ...sides].join(' · ');
}

export function dateLabel(c: Pick<ContactRecord, 'date' | 'endDate' | 'datePrecision'>): string {
  if (!c.date) return 'date unknown';
  const tail = c.endDate && c.endDate !== c.date ? ` – ${c.endDate}` : '';
  return `${c.date}${tail}${c.datePrecision === 'week' ? ' (week)' : ''}`;
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
