import { describe, expect, it } from 'vitest';
import { bundledKb } from '@/lib/kb/index';
import { findActors } from '@/lib/match/actors';
import { holderOf } from '@/lib/contacts/titles';

// The envoys, negotiators, military chiefs and delegation members added to the knowledge base for
// the 2021–2026 contacts: each found in the case forms news writes, in sentences of our own.
const kb = bundledKb();
const ids = (text: string) => findActors(text, kb.lexicon).map((h) => kb.actors[h.actor]!.id);

describe('added actors in their case forms', () => {
  it.each([
    ['Марк Міллі не зміг додзвонитися; з Марком Міллі говорив Остін; генерал Міллі', ['mark-milley', 'mark-milley', 'lloyd-austin', 'mark-milley']],
    ['Марка Милли не соединили с Герасимовым; генерал Милли', ['mark-milley', 'valery-gerasimov', 'mark-milley']],
    ['посла Джона Саллівана викликали; Джон Салліван і Джейк Салліван', ['john-j-sullivan', 'john-j-sullivan', 'jake-sullivan']],
    ['с Джоном Салливаном встретился Рябков', ['john-j-sullivan', 'sergei-ryabkov']],
    ['Карен Донфрід зустрілася з Козаком', ['karen-donfried', 'dmitry-kozak']],
    ['Герасимов позвонил Чарльзу Брауну; генерал Браун согласился', ['valery-gerasimov', 'charles-q-brown', 'charles-q-brown']],
    ['командувач Алекс Гринкевич; з генералом Грінкевичем', ['alexus-grynkewich', 'alexus-grynkewich']],
    ['Эллисон Хукер и Майкл Энтон; с Майклом Антоном', ['allison-hooker', 'michael-anton', 'michael-anton']],
    ['Ендрю Пік і Майкл Антон зустрілися з Григорієм Карасіним та Сергієм Бесідою', ['andrew-peek', 'michael-anton', 'grigory-karasin', 'sergey-beseda']],
    ['Григорий Карасин и Сергей Беседа встретились с Эндрю Пиком', ['grigory-karasin', 'sergey-beseda', 'andrew-peek']],
    ['Бонні Дженкінс приєдналася до делегації', ['bonnie-jenkins']],
    ['эксперты Эрик Грин и Стергос Калудис', ['eric-green', 'stergos-kaloudis']],
    ['з Джеймсом Мінгусом і Майклом Карпентером', ['james-mingus', 'michael-carpenter']],
    ['постпред Александр Лукашевич; с Лукашевичем', ['alexander-lukashevich', 'alexander-lukashevich']],
    ['Джулианна Смит и Говард Латник; Сьюзи Уайлс и Дэн Скавино', ['julianne-smith', 'howard-lutnick', 'susie-wiles', 'dan-scavino']],
    ['Роджера Карстенса и Луиса Боно', ['roger-carstens', 'louis-bono']],
    ['з Андрієм Руденком і Михайлом Галузіним', ['andrey-rudenko', 'mikhail-galuzin']],
    ['Кирилл Михайлов и Александр Посылкин', ['kirill-mikhailov', 'alexander-posylkin']],
    ['Антона Силуанова и Александра Лаврентьева', ['anton-siluanov', 'alexander-lavrentiev']],
    [
      'Сергія Кислицю, Давида Арахамію, Андрія Гнатова, Вадима Скібіцького, Олександра Бевза, Олега Іващенка, Євгенія Острянського, Олександра Поклада',
      ['serhiy-kyslytsya', 'davyd-arakhamia', 'andrii-hnatov', 'vadym-skibitskyi', 'oleksandr-bevz', 'oleh-ivashchenko', 'yevhenii-ostrianskyi', 'oleksandr-poklad'],
    ],
    [
      'с Сергеем Кислицей, Давидом Арахамией, Андреем Гнатовым, Вадимом Скибицким, Олегом Иващенко',
      ['serhiy-kyslytsya', 'davyd-arakhamia', 'andrii-hnatov', 'vadym-skibitskyi', 'oleh-ivashchenko'],
    ],
    ['советник Мусаад аль-Айбан', ['mosaad-al-aiban']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  // A surname that is also a word or a common name is kept to the full name.
  it.each([
    'Беседа продолжалась два часа.',
    'Антон Силуанов прилетел; Антон сказал',
    'письменник Олександр Грін',
    'Ольга Руденко і Руденко',
    'Борис Михайлов',
    'Валерій Іващенко',
    'поклад газу; Поклад нафти',
    'Пик продаж',
    'Адам Смит',
    'Гордон Браун',
  ])('not an added actor: %s', (text) => {
    const added = new Set(['sergey-beseda', 'michael-anton', 'eric-green', 'andrey-rudenko', 'kirill-mikhailov', 'oleh-ivashchenko', 'oleksandr-poklad', 'andrew-peek', 'julianne-smith', 'charles-q-brown']);
    expect(ids(text).filter((id) => added.has(id))).toEqual([]);
  });
});

describe('added actors in offices read by the extractor', () => {
  it('the US ambassador of the day: Sullivan until September 2022, none until Tracy', () => {
    const at = (day: string) => {
      const i = holderOf(kb.actors, 'ambassador', 'US', day);
      return i === null ? null : kb.actors[i]!.id;
    };
    expect(at('2021-04-15')).toBe('john-j-sullivan');
    expect(at('2022-11-01')).toBe(null);
    expect(at('2023-03-01')).toBe('lynne-tracy');
  });
});
