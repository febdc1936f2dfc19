import { formatDate } from '@/lib/ui/dates';
import { countryLabel } from '@/lib/ui/places';
import { counterparts } from '@/lib/history/filter';
import type { ContactRecord } from '@/lib/history/types';
import type { Actor } from '@/lib/kb/types';
import { roleLabel } from '@/lib/kb/roles';
import { useT } from './i18n';

export type ActorSummaryProps = { actor: string; records: ContactRecord[]; byId: Map<string, Actor>; onPick: (id: string) => void };

/** One person's contacts at a glance: who they are now, how many contacts over which span, with whom. */
export function ActorSummary({ actor, records, byId, onPick }: ActorSummaryProps) {
  const { t, lang } = useT();
  const a = byId.get(actor);
  const dates = records.map((r) => r.date ?? r.sources[0]?.published?.slice(0, 10) ?? '').filter(Boolean).sort();
  const others = counterparts(records, actor).slice(0, 8);
  return (
    <section class="actor-summary" data-testid="actor-summary">
      <strong>{a?.name[lang] ?? actor}</strong>
      {a && <span class="muted"> · {roleLabel(a, null, lang) ?? countryLabel(a.country, lang)}</span>}
      <div class="muted">{t('contactsOf', { n: records.length, from: dates[0] ? formatDate(dates[0], lang) : '?', to: dates.length ? formatDate(dates[dates.length - 1]!, lang) : '?' })}</div>
      {others.length > 0 && (
        <div>
          {t('counterparts')}:{' '}
          {others.map((o) => (
            <button key={o.id} class="chip-btn" onClick={() => onPick(o.id)}>
              {byId.get(o.id)?.name[lang] ?? o.id} <span class="count">{o.count}</span>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
