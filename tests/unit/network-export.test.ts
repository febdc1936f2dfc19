import { describe, expect, it } from 'vitest';
import { bundledKb } from '@/lib/kb/index';
import type { Actor } from '@/lib/kb/types';
import { toGexf } from '@/lib/publish/network-xml';
import { toGraphml } from '@/lib/publish/network-xml';
import { buildNetwork, NetworkBuilder } from '@/lib/publish/network';
import { xmlEscape } from '@/lib/publish/network-xml';
import { all, parseXml, type XmlElement } from '../support/publish';
import { record } from '../support/publish';

const kb = bundledKb();

const history = [
  record({ status: 'happened', date: '2025-02-12' }),
  record({ status: 'denied', date: '2022', datePrecision: 'year' }),
  record({ status: 'planned', date: null, datePrecision: null }),
  record({ ids: ['sergei-ryabkov', 'steve-witkoff', 'antony-blinken'], date: '2023-03', endDate: '2023-05', datePrecision: 'month' }),
  // "Путін і американська сторона": the unnamed side is a node of its own…
  record({ ids: ['vladimir-putin'], unnamed: [{ actorId: null, side: 'US', text: 'американська сторона' }] }),
  // …but not beside a named American: then it is his delegation.
  record({ ids: ['yuri-ushakov', 'steve-witkoff'], unnamed: [{ actorId: null, side: 'US', text: 'американські посадовці' }] }),
];

const attvalues = (el: XmlElement) => Object.fromEntries(all(el, 'attvalue').map((a) => [a.attrs.for!, a.attrs.value!]));
const data = (el: XmlElement) => Object.fromEntries(all(el, 'data').map((d) => [d.attrs.key!, d.text]));

