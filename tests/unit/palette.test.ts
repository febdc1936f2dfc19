import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, over, parseColor, reaching, toHex, type Rgb } from '../../lib/ui/contrast';
import { COLOR_KEYS, DEFAULT_COLORS } from '../../lib/ui/highlight-colors';
import { CONTACT_STATUSES } from '../../lib/contacts/types';

const ROOT = join(import.meta.dirname, '../..');

/** The custom properties a `:root { … }` block sets, in the light scheme and in the dark one. */
function palette(file: string): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync(join(ROOT, file), 'utf8');
  const vars = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;}]+)/g)].map((m) => [m[1]!, m[2]!.trim()]));
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  const light = vars(css.slice(css.indexOf(':root'), darkAt));
  const dark = vars(css.slice(darkAt, css.indexOf('}', css.indexOf('}', darkAt) + 1)));
  return { light, dark: { ...light, ...dark } };
}
const rgb = (s: string | undefined): Rgb => {
  const c = parseColor(s ?? '');
  if (!c) throw new Error(`not a colour: ${s}`);
  return c;
};

describe('contrast', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrast(rgb('#000'), rgb('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(rgb('#fff'), rgb('#fff'))).toBe(1);
    // The "Happened" badge the issue measured: white on #1f8a4c, 4.37:1 (axe's figure).
    expect(contrast(rgb('#ffffff'), rgb('#1f8a4c'))).toBeCloseTo(4.38, 1);
  });
  it('lays a translucent colour over its background', () => {
    expect(over(parseColor('rgba(0, 0, 0, 0.5)')!, rgb('#ffffff'))).toEqual({ r: 128, g: 128, b: 128 });
  });
  it('finds the nearest colour of a hue that reaches a ratio, darker on light and lighter on dark', () => {
    for (const bg of ['#ffffff', '#16181d']) {
      for (const k of COLOR_KEYS) {
        const got = reaching(rgb(DEFAULT_COLORS[k]), rgb(bg), 3);
        expect(contrast(got, rgb(bg)), `${k} on ${bg}: ${toHex(got)}`).toBeGreaterThanOrEqual(3);
      }
    }
    // Already enough: unchanged.
    expect(toHex(reaching(rgb('#2454d6'), rgb('#ffffff'), 3))).toBe('#2454d6');
  });
});

for (const file of ['entrypoints/popup/style.css', 'entrypoints/options/style.css']) {
  describe(`${file} palette meets WCAG 2.1 AA`, () => {
    for (const [scheme, p] of Object.entries(palette(file))) {
      it(`${scheme}: text 4.5:1, marks 3:1`, () => {
        const bg = rgb(p.bg);
        const low: string[] = [];
        const need = (name: string, fg: Rgb, back: Rgb, min: number) => {
          const r = contrast(fg, back);
          if (r < min) low.push(`${name} ${r.toFixed(2)} < ${min}`);
        };
        need('text', rgb(p.fg), bg, 4.5);
        need('muted text', rgb(p.muted), bg, 4.5);
        // Muted text on the faint grey of a counterpart button (rgba(127,127,127,.12)).
        need('muted on chip', rgb(p.muted), over(parseColor('rgba(127, 127, 127, .12)')!, bg), 4.5);
        need('links and focus ring', rgb(p.accent), bg, 4.5);
        if (p['on-accent']) need('selected tab', rgb(p['on-accent']), rgb(p.accent), 4.5);
        for (const s of CONTACT_STATUSES) {
          if (!p[s]) continue;
          need(`${s} badge`, rgb(p['on-status']), rgb(p[s]), 4.5);
          // The status colour is also a mark (timeline dot, a row's left border) and text (tags).
          need(`${s} mark/text`, rgb(p[s]), bg, 4.5);
        }
        if (p.danger) need('danger text', rgb(p.danger), bg, 4.5);
        if (p.ok) need('ok text', rgb(p.ok), bg, 4.5);
        expect(low).toEqual([]);
      });
    }
  });
}
