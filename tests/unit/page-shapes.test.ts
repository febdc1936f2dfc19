import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';

// Page shapes the real-page evaluation met on its dev pages (issue 15), each rebuilt here in the
// site's structure with sentences written for these tests.
const page = (head: string, body: string) => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const read = (doc: Document, url = 'https://example.org/news/1') => extractArticle(doc, url);

const RU = [
  'Делегации двух стран провели в четверг еще одну встречу, посвященную работе посольств и консульств, и договорились продолжить разговор.',
  'По словам участников, стороны обсудили выдачу виз дипломатам, возврат изъятой собственности и порядок банковского обслуживания миссий.',
  'Следующий раунд консультаций пройдет в течение месяца, место и точную дату встречи стороны согласуют по дипломатическим каналам.',
  'Эксперты отмечают, что переговоры о работе посольств идут отдельно от обсуждения прекращения огня и не зависят от его хода.',
];
const UK = [
  'Депутати міської ради роздавали продуктові набори в приймальнях і на власних сторінках у соцмережах показували, як вітають літніх людей.',
  'Частину наборів передали через благодійні фонди, засновані самими обранцями, а на пакетах стояли їхні імена та партійна символіка.',
  'Дослідники руху порівняли ці дописи з деклараціями депутатів і знайшли дев’ять фондів, пов’язаних з обранцями або їхніми помічниками.',
  'Закон дозволяє депутатам входити до складу благодійних організацій, але забороняє використовувати допомогу для передвиборчої агітації.',
  'Автори дослідження радять виборцям звертати увагу на символіку партій на пакетах з допомогою в період між виборами.',
  'Коли кампанія починається, така роздача стає непрямим підкупом виборців, і за неї передбачена кримінальна відповідальність.',
];
const para = (s: string) => `<p>${s}</p>`;

describe('a news feed beside the article (kp.ru): headlines set in blocks inside links', () => {
  const digest = Array.from({ length: 20 }, (_, i) => `<div class="digest"><a href="/online/news/${i}/"><time><span>2${i % 4}:0${i % 10}</span></time><div class="digestNewsTitle">Заголовок новости ленты номер ${i}, достаточно длинный для абзаца</div></a></div>`).join('');
  const doc = page(
    '<meta property="og:type" content="article">',
    `<main class="main"><section class="Page"><article class="article"><header><h1>Владельцы старых телефонов получат компенсацию</h1></header><div class="text"><div class="textContent">${RU.map(para).join('')}</div></div></article></section><section class="news"><header>Новости 24</header><div class="newsDigest">${digest}</div></section></main>`,
  );
  it('reads the article, not the feed', () => {
    const got = read(doc);
    expect(got.isArticle, got.reason).toBe(true);
    expect(got.index.text).toContain(RU[0]);
    expect(got.index.text).toContain(RU[3]);
    expect(got.index.text).not.toContain('Заголовок новости ленты');
  });
});

describe('a front page whose teasers are paragraphs of links (inotomsk.ru)', () => {
  const item = (i: number) => `<li><p class="title"><a href="/news/${i}">Студенты представили проект номер ${i} на конкурсе инноваций</a></p><p class="annotation"><a href="/news/${i}">${RU[i % 4]}</a></p><p class="date">20 апреля 2012</p></li>`;
  const doc = page('', `<h1><a href="/">ИНО Томск</a></h1><div class="news"><ul>${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(item).join('')}</ul></div>`);
  it('is not an article', () => {
    const got = read(doc, 'https://example.org/');
    expect(got.isArticle, got.reason).toBe(false);
  });
});

describe('every paragraph in a wrapper of its own, the page data in a hidden block (vc.ru)', () => {
  const json = `{ "author_name": "Редакция", "tags": ["новость"], "comments": 429, "likes": 69, "summary": "${RU[1]}" }`;
  const doc = page(
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Суд обязал основателя банка остаться в Лондоне","datePublished":"2020-03-02T11:56:58+03:00"}</script>',
    `<div class="l-page"><h1 class="content-title">Суд обязал основателя банка остаться в Лондоне</h1><div class="content content--full">${RU.map((s) => `<div class="l-island-a">${para(s)}</div>`).join('')}</div><div class="l-hidden entry_data">${json}</div></div>`,
  );
  it('reads all the paragraphs and none of the data', () => {
    const got = read(doc);
    expect(got.isArticle, got.reason).toBe(true);
    for (const s of RU) expect(got.index.text).toContain(s);
    expect(got.index.text).not.toContain('author_name');
  });
});

describe('an ASP.NET page: everything inside one <form>, a dateline in a plain block (football.ua)', () => {
  const doc = page(
    '<title>Ветеран завершил карьеру в сборной — football</title>',
    `<form id="aspnetForm" method="post"><section class="page"><div class="col-top"><article class="author-article"><p class="rubric">Германия</p><p class="date">15 августа 2016, 13:43</p><h1>Ветеран завершил карьеру в сборной</h1><div class="article-text">${RU.slice(0, 3).map(para).join('')}</div></article><article class="read-also"><a href="/1"><h3>Другой материал о сборной</h3></a></article></div></section></form>`,
  );
  it('is an article, dated by its dateline', () => {
    const got = read(doc);
    expect(got.isArticle, got.reason).toBe(true);
    expect(got.index.text).toContain(RU[0]);
    expect(got.published?.slice(0, 10)).toBe('2016-08-15');
  });
});

