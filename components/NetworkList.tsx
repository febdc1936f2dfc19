import type { ContactGraph } from '@/lib/publish/contact-graph';
import { useT } from './i18n';

export type NetworkListProps = { graph: ContactGraph; onNode: (id: string) => void; onEdge: (id: string) => void };

/** How many of each a list shows: the busiest, as the drawing makes them the largest. */
const MOST = 150;

/**
 * The network's actors and links as buttons, for whoever does not use a mouse on the drawing (the
 * keyboard, a screen reader): each opens what a click on the drawing opens.
 */
export function NetworkList({ graph, onNode, onEdge }: NetworkListProps) {
  const { t } = useT();
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return (
    <details class="net-list" data-testid="network-list">
      <summary>{t('networkList')}</summary>
      <h3>{t('actors')}</h3>
      <ul class="chips">
        {graph.nodes.slice(0, MOST).map((n) => (
          <li key={n.id}>
            <button class={`chip side-${n.side.toLowerCase()}`} data-node={n.id} onClick={() => onNode(n.id)}>
              {n.label} <span class="count">{n.contacts}</span>
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('networkLinks')}</h3>
      <ul class="chips">
        {graph.edges.slice(0, MOST).map((e) => (
          <li key={e.id}>
            <button class="chip" data-edge={e.id} onClick={() => onEdge(e.id)}>
              {t('linkLabel', { a: label.get(e.source) ?? e.source, b: label.get(e.target) ?? e.target, n: e.weight })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
