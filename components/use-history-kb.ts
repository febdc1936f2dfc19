import type { HistoryDB } from '@/lib/history/db';
import { bundledKb, kbWith, type KnowledgeBase } from '@/lib/kb/index';
import { colorOf, COLOR_KEYS, tint } from '@/lib/ui/highlight-colors';
import { useLiveQuery } from '@/lib/ui/use-live-query';
import { useSettings } from './use-settings';

/** Names come from the database's knowledge base (a person's own actors included), the shipped one until it loads. */
export function useHistoryKb(db: HistoryDB): KnowledgeBase {
  return useLiveQuery(async () => {
    const actors = await db.actors.toArray();
    return actors.length ? kbWith(actors.map(({ origin: _o, disabled: _d, userEdited: _u, ...a }) => a)) : bundledKb();
  }, [], bundledKb());
}

/** The legend and the actor chips wear the same tints as the page (a person may have changed them), as CSS variables. */
export function useTints(): Record<string, string> {
  const [settings] = useSettings();
  return Object.fromEntries(COLOR_KEYS.map((k) => [`--tint-${k}`, tint(colorOf(settings?.colors ?? {}, k), k)]));
}
