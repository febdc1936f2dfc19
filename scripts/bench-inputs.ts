/**
 * Inputs for `npm run bench` (scripts/bench.ts), generated from tests/fixtures/seeds with a
 * seeded PRNG so that every run measures the same pages and documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnnotateInput } from '../lib/annotate';

export const ROOT = resolve(import.meta.dirname, '..');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
const SEEDS_DIR = join(ROOT, 'tests/fixtures/seeds');

export const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Small deterministic PRNG (mulberry32): the generated inputs are the same on every run. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!, chance: (p: number) => next() < p };
}

export type Seed = { file: string; lang: string; title: string; paras: string[]; sentences: string[] };
export type SamplePage = { file: string; url: string; kind: string; lang: string; seed: string | null; published: string | null };

const FURNITURE_LINE = /^(Читайте|Читати|Якщо ви|Если вы|Редакційна|Наші стандарти|Роскомнадзор|Фото|Джерело|FACEBOOK|Як вже писали)/i;

export function loadSeeds(): Seed[] {
  const pages = JSON.parse(readFileSync(join(PAGES_DIR, 'index.json'), 'utf8')) as SamplePage[];
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(SEEDS_DIR, file), 'utf8');
      const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
      const paras = lines.slice(1).filter((l) => l.length >= 80 && !FURNITURE_LINE.test(l));
      const sentences = paras.flatMap(splitSentencesLoosely).filter((s) => s.length >= 30);
      return { file, lang: pages.find((p) => p.seed === file)?.lang ?? 'uk', title: lines[0] ?? file, paras, sentences };
    });
}

function splitSentencesLoosely(p: string): string[] {
  return p.split(/(?<=[.!?…])\s+(?=[«"“А-ЯІЇЄҐЁA-Z])/u).map((s) => s.trim()).filter(Boolean);
}

/** A paragraph as a CMS would mark it up: some bold, some links, so words sit in several nodes. */
function markup(text: string, r: ReturnType<typeof rng>): string {
  const sentences = splitSentencesLoosely(text);
  return sentences
    .map((s) => {
      if (r.chance(0.15)) return `<strong>${esc(s)}</strong>`;
      if (r.chance(0.2)) {
        const words = s.split(' ');
        if (words.length > 6) {
          const at = 1 + r.int(words.length - 5);
          const n = 2 + r.int(3);
          return `${esc(words.slice(0, at).join(' '))} <a href="/tag/${at}-${n}.html">${esc(words.slice(at, at + n).join(' '))}</a> ${esc(words.slice(at + n).join(' '))}`;
        }
      }
      if (r.chance(0.05)) return `<em>${esc(s)}</em>`;
      return esc(s);
    })
    .join(' ');
}

function variedParagraph(seed: Seed, i: number, r: ReturnType<typeof rng>): string {
  let sents = splitSentencesLoosely(seed.paras[i % seed.paras.length]!);
  if (sents.length > 1 && r.chance(0.3)) {
    const k = 1 + r.int(sents.length - 1);
    sents = [...sents.slice(k), ...sents.slice(0, k)];
  }
  if (r.chance(0.2)) sents.push(r.pick(seed.sentences));
  return sents.join(' ');
}

