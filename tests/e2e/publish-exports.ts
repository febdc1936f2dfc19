import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { all, parseXml, type XmlElement } from '../support/publish';

/** A contact as the JSON export has it: what the publishing exports are checked against. */
export type ExportedContact = { participants: string[]; date: string | null; status: string };

async function downloaded(popup: Page, kind: string): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(`export-${kind}`).click()]);
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

/** How many contacts each actor, and each two actors together, took part in. */
function counts(contacts: ExportedContact[]) {
  const nodes = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const c of contacts) {
    const ids = [...new Set(c.participants)].sort();
    ids.forEach((a, i) => {
      nodes.set(a, (nodes.get(a) ?? 0) + 1);
      for (const b of ids.slice(i + 1)) pairs.set(`${a} ${b}`, (pairs.get(`${a} ${b}`) ?? 0) + 1);
    });
  }
  return { nodes, pairs };
}

/** Actor ids joined by each edge, with the edge's weight (side nodes for unnamed parties left out). */
function named(edges: { a: string; b: string; weight: number }[]) {
  return new Map(edges.filter((e) => !e.a.startsWith('side-') && !e.b.startsWith('side-')).map((e) => [[e.a, e.b].sort().join(' '), e.weight]));
}

/**
 * Downloads the TimelineJS, iCalendar, GEXF and GraphML exports of what the history shows and
 * checks each against the JSON export of the same view (`contacts`): well-formed, one event per
 * dated contact and the undated counted, one node per actor with its contact count, one edge per
 * pair weighted by the contacts they shared.
 */
export async function expectPublishingExports(popup: Page, contacts: ExportedContact[]): Promise<void> {
  const undated = contacts.filter((c) => !c.date).length;
  const dated = contacts.length - undated;
  const want = counts(contacts);
  expect(want.pairs.size).toBeGreaterThan(0);

  const timeline = await downloaded(popup, 'timeline');
  expect(timeline.name).toMatch(/^kontakty-history-\d{4}-\d{2}-\d{2}\.timeline\.json$/);
  const tl = JSON.parse(timeline.text) as { title: { text: { text: string } }; events: { unique_id: string; start_date: { year: number } }[] };
  expect(tl.events).toHaveLength(dated);
  expect(new Set(tl.events.map((e) => e.unique_id)).size).toBe(dated);
  expect(tl.title.text.text).toBe(undated ? `<p>Contacts without a date, left out of the file: ${undated}.</p>` : '');
  if (undated) await expect(popup.getByTestId('notice')).toHaveText(`Contacts without a date, left out of the file: ${undated}.`);

  const ics = await downloaded(popup, 'ics');
  expect(ics.name).toMatch(/\.ics$/);
  expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(ics.text.match(/^BEGIN:VEVENT\r$/gm) ?? []).toHaveLength(dated);
  expect(ics.text).toContain(`X-KONTAKTY-UNDATED:${undated}\r\n`);

  const gexf = parseXml((await downloaded(popup, 'gexf')).text);
  expect(gexf).toMatchObject({ name: 'gexf', uri: 'http://gexf.net/1.3' });
  const gNodes = all(gexf, 'node').filter((n) => !n.attrs.id!.startsWith('side-'));
  const contactsOf = (n: XmlElement) => Number(all(n, 'attvalue').find((v) => v.attrs.for === 'contacts')!.attrs.value);
  expect(new Map(gNodes.map((n) => [n.attrs.id!, contactsOf(n)]))).toEqual(want.nodes);
  expect(named(all(gexf, 'edge').map((e) => ({ a: e.attrs.source!, b: e.attrs.target!, weight: Number(e.attrs.weight) })))).toEqual(want.pairs);

  const graphml = parseXml((await downloaded(popup, 'graphml')).text);
  expect(graphml).toMatchObject({ name: 'graphml', uri: 'http://graphml.graphdrawing.org/xmlns' });
  const data = (el: XmlElement, key: string) => all(el, 'data').find((d) => d.attrs.key === key)?.text ?? '';
  const actorOf = new Map(all(graphml, 'node').map((n) => [n.attrs.id!, data(n, 'actor_id')]));
  const edges = all(graphml, 'edge').map((e) => ({ a: actorOf.get(e.attrs.source!)!, b: actorOf.get(e.attrs.target!)!, weight: Number(data(e, 'weight')) }));
  expect(named(edges)).toEqual(want.pairs);
}
