import { CONTACT_STATUSES, type ContactStatus } from '../contacts/types';
import { dateWindow, windowsOverlap } from '../contacts/window';
import type { Actor, Side } from '../kb/types';
import type { UiLang } from '../ui/i18n';
import { networkNode, nodeSide, sideNodeId, statusZero, type NetworkNode } from './network';

/**
 * The history tab's network: the same nodes and pairs as the GEXF and GraphML exports
 * (network.ts), built from the history's facets rather than whole records, so the tab can follow
 * every filter over a large history without reading it. Each node and edge keeps the ids of its
 * contacts: clicking one lists them.
 */

/** What the graph needs of a contact (a history facet has it). */
export type GraphContact = {
  id: number;
  participants: readonly string[];
  /** Sides told with no one named ("американська сторона"). */
  unnamedSides?: readonly Side[];
  status: string;
  /** The days the contact may fall on (lib/history/filter.ts), null when its date cannot be read. */
  win: readonly [string, string] | null;
};

export type GraphNode = NetworkNode & { contactIds: number[] };

export type GraphEdge = {
  /** `source|target`, the two ids in order. */
  id: string;
  source: string;
  target: string;
  /** Contacts both took part in. */
  weight: number;
  statuses: Record<ContactStatus, number>;
  /** The status the edge is drawn in: the one most of its contacts have (ties: happened, planned, called off, denied, unclear). */
  status: ContactStatus;
  contactIds: number[];
};

export type ContactGraph = { nodes: GraphNode[]; edges: GraphEdge[] };

const STATUSES: readonly ContactStatus[] = CONTACT_STATUSES;

/** The network of the given contacts: nodes by most contacts, edges by weight. */
export function contactGraph(contacts: Iterable<GraphContact>, byId: Map<string, Actor>, lang: UiLang): ContactGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const c of contacts) {
    // As the exports do: a side told with no one named is a node of its own, but only when no one
    // of that side is named in the contact ("Witkoff and the American side" is one delegation).
    const named = new Set(c.participants.map((id) => nodeSide(id, byId)));
    const sides = (c.unnamedSides ?? []).filter((s) => !named.has(s)).map(sideNodeId);
    const ids = [...new Set([...c.participants, ...sides])].sort();
    const status = (STATUSES.includes(c.status as ContactStatus) ? c.status : 'unclear') as ContactStatus;
    for (const id of ids) {
      let n = nodes.get(id);
      if (!n) nodes.set(id, (n = { ...networkNode(id, byId, lang), contactIds: [] }));
      n.contacts++;
      n.contactIds.push(c.id);
    }
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const id = `${ids[i]}|${ids[j]}`;
        let e = edges.get(id);
        if (!e) edges.set(id, (e = { id, source: ids[i]!, target: ids[j]!, weight: 0, statuses: statusZero(), status, contactIds: [] }));
        e.weight++;
        e.statuses[status]++;
        e.contactIds.push(c.id);
      }
  }
  for (const e of edges.values()) e.status = STATUSES.reduce((best, s) => (e.statuses[s] > e.statuses[best] ? s : best), 'happened' as ContactStatus);
  return {
    nodes: [...nodes.values()].sort((a, b) => b.contacts - a.contacts || a.id.localeCompare(b.id)),
    edges: [...edges.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id)),
  };
}

/** Every month from the earliest to the latest a contact may fall in ('YYYY-MM'), for the date slider. */
export function monthSpan(contacts: Iterable<GraphContact>): string[] {
  let lo = '';
  let hi = '';
  for (const c of contacts) {
    if (!c.win || !/^\d{4}-\d\d/.test(c.win[0]) || !/^\d{4}-\d\d/.test(c.win[1])) continue;
    if (!lo || c.win[0] < lo) lo = c.win[0];
    if (!hi || c.win[1] > hi) hi = c.win[1];
  }
  if (!lo) return [];
  const out: string[] = [];
  let [y, m] = lo.slice(0, 7).split('-').map(Number) as [number, number];
  const end = hi.slice(0, 7);
  for (;;) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= end) return out;
    if (++m > 12) (m = 1), y++;
  }
}

/**
 * The contacts that may fall within months `from` to `to` (inclusive, 'YYYY-MM'). A contact
 * whose date cannot be read is kept only while the whole span is chosen (`whole`): narrowing the
 * period is a statement about dates it has none of.
 */
export function withinMonths<T extends GraphContact>(contacts: T[], from: string, to: string, whole = false): T[] {
  if (whole) return contacts;
  const range: [string, string] = [dateWindow(from, null)[0], dateWindow(to, null)[1]];
  return contacts.filter((c) => !!c.win && windowsOverlap(c.win as [string, string], range));
}
