import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Re-renders with a Dexie query's result whenever the data it read changes (any context). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error('[kontakty]', e) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
