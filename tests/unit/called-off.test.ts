import { describe, expect, it } from 'vitest';
import { CONTACT_STATUSES } from '@/lib/contacts/types';
import { toCsv } from '@/lib/history/csv';
import { parseHistoryFile, toHistoryFile, toJsonLines } from '@/lib/history/exchange';
import { bundledKb } from '@/lib/kb/index';
import { toICalendar, unfold } from '@/lib/publish/ical';
import { buildNetwork } from '@/lib/publish/network';
import { toGexf, toGraphml } from '@/lib/publish/network-xml';
import { headline } from '@/lib/publish/record-text';
import { toTimelineJs } from '@/lib/publish/timelinejs';
import { recentLabel, STATUSES } from '@/lib/ui/format';
import { translate } from '@/lib/ui/i18n';
import { all, parseXml, record } from '../support/publish';

/** A contact announced and then called off or postponed: a status of its own, in every view and file. */
const kb = bundledKb();
const summit = record({ type: 'meeting', status: 'called_off', date: '2025-10', datePrecision: 'month', place: 'Budapest' });
const call = record({ status: 'happened', date: '2025-10-16' });

describe('the called_off status', () => {
  it('is one of the statuses every list is made from, between planned and denied', () => {
    expect(CONTACT_STATUSES).toEqual(['happened', 'planned', 'called_off', 'denied', 'unclear']);
    expect(STATUSES).toBe(CONTACT_STATUSES);
  });

  it('is named in the reader’s language', () => {
    expect(translate('en', 'called_off')).toBe('Called off / postponed');
    expect(translate('uk', 'called_off')).toBe('Скасовано / відкладено');
    expect(translate('ru', 'called_off')).toBe('Отменён / отложен');
    expect(headline(summit, kb.byId, 'uk')).toBe('Володимир Путін · Дональд Трамп: Зустріч (скасовано / відкладено)');
    expect(recentLabel({ date: '2025-10', byReport: false, reported: null, with: 'Дональд Трамп', type: 'meeting', status: 'called_off' }, 'ru')).toBe('10.2025 · Дональд Трамп · Встреча (отменён / отложен)');
  });

  it('is carried by JSON, JSON Lines and CSV, and a file of them imports back', () => {
    const json = JSON.stringify(toHistoryFile([summit, call]));
    const back = parseHistoryFile(json);
    expect(back.ok && back.value.map((r) => r.status)).toEqual(['called_off', 'happened']);
    const lines = parseHistoryFile(toJsonLines([summit]));
    expect(lines.ok && lines.value[0]!.status).toBe('called_off');
    expect(toCsv([summit], kb.byId).split('\r\n')[1]).toMatch(/^2025-10,,month,text,called_off,meeting,/);
  });

  it('leaves a file written before it existed as it was (no record carries it)', () => {
    const older = { format: 'kontakty-history', version: 1, exported: '2026-01-01T00:00:00.000Z', contacts: [{ ...call, status: 'planned' }] };
    const got = parseHistoryFile(JSON.stringify(older));
    expect(got.ok && got.value[0]!.status).toBe('planned');
  });

  it('is counted on the network’s edges in GEXF and GraphML', () => {
    const net = buildNetwork([summit, call], kb.byId);
    expect(net.edges[0]!.statuses).toEqual({ happened: 1, planned: 0, called_off: 1, denied: 0, unclear: 0 });
    const gexf = parseXml(toGexf(net));
    const declared = all(gexf, 'attribute').map((a) => a.attrs.id);
    expect(declared).toContain('called_off');
    const att = Object.fromEntries(all(all(gexf, 'edge')[0]!, 'attvalue').map((a) => [a.attrs.for, a.attrs.value]));
    expect(att.called_off).toBe('1');
    const graphml = parseXml(toGraphml(net));
    expect(all(graphml, 'key').some((k) => k.attrs.id === 'called_off' && k.attrs.for === 'edge')).toBe(true);
    const data = Object.fromEntries(all(all(graphml, 'edge')[0]!, 'data').map((d) => [d.attrs.key, d.text]));
    expect(data.called_off).toBe('1');
  });

  it('groups the TimelineJS slides and names the calendar’s category', () => {
    const { file } = toTimelineJs([summit], kb.byId, 'en');
    expect(file.events[0]!.group).toBe('Called off / postponed');
    expect(file.events[0]!.text.headline).toContain('(called off / postponed)');
    const { text } = toICalendar([summit], kb.byId, new Date('2026-01-01T00:00:00Z'), 'ru');
    expect(unfold(text)).toContain('CATEGORIES:Встреча,Отменён / отложен');
  });
});