const STYLE = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 Arial,sans-serif;color:#222}
.header{background:#1d2b3a;color:#fff;padding:14px 0}.header a{color:#fff;margin-right:12px}.container{max-width:1140px;margin:0 auto;padding:0 16px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px;margin-top:20px}h1{font:700 32px/1.25 Georgia,serif}
.article-body{font-size:18px;line-height:1.65}.article-body p{margin:0 0 16px}.read-also{border-left:4px solid #c00;padding:8px 12px;margin:16px 0;background:#f6f6f6}
.ad-slot{height:250px;background:#eee;text-align:center;color:#999;margin:16px 0}figure{margin:16px 0}figcaption{font-size:13px;color:#777}
.sidebar li{padding:8px 0;border-bottom:1px solid #eee;font-size:14px}.footer{background:#111;color:#aaa;margin-top:40px;padding:24px 0}
.liveblog-post{border-left:3px solid #f29c00;padding:0 0 12px 14px;margin:0 0 18px}.liveblog-post time{font-weight:700;color:#c47d00}`;

function chrome(lang: string, headExtra: string, title: string, main: string, teasers: string[]): string {
  const menu = ['Головна', 'Новини', 'Політика', 'Світ', 'Економіка', 'Війна', 'Спорт', 'Відео'].map((m, i) => `<li><a href="/r${i}/">${m}</a></li>`).join('');
  const side = teasers.map((t, i) => `<li><time>${String(8 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}</time> <a href="/news/${1000 + i}.html">${esc(t)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${headExtra}
<style>${STYLE}</style>
</head>
<body>
<header class="header"><div class="container"><a class="logo" href="/">НОВИНИ</a><nav aria-label="Рубрики"><ul class="menu">${menu}</ul></nav></div></header>
<div class="container"><nav class="breadcrumbs" aria-label="breadcrumbs"><a href="/">Головна</a> › <a href="/politics/">Політика</a></nav>
<div class="layout">
${main}
<aside class="sidebar"><div class="popular"><h2>Популярне</h2><ul>${side}</ul></div><div class="ad" data-ad="sidebar_1">Реклама</div></aside>
</div></div>
<footer class="footer"><div class="container"><a href="/about/">Про нас</a><a href="/contacts/">Контакти</a><p>© 2025 Новини. Усі права захищено.</p></div></footer>
<div class="cookies" role="dialog" aria-label="cookies">Ми використовуємо cookies <button type="button">Прийняти</button></div>
</body>
</html>`;
}

export type Generated = { html: string; url: string; published: string; textBytes: number; textChars: number; paragraphs: number };

/** One long news article (~300 KB of text) in a realistic page: JSON-LD NewsArticle, <article>, <p>. */
export function longArticle(seeds: Seed[], targetTextBytes = 300_000): Generated {
  const r = rng(20251224);
  const uk = seeds.filter((s) => s.lang === 'uk');
  const title = 'Росія і США: хроніка переговорів, консультацій і таємних контактів';
  const url = 'https://news.example.ua/politics/rosiya-i-ssha-hronika-kontaktiv-10400001.html';
  const published = '2025-12-24T10:00:00+02:00';
  const lead = 'Огляд заяв, зустрічей і телефонних розмов між представниками Росії та США за останні роки.';
  const parts: string[] = [];
  let textBytes = bytes(title) + bytes(lead);
  let textChars = title.length + lead.length;
  let n = 0;
  while (textBytes < targetTextBytes) {
    const seed = uk[n % uk.length]!;
    if (n % 12 === 0) {
      const h = `${Math.floor(n / 12) + 1}. ${seed.title}`;
      parts.push(`<h2>${esc(h)}</h2>`);
      textBytes += bytes(h);
      textChars += h.length;
    }
    const p = variedParagraph(seed, Math.floor(n / uk.length), r);
    parts.push(`<p>${markup(p, r)}</p>`);
    textBytes += bytes(p);
    textChars += p.length;
    n++;
    if (n % 25 === 0) parts.push(`<div class="read-also"><strong>Читайте також:</strong> <a href="/world/${n}.html">${esc(r.pick(seeds).title)}</a></div>`);
    if (n % 40 === 0) parts.push(`<div class="ad-slot" data-ad="in_article_${n}">Реклама</div>`);
    if (n % 30 === 0) parts.push(`<figure><svg width="760" height="300" role="img" aria-label="фото"><rect width="760" height="300" fill="#ccc"/></svg><figcaption>Фото: з відкритих джерел</figcaption></figure>`);
  }
  const jsonld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: title,
    description: lead,
    datePublished: published,
    dateModified: published,
    author: { '@type': 'Person', name: 'Редакція' },
    publisher: { '@type': 'Organization', name: 'Новини', logo: { '@type': 'ImageObject', url: 'https://news.example.ua/logo.png' } },
    articleSection: 'Політика',
    inLanguage: 'uk',
  };
  const head = [
    `<meta name="description" content="${esc(lead)}">`,
    `<link rel="canonical" href="${url}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${esc(title)}">`,
    `<meta property="og:url" content="${url}">`,
    '<meta property="og:site_name" content="Новини">',
    `<meta property="article:published_time" content="${published}">`,
    `<script type="application/ld+json">${JSON.stringify(jsonld)}</script>`,
  ].join('\n');
  const main = `<article class="article">
<h1 class="article__title">${esc(title)}</h1>
<div class="article__date"><time datetime="${published}">24 грудня 2025, 10:00</time> <span class="author">Автор: Редакція</span></div>
<div class="article__lead"><p>${esc(lead)}</p></div>
<div class="article-body" itemprop="articleBody">
${parts.join('\n')}
</div>
<div class="tags"><a href="/tags/putin/">Путін</a><a href="/tags/trump/">Трамп</a></div>
<div class="share"><button type="button">Facebook</button><button type="button">Telegram</button></div>
</article>`;
  const teasers = seeds.map((s) => s.title).concat(['Путін і Трамп: що відомо про нову розмову', 'Лавров заявив про готовність до консультацій зі США']);
  return { html: chrome('uk', head, `${title} | Новини`, main, teasers), url, published, textBytes, textChars, paragraphs: n };
}

/** A long live blog (~2 MB of HTML): thousands of short timestamped posts. */
export function liveBlog(seeds: Seed[], targetHtmlBytes = 2_000_000): Generated {
  const r = rng(20221107);
  const ru = seeds.filter((s) => s.lang === 'ru');
  const pool = (ru.length ? ru : seeds).flatMap((s) => s.sentences).concat(seeds.flatMap((s) => s.sentences));
  const title = 'Война России против Украины: 257-й день — онлайн';
  const url = 'https://ru.krymr.com/a/voyna-rossii-protiv-ukrainy-online/32117999.html';
  const published = '2022-11-07T04:00:00Z';
  const posts: string[] = [];
  const updates: object[] = [];
  let size = 0;
  let textBytes = 0;
  let textChars = 0;
  for (let i = 0; size < targetHtmlBytes - 12_000; i++) {
    const minutes = 23 * 60 + 59 - (i % (24 * 60));
    const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const body = [r.pick(pool), ...(r.chance(0.4) ? [r.pick(pool)] : [])].join(' ');
    const headline = body.split(' ').slice(0, 6 + r.int(4)).join(' ').replace(/[,.:;]$/, '');
    const post = `<div class="liveblog-post" id="post-${i}"><time datetime="2022-11-07T${hhmm}:00Z">${hhmm}</time><h3>${esc(headline)}</h3><p>${esc(body)}</p><div class="share"><button type="button">Поделиться</button></div></div>`;
    posts.push(post);
    size += bytes(post);
    textBytes += bytes(headline) + bytes(body);
    textChars += headline.length + body.length;
    if (i < 100) updates.push({ '@type': 'BlogPosting', headline, datePublished: `2022-11-07T${hhmm}:00Z`, articleBody: body });
  }
  const jsonld = [
    { '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: title, url, datePublished: published, coverageStartTime: published, liveBlogUpdate: updates },
    { '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name: 'Крым.Реалии', url: 'https://ru.krymr.com' },
  ];
  const head = [`<link rel="canonical" href="${url}">`, '<meta property="og:type" content="article">', `<meta property="og:title" content="${esc(title)}">`, `<meta property="article:published_time" content="${published}">`, `<script type="application/ld+json">${JSON.stringify(jsonld)}</script>`].join('\n');
  const main = `<article class="article liveblog"><h1>${esc(title)}</h1><div class="live-intro"><span class="live-badge">LIVE</span>Главные события дня в режиме онлайн.</div><div id="liveblog">\n${posts.join('\n')}\n</div><button class="load-more" type="button">Загрузить еще</button></article>`;
  return { html: chrome('ru', head, title, main, seeds.map((s) => s.title)), url, published, textBytes, textChars, paragraphs: posts.length };
}

/** Text documents from the seeds, varied: paragraphs dropped, reordered, borrowed, other dates. */
export function annotateDocs(seeds: Seed[], count: number): AnnotateInput[] {
  const r = rng(7);
  const docs: AnnotateInput[] = [];
  for (let i = 0; i < count; i++) {
    const s = seeds[i % seeds.length]!;
    const other = seeds.filter((x) => x.lang === s.lang && x !== s);
    let paras = s.paras.filter(() => !r.chance(0.2));
    if (!paras.length) paras = [...s.paras];
    if (r.chance(0.4)) {
      const k = r.int(paras.length);
      paras = [...paras.slice(k), ...paras.slice(0, k)];
    }
    if (other.length && r.chance(0.5)) paras.push(r.pick(r.pick(other).paras));
    const year = 2021 + r.int(5);
    const published = `${year}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;
    docs.push({ id: `doc-${i}`, text: [s.title, ...paras].join('\n\n'), published, url: `https://news.example.ua/${i}.html` });
  }
  return docs;
}
