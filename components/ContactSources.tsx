import { useContext } from 'preact/hooks';
import type { ContactRecord } from '@/lib/history/types';
import { formatDate } from '@/lib/ui/dates';
import { safeHref } from '@/lib/ui/safe-url';
import { KbContext, useT } from './i18n';

export type ContactSourcesProps = { record: ContactRecord; open?: boolean };

/** The articles that reported a contact, each with its site, date and the sentence that says so (folded unless `open`). */
export function ContactSources({ record: r, open }: ContactSourcesProps) {
  const { t, lang } = useT();
  const { events } = useContext(KbContext);
  // A reference-timeline record's source is titled by its event, in the reader's language.
  const event = r.prior ? events.find((e) => e.id === r.prior) : undefined;
  const title = (url: string, fallback: string) => (event && url === event.source ? event.title[lang] : fallback);
  return (
    <details class="sources" open={open}>
      <summary>{r.sources.length === 1 ? t('source') : t('sources', { n: r.sources.length })}</summary>
      <ul>
        {r.sources.map((s) => {
          // An article's title and sentence are its own text, in its language; the timeline's
          // source is titled by its event, in the reader's.
          const own = event && s.url === event.source ? undefined : (s.lang ?? undefined);
          return (
            <li key={s.url}>
              {safeHref(s.url) ? <a href={safeHref(s.url)} target="_blank" rel="noreferrer" lang={own}>{title(s.url, s.title ?? s.url)}</a> : <span lang={own}>{title(s.url, s.title ?? s.url)}</span>}
              {/* A site's name is a proper name: not translated. */}
              <span class="muted"> {s.site && <span translate={false}>{s.site}</span>}{s.site && s.published && ' · '}{s.published && formatDate(s.published, lang)}</span>
              {!(event && s.url === event.source) && <blockquote class="quote" lang={own}>{s.evidence.exact}</blockquote>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
