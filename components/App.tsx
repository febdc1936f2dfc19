import { useState } from 'preact/hooks';
import { HistoryDB } from '@/lib/history/db';
import { HistoryPanel } from './HistoryPanel';
import { PagePanel } from './PagePanel';

const db = new HistoryDB();

/** The popup: what this page holds, and the history of every contact seen. */
export function App() {
  const [tab, setTab] = useState<'page' | 'history'>('page');
  return (
    <main class="app">
      <header class="bar">
        <strong class="brand">Kontakty</strong>
        <nav class="tabs" role="tablist" aria-label="Views">
          <button role="tab" aria-selected={tab === 'page'} class={tab === 'page' ? 'on' : ''} onClick={() => setTab('page')}>
            This page
          </button>
          <button role="tab" aria-selected={tab === 'history'} class={tab === 'history' ? 'on' : ''} onClick={() => setTab('history')}>
            History
          </button>
        </nav>
      </header>
      {tab === 'page' ? <PagePanel /> : <HistoryPanel db={db} />}
    </main>
  );
}
