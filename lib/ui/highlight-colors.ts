/**
 * The colours names are tinted with on the page, by side, and earlier events. People change them
 * (colour vision differs; some sites are dark); the page gets them through one constructed
 * style sheet, so only valid #rrggbb values may reach CSS.
 */
export const COLOR_KEYS = ['us', 'ru', 'ua', 'other', 'event'] as const;
export type ColorKey = (typeof COLOR_KEYS)[number];
export type HighlightColors = Partial<Record<ColorKey, string>>;

/** The shipped tints (content.css), as colours and the opacity each is laid over text with. */
export const DEFAULT_COLORS: Record<ColorKey, string> = { us: '#4682eb', ru: '#eb4646', ua: '#ffc800', other: '#969696', event: '#aa78ff' };
const ALPHA: Record<ColorKey, number> = { us: 0.28, ru: 0.25, ua: 0.38, other: 0.28, event: 0.28 };
const HIGHLIGHT: Record<ColorKey, string> = { us: 'kontakty-side-us', ru: 'kontakty-side-ru', ua: 'kontakty-side-ua', other: 'kontakty-side-other', event: 'kontakty-event' };

const HEX = /^#[0-9a-f]{6}$/;

/** The user's colours as stored, keeping only well-formed ones that differ from the default. */
export function readColors(raw: unknown): HighlightColors {
  const out: HighlightColors = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const k of COLOR_KEYS) {
    const v = (raw as Record<string, unknown>)[k];
    if (typeof v === 'string' && HEX.test(v.toLowerCase()) && v.toLowerCase() !== DEFAULT_COLORS[k]) out[k] = v.toLowerCase();
  }
  return out;
}

export const colorOf = (c: HighlightColors, k: ColorKey) => c[k] ?? DEFAULT_COLORS[k];

/** A colour at the opacity its highlight uses: "rgba(r, g, b, a)". */
export function tint(hex: string, k: ColorKey): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${ALPHA[k]})`;
}

/** The ::highlight rules for the colours a person changed; empty when they kept the defaults. */
export function highlightCss(raw: unknown): string {
  const c = readColors(raw);
  return COLOR_KEYS.filter((k) => c[k])
    .map((k) => `::highlight(${HIGHLIGHT[k]}) { background-color: ${tint(c[k]!, k)}; }`)
    .join('\n');
}