describe('the network of the history', () => {
  it('joins every two participants of a contact, weighted by the contacts they shared', () => {
    const net = buildNetwork(history, kb.byId);
    const edge = (a: string, b: string) => net.edges.find((e) => [e.source, e.target].sort().join() === [a, b].sort().join());
    expect(edge('vladimir-putin', 'donald-trump')).toMatchObject({ weight: 3, statuses: { happened: 1, planned: 1, called_off: 0, denied: 1, unclear: 0 }, first: '2022', last: '2025-02-12' });
    expect(edge('sergei-ryabkov', 'antony-blinken')).toMatchObject({ weight: 1, first: '2023-03', last: '2023-05' });
    expect(edge('steve-witkoff', 'antony-blinken')?.weight).toBe(1);
    expect(edge('vladimir-putin', 'side-US')?.weight).toBe(1);
    expect(edge('yuri-ushakov', 'side-US')).toBeUndefined();
    expect(net.nodes.find((n) => n.id === 'vladimir-putin')).toMatchObject({ label: 'Vladimir Putin', side: 'RU', kind: 'person', contacts: 4 });
    expect(net.nodes.find((n) => n.id === 'side-US')).toMatchObject({ label: 'US side', kind: 'side', contacts: 1 });
    expect(net.nodes.find((n) => n.id === 'steve-witkoff')?.contacts).toBe(2);
    // Built in chunks it is the same network.
    expect(new NetworkBuilder(kb.byId).add(history.slice(0, 2)).add(history.slice(2)).network()).toEqual(net);
  });

  it('writes GEXF 1.3 that an XML parser reads back with the same nodes, weights and attributes', () => {
    const net = buildNetwork(history, kb.byId, 'uk');
    const root = parseXml(toGexf(net, new Date('2026-12-10T00:00:00Z')));
    expect(root).toMatchObject({ name: 'gexf', uri: 'http://gexf.net/1.3', attrs: { version: '1.3' } });
    const graph = all(root, 'graph')[0]!;
    expect(graph.attrs).toMatchObject({ mode: 'static', defaultedgetype: 'undirected' });
    const nodes = all(root, 'node');
    expect(nodes.map((n) => n.attrs.id)).toEqual(net.nodes.map((n) => n.id));
    const putin = nodes.find((n) => n.attrs.id === 'vladimir-putin')!;
    expect(putin.attrs.label).toBe('Володимир Путін');
    expect(attvalues(putin)).toEqual({ side: 'RU', kind: 'person', wikidata: 'Q7747', contacts: '4' });
    const edges = all(root, 'edge');
    expect(edges).toHaveLength(net.edges.length);
    const ids = new Set(nodes.map((n) => n.attrs.id));
    for (const e of edges) expect(ids.has(e.attrs.source!) && ids.has(e.attrs.target!)).toBe(true);
    const top = edges[0]!;
    expect(top.attrs.weight).toBe('3');
    expect(attvalues(top)).toEqual({ happened: '1', planned: '1', called_off: '0', denied: '1', unclear: '0', first_date: '2022', last_date: '2025-02-12' });
    const declared = all(root, 'attribute').map((a) => a.attrs.id);
    for (const e of [...nodes, ...edges]) for (const v of all(e, 'attvalue')) expect(declared).toContain(v.attrs.for);
  });

  it('writes GraphML with declared keys and edges between its nodes', () => {
    const net = buildNetwork(history, kb.byId);
    const root = parseXml(toGraphml(net));
    expect(root).toMatchObject({ name: 'graphml', uri: 'http://graphml.graphdrawing.org/xmlns' });
    const keys = new Set(all(root, 'key').map((k) => k.attrs.id));
    const nodes = all(root, 'node');
    expect(nodes.map((n) => data(n).actor_id)).toEqual(net.nodes.map((n) => n.id));
    const byNode = new Map(nodes.map((n) => [n.attrs.id!, data(n)]));
    const edges = all(root, 'edge');
    expect(edges).toHaveLength(net.edges.length);
    for (const e of edges) {
      expect(byNode.has(e.attrs.source!) && byNode.has(e.attrs.target!)).toBe(true);
      for (const d of all(e, 'data')) expect(keys.has(d.attrs.key)).toBe(true);
    }
    const top = edges[0]!;
    expect([byNode.get(top.attrs.source!)!.label, byNode.get(top.attrs.target!)!.label].sort()).toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(data(top)).toMatchObject({ weight: '3', denied: '1', first_date: '2022' });
  });

  it.each(['gexf', 'graphml'] as const)('keeps %s well-formed whatever the names hold', (format) => {
    const evil = '</script><script>alert("x")</script> & \'q\' <x y="1"> 🇺🇦 \u0001\u0008\uffff \ud800 Ім\'я';
    const byId = new Map<string, Actor>(kb.byId);
    byId.set('evil"<&>', { ...kb.byId.get('donald-trump')!, id: 'evil"<&>', name: { en: evil, uk: evil, ru: evil }, wikidata: '"><x/>' });
    const net = buildNetwork([record({ ids: ['evil"<&>', 'vladimir-putin'], sources: [] }), record({ ids: ['vladimir-putin'], unnamed: [{ actorId: null, side: 'UA', text: '</x>' }] })], byId);
    const text = format === 'gexf' ? toGexf(net, new Date(), evil) : toGraphml(net);
    const root = parseXml(text);
    const want = evil.replace(/[\u0001\u0008\uffff\ud800]/g, '');
    const labels = format === 'gexf' ? all(root, 'node').map((n) => n.attrs.label) : all(root, 'node').map((n) => data(n).label);
    expect(labels).toContain(want);
    if (format === 'gexf') expect(all(root, 'node').map((n) => n.attrs.id)).toContain('evil"<&>');
  });

  it.each(['<a>x & y</a>', '<a>\u0001</a>', '<a x="<"/>', '<a><b></a>', '<a/><b/>'])('the test parser refuses %j (it checks well-formedness)', (bad) => {
    expect(() => parseXml(bad)).toThrow();
  });

  it.each([
    ['a & b', 'a &#38; b'],
    ['<>"\'', '&#60;&#62;&#34;&#39;'],
    ['line\nbreak\ttab', 'line&#10;break&#9;tab'],
    ['\u0000\u001f\ud83c\udde6 ok', '\ud83c\udde6 ok'],
    ['\udc00lone', 'lone'],
  ])('escapes %j for XML', (s, want) => {
    expect(xmlEscape(s)).toBe(want);
  });
});
