import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { extensionId, launchWithExtension, samplePages, servePages, waitForDecision, type PageServer } from '../../scripts/harness';
import { dateWindow } from '../../lib/contacts/window';
import { sideOf } from '../../lib/kb/types';

// The history in a tab of its own, as a person meets it: opened from the popup's History, filtered,
// its network clicked, its table walked by keyboard, and a contact read while it is open appearing
// in it. What the page shows is checked against the database itself (read in the service worker).
let server: PageServer;
let context: BrowserContext;
let extId: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await servePages();
  context = await launchWithExtension();
  extId = await extensionId(context);
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

type Stored = { id: number; status: string; participants: string[]; unnamedSides: string[]; date: string | null; endDate: string | null; published: string; sites: string[]; urls: string[] };

/** Every stored contact, as the service worker's database holds it. */
async function stored(): Promise<Stored[]> {
  const sw = context.serviceWorkers()[0]!;
  return sw.evaluate(
    () =>
      new Promise<Stored[]>((resolve, reject) => {
        const open = indexedDB.open('kontakty');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('contacts').objectStore('contacts').getAll();
          req.onsuccess = () => {
            open.result.close();
            type R = { id: number; status: string; participants: string[]; parties: { actorId: string | null; side: string }[]; date: string | null; endDate: string | null; sources: { url: string; site: string | null; published: string | null }[] };
            resolve((req.result as R[]).map((r) => ({ id: r.id, status: r.status, participants: r.participants, unnamedSides: r.parties.filter((p) => !p.actorId).map((p) => p.side), date: r.date, endDate: r.endDate, published: r.sources[0]?.published?.slice(0, 10) ?? '', sites: r.sources.map((s) => s.site ?? ''), urls: r.sources.map((s) => s.url) })));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Each actor's country, from the extension's knowledge base (its database). */
async function countries(): Promise<Map<string, string>> {
  const sw = context.serviceWorkers()[0]!;
  const pairs = await sw.evaluate(
    () =>
      new Promise<[string, string][]>((resolve, reject) => {
        const open = indexedDB.open('kontakty');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('actors').objectStore('actors').getAll();
          req.onsuccess = () => (open.result.close(), resolve((req.result as { id: string; country: string }[]).map((a) => [a.id, a.country])));
          req.onerror = () => reject(req.error);
        };
      }),
  );
  return new Map(pairs);
}
let countryOf = new Map<string, string>();
test.beforeAll(async () => {
  countryOf = await countries();
});

/**
 * The nodes a contact joins: its actors, and a side told with no one named ("американська
 * сторона") when no one of that side is named.
 */
function nodesOf(r: Stored): string[] {
  const named = new Set(r.participants.map((id) => sideOf(countryOf.get(id) ?? '')));
  const sides = r.unnamedSides.filter((s) => !named.has(s as never)).map((s) => `side-${s}`);
  return [...new Set([...r.participants, ...sides])].sort();
}

/** The network these contacts make: every node, and every pair that shared a contact. */
function networkOf(records: Stored[]): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const r of records) {
    const ids = nodesOf(r);
    ids.forEach((a, i) => (nodes.add(a), ids.slice(i + 1).forEach((b) => edges.add(`${a}|${b}`))));
  }
  return { nodes: [...nodes].sort(), edges: [...edges].sort() };
}

/** The network as Cytoscape holds it in the page, once laid out. */
async function drawn(tab: Page): Promise<{ nodes: string[]; edges: string[] }> {
  await expect(tab.getByTestId('network')).toHaveAttribute('data-layout', 'done');
  return tab.getByTestId('network').evaluate((el) => {
    const cy = (el as unknown as { _cyreg: { cy: { nodes: () => { id: () => string }[]; edges: () => { id: () => string }[] } } })._cyreg.cy;
    return { nodes: cy.nodes().map((n) => n.id()).sort(), edges: cy.edges().map((e) => e.id()).sort() };
  });
}

/** The table and the network show exactly these contacts (and the count line says how many). */
async function expectShows(tab: Page, records: Stored[]) {
  await expect(tab.getByTestId('count')).toHaveText(new RegExp(`^${records.length} of \\d+ contacts`));
  await expect(tab.locator('tbody tr')).toHaveCount(records.length);
  const ids = await tab.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-id'))).sort((a, b) => a - b));
  expect(ids).toEqual(records.map((r) => r.id).sort((a, b) => a - b));
  const net = networkOf(records);
  await expect.poll(() => drawn(tab)).toEqual(net);
  await expect(tab.getByTestId('network')).toHaveAttribute('data-nodes', String(net.nodes.length));
}

/**
 * A point of the page where Cytoscape's own hit test (the one a click goes through) finds the
 * first of these nodes or links, on top of whatever else is drawn there; null if none is clear.
 */
async function pointOn(tab: Page, ids: string[]): Promise<{ id: string; x: number; y: number } | null> {
  await tab.getByTestId('network').scrollIntoViewIfNeeded();
  return tab.getByTestId('network').evaluate((el, ids) => {
    type P = { x: number; y: number };
    type Ele = { id(): string; isNode(): boolean; position(): P; width(): number; source(): Ele; target(): Ele };
    type Cy = { getElementById(id: string): Ele; zoom(): number; pan(): P; renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): Ele | undefined } };
    const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const box = el.getBoundingClientRect();
    for (const id of ids) {
      const ele = cy.getElementById(id);
      const points: P[] = [];
      if (ele.isNode()) {
        const c = ele.position();
        const r = ele.width() / 2;
        for (const [dx, dy] of [[0, 0], [0.4, 0], [-0.4, 0], [0, 0.4], [0, -0.4]] as const) points.push({ x: c.x + dx * r, y: c.y + dy * r });
      } else {
        const s = ele.source().position();
        const t = ele.target().position();
        for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) points.push({ x: s.x + (t.x - s.x) * f, y: s.y + (t.y - s.y) * f });
      }
      for (const m of points) {
        if (cy.renderer().findNearestElement(m.x, m.y, true, false)?.id() !== id) continue;
        const x = m.x * cy.zoom() + cy.pan().x;
        const y = m.y * cy.zoom() + cy.pan().y;
        if (x > 2 && y > 2 && x < box.width - 2 && y < box.height - 2) return { id, x: box.x + x, y: box.y + y };
      }
    }
    return null;
  }, ids);
}

