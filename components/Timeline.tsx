import type { ContactRecord } from '@/lib/history/types';
import { layoutTimeline } from '@/lib/ui/timeline';
import { useT } from './i18n';

export type TimelineProps = { records: ContactRecord[]; onOpen: (id: number) => void };

/** The history as an analyst would draw it: contacts by month, coloured by status; a dot opens its contact. */
export function Timeline({ records, onOpen }: TimelineProps) {
  const { t } = useT();
  const layout = layoutTimeline(records, { fitWidth: 430 });
  if (!layout.dots.length) return <p class="muted">{t('count', { shown: 0, total: records.length })}</p>;
  return (
    <figure class="timeline" aria-label={t('byMonth')}>
      <div class="timeline-scroll">
        <svg width={Math.max(layout.width, 100)} height={layout.height} role="list">
          <line x1={0} x2={layout.width} y1={layout.height - 18} y2={layout.height - 18} class="axis" />
          {layout.months.map((m) =>
            m.label ? (
              <text key={m.key} x={m.x} y={layout.height - 4} class="month">
                {m.key.endsWith('-01') ? m.key.slice(0, 4) : m.key}
              </text>
            ) : null,
          )}
          {layout.dots.map((d) => (
            <circle
              key={d.id}
              role="listitem"
              tabIndex={0}
              cx={d.x}
              cy={d.y}
              r={4}
              class={`dot ${d.status}`}
              data-testid="timeline-dot"
              aria-label={`${d.month} · ${t(d.status as never)}`}
              onClick={() => onOpen(d.id)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onOpen(d.id)}
            >
              <title>{`${d.month} · ${t(d.status as never)}`}</title>
            </circle>
          ))}
        </svg>
      </div>
    </figure>
  );
}
