import type { PastEvent } from '../kb/types';
import type { Span } from '../text/sentences';
import type { Token } from '../text/tokens';

export type EventHit = { event: number; start: number; end: number };

/**
 * An earlier event is referred to where one sentence holds every word prefix of one of its
 * cues ("саміт" + "Женев"). The hit spans from the first to the last cue word.
 */
export function findEvents(norm: string, sentences: { span: Span; tokens: Token[] }[], events: PastEvent[]): EventHit[] {
  const out: EventHit[] = [];
  for (const { span, tokens } of sentences) {
    if (!tokens.length) continue;
    events.forEach((ev, idx) => {
      for (const cue of [...(ev.cues.uk ?? []), ...(ev.cues.ru ?? [])]) {
        let start = Infinity;
        let end = -1;
        const all = cue.every((prefix) => {
          // Years are not words: look them up in the sentence's text.
          if (/^\d+$/.test(prefix)) {
            const at = norm.indexOf(prefix, span.start);
            return at >= 0 && at < span.end;
          }
          // A lower-case cue word also matches capitalised at a sentence start ("Саміт у Женеві").
          const lower = prefix === prefix.toLowerCase();
          const t = tokens.find((tok) => (lower ? tok.text.toLowerCase() : tok.text).startsWith(prefix));
          if (!t) return false;
          start = Math.min(start, t.start);
          end = Math.max(end, t.end);
          return true;
        });
        if (all && cue.length) {
          out.push({ event: idx, start, end });
          return;
        }
      }
    });
  }
  return out;
}