/** Opens the popup's History, lets `before` set its filters, and opens the tab from its button. */
async function openTab(before: (popup: Page) => Promise<void> = async () => {}): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.getByRole('tab', { name: 'History' }).click();
  await expect(popup.getByTestId('history-panel')).toHaveAttribute('data-index', 'ready');
  await before(popup);
  const [tab] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in a tab' }).click()]);
  await popup.close();
  await expect(tab.getByTestId('history-tab')).toHaveAttribute('data-index', 'ready');
  expect(new URL(tab.url()).pathname).toBe('/history.html');
  return tab;
}

test("opens from the popup with the popup's filters; the table and the network follow status and actor", async () => {
  // Called off or postponed, a status of its own (the reference timeline's Budapest summit): chosen
  // in the popup, carried into the tab, its badge in the table, its links drawn in its own colour.
  const tab = await openTab((popup) => popup.getByLabel('Status', { exact: true }).selectOption('called_off').then(() => undefined));
  const all = await stored();
  await expect(tab.getByLabel('Status', { exact: true })).toHaveValue('called_off');
  const calledOff = all.filter((r) => r.status === 'called_off');
  expect(calledOff.length).toBeGreaterThan(0);
  await expectShows(tab, calledOff);
  await expect(tab.locator('tbody tr .badge.called_off').first()).toHaveText('Called off / postponed');
  const edgeColours = await tab.getByTestId('network').evaluate((el) => {
    const cy = (el as unknown as { _cyreg: { cy: { edges: () => { data: (k: string) => string; style: (k: string) => string }[] } } })._cyreg.cy;
    return cy.edges().map((e) => [e.data('status'), e.style('line-color')]);
  });
  const colour = await tab.evaluate(() => getComputedStyle(document.body).getPropertyValue('--called_off').trim());
  expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
  expect(new Set(edgeColours.map(([status]) => status))).toEqual(new Set(['called_off']));
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
  expect(new Set(edgeColours.map(([, c]) => c!.replace(/\s/g, '')))).toEqual(new Set([rgb(colour)]));

  await tab.getByLabel('Status', { exact: true }).selectOption('happened');
  await expectShows(tab, all.filter((r) => r.status === 'happened'));

  await tab.getByLabel('Status', { exact: true }).selectOption('');
  await tab.getByLabel('Actor', { exact: true }).selectOption('sergey-lavrov');
  const lavrov = all.filter((r) => r.participants.includes('sergey-lavrov'));
  await expectShows(tab, lavrov);
  // His card: how many contacts, and a click on a counterpart's name opens theirs.
  await tab.getByTestId('network-list').locator('summary').click();
  await tab.locator('[data-node="sergey-lavrov"]').click();
  await expect(tab.getByTestId('node-card').getByRole('heading')).toBeFocused();
  await expect(tab.getByTestId('actor-summary')).toContainText(`${lavrov.length} contacts`);
  await tab.close();
});

