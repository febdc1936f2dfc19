import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Moves focus to what an action produced (the Undo after a Delete, the saved row, the opened
 * contact), which may be drawn a few renders later (after the database answers): the element
 * named by a selector inside `root` is focused on the first render that has it. A wish not met
 * within a few seconds is dropped, so a late render never steals focus from where the person
 * has gone since.
 */
export function useFocusAfter(root: { current: HTMLElement | null }): (selector: string) => void {
  const wanted = useRef<{ selector: string; until: number } | null>(null);
  const [, rerender] = useState(0);
  useEffect(() => {
    const w = wanted.current;
    if (!w) return;
    const el = root.current?.querySelector<HTMLElement>(w.selector);
    if (el) {
      el.focus();
      wanted.current = null;
    } else if (Date.now() > w.until) wanted.current = null;
  });
  return (selector: string) => {
    wanted.current = { selector, until: Date.now() + 3000 };
    rerender((n) => n + 1);
  };
}
