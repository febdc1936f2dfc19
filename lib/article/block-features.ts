/**
 * What the learned body decision reads of a text block (block-units.ts): features meant to hold
 * across sites, never a site's own class names or words: the block's length and sentence shape,
 * its links, its tag and its ancestors' tags and roles, class and id words from a small fixed
 * vocabulary, where it stands against the headline and the rules' main run of text, whether its
 * text repeats on the page, and the calls to read also, follow, subscribe or share (uk and ru).
 */
import type { Features } from '../ml/logreg';
import type { BlockUnit } from './block-units';
import { LEAD_WORDS } from './furniture';

// Class and id words that say something on many sites; a word is matched whole, after splitting
// on anything that is not a letter ("article__text" → article, text).
const VOCAB = new Set([
  'text', 'content', 'body', 'article', 'post', 'entry', 'story', 'news', 'main', 'lead', 'intro', 'summary', 'caption', 'photo',
  'image', 'img', 'media', 'credit', 'author', 'byline', 'date', 'time', 'meta', 'tag', 'tags', 'share', 'social', 'related', 'read',
  'more', 'also', 'teaser', 'card', 'item', 'list', 'title', 'header', 'footer', 'nav', 'menu', 'sidebar', 'widget', 'promo',
  'banner', 'ad', 'ads', 'adv', 'subscribe', 'comment', 'comments', 'quote', 'embed', 'video', 'gallery', 'note', 'source', 'info',
  'link', 'links', 'recommend', 'popular', 'latest', 'telegram', 'inner', 'wrap', 'wrapper', 'container', 'block', 'desc',
  'description', 'label', 'name', 'btn', 'button', 'subtitle', 'rubric', 'category', 'views', 'rating', 'material', 'detail',
]);
const ROLES = /^(navigation|complementary|banner|contentinfo|main|article|note|figure|list|listitem|button|link)$/;
// Tags worth naming on the way up: they say list, table, quote, figure, header.
const UP_TAGS = /^(LI|UL|OL|TABLE|TD|BLOCKQUOTE|FIGURE|HEADER|FOOTER|ASIDE|NAV|ARTICLE|MAIN|SECTION|A|FORM|DL|H1|H2|H3)$/;

// Calls that close or interrupt an article: follow us, subscribe, read also, share, donate, ads.
const FOLLOW = /підпис|подпис|telegram|телеграм|youtube|viber|instagram|facebook|vk\.com|вконтакте|дзен|whatsapp|tiktok|x\.com|twitter/i;
const READ_ALSO = /читайте|читати|дивіться|смотрите|по теме|за темою|на тему|також|также|ещё|еще|більше|больше/i;
const CREDIT = /фото|світлин|photo|кадр|скриншот|знімок|снимок|иллюстрац|ілюстрац|видео|відео|источник|джерело|©|getty|reuters|рia|ріа|shutterstock|unsplash/i;
const PROMO = /реклам|партнер|промо|спонсор|акци|скидк|знижк|курс|донат|підтрима|поддерж|erid|купить|купити/i;
const URLISH = /https?:\/\/|www\.|\.(ru|ua|com|org|net)\b/i;
const SENT_END = /[.!?…][»"”)]*(\s|$)/g;

/** Per-page context: where the headline and the rules' main run stand, and repeated texts. */
export type BlockContext = { units: BlockUnit[]; headline: number; runFirst: number; runLast: number; longFirst: number; longLast: number; repeats: Map<string, number> };

export function blockContext(units: BlockUnit[]): BlockContext {
  let headline = -1;
  let runFirst = -1;
  let runLast = -1;
  let longFirst = -1;
  let longLast = -1;
  const repeats = new Map<string, number>();
  for (const u of units) {
    if (u.headline && headline < 0) headline = u.order;
    if (u.inRoots && !u.ruleSkip) {
      if (runFirst < 0) runFirst = u.order;
      runLast = u.order;
      if (u.text.length >= 150 && u.linked * 2 < u.text.length) {
        if (longFirst < 0) longFirst = u.order;
        longLast = u.order;
      }
    }
    const key = u.text.toLowerCase();
    if (key.length >= 12) repeats.set(key, (repeats.get(key) ?? 0) + 1);
  }
  return { units, headline, runFirst, runLast, longFirst, longLast, repeats };
}

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n >= edges[i]!) i++;
  return i;
};

