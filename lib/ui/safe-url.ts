/**
 * A link target only when it is a web address: a source URL of "javascript:" or "data:" from a
 * page or an imported file is shown as text, never followed.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host of an address without "www." ("pravda.com.ua"), or null when it is not an address. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
