import { PLACES, placeByForm } from '../contacts/places';
import type { Participant } from '../contacts/types';
import eventsData from '../kb/events.json';
import type { PastEvent, Side } from '../kb/types';
import { translate, type MessageKey, type UiLang } from './i18n';

type Names = { en: string; uk: string; ru: string };

// A record keeps a place by its English name (the extractor's, or the reference timeline's first
// part of "Anchorage, Alaska"); the interface shows the name in the reader's language. The
// timeline's places (New Delhi, Brussels…) are known by its events, the rest by the extractor's list.
const BY_EN = new Map<string, Names>();
for (const p of PLACES) BY_EN.set(p.en.toLowerCase(), p);
for (const e of eventsData as unknown as PastEvent[]) {
  if (!e.place) continue;
  BY_EN.set(e.place.en.toLowerCase(), e.place);
  const [first, ...rest] = e.place.en.split(',');
  const firstOf = (s: string) => s.split(',')[0]!.trim();
  if (rest.length && !BY_EN.has(first!.trim().toLowerCase()))
    BY_EN.set(first!.trim().toLowerCase(), { en: first!.trim(), uk: firstOf(e.place.uk), ru: firstOf(e.place.ru) });
}

/**
 * A stored place in the reader's language: "Geneva" → "Женева". A place a person typed that the
 * extension does not know is shown as typed (it is theirs, in whatever language they wrote it).
 */
export function placeLabel(place: string, lang: UiLang): string {
  return BY_EN.get(place.trim().toLowerCase())?.[lang] ?? place;
}

/** What a reader typed as a place, as stored: a known place by its English name ("Женева" → "Geneva"), else as typed. */
export function storedPlace(typed: string): string {
  const t = typed.trim().toLowerCase();
  for (const n of BY_EN.values()) if (n.en.toLowerCase() === t || n.uk.toLowerCase() === t || n.ru.toLowerCase() === t) return n.en;
  return typed.trim();
}

// Short names of the sides' countries, as news writes them; other countries by the browser's
// own list of region names (Intl), which knows all three languages.
const SHORT: Record<string, Names> = {
  US: { en: 'US', uk: 'США', ru: 'США' },
  RU: { en: 'Russia', uk: 'Росія', ru: 'Россия' },
  UA: { en: 'Ukraine', uk: 'Україна', ru: 'Украина' },
};

/** A country code in the reader's language: "US" → "США"; "INT" (an international body) → "international". */
export function countryLabel(code: string, lang: UiLang): string {
  if (!code) return '';
  const short = SHORT[code.toUpperCase()];
  if (short) return short[lang];
  if (code.toUpperCase() === 'INT') return translate(lang, 'countryInt');
  if (code === 'other') return translate(lang, 'legendOther');
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A side ("US", "RU", "UA", "other") as the reader says it: "US side", "російська сторона". */
export function sideLabel(side: Side | string, lang: UiLang): string {
  return translate(lang, `side${side === 'US' || side === 'RU' || side === 'UA' ? side : 'other'}` as MessageKey);
}

/**
 * What a party told only by its side adds to the side's label: a place it stands for, in the
 * reader's language ("Moscow" for the Russian side, "Москві" read as Москва); nothing when the
 * place is the side's own country (the label says so already). Null: the article's own word
 * (an institution, "американська сторона"), which is data in the article's language.
 */
export function partyPlace(p: Pick<Participant, 'side' | 'text'>, lang: UiLang): { place: string } | { own: true } | null {
  const text = p.text.trim();
  const place = PLACES.find((x) => x.en === text) ?? placeByForm(text);
  if (!place) return null;
  if (place.kind === 'country' && place.country === p.side) return { own: true };
  return { place: place[lang] };
}
