import type { FoundContact } from '../analyze';
import type { ContactFacts, Evidence, Participant } from '../contacts/types';
import type { Actor } from '../kb/types';
import type { Proposal } from '../kb/propose';

/** One article that reported a contact, with the sentence that says so. */
export type SourceRef = {
  url: string;
  title: string | null;
  site: string | null;
  lang: string | null;
  published: string | null;
  seen: string;
  evidence: Evidence;
  reportedBy: string[];
  /**
   * What this article itself said of the contact. The record's facts are the merged reading;
   * where articles disagree (another date, place, kind or status) each one's claim stays here,
   * so the disagreement can be shown rather than silently resolved.
   */
  claim?: SourceClaim;
};

export type SourceClaim = Pick<ContactFacts, 'type' | 'status' | 'date' | 'endDate' | 'datePrecision' | 'dateBasis' | 'place'>;

/** A contact in the history: one record however many articles report it. */
export type ContactRecord = ContactFacts & {
  id?: number;
  /** Merge key: parties, status and date bucket (not unique: the same key a year apart is another contact). */
  key: string;
  participants: string[];
  parties: Participant[];
  confirmed: boolean;
  edited: boolean;
  sources: SourceRef[];
  firstSeen: string;
  lastSeen: string;
  /** The shipped past event (lib/kb/events.json) this record began as: the reference timeline. */
  prior?: string;
};

/** What the content script learned about one page, kept per tab for the popup. */
export type PageSummary = {
  /** The article's own URL (canonical when the page names one). */
  url: string;
  /** The address the tab shows. */
  href: string;
  isArticle: boolean;
  /** True when the user turned Kontakty off here (paused, or off for the site). */
  skipped?: boolean;
  reason: string;
  title: string | null;
  site: string | null;
  lang: string | null;
  published: string | null;
  actors: { id: string; name: string; kind: string; count: number }[];
  events: { id: string; title: string; date: string }[];
  /** Earlier contacts of the same parties, nearest first (not necessarily named in the text). */
  related?: { id: string; title: string; date: string; source: string }[];
  contacts: FoundContact[];
  /** People named through a US or Russian office whom the knowledge base lacks (lib/kb/propose.ts): the popup offers to add them. */
  proposals?: Proposal[];
};

/** An actor as the database keeps it: shipped or added by the user, on or off, edited or not. */
export type ActorRecord = Actor & {
  origin: 'bundled' | 'custom';
  disabled?: boolean;
  /** A person changed it: updates of the extension no longer overwrite it. */
  userEdited?: boolean;
};