test('the period sliders narrow the network, not the table', async () => {
  const tab = await openTab();
  const all = await stored();
  await expectShows(tab, all);
  const months = (await tab.getByTestId('period-shown').textContent())!.match(/\d{4}-\d\d/g)!;
  const within = (from: string, to: string) =>
    all.filter((r) => {
      const w: [string, string] = r.date ? dateWindow(r.date, r.endDate) : [r.published, r.published];
      return w[0] <= dateWindow(to, null)[1] && dateWindow(from, null)[0] <= w[1];
    });
  // The first slider to the end: the last month alone.
  await tab.getByTestId('period-from').focus();
  await tab.keyboard.press('End');
  await expect(tab.getByTestId('period-shown')).toHaveText(`${months[1]} to ${months[1]}`);
  const last = networkOf(within(months[1]!, months[1]!));
  await expect.poll(() => drawn(tab)).toEqual(last);
  expect(last.edges.length).toBeLessThan(networkOf(all).edges.length);
  await expect(tab.locator('tbody tr')).toHaveCount(all.length);
  // Back a year from there, by the arrow key.
  for (let i = 0; i < 12; i++) await tab.keyboard.press('ArrowLeft');
  const yearBack = (await tab.getByTestId('period-shown').textContent())!.match(/\d{4}-\d\d/g)!;
  await expect.poll(() => drawn(tab)).toEqual(networkOf(within(yearBack[0]!, yearBack[1]!)));
  // The second slider to the start carries the first along: the first month alone.
  await tab.getByTestId('period-to').focus();
  await tab.keyboard.press('Home');
  await expect(tab.getByTestId('period-shown')).toHaveText(`${months[0]} to ${months[0]}`);
  await expect.poll(() => drawn(tab)).toEqual(networkOf(within(months[0]!, months[0]!)));
  await tab.keyboard.press('End');
  await expect.poll(() => drawn(tab)).toEqual(networkOf(all));
  await tab.close();
});

