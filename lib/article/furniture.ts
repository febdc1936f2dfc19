/**
 * What is not the article inside and around it: navigation, teasers, "read also" blocks, ads,
 * share bars, comment widgets, cookie notes, captions. Decided from tag, role, class/id words
 * and the block's opening words, as the seeds' furniture shows it.
 */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'IFRAME', 'SVG', 'SELECT', 'INPUT', 'TEXTAREA', 'FIGCAPTION', 'OBJECT', 'VIDEO', 'AUDIO', 'CANVAS', 'DIALOG', 'MENU', 'LABEL']);
const SKIP_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'menu', 'search']);
const CLASS_WORDS = new Set([
  'related', 'also', 'readalso', 'readmore', 'share', 'sharing', 'social', 'comment', 'comments', 'disqus', 'advert', 'advertisement',
  'ads', 'ad', 'adv', 'banner', 'promo', 'sponsored', 'subscribe', 'subscription', 'newsletter', 'cookie', 'cookies', 'gdpr', 'consent',
  'popular', 'trending', 'teaser', 'teasers', 'widget', 'sidebar', 'tags', 'breadcrumb', 'breadcrumbs', 'caption', 'mirror', 'donate',
  'paywall', 'poll', 'recommend', 'recommended', 'latest', 'similar', 'more', 'spot', 'feedback', 'error', 'mistake', 'standards', 'author', 'authors', 'byline',
  'date', 'timestamp', 'telegram', 'hint', 'print', 'copyright', 'source', 'rating', 'views', 'counter', 'tags', 'rubric', 'breadcrumbs',
  // Embedded posts of other services: a tweet (blockquote.twitter-tweet), an Instagram or TikTok post.
  'tweet', 'instagram', 'tiktok', 'embed',
]);
export const LEAD_WORDS = /^\s*(читайте також|читайте также|читати також|дивіться також|смотрите также|також читайте|также читайте|вас також можуть зацікавити|вас также может заинтересовать|вам также может быть интересно|материалы по теме|матеріали за темою|новини на тему|новости по теме|реклама|популярне|популярное|більше подібного|поділитися|поделиться|поділіться|поделитесь|понравилась статья|понравился материал|сподобалася стаття|сподобалась стаття|фото\s*:|джерело фото|источник фото|якщо ви помітили помилку|если вы заметили ошибку|помітили помилку|заметили ошибку|використання матеріалів|использование материалов|наші стандарти|facebook комментарии|коментарі|комментарии|підписуйтесь|подписывайтесь|подпишитесь|підпишіться|кадр\s*:|озвучено|автор\s*:|авторка\s*:)/i;

