import type { MessageKey } from './i18n';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

// schema.org and Open Graph types a page gives itself, in words a reader knows.
const KINDS: [RegExp, MessageKey][] = [
  [/^(website|WebSite|WebPage)$/, 'reasonHome'],
  [/^(CollectionPage|ItemList|SiteNavigationElement)$/, 'reasonList'],
  [/^(ProfilePage|Person)$/, 'reasonAuthor'],
  [/^SearchResultsPage$/, 'reasonSearch'],
  [/^(VideoObject|video(\..*)?)$/, 'reasonVideo'],
  [/^(ImageGallery|ImageObject|MediaGallery)$/, 'reasonGallery'],
];

/**
 * Why a page is not read as an article (lib/article/extract.ts writes the reasons in English, for
 * the CLI and the logs), in the interface language and plain words; a reason not known here is
 * shown as it is.
 */
export function pageReasonText(reason: string, t: T): string {
  let m: RegExpExecArray | null;
  if ((m = /^page says it is a (.+)$/.exec(reason))) {
    const kind = KINDS.find(([re]) => re.test(m![1]!));
    return kind ? t(kind[1]) : t('reasonOtherKind', { type: m[1]! });
  }
  if (reason === 'no body text of an article') return t('reasonNoBody');
  if (reason === 'no article metadata and too little running text') return t('reasonTooLittle');
  if (reason === 'a live blog without readable posts') return t('reasonLiveEmpty');
  if ((m = /^a live blog of (\d+) posts$/.exec(reason))) return t('reasonLive', { n: m[1]! });
  return reason;
}
