import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageSummary } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';
import { ContactItem } from './ContactItem';

async function currentTabId(): Promise<number | null> {
  // ?tab=ID lets the popup be opened as a page for a given tab (tests, the demo).
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Context for the page in the current tab: article or not, language, actors, contacts. */
export function PagePanel() {
  const [page, setPage] = useState<PageSummary | null | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const tabId = await currentTabId();
      setPage(tabId === null ? null : ((await browser.runtime.sendMessage({ type: 'get-page', tabId })) as PageSummary | null));
    })();
  }, []);
  if (page === undefined) return <p class="muted">Reading the page…</p>;
  if (!page) return <p class="muted">Nothing read on this page. Kontakty runs on the news sites in its list.</p>;
  if (!page.isArticle) return <p class="muted" data-testid="not-article">Not a news article: {page.reason}.</p>;
  const { byId } = bundledKb();
  return (
    <section class="page" data-testid="page-panel">
      <h1 class="title">{page.title}</h1>
      <p class="meta">
        {[page.site, page.lang?.toUpperCase(), page.published?.slice(0, 10)].filter(Boolean).join(' · ')}
      </p>
      <h2>Actors</h2>
      <ul class="chips">
        {page.actors.filter((a) => a.kind !== 'media').map((a) => (
          <li key={a.id} class={`chip ${a.kind}`} title={byId.get(a.id)?.roles[0]?.title.en ?? ''}>
            {a.name} <span class="count">{a.count}</span>
          </li>
        ))}
      </ul>
      {page.events.length > 0 && (
        <>
          <h2>Earlier events referred to</h2>
          <ul class="events">
            {page.events.map((e) => (
              <li key={e.id}>
                {e.title} <span class="muted">{e.date}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Contacts ({page.contacts.length})</h2>
      {page.contacts.length === 0 ? (
        <p class="muted">No US–Russia contact reported here.</p>
      ) : (
        <ul class="contacts">
          {page.contacts.map((c, i) => (
            <ContactItem key={i} {...c} quote={c.evidence.exact} byId={byId} />
          ))}
        </ul>
      )}
    </section>
  );
}
