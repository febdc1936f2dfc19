import type { FoundContact } from '../analyze';
import { contactKey } from './merge';

/**
 * A contact a person rejected on the page it was read from: the extractor was wrong there.
 * Kept by article and merge key, so reading the article again does not bring it back, while
 * the same contact reported by another article is still stored.
 */
export type Rejection = { url: string; key: string; at: string };

/** Enough for years of corrections, small enough for extension storage. */
export const MAX_REJECTIONS = 5000;

export const rejectionKey = (c: Pick<FoundContact, 'participants' | 'sides' | 'status' | 'date'>) => contactKey(c);

/** The list with one more rejection (once), the oldest dropped past the cap. */
export function withRejection(list: readonly Rejection[], r: Rejection, cap = MAX_REJECTIONS): Rejection[] {
  const rest = list.filter((x) => !(x.url === r.url && x.key === r.key));
  return [...rest, r].slice(-cap);
}

export function withoutRejection(list: readonly Rejection[], url: string, key: string): Rejection[] {
  return list.filter((x) => !(x.url === url && x.key === key));
}

/** The merge keys rejected for one article. */
export function rejectedFor(list: readonly Rejection[], url: string): Set<string> {
  return new Set(list.filter((x) => x.url === url).map((x) => x.key));
}

/** A stored list as far as it reads as one (storage may hold anything an older version or a person left). */
export function readRejections(v: unknown): Rejection[] {
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is Rejection => !!x && typeof x === 'object' && typeof x.url === 'string' && typeof x.key === 'string').map((x) => ({ url: x.url, key: x.key, at: String(x.at ?? '') }));
}
