import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { activeActors, addCustomActor, setActorDisabled, syncBundledActors } from '@/lib/history/actors-store';
import { customActorInput, deleteCustomActor, EMPTY_CUSTOM_ACTOR, type CustomActorForm } from '@/lib/history/custom-actor';
import { HistoryDB } from '@/lib/history/db';
import { bundledKb, kbWith } from '@/lib/kb/index';
import { findActors } from '@/lib/match/actors';

const freshDb = () => new HistoryDB(`t${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const lukashenko: CustomActorForm = {
  ...EMPTY_CUSTOM_ACTOR,
  country: 'by',
  nameEn: 'Alexander Lukashenko',
  nameUk: 'Олександр Лукашенко',
  nameRu: 'Александр Лукашенко',
  variantsUk: 'Лукашенко',
  variantsRu: 'Лукашенко, ',
  source: 'https://en.wikipedia.org/wiki/Alexander_Lukashenko',
};
const hits = (text: string, actors: Parameters<typeof kbWith>[0]) => {
  const kb = kbWith(actors);
  return findActors(text, kb.lexicon).map((h) => ({ id: kb.lexicon.actors[h.actor]!.id, text: text.slice(h.start, h.end) }));
};

describe('options page: a custom actor', () => {
  it('is made from the form: surnames as typed, first name from the full name', () => {
    const got = customActorInput(lukashenko);
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.value).toMatchObject({
      kind: 'person',
      country: 'BY',
      gender: 'm',
      name: { en: 'Alexander Lukashenko', uk: 'Олександр Лукашенко', ru: 'Александр Лукашенко' },
      surname: { uk: ['Лукашенко'], ru: ['Лукашенко'], en: ['Lukashenko'] },
      given: { uk: ['Олександр'], ru: ['Александр'], en: ['Alexander'] },
      source: 'https://en.wikipedia.org/wiki/Alexander_Lukashenko',
    });
  });

  it('is found in Russian and Ukrainian texts in its case forms once added, and not before', async () => {
    const db = freshDb();
    await syncBundledActors(db, bundledKb().actors);
    const ru = 'Путин на пресс-конференции с Александром Лукашенко заявил, что поддерживает идею.';
    const uk = 'Зустріч Путіна з Олександром Лукашенком тривала дві години. Лукашенка не запросили.';
    expect(hits(ru, await activeActors(db)).map((h) => h.id)).not.toContain('custom-alexander-lukashenko');
    const got = customActorInput(lukashenko);
    if (!got.ok) throw new Error(got.error);
    const rec = await addCustomActor(db, got.value);
    expect(rec).toMatchObject({ id: 'custom-alexander-lukashenko', origin: 'custom', sources: ['https://en.wikipedia.org/wiki/Alexander_Lukashenko'] });
    const actors = await activeActors(db);
    expect(hits(ru, actors)).toContainEqual({ id: rec.id, text: 'Александром Лукашенко' });
    expect(hits(uk, actors).filter((h) => h.id === rec.id).map((h) => h.text)).toEqual(['Олександром Лукашенком', 'Лукашенка']);
    // Switched off, the name is no longer found; deleted, it is gone from the database.
    await setActorDisabled(db, rec.id, true);
    expect(hits(ru, await activeActors(db)).map((h) => h.id)).not.toContain(rec.id);
    expect((await deleteCustomActor(db, rec.id))?.id).toBe(rec.id);
    expect(await db.actors.get(rec.id)).toBeUndefined();
  });

  it('a shipped actor cannot be deleted, only switched off', async () => {
    const db = freshDb();
    await syncBundledActors(db, bundledKb().actors);
    expect(await deleteCustomActor(db, 'sergey-lavrov')).toBeUndefined();
    expect(await db.actors.get('sergey-lavrov')).toBeDefined();
  });

  it('an institution takes its full names and the typed forms', () => {
    const got = customActorInput({ ...EMPTY_CUSTOM_ACTOR, kind: 'institution', country: 'BY', nameEn: 'Belarusian Foreign Ministry', nameUk: 'МЗС Білорусі', variantsUk: 'білоруське МЗС, білоруського МЗС', variantsRu: 'МИД Белоруссии; МИД Беларуси' });
    expect(got.ok && got.value).toMatchObject({
      kind: 'institution',
      name: { en: 'Belarusian Foreign Ministry', uk: 'МЗС Білорусі', ru: 'МЗС Білорусі' },
      forms: { en: ['Belarusian Foreign Ministry'], uk: ['МЗС Білорусі', 'білоруське МЗС', 'білоруського МЗС'], ru: ['МИД Белоруссии', 'МИД Беларуси'] },
    });
    expect(got.ok && 'surname' in got.value).toBe(false);
  });

  it('takes the last word of a name as the surname, and the middle one of three as the patronymic', () => {
    const got = customActorInput({ ...EMPTY_CUSTOM_ACTOR, country: 'RU', gender: 'f', nameEn: 'Maria Ivanova', nameRu: 'Мария Петровна Иванова' });
    expect(got.ok && got.value).toMatchObject({ gender: 'f', surname: { en: ['Ivanova'], ru: ['Иванова'] }, given: { ru: ['Мария'] }, patronymic: { ru: ['Петровна'] } });
  });

  it('says what is missing or wrong', () => {
    const err = (f: Partial<CustomActorForm>, existing: { name: { en: string; uk: string; ru: string } }[] = []) => {
      const got = customActorInput({ ...lukashenko, ...f }, existing);
      return got.ok ? null : got.error;
    };
    expect(err({ nameEn: '  ' })).toMatch(/English name/);
    expect(err({ nameEn: 'Лукашенко' })).toMatch(/Latin/);
    expect(err({ country: 'Belarus' })).toMatch(/country/);
    expect(err({ source: 'javascript:alert(1)' })).toMatch(/web address/);
    expect(err({ source: 'not a url' })).toMatch(/web address/);
    expect(err({ nameUk: 'Lukashenko', nameRu: '', variantsUk: '', variantsRu: '' })).toMatch(/Ukrainian or Russian surname/);
    expect(err({ kind: 'institution', nameUk: '', nameRu: '', variantsUk: '', variantsRu: '' })).toMatch(/Ukrainian or Russian name or forms/);
    expect(err({}, [{ name: { en: 'alexander lukashenko', uk: '', ru: '' } }])).toMatch(/already/);
    expect(err({})).toBeNull();
  });
});
