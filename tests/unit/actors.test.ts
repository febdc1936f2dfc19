import { describe, expect, it } from 'vitest';
import { bundledKb } from '@/lib/kb/index';
import { findActors } from '@/lib/match/actors';

const kb = bundledKb();
const ids = (text: string) => findActors(text, kb.lexicon).map((h) => kb.actors[h.actor]!.id);
const spans = (text: string) => findActors(text, kb.lexicon).map((h) => text.slice(h.start, h.end));

describe('findActors', () => {
  it.each([
    ['Заява Рябкова стала відповіддю', ['sergei-ryabkov']],
    ['зустрівся з Рябковим', ['sergei-ryabkov']],
    ['встретился с Рябковым', ['sergei-ryabkov']],
    ['Трампові передали', ['donald-trump']],
    ['переговори зі спецпредставником США Стівом Віткоффом', ['steve-witkoff']],
    ['Салливан разговаривал с помощником президента Юрием Ушаковым', ['jake-sullivan', 'yuri-ushakov']],
    ['Прессекретар Кремля Дмитро Пєсков', ['kremlin', 'dmitry-peskov']],
    ['спикер Кремля Дмитрий Песков', ['kremlin', 'dmitry-peskov']],
    ['С. Рябков заявил', ['sergei-ryabkov']],
    ['Сергей Алексеевич сказал', ['sergei-ryabkov']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['лавры и лавров венок, песков много', []],
    ['Нил Ушаков, бывший мэр Риги', []],
    ['Хантер Байден', []],
    ['Н. Ушаков', []],
  ])('not our actor: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('takes in the first name and reports spans in the original text', () => {
    expect(spans('президента Росії Володимира Путіна і Дональда Трампа')).toEqual(['Володимира Путіна', 'Дональда Трампа']);
  });

  it('finds Russian officials written in lower case, as many Ukrainian outlets write them', () => {
    expect(ids('Трамп та російський диктатор владімір путін говорили телефоном')).toEqual(['donald-trump', 'vladimir-putin']);
    expect(ids('зустріч Віткоффа з кирилом дмитрієвим і розмова з шойгу')).toEqual(['steve-witkoff', 'kirill-dmitriev', 'sergei-shoigu']);
    // Lower-case words that are everyday nouns stay words; a US name in lower case is no name.
    expect(ids('козак купив грушку, а лавров венок — песков')).toEqual([]);
    expect(ids('трамп сказав')).toEqual([]);
  });

  it('reads ё as е', () => {
    expect(spans('сказал Пётр Порошенко')).toEqual(['Пётр Порошенко']);
  });
});

describe('findActors: namesakes and initials', () => {
  it.each([
    ['завод ім. Антонова', []],
    ['ТОВ «Ентер-Прайс»', []],
    ['Непийвода Анатолій Іванович', []],
    ['В. Ф. Януковича', ['viktor-yanukovych']],
    ['Дмитрий Анатольевич Медведев', ['dmitry-medvedev']],
    ['агентство РИА «Новости» сообщило', ['ria-novosti']],
    ['депутати фракції Блок Петра Порошенка', []],
    ['партия Путина «Единая Россия»', []],
    ['Петро Порошенко заявив', ['petro-poroshenko']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});
