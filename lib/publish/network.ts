import { CONTACT_STATUSES, type ContactStatus } from '../contacts/types';
import type { ContactRecord } from '../history/types';
import type { Actor, Side } from '../kb/types';
import { sideOf } from '../kb/types';
import { translate, type UiLang } from '../ui/i18n';

/**
 * The history as a network for Gephi, Cytoscape or networkx: actors are nodes, and two actors
 * who took part in the same contact are joined by an edge weighted by how many contacts they
 * shared. Built a chunk of records at a time (the popup's export reads the history in chunks),
 * then written as GEXF or GraphML (gexf.ts, graphml.ts).
 */

export type NetworkNode = {
  id: string;
  label: string;
  side: Side;
  /** person, institution, media — or 'side' for a side named without a person ("американська сторона"). */
  kind: string;
  wikidata: string | null;
  /** Contacts the actor took part in. */
  contacts: number;
};

export type NetworkEdge = {
  source: string;
  target: string;
  /** Contacts both took part in. */
  weight: number;
  statuses: Record<ContactStatus, number>;
  /** The earliest and latest dates of those contacts, as precise as the records know them. */
  first: string | null;
  last: string | null;
};

export type Network = { nodes: NetworkNode[]; edges: NetworkEdge[] };

/** Each status counted from nought: the edge's contacts by status. */
export const statusZero = (): Record<ContactStatus, number> => Object.fromEntries(CONTACT_STATUSES.map((s) => [s, 0])) as Record<ContactStatus, number>;

/** The node id for a side named without a person. */
export const sideNodeId = (side: Side) => `side-${side}`;

/** An actor's side, a side node's own side, or 'other' for an actor the knowledge base no longer has. */
export function nodeSide(id: string, byId: Map<string, Actor>): Side {
  const a = byId.get(id);
  return a ? sideOf(a.country) : id.startsWith('side-') ? (id.slice(5) as Side) : 'other';
}

/** A node as the exports and the history tab's network name it, with no contacts counted yet. */
export function networkNode(id: string, byId: Map<string, Actor>, lang: UiLang): NetworkNode {
  const a = byId.get(id);
  const side = nodeSide(id, byId);
  return a
    ? { id, label: a.name[lang] || a.name.en, side, kind: a.kind, wikidata: a.wikidata, contacts: 0 }
    : id === sideNodeId(side)
      ? { id, label: translate(lang, `side${side}`), side, kind: 'side', wikidata: null, contacts: 0 }
      : // An actor the knowledge base no longer has (deleted by the person): its id is all there is.
        { id, label: id, side: 'other', kind: 'unknown', wikidata: null, contacts: 0 };
}

export class NetworkBuilder {
  private nodes = new Map<string, NetworkNode>();
  private edges = new Map<string, NetworkEdge>();

  constructor(
    private byId: Map<string, Actor>,
    private lang: UiLang = 'en',
  ) {}

  add(records: Iterable<ContactRecord>): this {
    for (const r of records) this.addOne(r);
    return this;
  }

  private addOne(r: ContactRecord): void {
    const ids = new Set(r.participants);
    for (const p of r.parties) if (p.actorId) ids.add(p.actorId);
    // A side named without a person ("російські посадовці") is a node of its own, but only when no
    // one of that side is named in the contact: "Witkoff and the American side" is one delegation.
    const namedSides = new Set([...ids].map((id) => this.sideOf(id)));
    for (const p of r.parties) if (!p.actorId && !namedSides.has(p.side)) ids.add(sideNodeId(p.side));
    const list = [...ids].sort();
    for (const id of list) this.node(id).contacts++;
    const start = r.date;
    const end = r.endDate ?? r.date;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}\u0000${list[j]}`;
        let e = this.edges.get(key);
        if (!e) this.edges.set(key, (e = { source: list[i]!, target: list[j]!, weight: 0, statuses: statusZero(), first: null, last: null }));
        e.weight++;
        e.statuses[r.status]++;
        if (start && (!e.first || start < e.first)) e.first = start;
        if (end && (!e.last || end > e.last)) e.last = end;
      }
    }
  }

  private node(id: string): NetworkNode {
    let n = this.nodes.get(id);
    if (!n) this.nodes.set(id, (n = networkNode(id, this.byId, this.lang)));
    return n;
  }

  private sideOf(id: string): Side {
    return nodeSide(id, this.byId);
  }

  /** Nodes by most contacts, edges by weight: the busiest first when a file is read by eye. */
  network(): Network {
    const nodes = [...this.nodes.values()].sort((a, b) => b.contacts - a.contacts || a.id.localeCompare(b.id));
    const edges = [...this.edges.values()].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
    return { nodes, edges };
  }
}

export function buildNetwork(records: Iterable<ContactRecord>, byId: Map<string, Actor>, lang: UiLang = 'en'): Network {
  return new NetworkBuilder(byId, lang).add(records).network();
}