// A call to follow the site elsewhere, the line many sites close their articles with ("Підпишіться
// на наш Telegram-канал", "Объясняем на нашем YouTube-канале. Подпишись!", "Читати Еспресо в
// Telegram"): a channel named and a call to follow it, in a short block.
const PROMO_CHANNEL = /telegram|телеграм|youtube|ютуб|viber|вайбер|tiktok|тікток|тикток|instagram|інстаграм|инстаграм|whatsapp|дзен/i;
const PROMO_CALL = /підпишіться|подпишитесь|підписуйтесь|подписывайтесь|подпишись|підпишись|підписатися|подписаться|читайте\sнас|читати\s.{1,30}\s(?:в|у)\s|стежте\sза|следите\sза|більше\s.{1,40}\s(?:в|у)\s|больше\s.{1,40}\sв\s|приєднуйтесь|присоединяйтесь/i;
// A line of hashtags under the text ("#новость #олегтиньков").
const HASHTAGS = /^\s*(?:#[\p{L}\p{N}_]+[\s,]*)+$/u;

// A picture's credit on a line of its own: "(фото семьи Вилковых)", "(Фото автора)".
const CREDIT = /^\s*\(\s*(?:фото|світлина|photo)[^()]{0,80}\)\s*$/i;
// A district paper's signature under the text: a given name (or initial) and the surname in capitals
// ("Ольга КОНДРАТЬЕВА", "Л. ЗВОНОВА").
// The surname ends as Russian and Ukrainian surnames do, so "Заявление МИД" or "Позиция НАТО" is no signature.
const SIGNATURE = /^\s*\p{Lu}(?:\p{Ll}+|\.)\s*\p{Lu}{2,}(?:ОВ|ЕВ|ЁВ|ИН|ЫН|ОВА|ЕВА|ЁВА|ИНА|ЫНА|СКИЙ|СКАЯ|ЦКИЙ|ЦКАЯ|СЬКИЙ|СЬКА|ЕНКО|УК|ЮК|ИЧ|ЯН|ДЗЕ|ШВИЛИ|ИХ|ЫХ|КО|ОЙ|ИЙ|АЯ)(?:-\p{Lu}{2,})?\.?\s*$/u;

// Class names that hide a block on every screen ("hidden-xs" hides it on phones only, so it is not one).
const HIDDEN_CLASS = /\s(?:(?:l|u|is|js|g)-)?hidden\s|\sd-none\s|\svisually-hidden\s|\ssr-only\s/;

const classWords = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.toLowerCase().split(/[^a-z]+/);

/** True when el and everything below it is page furniture, never article text. */
export function isFurniture(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // A form is furniture, unless it is the page: ASP.NET templates wrap the whole page, its
  // headline and article included, in one <form>.
  if (SKIP_TAGS.has(tag) && !(tag === 'FORM' && el.querySelector('h1, article, main'))) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Hidden by its class or style: a data block the page's script reads ("div.l-hidden" holding
  // the article's JSON), never shown to the reader.
  if (HIDDEN_CLASS.test(` ${el.getAttribute('class') ?? ''} `) || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  // A class word says furniture, unless the block holds the page's headline or its article: a
  // page-wide wrapper named for its ad slots ("div.ad-site-wrapper" around a whole Moslenta page)
  // is the page, not an ad.
  if (classWords(el).some((w) => CLASS_WORDS.has(w)) && !el.querySelector('h1, article, main')) return true;
  // The opening words first (a short read), the whole text's length only when they are a lead.
  if (LEAD_WORDS.test(leadOf(el)) && textUpTo(el, 600) !== null) return true;
  if (tag === 'P' || tag === 'DIV') {
    const raw = textUpTo(el, 800);
    const short = raw === null ? null : raw.replace(/\s+/g, ' ');
    if (short !== null && short.length <= 200 && ((PROMO_CHANNEL.test(short) && PROMO_CALL.test(short)) || HASHTAGS.test(short) || CREDIT.test(short) || SIGNATURE.test(short))) return true;
  }
  // The list right after a "Вас також можуть зацікавити новини:" line belongs to it.
  const prev = el.previousElementSibling;
  if (prev && /^(UL|OL|DIV)$/.test(el.tagName.toUpperCase())) {
    const lead = textUpTo(prev, 120);
    if (lead !== null && /:\s*$/.test(lead) && LEAD_WORDS.test(lead)) return true;
  }
  return false;
}

/**
 * One whole-page read decides furniture for the same elements more than once (the body search,
 * then the text index): this remembers each answer for as long as the caller keeps it.
 */
export function furnitureMemo(): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    let v = known.get(el);
    if (v === undefined) {
      v = isFurniture(el);
      known.set(el, v);
    }
    return v;
  };
}

// More non-space characters than any LEAD_WORDS match holds ("вас также может заинтересовать",
// 27); a test checks every lead phrase against it.
export const LEAD_SOLID = 64;

/**
 * Not white space. Counts low: everything in U+1680..U+3000 counts as space, so the lead read
 * may run longer than it needs, never shorter.
 */
const isSolid = (c: number) => (c > 0x20 && c !== 0xa0 && c < 0x1680) || (c > 0x3000 && c !== 0xfeff);

/**
 * The element's text up to its first LEAD_SOLID non-space characters: enough for LEAD_WORDS
 * (anchored at the start, no look-ahead) to answer as it would on the whole text.
 */
function leadOf(el: Element): string {
  let out = '';
  let solid = 0;
  const walk = (n: Node): boolean => {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      out += data;
      for (let i = 0; i < data.length && solid < LEAD_SOLID; i++) if (isSolid(data.charCodeAt(i))) solid++;
      return solid < LEAD_SOLID;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) if (!walk(c)) return false;
    return true;
  };
  walk(el);
  return out;
}

/** The element's text if it is shorter than limit, else null; stops reading at the limit. */
function textUpTo(el: Element, limit: number): string | null {
  let out = '';
  const walk = (n: Node): boolean => {
    if (n.nodeType === 3) {
      out += (n as Text).data;
      return out.length < limit;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) if (!walk(c)) return false;
    return true;
  };
  return walk(el) ? out : null;
}
