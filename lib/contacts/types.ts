import type { ContactType, Side } from '../kb/types';
import type { DatePrecision } from '../text/dates';

export type DateBasis = 'text' | 'report';

/**
 * Whether a contact took place: it did ('happened'), it is announced or intended ('planned'), it
 * was announced and then called off or postponed ('called_off': the Budapest summit of October
 * 2025), a party denies it ('denied'), or the text leaves it open ('unclear'). Every list of
 * statuses (filters, exports, the network's counts, the import's checks) is this one, in this order.
 */
export const CONTACT_STATUSES = ['happened', 'planned', 'called_off', 'denied', 'unclear'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

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
  /**
   * Where the date comes from: the text's own words ('text'), or the report itself ('report': the
   * text says it just took place and gives no date, so it is dated by the publication day, as
   * ACLED and GDELT date such events; the contact took place on or before that day). Absent on
   * records made before this field existed: read as 'text' when there is a date.
   */
  dateBasis?: DateBasis;
  place: string | null;
  confidence: number;
};

/**
 * What gave the rules their status (lib/contacts/extract.ts): a cue word of the clause, the
 * contact verb's tense, a denial governing the clause, a purpose clause, a contact nested in
 * another, a date after publication, or nothing (the default). The learned decisions read it; it
 * is not part of what the pipeline outputs.
 */
export type StatusCue = 'cue' | 'tense' | 'denial' | 'purpose' | 'nested' | 'date' | 'during' | 'default';

/** A contact as one article reports it. */
export type ArticleContact = ContactFacts & {
  statusCue?: StatusCue;
  /** Where the candidate came from: the clause rules, or a sentence naming both sides (sentence-candidates.ts). Not output. */
  origin?: 'rules' | 'sentence';
  /** The two words before the contact word in its clause, lower-cased ("о подготовке [разговора]"). Read by the decisions; not output. */
  governors?: string[];
  participants: Participant[];
  reportedBy: string[];
  evidence: Evidence;
  /** Every sentence that spoke of this contact, the evidence first. */
  mentions: { start: number; end: number }[];
};
