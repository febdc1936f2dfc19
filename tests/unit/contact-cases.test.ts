import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analyze';
import { bundledKb } from '@/lib/kb/index';

const kb = bundledKb();
type Want = { status: string; type: string; participants?: string[]; sides?: string[]; date?: string; place?: string };

// One sentence, one expected contact: the patterns news uses, in both languages. Published 2025-03-20 (a Thursday).
const CASES: [string, Want][] = [
  ['Державний секретар США Марко Рубіо провів телефонну розмову з міністром закордонних справ Росії Сергієм Лавровим.', { status: 'happened', type: 'phone_call', participants: ['marco-rubio', 'sergey-lavrov'] }],
  ['Госсекретарь США Марко Рубио и глава МИД России Сергей Лавров провели переговоры в Эр-Рияде 18 февраля.', { status: 'happened', type: 'negotiations', participants: ['marco-rubio', 'sergey-lavrov'], date: '2025-02-18', place: 'Riyadh' }],
  ['Спецпосланник Трампа Стів Віткофф прибув до Москви, де зустрівся з Путіним.', { status: 'happened', type: 'visit', participants: ['steve-witkoff', 'vladimir-putin'], place: 'Moscow' }],
  ['Путин и Трамп встретятся на Аляске 15 августа, сообщил Ушаков.', { status: 'planned', type: 'meeting', participants: ['vladimir-putin', 'donald-trump'], date: '2025-08-15', place: 'Alaska' }],
  ['Трамп заявил, что не будет встречаться с Путиным, пока не увидит прогресса.', { status: 'denied', type: 'meeting', participants: ['donald-trump', 'vladimir-putin'] }],
  ['У Кремлі заперечили, що Путін розмовляв з Трампом телефоном.', { status: 'denied', type: 'phone_call', participants: ['vladimir-putin', 'donald-trump'] }],
  ['Песков опроверг информацию о телефонном разговоре Путина и Трампа.', { status: 'denied', type: 'phone_call', participants: ['vladimir-putin', 'donald-trump'] }],
  ['Консультації делегацій Росії та США щодо роботи посольств відбулися у Стамбулі 27 лютого.', { status: 'happened', type: 'consultations', sides: ['RU', 'US'], date: '2025-02-27', place: 'Istanbul' }],
  ['Следующий раунд консультаций России и США по «раздражителям» пройдет в Москве, заявил Дарчиев.', { status: 'planned', type: 'consultations', sides: ['RU', 'US'], place: 'Moscow' }],
  ['Лавров і Рубіо домовилися про зустріч у найближчі тижні.', { status: 'planned', type: 'meeting', participants: ['sergey-lavrov', 'marco-rubio'] }],
  // Called off or postponed: a status of its own; a plain denial stays a denial.
  ['Зустріч Трампа і Путіна у Будапешті відклали на невизначений термін.', { status: 'called_off', type: 'meeting', participants: ['donald-trump', 'vladimir-putin'], place: 'Budapest' }],
  ['Президент США Дональд Трамп скасував запланований саміт з Путіним у Будапешті.', { status: 'called_off', type: 'meeting', participants: ['donald-trump', 'vladimir-putin'], place: 'Budapest' }],
  ['Встречу Лаврова и Рубио в Будапеште отменили, сообщили в Белом доме.', { status: 'called_off', type: 'meeting', participants: ['sergey-lavrov', 'marco-rubio'], place: 'Budapest' }],
  ['Переговоры Рябкова и американской делегации перенесли на следующий месяц.', { status: 'called_off', type: 'negotiations', participants: ['sergei-ryabkov'], sides: ['RU', 'US'] }],
  ['Зустріч Віткоффа з Путіним відклали, повідомив Пєсков.', { status: 'called_off', type: 'meeting', participants: ['steve-witkoff', 'vladimir-putin'] }],
  ['Консультации России и США в Стамбуле отложили по просьбе американской стороны.', { status: 'called_off', type: 'consultations', sides: ['RU', 'US'], place: 'Istanbul' }],
  ['Песков опроверг, что Путин и Трамп встречались в Будапеште.', { status: 'denied', type: 'meeting', participants: ['vladimir-putin', 'donald-trump'] }],
  ['Зустрічі Путіна і Трампа в Будапешті не було, заявили в Кремлі.', { status: 'denied', type: 'meeting', participants: ['vladimir-putin', 'donald-trump'] }],
  // Lifting sanctions is no contact called off.
  ['Путін і Трамп під час телефонної розмови обговорили скасування санкцій.', { status: 'happened', type: 'phone_call', participants: ['vladimir-putin', 'donald-trump'] }],
  ['Дмитрієв прилетів до Вашингтона для переговорів з Віткоффом.', { status: 'happened', type: 'visit', participants: ['kirill-dmitriev', 'steve-witkoff'], place: 'Washington' }],
  ['Трамп і Путін поговорили телефоном у вівторок, повідомили в Кремлі.', { status: 'happened', type: 'phone_call', date: '2025-03-18' }],
  ['Байден и Путин провели видеоконференцию 7 декабря 2021 года.', { status: 'happened', type: 'video_call', date: '2021-12-07' }],
  // Declining to comment on a report is no denial of it.
  ['Пресс-секретарь Кремля Дмитрий Песков отказался комментировать публикацию о контактах советника президента США Джейка Салливана с Юрием Ушаковым.', { status: 'unclear', type: 'other', participants: ['jake-sullivan', 'yuri-ushakov'] }],
  ['Речник Кремля Дмитро Пєсков відмовився коментувати повідомлення про переговори радника президента США Джейка Саллівана з Юрієм Ушаковим.', { status: 'unclear', type: 'negotiations', participants: ['jake-sullivan', 'yuri-ushakov'] }],
  // A weekday beside the date it names is that date, not the weekday of another week.
  ['Рубіо може зустрітися з Лавровим у четвер, 27 березня.', { status: 'planned', type: 'meeting', participants: ['marco-rubio', 'sergey-lavrov'], date: '2025-03-27' }],
  ['Рубио встретится с Лавровым 27 марта (в четверг).', { status: 'planned', type: 'meeting', participants: ['marco-rubio', 'sergey-lavrov'], date: '2025-03-27' }],
  // A plan's month with no year, told later in the year, is next year's; what took place stays in this one.
  ['Путин и Трамп встретятся в феврале.', { status: 'planned', type: 'meeting', participants: ['vladimir-putin', 'donald-trump'], date: '2026-02' }],
  ['Путин и Трамп встретились в феврале.', { status: 'happened', type: 'meeting', participants: ['vladimir-putin', 'donald-trump'], date: '2025-02' }],
  // A call's counterpart in the dative, with no preposition.
  ['Трамп подзвонив Путіну в понеділок.', { status: 'happened', type: 'phone_call', participants: ['donald-trump', 'vladimir-putin'], date: '2025-03-17' }],
  ['Остин сообщил, что позвонил российскому министру обороны Шойгу.', { status: 'happened', type: 'phone_call', participants: ['lloyd-austin', 'sergei-shoigu'] }],
  ['Бернс провел в Анкаре встречу с директором СВР Сергеем Нарышкиным.', { status: 'happened', type: 'meeting', participants: ['william-burns', 'sergey-naryshkin'], place: 'Ankara' }],
];

