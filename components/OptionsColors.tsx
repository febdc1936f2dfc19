import { colorOf, COLOR_KEYS, DEFAULT_COLORS, readColors, tint, type ColorKey } from '@/lib/ui/highlight-colors';
import { useT } from './i18n';
import { useSettings } from './use-settings';

// A name of each side, as the tint would show it on a page.
const SAMPLE: Record<ColorKey, string> = { us: 'Марко Рубіо', ru: 'Сергій Лавров', ua: 'Андрій Сибіга', other: 'Гакан Фідан', event: 'Женевський саміт' };

/** The tints names and earlier events get on the page, each with a sample, and a way back to the shipped ones. */
export function OptionsColors() {
  const { t } = useT();
  const [s, save] = useSettings();
  const label: Record<ColorKey, string> = { us: t('legendUs'), ru: t('legendRu'), ua: t('legendUa'), other: t('legendOther'), event: t('legendEvent') };
  const set = (k: ColorKey, v: string) => save((cur) => ({ ...cur, colors: readColors({ ...cur.colors, [k]: v }) }));
  return (
    <section id="colors" aria-labelledby="colors-title" data-testid="colors-section">
      <h2 id="colors-title">{t('optColors')}</h2>
      {!s ? (
        <p class="muted">{t('optLoading')}</p>
      ) : (
        <>
          <p class="muted">{t('optColorsIntro')}</p>
          <ul class="color-list">
            {COLOR_KEYS.map((k) => (
              <li key={k}>
                <label>
                  <input type="color" value={colorOf(s.colors, k)} onChange={(e) => set(k, e.currentTarget.value)} /> {label[k]}
                </label>
                {/* How a name looks on a page with that tint: a Ukrainian page's text, marked as such. */}
                <span class="color-sample" lang="uk" style={{ background: tint(colorOf(s.colors, k), k) }} aria-hidden="true">
                  {SAMPLE[k]}
                </span>
              </li>
            ))}
          </ul>
          <button disabled={COLOR_KEYS.every((k) => colorOf(s.colors, k) === DEFAULT_COLORS[k])} onClick={() => save((cur) => ({ ...cur, colors: {} }))}>
            {t('optColorsReset')}
          </button>
        </>
      )}
    </section>
  );
}
