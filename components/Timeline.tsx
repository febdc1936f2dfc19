import { useRef, useState } from 'preact/hooks';
import type { ContactRecord } from '@/lib/history/types';
import { layoutTimeline } from '@/lib/ui/timeline';
import { rovingIndex } from '@/lib/ui/roving';
import type { MessageKey } from '@/lib/ui/i18n';
import { useKb, useT } from './i18n';

export type TimelineProps = { records: ContactRecord[]; onOpen: (id: number) => void };

/**
 * The history as an analyst would draw it: contacts by month, coloured by status. Each point is
 * a button with a target of 24 px, named by its month, parties, kind and status; one point is in
 * the tab order, the arrow keys (Home, End) move between them in time order, Enter or Space
 * opens its contact as a click does. SVG honours only the lower-case `tabindex` attribute.
 */
export function Timeline({ records, onOpen }: TimelineProps) {
  const { t, lang } = useT();
  const { byId } = useKb();
  const layout = layoutTimeline(records, { fitWidth: 430 });
  const [active, setActive] = useState(0);
  const svg = useRef<SVGSVGElement>(null);
  if (!layout.dots.length) return <p class="muted">{t('count', { shown: 0, total: records.length })}</p>;
  const current = Math.min(active, layout.dots.length - 1);
  const monthName = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const label = (d: (typeof layout.dots)[number]) =>
    t('timelinePoint', {
      date: monthName.format(new Date(`${d.month}-15T00:00:00Z`)),
      parties: d.participants.map((id) => byId.get(id)?.name[lang] ?? id).join(', ') || t('dateUnknown'),
      type: t(d.type as MessageKey),
      status: t(d.status as MessageKey),
    });
  const onKeyDown = (e: KeyboardEvent, i: number, id: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      return onOpen(id);
    }
    const next = rovingIndex(e.key, i, layout.dots.length);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    svg.current?.querySelectorAll<SVGGElement>('[data-testid="timeline-dot"]')[next]?.focus();
  };
  return (
    <figure class="timeline">
      <div class="timeline-scroll">
        <svg ref={svg} width={Math.max(layout.width, 100)} height={layout.height} role="list" aria-label={t('byMonth')} aria-describedby="timeline-hint">
          <line x1={0} x2={layout.width} y1={layout.height - 18} y2={layout.height - 18} class="axis" aria-hidden="true" />
          {layout.months.map((m) =>
            m.label ? (
              <text key={m.key} x={m.x} y={layout.height - 4} class="month" aria-hidden="true">
                {m.key.endsWith('-01') ? m.key.slice(0, 4) : m.key}
              </text>
            ) : null,
          )}
          {layout.dots.map((d, i) => (
            <g key={d.id} role="listitem">
              <g
                role="button"
                tabindex={i === current ? 0 : -1}
                class="point"
                data-testid="timeline-dot"
                aria-label={label(d)}
                onClick={() => onOpen(d.id)}
                onFocus={() => setActive(i)}
                onKeyDown={(e) => onKeyDown(e, i, d.id)}
              >
                <circle class="hit" cx={d.x} cy={d.y} r={12} />
                <circle class={`dot ${d.status}`} cx={d.x} cy={d.y} r={5} />
              </g>
            </g>
          ))}
        </svg>
      </div>
      <figcaption class="muted" id="timeline-hint">{t('timelineHint')}</figcaption>
    </figure>
  );
}