describe('one contact per sentence', () => {
  it.each(CASES)('%s', (text, want) => {
    const cs = analyzeText({ text, published: '2025-03-20' }, kb).contacts;
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect({ status: c.status, type: c.type }).toEqual({ status: want.status, type: want.type });
    if (want.participants) expect([...c.participants].sort()).toEqual([...want.participants].sort());
    if (want.sides) expect(c.sides).toEqual(want.sides);
    if (want.date) expect(c.date).toBe(want.date);
    if (want.place) expect(c.place).toBe(want.place);
  });

  it.each([
    ['Путин провел телефонный разговор с Эрдоганом.'],
    ['Зеленський зустрівся з Трампом у Білому домі.'],
  ])('no US–Russia contact: %s', (text) => {
    expect(analyzeText({ text, published: '2025-03-20' }, kb).contacts).toEqual([]);
  });
});

describe('who only comments is not a party', () => {
  it('Peskov declining to comment on Sullivan’s contacts is not in them', () => {
    const cs = analyzeText({ text: 'Пресс-секретарь Кремля Дмитрий Песков отказался комментировать публикацию о контактах советника президента США Джейка Салливана с Юрием Ушаковым и Николаем Патрушевым.', published: '2022-11-07' }, kb).contacts;
    expect(cs).toHaveLength(1);
    expect([...cs[0]!.participants].sort()).toEqual(['jake-sullivan', 'nikolai-patrushev', 'yuri-ushakov']);
  });

  // The project's own sentences: whose words they are ("за словами") and who spoke about a contact.
  it.each([
    ['За словами Дмитра Пєскова, Віткофф цього тижня зустрінеться з Путіним у Москві.', ['steve-witkoff', 'vladimir-putin']],
    ['Дмитрий Песков высказался о возможном разговоре Путина с Байденом.', ['joe-biden', 'vladimir-putin']],
  ])('%s', (text, people) => {
    const cs = analyzeText({ text, published: '2025-03-20' }, kb).contacts;
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) expect(c.participants).not.toContain('dmitry-peskov');
    expect([...cs[0]!.participants].sort()).toEqual(people);
  });
});

