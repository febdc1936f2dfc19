import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { activeActors, addCustomActor, syncBundledActors } from '@/lib/history/actors-store';
import { customActorInput } from '@/lib/history/custom-actor';
import { HistoryDB } from '@/lib/history/db';
import { proposalForm, proposalKey, proposalRole, readDismissed, withDismissed } from '@/lib/history/proposal-actor';
import { analyzeAndStore, analyzeLiveBlog } from '@/lib/ext/analyze-service';
import { bundledKb, kbWith } from '@/lib/kb/index';
import { toLatin } from '@/lib/kb/latin';
import { roleLabel } from '@/lib/kb/roles';
import { findActors } from '@/lib/match/actors';
import type { ArticlePayload } from '@/lib/messages';

const freshDb = () => new HistoryDB(`t${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
// The project's own sentences about an invented official.
const page = (text: string, lang: 'uk' | 'ru', url = 'https://www.ukrinform.ua/rubric-polytics/4000001-test.html'): ArticlePayload => ({
  url, href: url, title: 'Тест', site: 'ukrinform.ua', lang, published: '2025-05-14T10:00:00+03:00', text, reason: 'test',
});
const FIRST = 'Делегацію очолив заступник глави МЗС Росії Гліб Чорноус. Сторони обговорили роботу посольств.';
const NEXT = 'Наступного тижня американські дипломати зустрінуться з Глібом Чорноусом у Стамбулі.';

describe('a proposed person becomes the reader\'s own actor', () => {
  it('names in Latin letters by the national tables', () => {
    expect(toLatin('Гліб Чорноус', 'uk')).toBe('Hlib Chornous');
    expect(toLatin('Юрій Ющенко', 'uk')).toBe('Yurii Yushchenko');
    expect(toLatin('Аркадий Веретенников', 'ru')).toBe('Arkadiy Veretennikov');
  });

  it('is proposed by the background with the article\'s summary, and not once dismissed', async () => {
    const db = freshDb();
    const { summary } = await analyzeAndStore(db, page(FIRST, 'uk'));
    expect(summary.proposals?.map((p) => [p.name, p.side, p.role.text])).toEqual([['Гліб Чорноус', 'RU', 'заступник глави МЗС Росії']]);
    const key = proposalKey(summary.proposals![0]!);
    const again = await analyzeAndStore(db, page(FIRST, 'uk'), undefined, new Date(), new Set(), 'en', new Set(readDismissed(withDismissed([], key))));
    expect(again.summary.proposals).toEqual([]);
  });

  it('goes through the options page\'s checks and store, with its role, and is found in another case form', async () => {
    const db = freshDb();
    await syncBundledActors(db, bundledKb().actors);
    const { summary } = await analyzeAndStore(db, page(FIRST, 'uk'));
    const p = summary.proposals![0]!;
    const got = customActorInput(proposalForm(p, summary.url), await db.actors.toArray());
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    const rec = await addCustomActor(db, { ...got.value, roles: [proposalRole(p, summary.url, summary.published)] });
    expect(rec).toMatchObject({ id: 'custom-hlib-chornous', origin: 'custom', country: 'RU', name: { en: 'Hlib Chornous', uk: 'Гліб Чорноус' }, sources: [summary.url] });
    expect(roleLabel(rec, '2025-06-01', 'uk')).toBe('заступник глави МЗС Росії');
    expect(roleLabel(rec, '2025-06-01', 'en')).toBe('Deputy, Foreign Ministry (Russia)');

    const kb = kbWith(await activeActors(db));
    expect(findActors(NEXT, kb.lexicon).map((h) => [kb.lexicon.actors[h.actor]!.id, NEXT.slice(h.start, h.end)])).toEqual([['custom-hlib-chornous', 'Глібом Чорноусом']]);
    // Known now: no longer proposed.
    expect((await analyzeAndStore(db, page(FIRST, 'uk'), kb)).summary.proposals).toEqual([]);
  });

  it('in a live blog: once, from the first post naming the person, at the blog text\'s offsets', async () => {
    const post1 = 'Стартували консультації щодо посольств.';
    const post2 = 'Речник Кремля коментувати не став. ' + FIRST;
    const text = `${post1}\n${post2}\n${FIRST}`;
    const posts = [post1, post2, FIRST].map((t, i) => ({ id: `p${i}`, title: null, published: null, start: text.indexOf(t, i ? post1.length : 0), end: text.indexOf(t, i ? post1.length : 0) + t.length }));
    const { summary } = await analyzeLiveBlog(freshDb(), page(text, 'uk'), posts);
    expect(summary.proposals).toHaveLength(1);
    const p = summary.proposals![0]!;
    expect(text.slice(p.mention.start, p.mention.end)).toBe('Гліб Чорноус');
    expect(p.mention.start).toBeGreaterThan(post1.length + 30);
    expect(p.mention.start).toBeLessThan(post1.length + post2.length);
  });

  it('keeps the newest dismissals within a bound', () => {
    let list: string[] = [];
    for (let i = 0; i < 2100; i++) list = withDismissed(list, `uk:Ім'я ${i}`);
    expect(list).toHaveLength(2000);
    expect(list.at(-1)).toBe("uk:Ім'я 2099");
    expect(readDismissed(['a', 3, null, 'b'])).toEqual(['a', 'b']);
    expect(readDismissed('x')).toEqual([]);
  });
});
