import { formatDate } from '@/lib/ui/dates';
import { useT } from './i18n';

export type PeriodSliderProps = {
  /** Every month of the span, in order ('YYYY-MM'). */
  months: string[];
  from: string;
  to: string;
  onChange: (from: string, to: string) => void;
};

/**
 * The network's period as two sliders over the months of the history shown: the first month and
 * the last. Moving one past the other carries the other along, so the period is never empty.
 */
export function PeriodSlider({ months, from, to, onChange }: PeriodSliderProps) {
  const { t, lang } = useT();
  if (!months.length) return <p class="muted">{t('noPeriod')}</p>;
  const last = months.length - 1;
  const i = Math.max(0, months.indexOf(from));
  const j = Math.max(0, months.indexOf(to));
  const month = (k: number) => formatDate(months[k]!, lang);
  const move = (which: 'from' | 'to') => (e: { currentTarget: HTMLInputElement }) => {
    const k = Number(e.currentTarget.value);
    if (which === 'from') onChange(months[k]!, months[Math.max(k, j)]!);
    else onChange(months[Math.min(k, i)]!, months[k]!);
  };
  return (
    <fieldset class="period" data-testid="period">
      <legend>{t('period')}</legend>
      <label>
        {t('periodFrom')}{' '}
        <input type="range" min={0} max={last} step={1} value={i} aria-valuetext={month(i)} onInput={move('from')} data-testid="period-from" />
      </label>
      <label>
        {t('periodTo')}{' '}
        <input type="range" min={0} max={last} step={1} value={j} aria-valuetext={month(j)} onInput={move('to')} data-testid="period-to" />
      </label>
      <output data-testid="period-shown">{t('periodShown', { from: month(i), to: month(j) })}</output>
    </fieldset>
  );
}
