import actorsData from './actors.json';
import eventsData from './events.json';
import formsData from './forms.json';
import type { FormsTable } from './forms';
import type { Actor, PastEvent } from './types';
import { buildLexicon, type Lexicon } from '../match/lexicon';
import type { ContactModel } from '../contacts/decide';
import contactModelData from '../contacts/contact-model.json';

/**
 * What recognition and extraction read: actors, earlier events, the name lexicon, and the
 * learned decisions about contact candidates (null: keep the rules' reading as it is, which the
 * training script needs to see the candidates themselves).
 */
export type KnowledgeBase = { actors: Actor[]; events: PastEvent[]; lexicon: Lexicon; byId: Map<string, Actor>; contactModel: ContactModel | null };

export function buildKb(actors: Actor[], events: PastEvent[], forms: FormsTable = {}, contactModel: ContactModel | null = contactModelData as unknown as ContactModel): KnowledgeBase {
  return { actors, events, lexicon: buildLexicon(actors, forms), byId: new Map(actors.map((a) => [a.id, a])), contactModel };
}

let bundled: KnowledgeBase | null = null;

/** The knowledge base from a list of actors (the database's), with the shipped events and name forms. */
export function kbWith(actors: Actor[]): KnowledgeBase {
  return buildKb(actors, eventsData as unknown as PastEvent[], formsData as FormsTable);
}

/** The knowledge base shipped with the extension, compiled on first use. */
export function bundledKb(): KnowledgeBase {
  bundled ??= buildKb(actorsData as unknown as Actor[], eventsData as unknown as PastEvent[], formsData as FormsTable);
  return bundled;
}