test('clicking a node opens its card; clicking a link lists its contacts with their sources', async () => {
  const tab = await openTab();
  const all = await stored();
  await drawn(tab);
  // The quietest links first (two actors with few others: least drawn over them).
  const edges = await tab.getByTestId('network').evaluate((el) => {
    type El = { id: () => string; source: () => El; target: () => El; degree: (loops: boolean) => number };
    const cy = (el as unknown as { _cyreg: { cy: { edges: () => El[] } } })._cyreg.cy;
    const load = (e: El) => e.source().degree(false) + e.target().degree(false);
    return cy.edges().sort((x, y) => load(x) - load(y)).map((e) => e.id());
  });
  const node = await pointOn(tab, ['vladimir-putin']);
  expect(node).not.toBeNull();
  await tab.mouse.click(node!.x, node!.y);
  const card = tab.getByTestId('node-card');
  await expect(card.getByRole('heading')).toHaveText('Vladimir Putin');
  const putin = all.filter((r) => r.participants.includes('vladimir-putin'));
  await expect(card.getByTestId('actor-summary')).toContainText(`${putin.length} contacts`);
  // "Keep only the contacts of" narrows the whole tab to his.
  await card.getByRole('button', { name: /Vladimir Putin/ }).click();
  await expect(tab.getByLabel('Actor', { exact: true })).toHaveValue('vladimir-putin');
  await expectShows(tab, putin);
  await tab.getByRole('button', { name: 'Clear', exact: true }).click();
  await expectShows(tab, all);

  const edge = await pointOn(tab, edges);
  expect(edge).not.toBeNull();
  await tab.mouse.click(edge!.x, edge!.y);
  const [a, b] = edge!.id.split('|') as [string, string];
  const theirs = all.filter((r) => nodesOf(r).includes(a) && nodesOf(r).includes(b));
  const list = tab.getByTestId('edge-contacts');
  await expect(list.locator('li.contact')).toHaveCount(theirs.length);
  // Each with its sources, open, as links to the articles.
  for (const r of theirs) {
    const item = list.locator('li.contact', { has: tab.locator(`a[href="${r.urls[0]}"]`) });
    await expect(item).toHaveCount(1);
    await expect(item.locator('details.sources')).toHaveAttribute('open', '');
  }
  // A side told with no one named is a node too, with its count and no actor to narrow to.
  await tab.getByTestId('network-list').locator('summary').click();
  const side = tab.getByTestId('network-list').locator('[data-node="side-US"]');
  await side.click();
  const sideCount = all.filter((r) => nodesOf(r).includes('side-US')).length;
  expect(sideCount).toBeGreaterThan(0);
  await expect(card.getByRole('heading')).toHaveText('US side');
  await expect(card).toContainText(`Contacts (${sideCount})`);
  await expect(card.getByRole('button')).toHaveCount(0);
  await tab.close();
});

test('the table by keyboard: arrows walk the rows, Enter opens the evidence and sources, Escape comes back', async () => {
  const tab = await openTab();
  const rows = tab.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  // One row in the tab order.
  expect(await rows.evaluateAll((rs) => rs.filter((r) => (r as HTMLElement).tabIndex === 0).length)).toBe(1);
  await rows.first().focus();
  const focusedId = () => tab.evaluate(() => document.activeElement?.getAttribute('data-id'));
  const idAt = (i: number) => rows.nth(i).getAttribute('data-id');
  await tab.keyboard.press('ArrowDown');
  await tab.keyboard.press('ArrowDown');
  expect(await focusedId()).toBe(await idAt(2));
  await tab.keyboard.press('End');
  expect(await focusedId()).toBe(await rows.last().getAttribute('data-id'));
  await tab.keyboard.press('Home');
  await tab.keyboard.press('ArrowDown');
  const id = (await idAt(1))!;
  expect(await focusedId()).toBe(id);
  await tab.keyboard.press('Enter');
  const details = tab.getByTestId('details');
  await expect(details.getByRole('heading', { name: 'Contact details' })).toBeFocused();
  const rec = (await stored()).find((r) => r.id === Number(id))!;
  await expect(details.locator('li.contact blockquote.quote').first()).not.toBeEmpty();
  await expect(details.locator(`a[href="${rec.urls[0]}"]`)).toBeVisible();
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await tab.keyboard.press('Escape');
  await expect(rows.nth(1)).toBeFocused();
  await tab.close();
});

test('a contact stored while the tab is open appears in it, table and network, without a reload', async () => {
  const tab = await openTab();
  await expectShows(tab, await stored());
  await tab.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const article = samplePages().find((p) => p.seed?.startsWith('000'))!;
  const page = await context.newPage();
  await page.goto(server.urlOf(article));
  // The article's own (canonical) address, as its contacts' sources name it.
  const source = String((await waitForDecision(context, server.urlOf(article))).summary!.url);
  await expect.poll(async () => (await stored()).filter((r) => r.urls.includes(source)).length, { timeout: 15000 }).toBeGreaterThan(0);
  const all = await stored();
  const fromArticle = all.filter((r) => r.urls.includes(source));
  await expectShows(tab, all);
  // Its site is now one to filter by, and the network follows it.
  const site = fromArticle[0]!.sites[fromArticle[0]!.urls.indexOf(source)]!;
  await tab.getByLabel('Site', { exact: true }).selectOption(site);
  await expectShows(tab, all.filter((r) => r.sites.includes(site)));
  expect(await tab.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await page.close();
  await tab.close();
});
