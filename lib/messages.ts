import type { Analysis } from './analyze';
import type { PageSummary } from './history/types';

/** What the content script sends about an article: its text and metadata, nothing of the DOM. */
export type ArticlePayload = {
  url: string;
  href: string;
  title: string | null;
  site: string | null;
  lang: string | null;
  published: string | null;
  text: string;
  reason: string;
};

export type Message =
  | { type: 'analyze'; page: ArticlePayload }
  | { type: 'analyze-live'; page: ArticlePayload; posts: { id: string; title: string | null; published: string | null; start: number; end: number }[] }
  /** lang: the page's own language (its visible text), as the CLI gives it for a page that is not an article. */
  | { type: 'not-article'; url: string; title: string | null; reason: string; lang?: string | null }
  | { type: 'skipped'; url: string; reason: string }
  | { type: 'get-page'; tabId: number }
  | { type: 'kb-changed' }
  /** The user's sites changed (popup, options): bring the registered content scripts in step. */
  | { type: 'sync-sites' };

/**
 * What a hover card says about an actor (or an earlier event), in the interface language `lang`,
 * as of the article's date: `country` is the code the highlighter tints by, `badge` its name shown,
 * `close` the label of its close button when it opens as a dialog.
 */
export type ActorCard = { lang: string; name: string; role: string | null; country: string; badge: string; wikidata: string | null; kind: string; close?: string; recent?: RecentContact[] };

/** One of an actor's latest contacts from the history, for the hover card. */
export type RecentContact = {
  date: string | null;
  /** The date is the report's: it took place on or before it. */
  byReport?: boolean;
  reported: string | null;
  type: string;
  status: string;
  with: string;
  url: string;
  site: string | null;
  /** The line a card shows, in the interface language. */
  label?: string;
  /** An article's own title, in its language (data, not interface). */
  quote?: { text: string; lang: string | null };
};

/** Offsets to highlight: all the content script needs back. */
export type HighlightPlan = {
  actors: { id: string; kind: string; name: string; card: ActorCard; mentions: Analysis['actors'][number]['mentions'] }[];
  events: { id: string; title: string; card?: ActorCard; mentions: Analysis['events'][number]['mentions'] }[];
  contacts: { status: string; mentions: { start: number; end: number }[] }[];
};

export type Reply<M extends Message> = M extends { type: 'analyze' | 'analyze-live' }
  ? { ok: true; plan: HighlightPlan; stored: { added: number; merged: number } } | { ok: false; error: string }
  : M extends { type: 'get-page' }
    ? PageSummary | null
    : M extends { type: 'sync-sites' }
      ? { ok: true; registered: string[] } | { ok: false; error: string }
      : { ok: true };

/** Messages to a tab's content script (from the popup or the keyboard shortcut). */
/** To the content script of a tab; the highlight messages answer HighlightState. `get-highlights` changes nothing. */
/** walk-names: the keyboard commands that go to the next (1) or previous (-1) name on the page. */
export type TabMessage = { type: 'set-highlights'; on: boolean } | { type: 'toggle-highlights' } | { type: 'get-highlights' } | { type: 'rerun' } | { type: 'walk-names'; dir: 1 | -1 };
/** Whether a tab's highlights are shown, and whether it has any to show (an article was read). */
export type HighlightState = { on: boolean; article: boolean };