/** The features of one block. */
export function blockFeatures(u: BlockUnit, ctx: BlockContext): Features {
  const f: Features = {};
  const t = u.text;
  const n = t.length;
  const words = t.split(' ').length;
  const ends = (t.match(SENT_END) ?? []).length;
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  const upper = (t.match(/\p{Lu}/gu) ?? []).length;
  const digits = (t.match(/\p{N}/gu) ?? []).length;
  f.len = Math.log1p(n) / 8;
  f[`len${bucket(n, [20, 40, 80, 150, 300, 600])}`] = 1;
  f.words = Math.min(words, 200) / 100;
  f.sentences = Math.min(ends, 10) / 5;
  f.link = n ? u.linked / n : 0;
  if (u.linked >= n * 0.9) f.allLink = 1;
  if (/[.!?…»"”)]$/.test(t)) f.endsStop = 1;
  if (/:$/.test(t)) f.endsColon = 1;
  if (/^\p{Lu}/u.test(t)) f.startsUpper = 1;
  if (/,/.test(t)) f.comma = 1;
  if (letters) f.upper = upper / letters;
  f.digits = n ? digits / n : 0;
  if (/^[«"„“—–-]/.test(t)) f.quoteOrDash = 1;
  // What the rules said.
  if (u.inRoots) f.inRoots = 1;
  if (u.inBody) f.inBody = 1;
  if (u.ruleSkip) f.ruleSkip = 1;
  if (u.inRoots && u.ruleSkip) f.rootsSkipped = 1;
  if (u.headline) f.headline = 1;
  // Where it stands: against the headline and the rules' run of text (its first and last long paragraph).
  if (ctx.headline >= 0) f[u.order < ctx.headline ? 'beforeHeadline' : 'afterHeadline'] = 1;
  if (ctx.runFirst >= 0) {
    if (u.order < ctx.runFirst) f.beforeRun = 1;
    else if (u.order > ctx.runLast) f.afterRun = 1;
    const d = u.order < ctx.runFirst ? ctx.runFirst - u.order : u.order > ctx.runLast ? u.order - ctx.runLast : 0;
    f.runDist = Math.log1p(d) / 4;
  }
  // A signature under the text or a label: short, no full stop, a name's shape.
  if (n < 80 && !f.endsStop) f.shortNoStop = 1;
  if (words <= 4 && /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u.test(t)) f.nameLike = 1;
  if ((ctx.repeats.get(t.toLowerCase()) ?? 0) > 1) f.repeats = 1;
  // The block before: a "Читайте також:" line makes what follows its list.
  const prev = ctx.units[u.order - 1];
  if (prev && prev.text.length < 80 && LEAD_WORDS.test(prev.text)) f.afterLead = 1;
  if (prev && prev.inRoots !== u.inRoots) f.edge = 1;
  // Words of calls and credits, in short blocks (a paragraph may mention Telegram in passing).
  const short = n < 200;
  if (LEAD_WORDS.test(t)) f.leadWords = 1;
  if (short && FOLLOW.test(t)) f.follow = 1;
  if (short && READ_ALSO.test(t)) f.readAlso = 1;
  if (short && CREDIT.test(t)) f.credit = 1;
  if (short && PROMO.test(t)) f.promo = 1;
  if (URLISH.test(t)) f.url = 1;
  if (/^\s*#/.test(t)) f.hashtag = 1;
  tagFeatures(u.el, f);
  return f;
}

/** Tag, parent tag, tags and roles on the way up, class and id words near and far. */
function tagFeatures(el: Element, f: Features): void {
  f[`tag:${el.tagName.toUpperCase()}`] = 1;
  const parent = el.parentElement;
  if (parent) f[`parent:${parent.tagName.toUpperCase()}`] = 1;
  if (el.querySelector('b, strong') && (el.querySelector('b, strong')!.textContent ?? '').trim().length >= (el.textContent ?? '').trim().length * 0.8) f.bold = 1;
  if (el.querySelector('img, picture') || el.previousElementSibling?.matches('img, picture, figure')) f.nearImage = 1;
  let depth = 0;
  for (let e: Element | null = el; e && e.tagName.toUpperCase() !== 'BODY'; e = e.parentElement, depth++) {
    const tag = e.tagName.toUpperCase();
    if (e !== el && UP_TAGS.test(tag)) f[`in:${tag}`] = 1;
    const role = e.getAttribute('role');
    if (role && ROLES.test(role)) f[`role:${role}`] = 1;
    const where = depth <= 2 ? 'near' : 'far';
    for (const w of `${e.getAttribute('class') ?? ''} ${e.id ?? ''}`.toLowerCase().split(/[^a-z]+/)) if (VOCAB.has(w)) f[`${where}:${w}`] = 1;
    if (e.getAttribute('itemprop') === 'articleBody') f.articleBody = 1;
  }
  f.depth = Math.min(depth, 30) / 15;
}
