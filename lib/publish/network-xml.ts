import { CONTACT_STATUSES } from '../contacts/types';
import type { Network } from './network';

/**
 * The history's network (network.ts) written as XML for network tools: GEXF for Gephi, GraphML for
 * Cytoscape, yEd, igraph and networkx. Strings from pages are escaped by `xmlEscape`.
 */

/**
 * Text made safe in XML 1.0 content and double-quoted attributes. Names and places come from web
 * pages and imported files: markup characters are escaped, and characters XML 1.0 forbids
 * outright (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped, since no escape
 * makes them legal and a parser stops at the first one.
 */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"'\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

const x = xmlEscape;

/**
 * A network as GEXF 1.3 (https://gexf.net/), Gephi's own format: an undirected static graph,
 * node attributes side, kind, Wikidata id and contact count; edge weights and, per edge, the
 * contacts counted by status and their first and last dates.
 */

const NODE_ATTRS = [
  ['side', 'string'],
  ['kind', 'string'],
  ['wikidata', 'string'],
  ['contacts', 'integer'],
] as const;

// The contacts of an edge counted by status, one attribute per status (CONTACT_STATUSES).
const EDGE_ATTRS: readonly (readonly [string, string])[] = [...CONTACT_STATUSES.map((s) => [s, 'integer'] as const), ['first_date', 'string'], ['last_date', 'string']];

const statusCounts = (e: Network['edges'][number]): [string, number][] => CONTACT_STATUSES.map((s) => [s, e.statuses[s]]);

const declare = (cls: string, attrs: readonly (readonly [string, string])[]) =>
  `    <attributes class="${cls}" mode="static">\n${attrs.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`).join('')}    </attributes>\n`;

const values = (pairs: [string, string | number | null][]) =>
  `<attvalues>${pairs.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `<attvalue for="${k}" value="${x(String(v))}"/>`).join('')}</attvalues>`;

export function toGexf(net: Network, now = new Date(), description = 'US–Russia contacts (Kontakty)'): string {
  const nodes = net.nodes.map(
    (n) => `      <node id="${x(n.id)}" label="${x(n.label)}">${values([['side', n.side], ['kind', n.kind], ['wikidata', n.wikidata], ['contacts', n.contacts]])}</node>\n`,
  );
  const edges = net.edges.map(
    (e, i) =>
      `      <edge id="e${i}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.weight}">${values([
        ...statusCounts(e),
        ['first_date', e.first],
        ['last_date', e.last],
      ])}</edge>\n`,
  );
  return (
    XML_DECLARATION +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">\n    <creator>Kontakty</creator>\n    <description>${x(description)}</description>\n  </meta>\n` +
    '  <graph mode="static" defaultedgetype="undirected">\n' +
    declare('node', NODE_ATTRS) +
    declare('edge', EDGE_ATTRS) +
    `    <nodes>\n${nodes.join('')}    </nodes>\n` +
    `    <edges>\n${edges.join('')}    </edges>\n` +
    '  </graph>\n</gexf>\n'
  );
}

/**
 * A network as GraphML (http://graphml.graphdrawing.org/), read by Cytoscape, yEd, igraph and
 * networkx: the same nodes, edges and attributes as the GEXF file. Node ids are n0, n1…
 * (GraphML wants XML name tokens; an actor id a person typed need not be one), the actor's own
 * id is the `actor_id` attribute.
 */

const KEYS: [string, 'node' | 'edge', string, string][] = [
  ['label', 'node', 'label', 'string'],
  ['actor_id', 'node', 'actor_id', 'string'],
  ['side', 'node', 'side', 'string'],
  ['kind', 'node', 'kind', 'string'],
  ['wikidata', 'node', 'wikidata', 'string'],
  ['contacts', 'node', 'contacts', 'int'],
  ['weight', 'edge', 'weight', 'double'],
  ...CONTACT_STATUSES.map((s): [string, 'node' | 'edge', string, string] => [s, 'edge', s, 'int']),
  ['first_date', 'edge', 'first_date', 'string'],
  ['last_date', 'edge', 'last_date', 'string'],
];

const data = (pairs: [string, string | number | null][]) =>
  pairs.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `<data key="${k}">${x(String(v))}</data>`).join('');

export function toGraphml(net: Network): string {
  const index = new Map(net.nodes.map((n, i) => [n.id, `n${i}`]));
  const nodes = net.nodes.map(
    (n) =>
      `    <node id="${index.get(n.id)}">${data([['label', n.label], ['actor_id', n.id], ['side', n.side], ['kind', n.kind], ['wikidata', n.wikidata], ['contacts', n.contacts]])}</node>\n`,
  );
  const edges = net.edges.map(
    (e, i) =>
      `    <edge id="e${i}" source="${index.get(e.source)}" target="${index.get(e.target)}">${data([
        ['weight', e.weight],
        ...statusCounts(e),
        ['first_date', e.first],
        ['last_date', e.last],
      ])}</edge>\n`,
  );
  return (
    XML_DECLARATION +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    KEYS.map(([id, on, name, type]) => `  <key id="${id}" for="${on}" attr.name="${name}" attr.type="${type}"/>\n`).join('') +
    '  <graph id="kontakty" edgedefault="undirected">\n' +
    nodes.join('') +
    edges.join('') +
    '  </graph>\n</graphml>\n'
  );
}
