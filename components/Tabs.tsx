import { useRef } from 'preact/hooks';
import { rovingIndex } from '@/lib/ui/roving';

export type TabsProps<T extends string> = { tabs: { id: T; label: string }[]; selected: T; onSelect: (id: T) => void; label: string };

/**
 * A tab list as WAI-ARIA's tabs pattern has it: the selected tab alone in the tab order, the
 * arrow keys (and Home, End) move to another tab and select it, each tab names the panel it
 * controls (`panel-ID`, drawn by the caller).
 */
export function Tabs<T extends string>({ tabs, selected, onSelect, label }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((x) => x.id === selected);
    const next = rovingIndex(e.key, at, tabs.length, 'horizontal');
    if (next === null) return;
    e.preventDefault();
    onSelect(tabs[next]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((x) => (
        <button
          key={x.id}
          role="tab"
          id={`tab-${x.id}`}
          aria-selected={x.id === selected}
          aria-controls={`panel-${x.id}`}
          tabIndex={x.id === selected ? 0 : -1}
          class={x.id === selected ? 'on' : ''}
          onClick={() => onSelect(x.id)}
        >
          {x.label}
        </button>
      ))}
    </div>
  );
}
