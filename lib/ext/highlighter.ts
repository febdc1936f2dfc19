import { rangeFor, type TextIndex } from '../dom/text-index';
import type { HighlightPlan } from '../messages';
import { sideOf, type Side } from '../kb/types';

/** Highlight names the shipped stylesheet paints (entrypoints/content/style.css). */
export const HIGHLIGHTS = {
  person: 'kontakty-person',
  institution: 'kontakty-institution',
  event: 'kontakty-event',
  contact: 'kontakty-contact',
} as const;

/** A name is also painted in its side's colour (US, Russia, Ukraine, other). */
export const SIDE_HIGHLIGHT: Record<Side, string> = { US: 'kontakty-side-us', RU: 'kontakty-side-ru', UA: 'kontakty-side-ua', other: 'kontakty-side-other' };

const MAX_RANGES = 10_000;

export type Painted = { undo: () => void; actorRanges: { range: Range; actor: number }[]; eventRanges: { range: Range; event: number }[] };

/**
 * Paints the plan's spans with the CSS Custom Highlight API: the page's DOM is not touched, so
 * its scripts, links and re-renders keep working. Returns the undo and the actors' ranges.
 */
export function applyHighlights(index: TextIndex, plan: HighlightPlan, doc: Document = document): Painted {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const actorRanges: Painted['actorRanges'] = [];
  const eventRanges: Painted['eventRanges'] = [];
  if (!registry || typeof Highlight === 'undefined') return { undo: () => {}, actorRanges, eventRanges };
  const groups: Record<string, Range[]> = { [HIGHLIGHTS.person]: [], [HIGHLIGHTS.institution]: [], [HIGHLIGHTS.event]: [], [HIGHLIGHTS.contact]: [] };
  for (const name of Object.values(SIDE_HIGHLIGHT)) groups[name] = [];
  let count = 0;
  const add = (name: string, start: number, end: number) => {
    // A pathological page (a 10 MB text of names) gets its first MAX_RANGES marks, not a frozen tab.
    if (++count > MAX_RANGES) return null;
    const r = rangeFor(index, start, end, doc);
    if (r) groups[name]!.push(r);
    return r;
  };
  plan.actors.forEach((a, i) => {
    // News agencies are sources, not actors in the scene: they are not painted.
    if (a.kind === 'media') return;
    const side = SIDE_HIGHLIGHT[sideOf(a.card.country)];
    for (const m of a.mentions) {
      const range = add(a.kind === 'person' ? HIGHLIGHTS.person : HIGHLIGHTS.institution, m.start, m.end);
      if (!range) continue;
      groups[side]!.push(range);
      actorRanges.push({ range, actor: i });
    }
  });
  plan.events.forEach((e, i) => {
    for (const m of e.mentions) {
      const range = add(HIGHLIGHTS.event, m.start, m.end);
      if (range) eventRanges.push({ range, event: i });
    }
  });
  for (const c of plan.contacts) for (const m of c.mentions) add(HIGHLIGHTS.contact, m.start, m.end);
  for (const [name, ranges] of Object.entries(groups)) {
    // Added one by one: spreading tens of thousands of ranges into the constructor overflows the stack.
    const h = new Highlight();
    for (const r of ranges) h.add(r);
    // Side colours over names' underlines over events over contact sentences, where they overlap.
    h.priority = name === HIGHLIGHTS.contact ? 0 : name === HIGHLIGHTS.event ? 1 : name.startsWith('kontakty-side') ? 3 : 2;
    registry.set(name, h);
  }
  return {
    undo: () => {
      for (const name of Object.keys(groups)) registry.delete(name);
    },
    actorRanges,
    eventRanges,
  };
}
