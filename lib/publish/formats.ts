import type { ContactRecord } from '../history/types';
import type { Actor } from '../kb/types';
import { translate, type UiLang } from '../ui/i18n';
import { icalHead, icalLines, icalStamp, ICAL_TAIL, vevent } from './ical';
import { NetworkBuilder } from './network';
import { toGexf, toGraphml } from './network-xml';
import { timelineEvent, timelineTitle } from './timelinejs';

/** The exports for publishing and network analysis, beside the history's own (JSON, JSON Lines, CSV). */
export type PublishKind = 'timeline' | 'ics' | 'gexf' | 'graphml';

export const PUBLISH_KINDS: readonly PublishKind[] = ['timeline', 'ics', 'gexf', 'graphml'];

export const PUBLISH_TYPES: Record<PublishKind, string> = {
  timeline: 'application/json',
  ics: 'text/calendar;charset=utf-8',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
};

/** The file's name ending: TimelineJS reads plain JSON, so its file says what it is before ".json". */
export const PUBLISH_FILES: Record<PublishKind, string> = { timeline: 'timeline.json', ics: 'ics', gexf: 'gexf', graphml: 'graphml' };

/**
 * How a file is written from chunks of records (lib/history/export-file.ts). `head` and `tail`
 * are asked for after the last chunk, so they can tell what only the whole history tells (how
 * many contacts had no date); the head still goes first in the file.
 */
export type ChunkedFormat = {
  head: () => string;
  chunk: (recs: ContactRecord[], first: boolean) => string;
  tail: () => string;
  /** Contacts left out for having no date (calendar, timeline). */
  undated?: () => number;
};

export type PublishOptions = { byId: Map<string, Actor>; lang?: UiLang; now?: Date };

export function publishFormat(kind: PublishKind, { byId, lang = 'en', now = new Date() }: PublishOptions): ChunkedFormat {
  let undated = 0;
  let written = 0;
  if (kind === 'timeline') {
    return {
      head: () => '{"events":[',
      chunk: (recs) => {
        let out = '';
        for (const r of recs) {
          const e = timelineEvent(r, byId, lang);
          if (e) out += (written++ ? ',\n' : '\n') + JSON.stringify(e);
          else undated++;
        }
        return out;
      },
      // The title after the events: JSON readers do not mind the order, and only now is the count known.
      tail: () => `\n],"title":${JSON.stringify(timelineTitle(undated, lang))}}\n`,
      undated: () => undated,
    };
  }
  if (kind === 'ics') {
    const stamp = icalStamp(now);
    return {
      head: () => icalLines(icalHead(undated, lang)),
      chunk: (recs) => {
        let out = '';
        for (const r of recs) {
          const ev = vevent(r, byId, stamp, lang);
          if (ev) out += icalLines(ev);
          else undated++;
        }
        return out;
      },
      tail: () => icalLines(ICAL_TAIL),
      undated: () => undated,
    };
  }
  // A network is known only once every record is counted: the chunks build it, the tail writes it.
  const net = new NetworkBuilder(byId, lang);
  return {
    head: () => '',
    chunk: (recs) => (net.add(recs), ''),
    tail: () => (kind === 'gexf' ? toGexf(net.network(), now, translate(lang, 'exportTitle')) : toGraphml(net.network())),
  };
}
