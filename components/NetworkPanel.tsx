import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HistoryDB } from '@/lib/history/db';
import { summaryRecord, type ContactFacet } from '@/lib/history/filter';
import type { HistoryIndex } from '@/lib/history/query';
import { contactGraph, monthSpan, withinMonths, type GraphEdge } from '@/lib/publish/contact-graph';
import { CONTACT_STATUSES } from '@/lib/contacts/types';
import { colorOf } from '@/lib/ui/highlight-colors';
import { ActorSummary } from './ActorSummary';
import { ContactDetails } from './ContactDetails';
import { ContactNetwork, type NetworkPalette } from './ContactNetwork';
import { useKb, useT } from './i18n';
import { NetworkList } from './NetworkList';
import { PeriodSlider } from './PeriodSlider';
import { useFocusAfter } from './use-focus-after';
import { useRecordsOf } from './use-records';
import { useSettings } from './use-settings';

export type NetworkPanelProps = {
  db: HistoryDB;
  index: HistoryIndex;
  /** The contacts the history's filters keep. */
  contacts: ContactFacet[];
  /** Narrows the whole tab (table and network) to one actor's contacts. */
  onFilterActor: (id: string) => void;
};

type Chosen = { kind: 'node' | 'edge'; id: string };

/** The drawing's colours: the sides' tints as the person set them, the statuses and text as the page's scheme has them. */
function usePalette(): NetworkPalette {
  const [settings] = useSettings();
  const [dark, setDark] = useState(() => matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const on = () => setDark(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return useMemo(() => {
    const css = getComputedStyle(document.body);
    const v = (name: string) => css.getPropertyValue(name).trim();
    const c = settings?.colors ?? {};
    return {
      sides: { US: colorOf(c, 'us'), RU: colorOf(c, 'ru'), UA: colorOf(c, 'ua'), other: colorOf(c, 'other') },
      statuses: Object.fromEntries(CONTACT_STATUSES.map((s) => [s, v(`--${s}`)])),
      fg: v('--fg'),
      bg: v('--bg'),
      accent: v('--accent'),
    };
  }, [settings, dark]);
}

/** The contacts behind a link, read whole, with their sources. */
function EdgeContacts({ db, index, edge, title }: { db: HistoryDB; index: HistoryIndex; edge: GraphEdge; title: string }) {
  const facets = edge.contactIds.map((id) => index.facets.get(id)).filter((x): x is ContactFacet => !!x);
  const records = useRecordsOf(db, index, facets.slice(0, 50), 50);
  return (
    <section class="net-pick" data-testid="edge-contacts" aria-labelledby="edge-title">
      <h3 id="edge-title" tabIndex={-1}>{title}</h3>
      <ul class="contacts" aria-busy={!records || undefined}>
        {(records ?? []).map((r) => <ContactDetails key={r.id} record={r} />)}
      </ul>
    </section>
  );
}

/** The network of the filtered history over a chosen period, and what a click on it opens: an actor's card or a link's contacts. */
export function NetworkPanel({ db, index, contacts, onFilterActor }: NetworkPanelProps) {
  const { t, lang } = useT();
  const kb = useKb();
  const months = useMemo(() => monthSpan(contacts), [contacts]);
  // The chosen months, kept as months (not positions) so the period stays put as contacts come in.
  const [period, setPeriod] = useState<[string, string] | null>(null);
  const from = period && months.includes(period[0]) ? period[0] : (months[0] ?? '');
  const to = period && months.includes(period[1]) ? period[1] : (months[months.length - 1] ?? '');
  const whole = from === months[0] && to === months[months.length - 1];
  const inPeriod = useMemo(() => (months.length ? withinMonths(contacts, from, to, whole) : contacts), [contacts, from, to, whole]);
  const graph = useMemo(() => contactGraph(inPeriod, kb.byId, lang), [inPeriod, kb, lang]);
  const palette = usePalette();
  const [pick, setPick] = useState<Chosen | null>(null);
  // What was picked may be filtered away: then nothing is.
  const node = pick?.kind === 'node' ? graph.nodes.find((n) => n.id === pick.id) : undefined;
  const edge = pick?.kind === 'edge' ? graph.edges.find((e) => e.id === pick.id) : undefined;
  const labelOf = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  const root = useRef<HTMLElement>(null);
  const focusSoon = useFocusAfter(root);
  // Chosen from the list (the keyboard's way in), focus follows to the card; a click on the drawing leaves it.
  const choose = (p: Chosen, focus: boolean) => {
    setPick(p);
    if (focus) focusSoon(p.kind === 'node' ? '#node-title' : '#edge-title');
  };
  return (
    <section class="network-panel" ref={root} aria-labelledby="network-title" data-testid="network-panel">
      <h2 id="network-title">{t('network')}</h2>
      <PeriodSlider months={months} from={from} to={to} onChange={(a, b) => setPeriod([a, b])} />
      <div class="network-layout">
        <div class="network-draw">
          <ContactNetwork
            graph={graph}
            palette={palette}
            selected={node?.id ?? edge?.id ?? null}
            onNode={(id) => choose({ kind: 'node', id }, false)}
            onEdge={(id) => choose({ kind: 'edge', id }, false)}
            label={t('networkSummary', { nodes: graph.nodes.length, edges: graph.edges.length })}
          />
          {!graph.edges.length && <p class="muted">{t('networkEmpty')}</p>}
          <NetworkList graph={graph} onNode={(id) => choose({ kind: 'node', id }, true)} onEdge={(id) => choose({ kind: 'edge', id }, true)} />
        </div>
        <div class="network-side" aria-live="polite">
          {!node && !edge && <p class="muted">{t('networkHint')}</p>}
          {node && (
            <section class="net-pick" data-testid="node-card" aria-labelledby="node-title">
              <h3 id="node-title" tabIndex={-1}>{node.label}</h3>
              {/* A side told with no one named is no actor: its count, and no actor filter to narrow to. */}
              {kb.byId.has(node.id) ? (
                <>
                  <ActorSummary actor={node.id} records={node.contactIds.map((id) => index.facets.get(id)).filter((x): x is ContactFacet => !!x).map(summaryRecord)} byId={kb.byId} onPick={(id) => choose({ kind: 'node', id }, true)} />
                  <button onClick={() => onFilterActor(node.id)}>{t('filterActor', { name: node.label })}</button>
                </>
              ) : (
                <p class="muted">{t('contacts', { n: node.contacts })}</p>
              )}
            </section>
          )}
          {edge && <EdgeContacts db={db} index={index} edge={edge} title={t('edgeContacts', { a: labelOf(edge.source), b: labelOf(edge.target) })} />}
        </div>
      </div>
    </section>
  );
}
