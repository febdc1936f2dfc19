import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactGraph } from '@/lib/publish/contact-graph';

/** Colours of the drawing: sides for nodes, statuses for edges, and the page's own text and background. */
export type NetworkPalette = { sides: Record<string, string>; statuses: Record<string, string>; fg: string; bg: string; accent: string };

export type ContactNetworkProps = {
  graph: ContactGraph;
  palette: NetworkPalette;
  /** The node or edge id whose card is open. */
  selected: string | null;
  onNode: (id: string) => void;
  onEdge: (id: string) => void;
  /** What the drawing shows, in words (it is a canvas: screen readers get this and the list beside it). */
  label: string;
};

// Sizes grow with the square root: a node of 40 contacts is not drawn ten times the size of one with 4.
const nodeSize = (contacts: number) => Math.min(80, 16 + 9 * Math.sqrt(contacts));
const edgeWidth = (weight: number) => Math.min(14, 1 + 1.6 * Math.sqrt(weight));

function elementsOf(graph: ContactGraph): ElementDefinition[] {
  return [
    ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label, side: n.side, size: nodeSize(n.contacts), contacts: n.contacts } })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, status: e.status, width: edgeWidth(e.weight), weight: e.weight } })),
  ];
}

function styleOf(p: NetworkPalette): StylesheetJson {
  return [
    { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(label)', color: p.fg, 'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': p.bg, 'text-outline-width': 2, 'background-color': p.sides.other!, 'border-width': 1, 'border-color': p.fg } },
    ...Object.entries(p.sides).map(([side, color]) => ({ selector: `node[side = "${side}"]`, style: { 'background-color': color } })),
    { selector: 'edge', style: { width: 'data(width)', 'line-color': p.statuses.unclear!, 'curve-style': 'bezier', opacity: 0.9 } },
    ...Object.entries(p.statuses).map(([status, color]) => ({ selector: `edge[status = "${status}"]`, style: { 'line-color': color } })),
    { selector: ':selected', style: { 'underlay-color': p.accent, 'underlay-opacity': 0.45, 'underlay-padding': 6 } },
  ];
}

/**
 * The contact network drawn by Cytoscape.js: nodes and edges from the pure graph
 * (lib/publish/contact-graph.ts), laid out again whenever its actors or links change. Clicking (or
 * tapping) a node or an edge tells the page. The drawing's counts are on the element
 * (`data-nodes`, `data-edges`, `data-layout` when laid out) as Cytoscape holds them.
 */
export function ContactNetwork({ graph, palette, selected, onNode, onEdge, label }: ContactNetworkProps) {
  const box = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const handlers = useRef({ onNode, onEdge });
  handlers.current = { onNode, onEdge };
  useEffect(() => {
    const c = cytoscape({ container: box.current!, minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single' });
    c.on('tap', 'node', (e) => handlers.current.onNode(e.target.id()));
    c.on('tap', 'edge', (e) => handlers.current.onEdge(e.target.id()));
    setCy(c);
    return () => c.destroy();
  }, []);
  const paletteKey = JSON.stringify(palette);
  useEffect(() => void cy?.style(styleOf(palette)), [cy, paletteKey]);
  // The ids drawn: a graph of the same actors and links (a contact edited, the knowledge base read
  // again) keeps its drawing; only a change of who is in it lays it out again, from where it was.
  const drawnIds = useRef<string | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!cy || !el) return;
    const elements = elementsOf(graph);
    const ids = elements.map((e) => e.data.id).join('\n');
    const wanted = new Set(elements.map((e) => e.data.id!));
    cy.batch(() => {
      cy.elements().filter((e) => !wanted.has(e.id())).remove();
      for (const e of elements) {
        const there = cy.getElementById(e.data.id!);
        if (there.nonempty()) there.data(e.data);
        else cy.add(e);
      }
    });
    el.dataset.nodes = String(cy.nodes().length);
    el.dataset.edges = String(cy.edges().length);
    if (ids === drawnIds.current) return;
    const first = drawnIds.current === null;
    drawnIds.current = ids;
    el.dataset.layout = 'running';
    // Force-directed, without animation (it runs to the end at once); the first drawing starts at random.
    const layout = cy.layout({ name: 'cose', animate: false, randomize: first, fit: true, padding: 30, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 70, nodeRepulsion: () => 9000 });
    layout.one('layoutstop', () => (el.dataset.layout = 'done'));
    layout.run();
  }, [cy, graph]);
  useEffect(() => {
    if (!cy) return;
    cy.elements(':selected').unselect();
    if (selected) cy.getElementById(selected).select();
  }, [cy, graph, selected]);
  return <div ref={box} class="network-canvas" role="img" aria-label={label} data-testid="network" />;
}