describe('og:type "website" on an article (chesno.org puts it on every page)', () => {
  it('an article with a headline and running text is still read', () => {
    const doc = page('<meta property="og:type" content="website">', `<header><a href="/">ЧЕСНО</a></header><h1>Продуктові набори від депутатів</h1><div class="publication-body">${UK.map((s, i) => para(`${s} ${UK[(i + 1) % UK.length]}`)).join('')}</div>`);
    const got = read(doc);
    expect(got.isArticle, got.reason).toBe(true);
    expect(got.index.text).toContain(UK[5]);
  });

  it('a front page saying "website" with teaser cards stays a front page', () => {
    const cards = UK.map((s, i) => `<div class="card"><a href="/post/${i}"><h3>Новина номер ${i}</h3></a><p>${s}</p></div>`).join('');
    const doc = page('<meta property="og:type" content="website">', `<h1>Громадський рух</h1><div class="feed">${cards}</div>`);
    expect(read(doc, 'https://example.org/').isArticle).toBe(false);
  });
});

describe('the headline as the page shows it', () => {
  const P = RU.map(para).join('');
  it.each([
    ['og:title with the site name after it (meduza.io)', '<meta property="og:type" content="article"><meta property="og:site_name" content="Meduza"><meta property="og:title" content="Американец собрал рекорд ретвитов ради обеда. Да, он это сделал! — Meduza">', `<h1>Американец собрал рекорд ретвитов ради обеда. Да, он это сделал!</h1><div class="Body">${P}</div>`, 'Американец собрал рекорд ретвитов ради обеда. Да, он это сделал!'],
    ['a JSON-LD headline escaped for HTML (slovoidilo.ua)', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Суд залишив під вартою фігурантку справи &laquo;Мідас&raquo;"}</script>', `<div class="title">Суд залишив під вартою фігурантку справи «Мідас»</div><div class="article-text">${P}</div>`, 'Суд залишив під вартою фігурантку справи «Мідас»'],
    ['a breadcrumb in the <h1> before the post title (drive2.ru)', '<meta property="og:type" content="article"><meta property="og:title" content="Что там по уходу за машиной? — BMW X3, 2012 года на DRIVE2">', `<h1>BMW X3 NEVADA › Бортжурнал › Что там по уходу за машиной?</h1><div class="c-post__body">${P}</div>`, 'Что там по уходу за машиной?'],
    ['a badge inside the <h1> (vc.ru)', '<script type="application/ld+json">{"@type":"Article","headline":"Суд обязал основателя банка остаться в Лондоне"}</script>', `<h1>Суд обязал основателя банка остаться в Лондоне <span class="badge">Материал редакции</span></h1><div class="content">${P}</div>`, 'Суд обязал основателя банка остаться в Лондоне'],
    ['an <h1> that is the blog’s name (a LiveJournal blog on its own domain)', '<meta property="og:type" content="article"><meta property="og:title" content="В Люксембурге отменили плату за проезд. А вам слабо?">', `<h1>example.org</h1><div class="entry-content">${P}</div>`, 'В Люксембурге отменили плату за проезд. А вам слабо?'],
    ['a printed headline above an <h1> holding the subheading (kommersant.ru)', '<meta property="og:type" content="article"><meta property="og:title" content="Акционеры уронили сервер">', `<header><h2 class="doc_header__name">Акционеры уронили сервер</h2><h1 class="doc_header__subheader">Конфликт вокруг хостинга привел к сбоям в работе сайтов</h1></header><div class="article_text_wrapper">${P}</div>`, 'Акционеры уронили сервер'],
    ['an <h1> worded otherwise than an SEO headline in JSON-LD keeps its words', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"В аварии самолета погибли 20 военных - новости мира"}</script>', `<h1>Стороны подтвердили гибель 20 военных при аварии самолета</h1><div class="article-text">${P}</div>`, 'Стороны подтвердили гибель 20 военных при аварии самолета'],
  ])('%s', (_name, head, body, want) => {
    const got = read(page(head, body));
    expect(got.isArticle, got.reason).toBe(true);
    expect(got.title).toBe(want);
  });
});

describe('the publication date', () => {
  const P = UK.map(para).join('');
  it('a JSON-LD date written out in words (tyzhden.ua)', () => {
    const doc = page('<script type="application/ld+json">{"@type":"Article","headline":"В тиші","datePublished":"3 Листопада 2025 в 14:01"}</script>', `<h1>В тиші</h1><div class="entry-content">${P}</div>`);
    expect(read(doc, 'https://example.com.ua/v-tyshi/').published).toBe('2025-11-03T14:01:00+02:00');
  });

  it('a broken <time> of a teaser is passed over for the dateline beside the headline block (meduza.io)', () => {
    const doc = page(
      '<meta property="og:type" content="article">',
      `<article class="Teaser"><time datetime="2017-05-10T08:05:48.48T+00:0010">4 часа назад</time><a href="/1">Другой материал</a></article><div class="Header"><div class="Header-tag">шапито</div><div class="Header-title"><h1>Американец собрал рекорд ретвитов</h1></div><div class="Meta"><div class="Meta--source">Meduza</div><div class="Meta--time">15:12, 9 мая 2017</div></div></div><div class="Body">${RU.map(para).join('')}</div>`,
    );
    expect(read(doc).published?.slice(0, 10)).toBe('2017-05-09');
  });

  it('no <h1>: the dateline after the block reading as the headline (nashigroshi.org)', () => {
    const doc = page(
      '<meta property="og:type" content="article"><meta property="og:title" content="Поліція замовила бронещити з ліхтарями">',
      `<div class="single article"><h6 class="title"><strong>Поліція замовила бронещити з ліхтарями</strong></h6><span class="meta">03.11.2025 // </span>${P}</div>`,
    );
    expect(read(doc, 'https://example.org/2025/11/03/shchyty/').published?.slice(0, 10)).toBe('2025-11-03');
  });
});

describe('what is not the text around and inside it', () => {
  const P = RU.map(para).join('');
  const text = (head: string, body: string) => {
    const got = read(page(`<meta property="og:type" content="article">${head}`, body));
    expect(got.isArticle, got.reason).toBe(true);
    return got.index.text;
  };

  it.each([
    ['a closing call to follow the site’s channel (slovoidilo.ua)', '<p>Підпишіться на наш Telegram-канал, щоб стежити за новинами редакції.</p>'],
    ['a channel line ending in a call (lenta.ru)', '<p>Что происходит в России и в мире? Объясняем на нашем YouTube-канале. Подпишись!</p>'],
    ['a link to the channel in words, spread over lines (moslenta.ru)', '<a href="https://t.me/x"><div><p>Еще больше\n      интересного в Telegram редакции</p><span>Подписаться</span></div></a>'],
    ['a line of hashtags (vc.ru)', '<div class="content-hashtags">#новость #суд</div>'],
    ['an author line (hromadske.ua)', '<p>Авторка: Марія Коваленко.</p>'],
  ])('%s', (_name, tail) => {
    const got = text('', `<h1>Делегации встретились снова</h1><div class="article-text">${P}${tail}</div>`);
    expect(got).toContain(RU[3]);
    expect(got).not.toMatch(/Telegram|YouTube|#новость|Авторка/);
  });

  it('keeps a paragraph that reports a channel’s post (no call to follow it)', () => {
    const line = 'Представитель министерства сообщил в своем Telegram-канале, что делегации встретятся снова через месяц.';
    expect(text('', `<h1>Делегации встретились снова</h1><div class="article-text">${P}<p>${line}</p></div>`)).toContain(line);
  });

  it('a photo credit opening with "Кадр:" and an embedded tweet (moslenta.ru, meduza.io)', () => {
    const got = text('', `<h1>Пассажира метро сравнили с героем фильма</h1><div class="Body"><p>Кадр: страница сообщества во «ВКонтакте»</p>${P}<div class="EmbedCode"><blockquote class="twitter-tweet"><p>HELP ME PLEASE, A MAN NEEDS HIS LUNCH</p><a href="https://twitter.com/x">April 6, 2017</a></blockquote></div></div>`);
    expect(got).toContain(RU[0]);
    expect(got).not.toContain('Кадр:');
    expect(got).not.toContain('HELP ME');
  });

  it('a label repeated under every photo (drive2.ru)', () => {
    const photo = (i: number) => `<div class="c-post-photo"><img src="/${i}.jpg"><a class="c-post-photo__zoom" href="/${i}.jpg">Полный размер</a></div>`;
    const got = text('', `<h1>Что там по уходу за машиной?</h1><div class="c-post__body">${RU.map((s, i) => para(s) + photo(i)).join('')}</div>`);
    expect(got).toContain(RU[3]);
    expect(got).not.toContain('Полный размер');
  });

  it('an abstract in a block of its own before the body block (chesno.org), not a standfirst beside the <h1>', () => {
    const got = text('', `<div class="publication-header"><h1>Продуктові набори від депутатів</h1></div><div class="publication-column"><div class="publication-abstract">${para(UK[0]!)}${para(UK[1]!)}</div><div class="publication-body">${UK.slice(2).map(para).join('')}</div></div>`);
    expect(got).toContain(UK[0]);
    expect(got).toContain(UK[5]);
    const beside = text('', `<div class="story"><h1>Россияне стали больше работать</h1><div class="story__overview">${RU[0]}</div><div class="article__text">${RU.slice(1).map(para).join('')}<p>${RU[0]!.replace('четверг', 'пятницу')}</p></div></div>`);
    expect(beside).not.toContain(RU[0]);
  });
});
