/** The interface in Ukrainian, Russian and English: the browser's language by default. */
export type UiLang = 'en' | 'uk' | 'ru';

const EN = {
  thisPage: 'This page', history: 'History', language: 'Language', settings: 'Settings',
  reading: 'Reading the page…', nothingRead: 'Nothing read on this page. Kontakty runs on the news sites in its list.',
  notArticle: 'Not a news article: {reason}.', onFor: 'On for {site}', pause: 'Pause everywhere',
  highlightsOn: 'Highlights on this page', legendUs: 'US', legendRu: 'Russia', legendUa: 'Ukraine', legendOther: 'other', legendEvent: 'earlier event',
  actors: 'Actors', earlierEvents: 'Earlier events referred to', contacts: 'Contacts ({n})', noContacts: 'No US–Russia contact reported here.',
  searchPlaceholder: 'Search names, places, quotes…', searchLabel: 'Search the history', importBtn: 'Import…',
  anyStatus: 'Any status', anyType: 'Any type', anySite: 'Any site', from: 'from', to: 'to', fromLabel: 'From date', toLabel: 'To date', clear: 'Clear',
  deleted: 'Contact deleted.', undo: 'Undo', count: '{shown} of {total} contacts', filteredNote: ' (filtered; export takes these)',
  imported: 'Imported: {added} new, {merged} merged.', confirm: 'Confirm', confirmed: '✓ confirmed', edited: 'edited', edit: 'Edit', delete: 'Delete',
  status: 'Status', type: 'Type', date: 'Date', place: 'Place', save: 'Save', sources: '{n} sources', source: '1 source', dateUnknown: 'date unknown', week: ' (week)',
  timeline: 'Timeline', list: 'List', byMonth: 'Contacts by month', views: 'Views', showMore: 'Show more ({n} left)',
  importPreview: 'This file holds {added} new contacts, {merged} already stored, {conflicting} that disagree with stored ones (a person’s corrections are kept).', importConfirm: 'Import', cancel: 'Cancel',
  tooBig: 'The file is too large to import ({mb} MB). Nothing was imported.',
  sort: 'Sort', sortSeen: 'Newest report first', sortDate: 'By contact date', sortConfidence: 'By confidence', sortSources: 'Most sources first',
  actor: 'Actor', anyActor: 'Any actor', counterparts: 'Counterparts', contactsOf: '{n} contacts, {from} – {to}',
  meeting: 'Meeting', phone_call: 'Phone call', video_call: 'Video call', negotiations: 'Negotiations', consultations: 'Consultations', visit: 'Visit', backchannel: 'Back channel', other: 'Contact',
  happened: 'Happened', planned: 'Planned', denied: 'Denied', unclear: 'Unclear',
  sideUS: 'US side', sideRU: 'Russian side', sideUA: 'Ukrainian side', sideother: 'Other side',
};
export type MessageKey = keyof typeof EN;

const UK: Record<MessageKey, string> = {
  thisPage: 'Ця сторінка', history: 'Історія', language: 'Мова', settings: 'Налаштування',
  reading: 'Читаю сторінку…', nothingRead: 'На цій сторінці нічого не прочитано. Kontakty працює на новинних сайтах зі свого списку.',
  notArticle: 'Не новинна стаття: {reason}.', onFor: 'Увімкнено для {site}', pause: 'Пауза всюди',
  highlightsOn: 'Підсвічування на цій сторінці', legendUs: 'США', legendRu: 'Росія', legendUa: 'Україна', legendOther: 'інші', legendEvent: 'попередня подія',
  actors: 'Дійові особи', earlierEvents: 'Згадані попередні події', contacts: 'Контакти ({n})', noContacts: 'Тут не повідомляється про контакт США і Росії.',
  searchPlaceholder: 'Пошук: імена, місця, цитати…', searchLabel: 'Пошук в історії', importBtn: 'Імпорт…',
  anyStatus: 'Будь-який статус', anyType: 'Будь-який тип', anySite: 'Будь-який сайт', from: 'від', to: 'до', fromLabel: 'Від дати', toLabel: 'До дати', clear: 'Скинути',
  deleted: 'Контакт видалено.', undo: 'Повернути', count: '{shown} з {total} контактів', filteredNote: ' (відфільтровано; експортуються ці)',
  imported: 'Імпортовано: нових {added}, об’єднано {merged}.', confirm: 'Підтвердити', confirmed: '✓ підтверджено', edited: 'виправлено', edit: 'Виправити', delete: 'Видалити',
  status: 'Статус', type: 'Тип', date: 'Дата', place: 'Місце', save: 'Зберегти', sources: 'Джерел: {n}', source: '1 джерело', dateUnknown: 'дата невідома', week: ' (тиждень)',
  timeline: 'Хронологія', list: 'Список', byMonth: 'Контакти за місяцями', views: 'Подання', showMore: 'Показати ще (лишилось {n})',
  importPreview: 'У файлі нових контактів: {added}, уже збережених: {merged}, таких, що розходяться зі збереженими: {conflicting} (виправлення людини зберігаються).', importConfirm: 'Імпортувати', cancel: 'Скасувати',
  tooBig: 'Файл завеликий для імпорту ({mb} МБ). Нічого не імпортовано.',
  sort: 'Порядок', sortSeen: 'Спершу найновіші повідомлення', sortDate: 'За датою контакту', sortConfidence: 'За впевненістю', sortSources: 'Спершу з більшою кількістю джерел',
  actor: 'Особа', anyActor: 'Будь-хто', counterparts: 'Співрозмовники', contactsOf: 'Контактів: {n}, {from} – {to}',
  meeting: 'Зустріч', phone_call: 'Телефонна розмова', video_call: 'Відеорозмова', negotiations: 'Переговори', consultations: 'Консультації', visit: 'Візит', backchannel: 'Неофіційний канал', other: 'Контакт',
  happened: 'Відбувся', planned: 'Запланований', denied: 'Спростований', unclear: 'Неясно',
  sideUS: 'сторона США', sideRU: 'російська сторона', sideUA: 'українська сторона', sideother: 'інша сторона',
};

