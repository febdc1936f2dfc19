import { CONTACT_STATUSES, type Participant } from '../contacts/types';
import type { ContactRecord } from '../history/types';
import type { RecentContact } from '../messages';
import type { Actor } from '../kb/types';
import { formatDate } from './dates';
import { translate, type MessageKey, type UiLang } from './i18n';
import { partyPlace, placeLabel, sideLabel } from './places';

export const CONTACT_TYPES = ['meeting', 'phone_call', 'video_call', 'negotiations', 'consultations', 'visit', 'backchannel', 'other'] as const;
export const STATUSES = CONTACT_STATUSES;

/** One party as shown: its label in the reader's language, and the article's own word for it, if any. */
export type PartyPart = { label: string; quoted: string | null };

/**
 * "Jake Sullivan · Yuri Ushakov · Russian side (Moscow)", in parts: named people first, in the
 * interface's language; then sides told only by a word, as the side with the place that word
 * names in the reader's language, or with the article's word itself (an institution, "американська
 * сторона"), which the view marks as the article's language.
 */
export function partyParts(parties: Participant[], byId: Map<string, Actor>, lang: UiLang = 'en'): PartyPart[] {
  const names = parties.filter((p) => p.actorId).map((p) => ({ label: byId.get(p.actorId!)?.name[lang] ?? p.actorId!, quoted: null }));
  const sides = parties.filter((p) => !p.actorId).map((p) => {
    const place = partyPlace(p, lang);
    const side = sideLabel(p.side, lang);
    if (!place) return { label: side, quoted: p.text };
    return { label: 'own' in place ? side : `${side} (${place.place})`, quoted: null };
  });
  return [...names, ...sides];
}

/** The parties as one line of plain text in the reader's language (the article's words left out). */
export function partiesLabel(parties: Participant[], byId: Map<string, Actor>, lang: UiLang = 'en'): string {
  return partyParts(parties, byId, lang).map((p) => p.label).join(' · ');
}

export function dateLabel(c: Pick<ContactRecord, 'date' | 'endDate' | 'datePrecision' | 'dateBasis'>, lang: UiLang = 'en'): string {
  if (!c.date) return translate(lang, 'dateUnknown');
  // Dated by the article that reports it: it took place on that day or before.
  if (c.dateBasis === 'report') return translate(lang, 'dateBy', { date: formatDate(c.date, lang) });
  const tail = c.endDate && c.endDate !== c.date ? ` – ${formatDate(c.endDate, lang)}` : '';
  return `${formatDate(c.date, lang)}${tail}${c.datePrecision === 'week' ? translate(lang, 'week') : ''}`;
}

/** Lower-case text a search box matches against: names and places in every language, quotes, sites. */
export function searchText(c: ContactRecord, byId: Map<string, Actor>): string {
  const names = c.participants.flatMap((id) => {
    const a = byId.get(id);
    return a ? [a.name.en, a.name.uk, a.name.ru, ...(a.surname?.uk ?? []), ...(a.surname?.ru ?? [])] : [id];
  });
  // A place is found by its name in any of the three languages ("Женева" finds Geneva).
  const place = c.place ? (['en', 'uk', 'ru'] as const).map((l) => placeLabel(c.place!, l)) : [];
  return [...names, ...c.parties.map((p) => p.text), ...place, c.type, c.status, ...c.sources.flatMap((s) => [s.evidence.exact, s.title ?? '', s.site ?? ''])]
    .join(' ')
    .toLowerCase()
    .replace(/ё/g, 'е');
}

/** "14.11.2022 · Юрій Ушаков · Неофіційний канал (заплановано)": one of an actor's latest contacts, for its cards. */
export function recentLabel(c: Pick<RecentContact, 'date' | 'byReport' | 'reported' | 'with' | 'type' | 'status'>, lang: UiLang): string {
  const precision = !c.date ? null : c.date.length === 10 ? 'day' : c.date.length === 7 ? 'month' : 'year';
  const when = c.date
    ? dateLabel({ date: c.date, endDate: null, datePrecision: precision, ...(c.byReport && { dateBasis: 'report' as const }) }, lang)
    : c.reported
      ? translate(lang, 'reportedOn', { date: formatDate(c.reported, lang) })
      : translate(lang, 'dateUnknown');
  const status = c.status === 'happened' ? '' : ` (${translate(lang, c.status as MessageKey).toLowerCase()})`;
  return `${when} · ${c.with} · ${translate(lang, c.type as MessageKey)}${status}`;
}
