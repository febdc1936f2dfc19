import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analyze';
import { bundledKb } from '@/lib/kb/index';

const kb = bundledKb();
const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const run = (text: string, published: string | null = null) => analyzeText({ text, published }, kb).contacts;

describe('contacts in the seed articles', () => {
  it('000: Russia–US talks via the foreign ministries, and the denied Putin–Trump contact', () => {
    const cs = run(seed('000_1b7ace7d813e42a7.txt'), '2024-11-10');
    const denied = cs.find((c) => c.status === 'denied');
    expect(denied?.participants.sort()).toEqual(['donald-trump', 'vladimir-putin']);
    expect(denied?.evidence.exact).toContain('спростував');
    expect(cs.some((c) => c.status === 'happened' && c.sides.join() === 'RU,US' && c.participants.length === 0)).toBe(true);
  });

  it('001: a back channel in Switzerland, last week relative to publication, reported by Reuters', () => {
    const cs = run(seed('001_66fee3a647a5a33e.txt'), '2025-02-24');
    const bc = cs.find((c) => c.type === 'backchannel');
    expect(bc).toMatchObject({ status: 'happened', datePrecision: 'week', date: '2025-02-17', reportedBy: ['reuters'] });
    expect(['Switzerland', 'Geneva']).toContain(bc?.place);
  });

  it('002: the next round planned for early spring 2026, and the Miami meeting with Dmitriev', () => {
    const cs = run(seed('002_4fc3a1f97c3ac14c.txt'), '2025-12-23T15:30:00+02:00');
    expect(cs.find((c) => c.status === 'planned' && c.date === '2026-03')).toMatchObject({ datePrecision: 'month', sides: ['RU', 'US'] });
    const miami = cs.find((c) => c.place === 'Miami');
    expect(miami?.participants).toEqual(expect.arrayContaining(['kirill-dmitriev', 'steve-witkoff', 'jared-kushner']));
    expect(miami?.status).toBe('happened');
  });

  it('003: Biden intends to hold talks with Putin (planned); the White House not ready (denied)', () => {
    const cs = run(seed('003_49fd28c3542652b2.txt'), '2021-12-02T17:50:00+02:00');
    const planned = cs.find((c) => c.status === 'planned' && c.participants.includes('joe-biden'));
    expect(planned?.participants.sort()).toEqual(['joe-biden', 'vladimir-putin']);
    expect(cs.some((c) => c.status === 'denied' && c.participants.includes('vladimir-putin'))).toBe(true);
  });

  it('004: Sullivan talked with Ushakov and Patrushev, reported by the WSJ', () => {
    const cs = run(seed('004_7edc6db95af8553e.txt'), '2022-11-07');
    const s = cs.find((c) => c.participants.includes('jake-sullivan'));
    expect(s?.participants).toEqual(expect.arrayContaining(['jake-sullivan', 'yuri-ushakov', 'nikolai-patrushev']));
    expect(s?.status).toBe('happened');
    expect(s?.reportedBy).toContain('wall-street-journal');
  });
});

describe('what is not a US–Russia contact', () => {
  it.each([
    ['Путін і Трамп по-різному оцінюють ситуацію на фронті.'],
    ['Зеленський провів переговори з Фіцо у Брюсселі.'],
    ['США не настаивают на том, чтобы Украина вела такие переговоры с Москвой, рассказали собеседники издания в Белом доме.'],
    ['Лавров прокоментував заяву Рубіо щодо санкцій.'],
  ])('%s', (text) => {
    expect(run(text, '2025-01-01')).toEqual([]);
  });
});