const RU: Record<MessageKey, string> = {
  thisPage: 'Эта страница', history: 'История', language: 'Язык', settings: 'Настройки',
  reading: 'Читаю страницу…', nothingRead: 'На этой странице ничего не прочитано. Kontakty работает на новостных сайтах из своего списка.',
  notArticle: 'Не новостная статья: {reason}.', onFor: 'Включено для {site}', pause: 'Пауза везде',
  highlightsOn: 'Подсветка на этой странице', legendUs: 'США', legendRu: 'Россия', legendUa: 'Украина', legendOther: 'другие', legendEvent: 'прежнее событие',
  actors: 'Действующие лица', earlierEvents: 'Упомянутые прежние события', contacts: 'Контакты ({n})', noContacts: 'Здесь не сообщается о контакте США и России.',
  searchPlaceholder: 'Поиск: имена, места, цитаты…', searchLabel: 'Поиск в истории', importBtn: 'Импорт…',
  anyStatus: 'Любой статус', anyType: 'Любой тип', anySite: 'Любой сайт', from: 'с', to: 'по', fromLabel: 'С даты', toLabel: 'По дату', clear: 'Сбросить',
  deleted: 'Контакт удалён.', undo: 'Вернуть', count: '{shown} из {total} контактов', filteredNote: ' (отфильтровано; экспортируются эти)',
  imported: 'Импортировано: новых {added}, объединено {merged}.', confirm: 'Подтвердить', confirmed: '✓ подтверждено', edited: 'исправлено', edit: 'Исправить', delete: 'Удалить',
  status: 'Статус', type: 'Тип', date: 'Дата', place: 'Место', save: 'Сохранить', sources: 'Источников: {n}', source: '1 источник', dateUnknown: 'дата неизвестна', week: ' (неделя)',
  timeline: 'Хронология', list: 'Список', byMonth: 'Контакты по месяцам', views: 'Представления', showMore: 'Показать ещё (осталось {n})',
  importPreview: 'В файле новых контактов: {added}, уже сохранённых: {merged}, расходящихся с сохранёнными: {conflicting} (исправления человека сохраняются).', importConfirm: 'Импортировать', cancel: 'Отмена',
  tooBig: 'Файл слишком велик для импорта ({mb} МБ). Ничего не импортировано.',
  sort: 'Порядок', sortSeen: 'Сначала новые сообщения', sortDate: 'По дате контакта', sortConfidence: 'По уверенности', sortSources: 'Сначала с большим числом источников',
  actor: 'Лицо', anyActor: 'Любое лицо', counterparts: 'Собеседники', contactsOf: 'Контактов: {n}, {from} – {to}',
  meeting: 'Встреча', phone_call: 'Телефонный разговор', video_call: 'Видеосвязь', negotiations: 'Переговоры', consultations: 'Консультации', visit: 'Визит', backchannel: 'Неофициальный канал', other: 'Контакт',
  happened: 'Состоялся', planned: 'Запланирован', denied: 'Опровергнут', unclear: 'Неясно',
  sideUS: 'сторона США', sideRU: 'российская сторона', sideUA: 'украинская сторона', sideother: 'другая сторона',
};

const TABLES: Record<UiLang, Record<MessageKey, string>> = { en: EN, uk: UK, ru: RU };

/** The interface language for a browser language tag ("uk-UA" → uk; anything else → en). */
export function pickUiLang(tag: string | undefined): UiLang {
  const base = (tag ?? '').toLowerCase().slice(0, 2);
  return base === 'uk' || base === 'ru' ? base : 'en';
}

/** A message in a language, with {name} placeholders filled. */
export function translate(lang: UiLang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? `{${k}}`));
}

export const UI_LANG_KEY = 'uiLang';
