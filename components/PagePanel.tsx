import { useEffect, useState } from 'preact/hooks';
import { pageReasonText } from '@/lib/ui/page-reasons';
import { browser } from 'wxt/browser';
import type { PageSummary } from '@/lib/history/types';
import type { HighlightState, TabMessage } from '@/lib/messages';
import { roleLabel } from '@/lib/kb/roles';
import { sideOf } from '@/lib/kb/types';
import { PageActorCard } from './PageActorCard';
import { PageContact } from './PageContact';
import { PageProposals } from './PageProposals';
import { formatDate } from '@/lib/ui/dates';
import { safeHref } from '@/lib/ui/safe-url';
import type { HistoryDB } from '@/lib/history/db';
import { SiteControls } from './SiteControls';
import { Legend } from './Legend';
import { useKb, useT } from './i18n';
import { useSettings } from './use-settings';

async function currentTabId(): Promise<number | null> {
  // ?tab=ID lets the popup be opened as a page for a given tab (tests, the demo).
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function webHost(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** Context for the page in the current tab: article or not, language, actors, contacts. */
export function PagePanel({ db }: { db: HistoryDB }) {
  const { t, lang } = useT();
  const [page, setPage] = useState<PageSummary | null | undefined>(undefined);
  const [tabId, setTabId] = useState<number | null>(null);
  // What the page shows, asked of its content script (the shortcut may have hidden them since the
  // popup last closed); null until it answers, and the switch is not drawn before.
  const [shown, setShown] = useState<boolean | null>(null);
  const [tabHost, setTabHost] = useState<string | null>(null);
  const [openActor, setOpenActor] = useState<string | null>(null);
  const [settings, updateSettings] = useSettings();
  useEffect(() => {
    void (async () => {
      const tabId = await currentTabId();
      setTabId(tabId);
      const summary = tabId === null ? null : ((await browser.runtime.sendMessage({ type: 'get-page', tabId })) as PageSummary | null);
      // Nothing read: a site outside the list. Its address (visible through activeTab once the
      // toolbar button is clicked) lets the user turn Kontakty on there.
      if (!summary && tabId !== null) setTabHost(webHost((await browser.tabs.get(tabId).catch(() => null))?.url));
      setPage(summary);
      if (tabId !== null && summary?.isArticle) {
        const state = (await browser.tabs.sendMessage(tabId, { type: 'get-highlights' } satisfies TabMessage).catch(() => null)) as HighlightState | null;
        setShown(state?.on ?? null);
      }
    })();
  }, []);
  if (page === undefined) return <p class="muted">{t('reading')}</p>;
  if (!page)
    return (
      <section class="page">
        {tabHost && <SiteControls host={tabHost} />}
        <p class="muted">{t('nothingRead')}</p>
      </section>
    );
  const host = new URL(page.href).hostname;
  // What extraction was less sure of than the reader's threshold stays out of the list, counted.
  const min = settings?.minConfidence ?? 0;
  const sure = page.contacts.filter((c) => c.confidence >= min);
  const hidden = page.contacts.length - sure.length;
  if (!page.isArticle)
    return (
      <section class="page">
        <SiteControls host={host} />
        <p class="muted" data-testid="not-article">{page.skipped ? `${page.reason}.` : t('notArticle', { reason: pageReasonText(page.reason, t) })}</p>
      </section>
    );
  const { byId, events } = useKb();
  // An earlier event by its title in the reader's language (the summary holds the article's).
  const eventTitle = (e: { id: string; title: string }) => events.find((x) => x.id === e.id)?.title[lang] ?? e.title;
  const meta = [page.lang === 'uk' ? t('langUk') : page.lang === 'ru' ? t('langRu') : page.lang?.toUpperCase(), page.published && formatDate(page.published, lang)].filter(Boolean);
  return (
    <section class="page" data-testid="page-panel">
      <SiteControls host={host} />
      {shown !== null && <label class="switch">
        <input
          type="checkbox"
          data-testid="highlights-toggle"
          checked={shown}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setShown(on);
            if (tabId !== null) void browser.tabs.sendMessage(tabId, { type: 'set-highlights', on }).catch(() => undefined);
          }}
        />{' '}
        {t('highlightsOn')} <span class="muted">(Alt+Shift+K)</span>
      </label>}
      <Legend />
      {/* The article's headline and its site's name are its own, in its language. */}
      <h1 class="title" lang={page.lang ?? undefined}>{page.title}</h1>
      <p class="meta">
        {page.site && <span translate={false}>{page.site}</span>}
        {page.site && meta.length > 0 && ' · '}
        {meta.join(' · ')}
      </p>
      <h2>{t('actors')}</h2>
      <ul class="chips">
        {page.actors.filter((a) => a.kind !== 'media').map((a) => (
          // Tinted by side like the names on the page (the legend above), institutions outlined;
          // a click opens the actor's card below.
          <li key={a.id}>
            <button
              class={`chip ${a.kind} side-${byId.has(a.id) ? sideOf(byId.get(a.id)!.country).toLowerCase() : 'other'}`}
              title={byId.has(a.id) ? (roleLabel(byId.get(a.id)!, page.published?.slice(0, 10) ?? null, lang) ?? '') : ''}
              aria-expanded={openActor === a.id}
              onClick={() => setOpenActor(openActor === a.id ? null : a.id)}
            >
              {byId.get(a.id)?.name[lang] ?? a.name} <span class="count">{a.count}</span>
            </button>
          </li>
        ))}
      </ul>
      {openActor && byId.has(openActor) && <PageActorCard db={db} actor={byId.get(openActor)!} byId={byId} day={page.published?.slice(0, 10) ?? null} />}
      <PageProposals db={db} page={page} />
      {page.events.length > 0 && (
        <>
          <h2>{t('earlierEvents')}</h2>
          <ul class="events">
            {page.events.map((e) => (
              <li key={e.id}>
                {eventTitle(e)} <span class="muted">{formatDate(e.date, lang)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {(page.related?.length ?? 0) > 0 && (
        <>
          <h2>{t('relatedEvents')}</h2>
          <ul class="events" data-testid="related-events">
            {page.related!.map((e) => (
              <li key={e.id}>
                {safeHref(e.source) ? <a href={safeHref(e.source)} target="_blank" rel="noreferrer">{eventTitle(e)}</a> : eventTitle(e)} <span class="muted">{formatDate(e.date, lang)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('contacts', { n: page.contacts.length })}</h2>
      {hidden > 0 && (
        <p class="muted" data-testid="hidden-below">
          {t('hiddenBelow', { n: hidden, min })} <button onClick={() => updateSettings((s) => ({ ...s, minConfidence: 0 }))}>{t('showAll')}</button>
        </p>
      )}
      {page.contacts.length === 0 ? (
        <p class="muted">{t('noContacts')}</p>
      ) : (
        <ul class="contacts">
          {sure.map((c) => (
            <PageContact key={`${c.evidence.start}-${c.evidence.end}`} db={db} page={page} contact={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
