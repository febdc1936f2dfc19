import { useMemo, useRef, useState } from 'preact/hooks';
import { allContacts, upsertRecords, type HistoryDB } from '@/lib/history/db';
import { parseHistoryFile, toHistoryFile } from '@/lib/history/exchange';
import type { ContactRecord } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';
import { findActors } from '@/lib/match/actors';
import { searchText } from '@/lib/ui/format';
import { useLiveQuery } from '@/lib/ui/use-live-query';
import { ContactItem } from './ContactItem';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Actor ids a query names in any case form ("рябкова" finds Ryabkov). */
function actorsInQuery(q: string): Set<string> {
  const kb = bundledKb();
  const capitalised = q.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
  return new Set(findActors(capitalised, kb.lexicon).map((h) => kb.actors[h.actor]!.id));
}

/** The stored history: search, read the sources, export and import. */
export function HistoryPanel({ db }: { db: HistoryDB }) {
  const records = useLiveQuery(() => allContacts(db), [db], [] as ContactRecord[]);
  const [q, setQ] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { byId } = bundledKb();
  const shown = useMemo(() => {
    const query = q.trim().toLowerCase().replace(/ё/g, 'е');
    if (!query) return records;
    const ids = actorsInQuery(q.trim());
    return records.filter((r) => r.participants.some((p) => ids.has(p)) || searchText(r, byId).includes(query));
  }, [records, q]);

  const onExport = () => {
    const day = new Date().toISOString().slice(0, 10);
    download(`kontakty-history-${day}.json`, JSON.stringify(toHistoryFile(records), null, 2), 'application/json');
  };
  const onImport = async (file: File) => {
    const parsed = parseHistoryFile(await file.text());
    if (!parsed.ok) return setNotice(parsed.error);
    const { added, merged } = await upsertRecords(db, parsed.value);
    setNotice(`Imported: ${added} new, ${merged} merged.`);
  };

  return (
    <section class="history" data-testid="history-panel">
      <div class="toolbar">
        <input type="search" placeholder="Search names, places, quotes…" aria-label="Search the history" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        <button onClick={onExport} data-testid="export-json">Export JSON</button>
        <button onClick={() => fileInput.current?.click()}>Import…</button>
        <input ref={fileInput} type="file" accept=".json,.jsonl,application/json" hidden data-testid="import-file" onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) void onImport(f);
          e.currentTarget.value = '';
        }} />
      </div>
      {notice && <p class="notice" role="status">{notice}</p>}
      <p class="muted">{shown.length} of {records.length} contacts</p>
      <ul class="contacts">
        {shown.map((r) => (
          <ContactItem {...r} key={r.id} quote={r.sources[0]?.evidence.exact ?? ''} byId={byId}>
            <details class="sources">
              <summary>{r.sources.length} source{r.sources.length === 1 ? '' : 's'}</summary>
              <ul>
                {r.sources.map((s) => (
                  <li key={s.url}>
                    <a href={s.url} target="_blank" rel="noreferrer">{s.title ?? s.url}</a>
                    <span class="muted"> {[s.site, s.published?.slice(0, 10)].filter(Boolean).join(' · ')}</span>
                  </li>
                ))}
              </ul>
            </details>
          </ContactItem>
        ))}
      </ul>
    </section>
  );
}
