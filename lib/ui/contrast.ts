/**
 * WCAG 2.1 contrast: relative luminance and contrast ratio of sRGB colours, colours laid over a
 * background at their opacity, and the nearest colour of a hue that reaches a ratio. The popup's
 * palette is checked with it (tests/unit/contrast.test.ts), and the legend's swatches get their
 * outline from it: a person may pick any highlight colour, the outline still stands out at 3:1.
 */
export type Rgb = { r: number; g: number; b: number };
export type Rgba = Rgb & { a: number };

/** "#rgb", "#rrggbb", "rgb(r, g, b)" or "rgba(r, g, b, a)"; null for anything else. */
export function parseColor(text: string): Rgba | null {
  const s = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    const n = Number.parseInt(h, 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (!fn) return null;
  const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number.parseFloat(fn[4]) / 100 : Number(fn[4]);
  return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha };
}

/** A colour laid over an opaque background at its own opacity (how the browser paints it). */
export function over(top: Rgba, bottom: Rgb): Rgb {
  const mix = (t: number, b: number) => Math.round(t * top.a + b * (1 - top.a));
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b) };
}

const channel = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1 to 21, whichever colour is lighter. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const toHex = ({ r, g, b }: Rgb) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/**
 * The colour nearest to `color` (mixed toward black on a light background, toward white on a
 * dark one) whose contrast with `bg` is at least `min`: the hue stays recognisable, the mark
 * stays visible. The colour itself when it already reaches `min`.
 */
export function reaching(color: Rgb, bg: Rgb, min: number): Rgb {
  const target = luminance(bg) > 0.18 ? { r: 0, g: 0, b: 0 } : { r: 255, g: 255, b: 255 };
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const c = { r: Math.round(color.r + (target.r - color.r) * t), g: Math.round(color.g + (target.g - color.g) * t), b: Math.round(color.b + (target.b - color.b) * t) };
    if (contrast(c, bg) >= min) return c;
  }
  return target;
}
