import type { ContactType, Side } from '../kb/types';
import type { DatePrecision } from '../text/dates';

export type ContactStatus = 'happened' | 'planned' | 'denied' | 'unclear';

/** A party to a contact: a known actor, or a side named without a person ("российские чиновники"). */
export type Participant = { actorId: string | null; side: Side; text: string };

/** W3C TextQuoteSelector plus the position: finds the sentence again if the page changes. */
export type Evidence = { start: number; end: number; exact: string; prefix: string; suffix: string };

/** What a contact is, wherever it is kept: one article's report, the CLI's output, the history. */
export type ContactFacts = {
  sides: Side[];
  type: ContactType;
  status: ContactStatus;
  date: string | null;
  endDate: string | null;
  datePrecision: DatePrecision | null;
  place: string | null;
  confidence: number;
};

/** A contact as one article reports it. */
export type ArticleContact = ContactFacts & {
  participants: Participant[];
  reportedBy: string[];
  evidence: Evidence;
  /** Every sentence that spoke of this contact, the evidence first. */
  mentions: { start: number; end: number }[];
};
