import { colorOf, COLOR_KEYS, type ColorKey } from '@/lib/ui/highlight-colors';
import { parseColor, reaching, toHex } from '@/lib/ui/contrast';
import type { MessageKey } from '@/lib/ui/i18n';
import { useT } from './i18n';
import { useSettings } from './use-settings';

/** The popup's background in each scheme (style.css): what a swatch's outline must stand out from. */
const POPUP_BG = { light: parseColor('#ffffff')!, dark: parseColor('#16181d')! };
const LABEL: Record<ColorKey, MessageKey> = { us: 'legendUs', ru: 'legendRu', ua: 'legendUa', other: 'legendOther', event: 'legendEvent' };

/**
 * What the marks on the page mean: the tint of each side and of earlier events, and the
 * underlines (a person solid, an institution dashed, an earlier event dotted, a sentence that
 * reports a contact double). A tint is faint by design (text stays readable over it), so each
 * swatch is outlined in its colour brought to 3:1 against the popup's background, whatever
 * colour a person picked.
 */
export function Legend() {
  const { t } = useT();
  const [settings] = useSettings();
  const colors = settings?.colors ?? {};
  return (
    <div class="legend muted" data-testid="legend">
      <ul class="legend-row" aria-label={t('legendTints')}>
        {COLOR_KEYS.map((k) => {
          const c = parseColor(colorOf(colors, k))!;
          const style = { background: `var(--tint-${k})`, '--mark-light': toHex(reaching(c, POPUP_BG.light, 3)), '--mark-dark': toHex(reaching(c, POPUP_BG.dark, 3)) };
          return (
            <li key={k}>
              <span class="sw" data-key={k} style={style} aria-hidden="true" /> {t(LABEL[k])}
            </li>
          );
        })}
      </ul>
      <ul class="legend-row" aria-label={t('legendLines')}>
        <li><span class="ul ul-person" aria-hidden="true">{t('legendSample')}</span> {t('legendPerson')}</li>
        <li><span class="ul ul-institution" aria-hidden="true">{t('legendSample')}</span> {t('legendInstitution')}</li>
        <li><span class="ul ul-event" aria-hidden="true">{t('legendSample')}</span> {t('legendEventLine')}</li>
        <li><span class="ul ul-contact" aria-hidden="true">{t('legendSample')}</span> {t('legendContact')}</li>
      </ul>
    </div>
  );
}
