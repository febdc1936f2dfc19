import { describe, expect, it } from 'vitest';
import { facetOf, facetTest, filterContacts, prepareFilter } from '@/lib/history/filter';
import { bundledKb } from '@/lib/kb/index';
import { contactGraph, monthSpan, withinMonths } from '@/lib/publish/contact-graph';
import { buildNetwork } from '@/lib/publish/network';
import { record } from '../support/publish';

const kb = bundledKb();

// Facets of stored records, as the history tab holds them.
const history = [
  record({ id: 1, status: 'happened', date: '2025-02-12' }),
  record({ id: 2, status: 'denied', date: '2022', datePrecision: 'year' }),
  record({ id: 3, status: 'planned', date: '2025-03' }),
  record({ id: 4, ids: ['sergei-ryabkov', 'steve-witkoff', 'antony-blinken'], date: '2023-03', endDate: '2023-05', datePrecision: 'month' }),
  record({ id: 5, ids: ['yuri-ushakov', 'steve-witkoff'], status: 'planned', date: '2025-02-20' }),
  record({ id: 6, ids: ['yuri-ushakov', 'steve-witkoff'], status: 'happened', date: '2025-02-18' }),
  // "Путін і американська сторона": the side told with no one named is a node of its own…
  record({ id: 7, ids: ['vladimir-putin'], unnamed: [{ actorId: null, side: 'US', text: 'американська сторона' }], date: '2024-05-01' }),
  // …but not beside a named American: then it is his delegation.
  record({ id: 8, ids: ['yuri-ushakov', 'steve-witkoff'], unnamed: [{ actorId: null, side: 'US', text: 'американські посадовці' }], status: 'unclear', date: '2025-02-19' }),
];
const facets = history.map((r) => facetOf(r));

describe("the history tab's network", () => {
  it('has the nodes and pairs of the exported network, with the contacts behind each', () => {
    const g = contactGraph(facets, kb.byId, 'en');
    const net = buildNetwork(history, kb.byId, 'en');
    expect(g.nodes.map((n) => [n.id, n.contacts, n.side, n.label])).toEqual(net.nodes.map((n) => [n.id, n.contacts, n.side, n.label]));
    expect(g.edges.map((e) => [e.source, e.target, e.weight, e.statuses])).toEqual(net.edges.map((e) => [e.source, e.target, e.weight, e.statuses]));
    expect(g.nodes.find((n) => n.id === 'steve-witkoff')!.contactIds.sort()).toEqual([4, 5, 6, 8]);
    expect(g.edges.find((e) => e.id === 'donald-trump|vladimir-putin')).toMatchObject({ weight: 3, contactIds: [1, 2, 3] });
    expect(g.edges.find((e) => e.id === 'side-US|vladimir-putin')).toMatchObject({ weight: 1, contactIds: [7] });
    expect(g.nodes.find((n) => n.id === 'side-US')).toMatchObject({ label: 'US side', kind: 'side', contacts: 1 });
  });

  it.each([
    ['a status most contacts share', 'steve-witkoff|yuri-ushakov', 'planned', [{ id: 17, status: 'planned' }]],
    ['happened first on a tie', 'steve-witkoff|yuri-ushakov', 'happened', []],
    ['planned before denied on a tie', 'donald-trump|vladimir-putin', 'planned', []],
    ['denied when most were denied', 'donald-trump|vladimir-putin', 'denied', [{ id: 18, status: 'denied' }]],
  ] as const)('draws an edge in %s', (_name, edge, status, extra) => {
    const more = extra.map((x) => ({ ...facetOf(record({ id: x.id, status: x.status as 'planned', ids: edge.split('|') })) }));
    expect(contactGraph([...facets.filter((f) => f.id !== 1 || edge !== 'donald-trump|vladimir-putin'), ...more], kb.byId, 'en').edges.find((e) => e.id === edge)?.status).toBe(status);
  });

  it('names actors in the interface language', () => {
    expect(contactGraph(facets, kb.byId, 'uk').nodes.find((n) => n.id === 'vladimir-putin')!.label).toBe(kb.byId.get('vladimir-putin')!.name.uk);
  });

  it('follows the filters: a filtered history is a smaller network', () => {
    const kept = filterContacts(history, { status: 'planned' }, kb);
    const g = contactGraph(facets.filter(facetTest(prepareFilter({ status: 'planned' }, kb), null)), kb.byId, 'en');
    expect(g.edges.map((e) => [e.id, e.weight])).toEqual(buildNetwork(kept, kb.byId).edges.map((e) => [`${e.source}|${e.target}`, e.weight]));
    expect(g.edges.length).toBeLessThan(contactGraph(facets, kb.byId, 'en').edges.length);
    expect(g.edges.find((e) => e.id === 'donald-trump|vladimir-putin')!.weight).toBe(1);
  });

  it('spans every month from the first contact to the last, for the slider', () => {
    const months = monthSpan(facets);
    expect(months[0]).toBe('2022-01');
    expect(months.at(-1)).toBe('2025-03');
    expect(months).toHaveLength(39);
    expect(monthSpan([])).toEqual([]);
  });

  it('narrows to a period; an unreadable date counts only while the whole span is chosen', () => {
    const odd = { id: 99, participants: ['vladimir-putin', 'donald-trump'], status: 'happened', win: null };
    const all = [...facets, odd];
    expect(withinMonths(all, '2025-02', '2025-02').map((f) => f.id).sort()).toEqual([1, 5, 6, 8]);
    // A year-long date overlaps any of its months; a range overlaps its middle.
    expect(withinMonths(all, '2022-06', '2022-06').map((f) => f.id)).toEqual([2]);
    expect(withinMonths(all, '2023-04', '2023-04').map((f) => f.id)).toEqual([4]);
    expect(withinMonths(all, '2022-01', '2025-03', true)).toHaveLength(9);
    expect(withinMonths(all, '2022-01', '2025-03')).toHaveLength(8);
  });
});