// The project's own sentences: members of a meeting told in the next clause or sentence.
describe('who else sat at the table', () => {
  const people = (text: string) => analyzeText({ text, published: '2025-12-03' }, kb).contacts.map((c) => [...c.participants].sort());
  it.each([
    ['Путін зустрівся у Кремлі з Віткоффом, де також брали участь помічник президента Юрій Ушаков і Кирило Дмитрієв.', ['kirill-dmitriev', 'steve-witkoff', 'vladimir-putin', 'yuri-ushakov']],
    ['Вчера Путин принял Уиткоффа в Кремле. На встрече также присутствовал помощник президента Юрий Ушаков.', ['steve-witkoff', 'vladimir-putin', 'yuri-ushakov']],
    ['Лавров и Ушаков провели переговоры с американской делегацией в Эр-Рияде. Со стороны США присутствуют помощник президента Дональда Трампа Майк Уолтц и госсекретарь Марко Рубио.', ['marco-rubio', 'mike-waltz', 'sergey-lavrov', 'yuri-ushakov']],
  ])('%s', (text, want) => {
    expect(people(text)).toContainEqual(want);
  });
  it('a round told by its sides takes the head of a delegation named next', () => {
    for (const text of ['Делегації Росії та США провели консультації в Стамбулі. Російську делегацію очолив Олександр Дарчієв.', 'Делегации России и США провели переговоры в Стамбуле. Российскую делегацию возглавил Александр Дарчиев.']) {
      const cs = analyzeText({ text, published: '2026-02-17' }, kb).contacts;
      expect(cs.map((c) => c.participants), text).toContainEqual(['alexander-darchiev']);
    }
  });
  it('a meeting with another country told next is not this one', () => {
    const cs = people('Путин и Трамп провели телефонный разговор. На встрече в Вашингтоне с американской стороны присутствовали Марко Рубио и Стив Уиткофф, с украинской — Андрей Ермак.');
    expect(cs).toContainEqual(['donald-trump', 'vladimir-putin']);
    for (const c of cs) expect(c).not.toContain('marco-rubio');
  });
});

// The project's own sentences: talks held by phone or video are one call, not talks and a call.
describe('talks by wire', () => {
  it.each([
    ['Министр обороны России Сергей Шойгу и глава Пентагона Ллойд Остин провели переговоры по телефону.', 'phone_call'],
    ["Джо Байден і Володимир Путін 7 грудня провели переговори у форматі захищеного відеозв'язку.", 'video_call'],
    ['Байден завтра проведе переговори з Путіним. У четвер, 30 грудня, президент США Джо Байден проведе телефонну розмову з президентом Росії Володимиром Путіним.', 'phone_call'],
  ])('%s', (text, kind) => {
    const cs = analyzeText({ text, published: '2021-12-29' }, kb).contacts;
    expect(cs.map((c) => c.type)).toEqual([kind]);
  });
});

