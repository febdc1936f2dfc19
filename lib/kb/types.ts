/** Knowledge-base records as shipped in lib/kb/*.json. Every fact carries its source. */
export type Side = 'US' | 'RU' | 'UA' | 'other';
export type ActorKind = 'person' | 'institution' | 'media';
export type LangNames = { en?: string[]; uk?: string[]; ru?: string[] };

export type Role = {
  title: { en: string; uk?: string; ru?: string };
  from: string | null;
  to: string | null;
  source: string;
};

export type Actor = {
  id: string;
  kind: ActorKind;
  country: string;
  wikidata: string | null;
  /**
   * Where the Wikidata id was taken from: a stored public file that states it for this person or
   * body (a GitHub file at a commit), or, for the ids added before this field, the item's page.
   */
  wikidataSource?: string;
  name: { en: string; uk: string; ru: string };
  gender?: 'm' | 'f';
  given?: LangNames;
  patronymic?: LangNames;
  surname?: LangNames;
  indeclinable?: { uk?: boolean; ru?: boolean };
  /** Institutions and media: every surface form, case forms included. */
  forms?: LangNames;
  roles: Role[];
  sources: string[];
};

export type ContactType =
  | 'meeting'
  | 'phone_call'
  | 'video_call'
  | 'negotiations'
  | 'consultations'
  | 'visit'
  | 'backchannel'
  | 'other';

export type PastEvent = {
  id: string;
  title: { en: string; uk: string; ru: string };
  date: string;
  endDate: string | null;
  place: { en: string; uk: string; ru: string } | null;
  type: ContactType;
  /** Omitted for what happened; 'planned' for a contact agreed but not (yet) held; 'called_off' for one agreed and then called off or postponed. */
  status?: 'happened' | 'planned' | 'called_off';
  /**
   * Not a US–Russia contact (a Russia–Ukraine round, a conference without a Russian side): kept as
   * context, highlighted where an article refers to it and offered among an article's related
   * earlier events, but never a record of the history (lib/kb/prior-records.ts).
   */
  context?: true;
  participants: string[];
  /** The sides taking part, where not every one has a named actor here (a back channel known from
   * the press, a general not in the knowledge base). */
  sides?: Side[];
  /** Each cue: word prefixes that must all occur in one sentence. */
  cues: { uk?: string[][]; ru?: string[][] };
  source: string;
};

export function sideOf(country: string): Side {
  return country === 'US' || country === 'RU' || country === 'UA' ? country : 'other';
}
