import type { ContactRecord } from '../history/types';
import type { Actor } from '../kb/types';
import { translate, type UiLang } from '../ui/i18n';
import { safeHref } from '../ui/safe-url';
import { dateParts, dateText, escapeHtml, headline, recordUid, type DateParts } from './record-text';

/**
 * The history as a Knight Lab TimelineJS file (https://timeline.knightlab.com/docs/json-format.html):
 * a timeline a newsroom publishes on its own page. TimelineJS renders `text` as HTML, so every
 * string from a page (the evidence, titles, places, party names) is escaped here, and a source
 * links only when its address is http(s).
 */

export type TimelineDate = DateParts & { display_date?: string };

export type TimelineEvent = {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id: string;
};

export type TimelineFile = { title?: { text: { headline: string; text: string } }; events: TimelineEvent[] };

/** One dated record as a slide; null for a contact with no date (TimelineJS needs a start). */
export function timelineEvent(r: ContactRecord, byId: Map<string, Actor>, lang: UiLang = 'en'): TimelineEvent | null {
  const start = dateParts(r.date);
  if (!start) return null;
  const end = r.endDate && r.endDate !== r.date ? dateParts(r.endDate) : null;
  const when = dateText(r, lang);
  // A report-dated contact shows "by 14 Nov 2022" on the slide's date too, not a bare day.
  const start_date: TimelineDate = r.dateBasis === 'report' ? { ...start, display_date: when } : start;
  const paragraphs = [
    r.sources[0] ? `<blockquote>${escapeHtml(r.sources[0].evidence.exact)}</blockquote>` : '',
    `<p>${escapeHtml(when)}${r.place ? ` · ${escapeHtml(translate(lang, 'place'))}: ${escapeHtml(r.place)}` : ''}</p>`,
    sourcesHtml(r),
  ];
  return {
    start_date,
    ...(end && { end_date: end }),
    text: { headline: escapeHtml(headline(r, byId, lang)), text: paragraphs.filter(Boolean).join('') },
    group: translate(lang, r.status),
    unique_id: recordUid(r),
  };
}

/** Each reporting article as a link (or plain text when its address is not a web address). */
function sourcesHtml(r: ContactRecord): string {
  const items = r.sources.map((s) => {
    const name = escapeHtml([s.site, s.published?.slice(0, 10), s.title].filter(Boolean).join(', ') || s.url);
    const href = safeHref(s.url);
    return href ? `<li><a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${name}</a></li>` : `<li>${name}</li>`;
  });
  return items.length ? `<ul>${items.join('')}</ul>` : '';
}

/** The title slide, with how many contacts had no date and are not on the timeline. */
export function timelineTitle(undated: number, lang: UiLang = 'en'): NonNullable<TimelineFile['title']> {
  return {
    text: {
      headline: escapeHtml(translate(lang, 'exportTitle')),
      text: undated ? `<p>${escapeHtml(translate(lang, 'exportUndated', { n: undated }))}</p>` : '',
    },
  };
}

/** The whole file at once (tests, the demo); the popup writes the same a chunk at a time. */
export function toTimelineJs(records: ContactRecord[], byId: Map<string, Actor>, lang: UiLang = 'en'): { file: TimelineFile; undated: number } {
  const events: TimelineEvent[] = [];
  let undated = 0;
  for (const r of records) {
    const e = timelineEvent(r, byId, lang);
    if (e) events.push(e);
    else undated++;
  }
  return { file: { title: timelineTitle(undated, lang), events }, undated };
}