// The project's own sentences: several heads named by their offices stand for the holders of the day.
describe('heads of offices named together', () => {
  it.each([
    ['Главы Минобороны США и РФ провели телефонный разговор.', '2023-03-15', ['lloyd-austin', 'sergei-shoigu']],
    ['Перша бесіда глав Держдепартаменту та МЗС Росії відбулася з ініціативи американської сторони.', '2022-07-29', ['antony-blinken', 'sergey-lavrov']],
    ['В Анкаре прошла встреча глав ЦРУ и СВР.', '2022-11-14', ['sergey-naryshkin', 'william-burns']],
    ['Главы МИД России и США провели переговоры в Эр-Рияде.', '2025-02-18', ['marco-rubio', 'sergey-lavrov']],
    ['Состоялся телефонный разговор между главами государств России и США.', '2025-03-18', ['donald-trump', 'vladimir-putin']],
    ['Глави держав США та Росії провели зустріч на Алясці.', '2025-08-15', ['donald-trump', 'vladimir-putin']],
  ])('%s', (text, published, want) => {
    const cs = analyzeText({ text, published }, kb).contacts;
    expect(cs.map((c) => [...c.participants].sort())).toContainEqual(want);
  });
  it('a main editor is no head of an office', () => {
    const cs = analyzeText({ text: 'Главный редактор газеты провел встречу в Москве.', published: '2025-02-18' }, kb).contacts;
    expect(cs).toEqual([]);
  });
});

// The project's own sentences: a country in a list of countries is a party, not a possessor.
describe('a list of countries', () => {
  it('names every side of a three-way round', () => {
    const cs = analyzeText({ text: 'В Абу-Дабі завершилися тристоронні переговори України, Росії та США.', published: '2026-01-24' }, kb).contacts;
    expect(cs.map((c) => [...c.sides].sort())).toContainEqual(['RU', 'UA', 'US']);
  });
  it('reads the countries an office deals with as topics, not sides', () => {
    const uk = analyzeText({ text: 'Спеціальний представник США з питань України та Росії Кіт Келлог відвідає Україну 20 лютого.', published: '2025-02-17' }, kb).contacts;
    expect(uk.filter((c) => c.sides.includes('RU'))).toEqual([]);
    const ru = analyzeText({ text: 'Спецпредставитель США по вопросам Украины и России Кит Келлог провел переговоры с Лавровым.', published: '2025-02-17' }, kb).contacts;
    expect(ru.map((c) => c.participants)).toEqual([['keith-kellogg', 'sergey-lavrov']]);
  });
  it('still reads "війни Росії" as Russia\'s war', () => {
    expect(analyzeText({ text: 'Трамп обговорив з Зеленським наслідки війни Росії проти України.', published: '2026-01-24' }, kb).contacts).toEqual([]);
  });
});

// The project's own sentences: who discloses a contact is not a party to it.
describe('who tells about a contact', () => {
  it('"раскрыл Песков содержание беседы Путина и Бернса" is Putin and Burns', () => {
    const cs = analyzeText({ text: '«Да, такой разговор был», — раскрыл Песков содержание беседы Путина и Бернса.Он добавил, что говорили о кибербезопасности.', published: '2021-11-05' }, kb).contacts;
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) expect(c.participants).not.toContain('dmitry-peskov');
  });
});

// The project's own sentences: a body named as a place, and a foreign surname in the instrumental.
describe('bodies and foreign names', () => {
  it('"у Кремлі" is where the words come from, not a party', () => {
    const cs = analyzeText({ text: 'У Кремлі припустили, що Віткофф найближчим часом приїде з візитом.', published: '2025-11-20' }, kb).contacts;
    for (const c of cs) expect(c.participants).not.toContain('kremlin');
  });
  it('"Ллойдом Остином" is Austin', () => {
    const cs = analyzeText({ text: 'Министр обороны России Сергей Шойгу провёл телефонные переговоры с шефом Пентагона Ллойдом Остином.', published: '2022-10-21' }, kb).contacts;
    expect(cs.map((c) => [...c.participants].sort())).toContainEqual(['lloyd-austin', 'sergei-shoigu']);
  });
});

// The project's own sentences: a plan is not dated by a day already past.
describe('dates told nearby', () => {
  it('the next round, still undated, does not take the day of the meeting told before', () => {
    const cs = analyzeText({ text: 'Про такі консультації Москва і Вашингтон домовилися 18 лютого в Ер-Ріяді, де держсекретар США Марко Рубіо зустрівся з Сергієм Лавровим. Дату наступного раунду консультацій сторони поки не оголосили.', published: '2025-02-27' }, kb).contacts;
    for (const c of cs) if (c.status === 'planned') expect(c.date === null || c.date >= '2025-02-27').toBe(true);
  });
});
