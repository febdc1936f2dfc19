import { describe, expect, it } from 'vitest';
import { bundledKb } from '@/lib/kb/index';
import { eventSides, isUsRussiaEvent, priorEventRecords } from '@/lib/kb/prior-records';
import type { ContactType, PastEvent } from '@/lib/kb/types';

/**
 * The reference timeline (lib/kb/events.json), which the history starts with: only contacts with
 * a US and a Russian side go into the history; the rest is context, and says so; one kind for one
 * kind of contact throughout; the one summit agreed and then called off has that status.
 */
const kb = bundledKb();
const events = kb.events;

/**
 * One kind for one kind of contact, read off the title and the place. A prisoner exchange is
 * `other`: the guide's kind for "an exchange" (GUIDE.md section 3); the event dated on the day of
 * the swap is the handover, not the months of talks behind it (a back channel has no one day). A
 * trip of one side's people to the other's country to meet there is a `visit` (GUIDE.md section
 * 3: "Witkoff visited Moscow" and "Putin received Witkoff" are one contact), a summit a `meeting`.
 */
const KIND_RULES: [string, (e: PastEvent) => boolean, ContactType][] = [
  ['a prisoner exchange', (e) => /\bexchange\b/i.test(e.title.en), 'other'],
  // (Not the calls that agreed or prepared one.)
  ['a summit', (e) => /\bsummit in\b/i.test(e.title.en) && !/\bcall\b/i.test(e.title.en), 'meeting'],
  ['a phone call', (e) => /\bphone calls?\b/i.test(e.title.en), 'phone_call'],
  ['a video call', (e) => /\bvideo call\b/i.test(e.title.en), 'video_call'],
  ['a trip to the other side’s country', (e) => !/\bsummit in\b/i.test(e.title.en) && ['Moscow', 'Saint Petersburg', 'Washington', 'Miami'].includes(e.place?.en ?? ''), 'visit'],
];

describe('the reference timeline (events.json)', () => {
  it('holds events with unique ids, three titles, a date and a public source', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) {
      expect(e.title.en && e.title.uk && e.title.ru, e.id).toBeTruthy();
      expect(e.date, e.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(e.source, e.id).toMatch(/^https?:\/\//);
      expect(e.participants.every((id) => kb.byId.has(id)), e.id).toBe(true);
    }
  });

  it('puts into the history only contacts with a US and a Russian side; every other event is marked as context', () => {
    for (const e of events) {
      const sides = eventSides(e, kb.byId);
      const both = sides.has('US') && sides.has('RU');
      // The mark agrees with the sides, both ways: no contact hidden as context, no context loaded.
      expect(!!e.context, `${e.id}: sides ${[...sides].join(',')}`).toBe(!both);
      expect(isUsRussiaEvent(e, kb.byId), e.id).toBe(both);
    }
    const loaded = priorEventRecords(events, kb.byId, new Set(), '2026-01-01T00:00:00.000Z');
    expect(loaded.every((r) => r.sides.includes('US') && r.sides.includes('RU'))).toBe(true);
    expect(loaded.some((r) => events.find((e) => e.id === r.prior)!.context)).toBe(false);
    // The Russia–Ukraine rounds in Istanbul and the Munich conference are context.
    expect(events.filter((e) => e.context).map((e) => e.id).sort()).toEqual(['istanbul-talks-2022', 'istanbul-talks-2025-05-16', 'istanbul-talks-2025-06-02', 'istanbul-talks-2025-07-23', 'munich-security-conference-2025']);
  });

  it('keeps context that something uses: each context event has cues, so an article referring to it is marked', () => {
    for (const e of events.filter((x) => x.context)) expect((e.cues.uk?.length ?? 0) + (e.cues.ru?.length ?? 0), e.id).toBeGreaterThan(0);
  });

  it.each(KIND_RULES)('gives every %s one kind', (_name, applies, kind) => {
    const those = events.filter(applies);
    expect(those.length).toBeGreaterThan(0);
    expect(those.filter((e) => e.type !== kind).map((e) => `${e.id}: ${e.type}`)).toEqual([]);
  });

  it('has the Budapest summit of October 2025 called off, and no other event but those that happened', () => {
    const budapest = events.find((e) => e.id === 'budapest-summit-plan-2025')!;
    expect(budapest).toMatchObject({ type: 'meeting', status: 'called_off', place: { en: 'Budapest' } });
    expect(events.filter((e) => (e.status ?? 'happened') !== 'happened').map((e) => e.id)).toEqual(['budapest-summit-plan-2025']);
    const rec = priorEventRecords([budapest], kb.byId, new Set(), '2026-01-01T00:00:00.000Z')[0]!;
    expect(rec).toMatchObject({ status: 'called_off', type: 'meeting', key: expect.stringContaining('|called_off|') });
  });
});
