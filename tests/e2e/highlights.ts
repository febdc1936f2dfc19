import type { Page } from '@playwright/test';

/**
 * Where on screen a painted highlight holding `text` is: the first such range of the named
 * highlight, scrolled to the middle of the viewport, as the point a reader would put the
 * pointer on (its middle, or `dx` pixels in from its left edge). Waits until the highlight is painted.
 */
export async function pointOnHighlight(page: Page, name: string, text: string, dx?: number): Promise<{ x: number; y: number }> {
  await page.waitForFunction((n) => (CSS.highlights.get(n)?.size ?? 0) > 0, name);
  const point = await page.evaluate(
    ([n, t, d]) => {
      for (const r of CSS.highlights.get(n as string) ?? []) {
        const range = r as Range;
        if (!range.toString().includes(t as string)) continue;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: d === null ? rect.left + rect.width / 2 : rect.left + (d as number), y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [name, text, dx ?? null] as const,
  );
  if (!point) throw new Error(`no ${name} highlight holding "${text}"`);
  return point;
}
